internal import CCairo

/// Where a piece of text sits relative to its anchor point.
struct TextAnchor: Sendable {
    enum Horizontal: Sendable { case left, center, right }
    enum Vertical: Sendable {
        /// The anchor is the top of the capitals.
        case top
        /// The anchor is halfway up the capitals, so digits look centred on it.
        case middle
        /// The anchor is the baseline.
        case baseline
    }
    var horizontal: Horizontal
    var vertical: Vertical
}

/// A thin Swift wrapper over a Cairo drawing context: the only place that calls Cairo
/// to draw, so layout and rendering code read as geometry.
///
/// Coordinates are in points; the context's transform scales them to device pixels.
/// Font hinting is switched off so that text measures the same on every surface and at
/// every scale: the SVG and the PNG of a figure have the same layout.
final class Canvas {
    private let context: OpaquePointer
    private let theme: Theme
    /// A surface this canvas made for itself and destroys with itself.
    private let ownSurface: OpaquePointer?

    /// A canvas drawing on `surface` (a `cairo_surface_t`), `scale` device units a point.
    convenience init(surface: OpaquePointer, scale: Double, theme: Theme) {
        self.init(surface: surface, scale: scale, theme: theme, owned: false)
    }

    /// A canvas on a 1-pixel scratch surface of its own at scale 1, for measuring text.
    convenience init(measuringWith theme: Theme) {
        let scratch = cairo_image_surface_create(CAIRO_FORMAT_RGB24, 1, 1)!
        self.init(surface: scratch, scale: 1, theme: theme, owned: true)
    }

    private init(surface: OpaquePointer, scale: Double, theme: Theme, owned: Bool) {
        context = cairo_create(surface)
        ownSurface = owned ? surface : nil
        self.theme = theme
        cairo_scale(context, scale, scale)
        let options = cairo_font_options_create()
        cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
        cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
        cairo_set_font_options(context, options)
        cairo_font_options_destroy(options)
    }

    deinit {
        cairo_destroy(context)
        if let ownSurface { cairo_surface_destroy(ownSurface) }
    }

    /// Cairo's error state, nil while drawing has succeeded.
    var error: PlotError? {
        let status = cairo_status(context)
        guard status != CAIRO_STATUS_SUCCESS else { return nil }
        return .cairo(String(cString: cairo_status_to_string(status)))
    }

    // MARK: Text

    /// Makes `font` the current font for measuring and drawing.
    func use(_ font: Theme.Font) {
        cairo_select_font_face(
            context, theme.fontFamily, CAIRO_FONT_SLANT_NORMAL,
            font.bold ? CAIRO_FONT_WEIGHT_BOLD : CAIRO_FONT_WEIGHT_NORMAL)
        cairo_set_font_size(context, font.size)
    }

    /// The advance width of `text` in the current font.
    func width(of text: String) -> Double {
        var extents = cairo_text_extents_t()
        cairo_text_extents(context, text, &extents)
        return extents.x_advance
    }

    /// Height of the current font's capitals and digits (the ink height of "0").
    var capHeight: Double {
        var extents = cairo_text_extents_t()
        cairo_text_extents(context, "0", &extents)
        return extents.height
    }

    /// How far the current font's descenders (g, y, p) reach below the baseline.
    var descent: Double {
        var extents = cairo_font_extents_t()
        cairo_font_extents(context, &extents)
        return extents.descent
    }

    /// Draws `text` in the current font at `point`, placed by `anchor`, optionally
    /// rotated a quarter turn anticlockwise (reading upwards, for a y-axis label).
    func draw(
        _ text: String, at point: Point, anchor: TextAnchor, color: Color, upwards: Bool = false
    ) {
        let width = width(of: text)
        let dx: Double
        switch anchor.horizontal {
        case .left: dx = 0
        case .center: dx = -width / 2
        case .right: dx = -width
        }
        let dy: Double
        switch anchor.vertical {
        case .top: dy = capHeight
        case .middle: dy = capHeight / 2
        case .baseline: dy = 0
        }
        cairo_save(context)
        cairo_translate(context, point.x, point.y)
        if upwards { cairo_rotate(context, -Double.pi / 2) }
        cairo_move_to(context, dx, dy)
        set(color)
        cairo_show_text(context, text)
        cairo_restore(context)
    }

    // MARK: Shapes

    /// Fills `rect` with `color`.
    func fill(_ rect: Rect, color: Color) {
        cairo_rectangle(context, rect.minX, rect.minY, rect.width, rect.height)
        set(color)
        cairo_fill(context)
    }

    /// Strokes straight segments with butt ends, for spines, ticks and grid lines.
    func strokeSegments(_ segments: [(Point, Point)], color: Color, width: Double) {
        guard !segments.isEmpty else { return }
        for (a, b) in segments {
            cairo_move_to(context, a.x, a.y)
            cairo_line_to(context, b.x, b.y)
        }
        set(color)
        cairo_set_line_width(context, width)
        cairo_set_line_cap(context, CAIRO_LINE_CAP_BUTT)
        cairo_stroke(context)
    }

    /// Strokes a polyline with round joins and caps; a single point becomes a dot.
    func strokePolyline(_ points: [Point], color: Color, width: Double) {
        guard let first = points.first else { return }
        cairo_move_to(context, first.x, first.y)
        for p in points.dropFirst() { cairo_line_to(context, p.x, p.y) }
        if points.count == 1 { cairo_line_to(context, first.x, first.y) }
        set(color)
        cairo_set_line_width(context, width)
        cairo_set_line_cap(context, CAIRO_LINE_CAP_ROUND)
        cairo_set_line_join(context, CAIRO_LINE_JOIN_ROUND)
        cairo_stroke(context)
    }

    /// Runs `body` with drawing restricted to `rect`.
    func clipped(to rect: Rect, _ body: () -> Void) {
        cairo_save(context)
        cairo_rectangle(context, rect.minX, rect.minY, rect.width, rect.height)
        cairo_clip(context)
        body()
        cairo_restore(context)
    }

    private func set(_ color: Color) {
        cairo_set_source_rgba(context, color.red, color.green, color.blue, color.alpha)
    }
}
