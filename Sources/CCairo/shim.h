// Cairo 2-D graphics with its SVG and PNG back ends (Debian: libcairo2-dev).
#include <cairo/cairo.h>
#include <cairo/cairo-svg.h>
