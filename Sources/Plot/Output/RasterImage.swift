internal import CCairo

/// A figure drawn into pixels in memory: the source of ``Figure/png(scale:)``, and what
/// tests read pixels from.
final class RasterImage {
    let surface: OpaquePointer
    let width: Int
    let height: Int
    /// The layout the figure was drawn with, in points (multiply by `scale` for pixels).
    let layout: FigureLayout
    let scale: Double

    /// Renders `figure` at `scale` pixels per point onto an opaque RGB image.
    init(figure: Figure, scale: Double) throws(PlotError) {
        let renderer = CairoRenderer(figure: figure)
        layout = try renderer.layout()
        let width = (figure.size.width * scale).rounded(.up)
        let height = (figure.size.height * scale).rounded(.up)
        guard scale > 0, scale.isFinite, width <= 16384, height <= 16384 else {
            throw .invalidScale(scale)
        }
        self.width = Int(width)
        self.height = Int(height)
        self.scale = scale
        surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, Int32(width), Int32(height))!
        do {
            try Figure.check(surface)
            try renderer.draw(layout, on: surface, scale: scale)
            cairo_surface_flush(surface)
        } catch {
            cairo_surface_destroy(surface)
            throw error
        }
    }

    deinit { cairo_surface_destroy(surface) }

    /// The colour of the pixel in column `x`, row `y` (from the top-left), as 0xRRGGBB.
    func pixel(x: Int, y: Int) -> UInt32 {
        precondition((0..<width).contains(x) && (0..<height).contains(y), "pixel (\(x), \(y)) outside image")
        let stride = Int(cairo_image_surface_get_stride(surface))
        let row = cairo_image_surface_get_data(surface)! + y * stride
        return UnsafeRawPointer(row).load(fromByteOffset: 4 * x, as: UInt32.self) & 0xFFFFFF
    }
}
