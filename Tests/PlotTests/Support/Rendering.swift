@testable import Plot

/// A figure of `size` with fixed limits 0...1 on both axes, so data maps to pixels
/// predictably, filled by `build`.
func unitFigure(size: Figure.Size = .column, _ build: (inout Axes) -> Void = { _ in }) -> Figure {
    var figure = Figure(size: size, axes: Axes(xLimits: 0...1, yLimits: 0...1))
    build(&figure.axes)
    return figure
}

extension RasterImage {
    /// The first panel's layout.
    var panel: AxesLayout { layout.panels.compactMap { $0 }[0] }

    /// The pixel (column, row) containing data point (x, y) of the first panel.
    func pixel(of x: Double, _ y: Double) -> (Int, Int) {
        let p = panel.transform(x, y)
        return (Int((p.x * scale).rounded(.down)), Int((p.y * scale).rounded(.down)))
    }

    /// The colour at data point (x, y) of the first panel, as 0xRRGGBB.
    func color(at x: Double, _ y: Double) -> UInt32 {
        let (px, py) = pixel(of: x, y)
        return pixel(x: px, y: py)
    }

    /// Pixels outside the first panel's plot area (grown by `margin` pixels) that
    /// differ from `other`'s.
    func differencesOutsidePlotArea(from other: RasterImage, margin: Double = 1) -> Int {
        let area = panel.plotArea
        let inside = Rect(
            minX: area.minX * scale - margin, minY: area.minY * scale - margin,
            maxX: area.maxX * scale + margin, maxY: area.maxY * scale + margin)
        var differing = 0
        for y in 0..<height {
            for x in 0..<width where !inside.contains(Point(x: Double(x), y: Double(y))) {
                if pixel(x: x, y: y) != other.pixel(x: x, y: y) { differing += 1 }
            }
        }
        return differing
    }
}

/// Whether two 0xRRGGBB colours differ by at most `tolerance` in every channel.
func colorsClose(_ a: UInt32, _ b: UInt32, tolerance: Int = 2) -> Bool {
    for shift: UInt32 in [0, 8, 16] {
        let x = Int((a >> shift) & 0xFF), y = Int((b >> shift) & 0xFF)
        if abs(x - y) > tolerance { return false }
    }
    return true
}
