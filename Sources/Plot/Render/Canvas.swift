internal import CCairo

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

    /// Draws `text` in the current font at `point`, placed by `anchor`, turned `angle`
    /// radians anticlockwise about `point` (π/2 reads upwards, for a y-axis label).
    func draw(
        _ text: String, at point: Point, anchor: TextAnchor, color: Color, angle: Double = 0
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
        if angle != 0 { cairo_rotate(context, -angle) }
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

    /// Fills many rectangles of one colour as one shape, optionally outlining each.
    func fill(_ rects: [Rect], color: Color, edge: Color? = nil, edgeWidth: Double = 1) {
        guard !rects.isEmpty else { return }
        for rect in rects { cairo_rectangle(context, rect.minX, rect.minY, rect.width, rect.height) }
        set(color)
        if let edge {
            cairo_fill_preserve(context)
            set(edge)
            cairo_set_line_width(context, edgeWidth)
            cairo_set_line_join(context, CAIRO_LINE_JOIN_MITER)
            cairo_stroke(context)
        } else {
            cairo_fill(context)
        }
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
    func strokePolyline(_ points: [Point], color: Color, width: Double, dashes: [Double] = []) {
        strokePolylines([points], color: color, width: width, dashes: dashes)
    }

    /// Strokes several polylines as one path, with round joins and caps.
    func strokePolylines(_ lines: [[Point]], color: Color, width: Double, dashes: [Double] = []) {
        var any = false
        for points in lines {
            guard let first = points.first else { continue }
            any = true
            cairo_move_to(context, first.x, first.y)
            for p in points.dropFirst() { cairo_line_to(context, p.x, p.y) }
            if points.count == 1 { cairo_line_to(context, first.x, first.y) }
        }
        guard any else { return }
        set(color)
        cairo_set_line_width(context, width)
        cairo_set_line_cap(context, CAIRO_LINE_CAP_ROUND)
        cairo_set_line_join(context, CAIRO_LINE_JOIN_ROUND)
        cairo_set_dash(context, dashes, Int32(dashes.count), 0)
        cairo_stroke(context)
        cairo_set_dash(context, nil, 0, 0)
    }

    /// Fills closed rings as one shape. With `evenOdd`, a ring inside another is a
    /// hole, which is how contour regions with islands are filled.
    func fill(rings: [[Point]], color: Color, evenOdd: Bool = false) {
        var any = false
        for ring in rings where ring.count >= 3 {
            any = true
            cairo_move_to(context, ring[0].x, ring[0].y)
            for p in ring.dropFirst() { cairo_line_to(context, p.x, p.y) }
            cairo_close_path(context)
        }
        guard any else { return }
        cairo_set_fill_rule(context, evenOdd ? CAIRO_FILL_RULE_EVEN_ODD : CAIRO_FILL_RULE_WINDING)
        set(color)
        cairo_fill(context)
        cairo_set_fill_rule(context, CAIRO_FILL_RULE_WINDING)
    }

    /// Draws one marker shape of diameter `size` at each of `points` as a single path:
    /// filled with `fill` and outlined with `edge` (filled shapes), or stroked in
    /// `fill` (plus, cross and ring).
    func markers(
        _ marker: Marker, at points: [Point], size: Double, fill: Color, edge: Color?, edgeWidth: Double
    ) {
        guard !points.isEmpty else { return }
        let r = size / 2
        for p in points where p.x.isFinite && p.y.isFinite {
            switch marker {
            case .circle, .ring:
                cairo_new_sub_path(context)
                cairo_arc(context, p.x, p.y, r, 0, 2 * Double.pi)
                cairo_close_path(context)
            case .square:
                let h = r * 0.886  // same area as the circle
                cairo_rectangle(context, p.x - h, p.y - h, 2 * h, 2 * h)
            case .triangle:
                let h = r * 1.2
                cairo_move_to(context, p.x, p.y - h)
                cairo_line_to(context, p.x + h * 0.866, p.y + h * 0.5)
                cairo_line_to(context, p.x - h * 0.866, p.y + h * 0.5)
                cairo_close_path(context)
            case .diamond:
                let h = r * 1.15
                cairo_move_to(context, p.x, p.y - h)
                cairo_line_to(context, p.x + h * 0.8, p.y)
                cairo_line_to(context, p.x, p.y + h)
                cairo_line_to(context, p.x - h * 0.8, p.y)
                cairo_close_path(context)
            case .plus:
                cairo_move_to(context, p.x - r, p.y)
                cairo_line_to(context, p.x + r, p.y)
                cairo_move_to(context, p.x, p.y - r)
                cairo_line_to(context, p.x, p.y + r)
            case .cross:
                let h = r * 0.8
                cairo_move_to(context, p.x - h, p.y - h)
                cairo_line_to(context, p.x + h, p.y + h)
                cairo_move_to(context, p.x - h, p.y + h)
                cairo_line_to(context, p.x + h, p.y - h)
            }
        }
        set(fill)
        if marker.isStroked {
            // A ring is a thin outline around something; plus and cross are the mark.
            cairo_set_line_width(context, marker == .ring ? max(1, size / 10) : max(1.25, size / 5))
            cairo_set_line_cap(context, CAIRO_LINE_CAP_ROUND)
            cairo_stroke(context)
        } else if let edge, edgeWidth > 0 {
            cairo_fill_preserve(context)
            set(edge)
            cairo_set_line_width(context, edgeWidth)
            cairo_set_line_join(context, CAIRO_LINE_JOIN_MITER)
            cairo_stroke(context)
        } else {
            cairo_fill(context)
        }
    }

    /// Draws an arrow from `tail` to `head`: a line and a filled head `headLength`
    /// long, pointing at `head`.
    func arrow(from tail: Point, to head: Point, color: Color, width: Double, headLength: Double) {
        let dx = head.x - tail.x, dy = head.y - tail.y
        let length = (dx * dx + dy * dy).squareRoot()
        guard length > 0, length.isFinite else { return }
        let ux = dx / length, uy = dy / length
        let headLength = min(headLength, length)
        let halfWidth = headLength * 0.45
        let base = Point(x: head.x - ux * headLength, y: head.y - uy * headLength)
        cairo_move_to(context, tail.x, tail.y)
        cairo_line_to(context, base.x + ux * headLength * 0.3, base.y + uy * headLength * 0.3)
        set(color)
        cairo_set_line_width(context, width)
        cairo_set_line_cap(context, CAIRO_LINE_CAP_BUTT)
        cairo_stroke(context)
        cairo_move_to(context, head.x, head.y)
        cairo_line_to(context, base.x - uy * halfWidth, base.y + ux * halfWidth)
        cairo_line_to(context, base.x + uy * halfWidth, base.y - ux * halfWidth)
        cairo_close_path(context)
        cairo_fill(context)
    }

    /// Paints a `width` × `height` picture of `pixels` (row by row from the top, each
    /// an sRGB colour) stretched over `rect`, each pixel a sharp-edged block.
    func image(_ pixels: [Color], width: Int, height: Int, in rect: Rect) {
        guard width > 0, height > 0, pixels.count == width * height else { return }
        let surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, Int32(width), Int32(height))!
        defer { cairo_surface_destroy(surface) }
        guard cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS else { return }
        let stride = Int(cairo_image_surface_get_stride(surface))
        let data = cairo_image_surface_get_data(surface)!
        for row in 0..<height {
            let line = UnsafeMutableRawPointer(data + row * stride)
            for column in 0..<width {
                line.storeBytes(of: Self.premultiplied(pixels[row * width + column]), toByteOffset: 4 * column, as: UInt32.self)
            }
        }
        cairo_surface_mark_dirty(surface)
        cairo_save(context)
        cairo_rectangle(context, rect.minX, rect.minY, rect.width, rect.height)
        cairo_clip(context)
        cairo_translate(context, rect.minX, rect.minY)
        cairo_scale(context, rect.width / Double(width), rect.height / Double(height))
        cairo_set_source_surface(context, surface, 0, 0)
        cairo_pattern_set_filter(cairo_get_source(context), CAIRO_FILTER_NEAREST)
        cairo_paint(context)
        cairo_restore(context)
    }

    /// A colour as Cairo's native-endian premultiplied ARGB word.
    private static func premultiplied(_ c: Color) -> UInt32 {
        let a = min(max(c.alpha, 0), 1)
        func byte(_ v: Double) -> UInt32 { UInt32((min(max(v, 0), 1) * a * 255).rounded()) }
        return UInt32((a * 255).rounded()) << 24 | byte(c.red) << 16 | byte(c.green) << 8 | byte(c.blue)
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
