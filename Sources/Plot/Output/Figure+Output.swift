internal import CCairo
import Foundation

extension Figure {
    /// The figure as an SVG document; text is drawn as glyph outlines.
    ///
    /// The document is `size.width` × `size.height` CSS pixels with a matching `viewBox`,
    /// so it shows at its design size and scales cleanly when a page narrows it (for
    /// example with `max-width: 100%`). The same figure always gives the same bytes.
    ///
    ///     let svg = try figure.svg()
    public func svg() throws(PlotError) -> Data {
        let renderer = CairoRenderer(figure: self)
        let layout = try renderer.layout()
        let sink = ByteSink()
        try sink.withWriter { (write, closure) throws(PlotError) in
            let surface = cairo_svg_surface_create_for_stream(write, closure, size.width, size.height)!
            defer { cairo_surface_destroy(surface) }
            cairo_svg_surface_set_document_unit(surface, CAIRO_SVG_UNIT_PX)
            try renderer.draw(layout, on: surface, scale: 1)
            cairo_surface_finish(surface)
            try Self.check(surface)
        }
        return SVGNormalizer.normalize(sink.data)
    }

    /// The figure as a PNG image, `scale` pixels per point (2 by default, sharp on
    /// high-density screens when shown at the figure's size in points).
    ///
    ///     let png = try figure.png()          // 1280 × 800 pixels for a 640 × 400 figure
    ///     let thumbnail = try figure.png(scale: 0.5)
    public func png(scale: Double = 2) throws(PlotError) -> Data {
        let image = try RasterImage(figure: self, scale: scale)
        let sink = ByteSink()
        try sink.withWriter { (write, closure) throws(PlotError) in
            let status = cairo_surface_write_to_png_stream(image.surface, write, closure)
            guard status == CAIRO_STATUS_SUCCESS else {
                throw .cairo(String(cString: cairo_status_to_string(status)))
            }
        }
        return sink.data
    }

    /// Writes the figure to `url` as SVG or PNG, chosen by the file extension.
    ///
    /// Throws ``PlotError`` for a figure that cannot be drawn or another extension, and
    /// Foundation's error when the file cannot be written.
    ///
    ///     try figure.write(to: URL(fileURLWithPath: "loss.svg"))
    public func write(to url: URL) throws {
        switch url.pathExtension.lowercased() {
        case "svg": try svg().write(to: url, options: .atomic)
        case "png": try png().write(to: url, options: .atomic)
        default: throw PlotError.unsupportedFormat(path: url.path)
        }
    }

    static func check(_ surface: OpaquePointer) throws(PlotError) {
        let status = cairo_surface_status(surface)
        guard status == CAIRO_STATUS_SUCCESS else {
            throw .cairo(String(cString: cairo_status_to_string(status)))
        }
    }
}
