// OpenBLAS's CBLAS interface and the LAPACKE C interface to LAPACK (Debian:
// libopenblas-dev, liblapacke-dev). `lapack_int` is a macro Swift cannot see: it is
// a 32-bit int on Debian's builds, so Swift code passes Int32.
#include <cblas.h>
#include <lapacke.h>
