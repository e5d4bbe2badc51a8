import Testing

@testable import Plot

/// A figure with fixed limits 0...1 on both axes, so data maps to pixels predictably.
private func unitFigure(_ build: (inout Axes) -> Void = { _ in }) -> Figure {
    var figure = Figure(axes: Axes(xLimits: 0...1, yLimits: 0...1))
    build(&figure.axes)
    return figure
}

/// The pixel (column, row) containing data point (x, y), mapped by hand from the plot
/// area: x grows rightwards from its left edge, y upwards from its bottom edge.
private func pixel(of x: Double, _ y: Double, in image: RasterImage) -> (Int, Int) {
    let area = image.layout.plotArea
    let px = (area.minX + x * area.width) * image.scale
    let py = (area.maxY - y * area.height) * image.scale
    return (Int(px.rounded(.down)), Int(py.rounded(.down)))
}

private let blue: UInt32 = 0x0072B2
private let white: UInt32 = 0xFFFFFF

@Test func diagonalLinePassesThroughTheExpectedPixels() throws {
    let image = try RasterImage(figure: unitFigure { $0.line(x: [0, 1], y: [0, 1]) }, scale: 2)
    for t in stride(from: 0.05, through: 0.95, by: 0.05) {
        let (x, y) = pixel(of: t, t, in: image)
        #expect(image.pixel(x: x, y: y) == blue, "on the line at t = \(t)")
        let (ox, oy) = pixel(of: t, min(t + 0.04, 1), in: image)
        #expect(image.pixel(x: ox, y: oy) != blue, "above the line at t = \(t)")
    }
}

@Test func leftSpineIsDrawnAtThePlotAreasEdge() throws {
    let image = try RasterImage(figure: unitFigure(), scale: 2)
    let area = image.layout.plotArea
    let column = Int(area.minX * 2) - 1  // a 1-point spine centred on the edge covers 2 pixels
    let row = Int((area.minY + area.maxY) / 2 * 2)
    #expect(image.pixel(x: column, y: row) == 0x888888)
    #expect(image.pixel(x: column - 2, y: row) == white)
}

@Test func dataOutsideTheLimitsIsClippedToThePlotArea() throws {
    let wild = unitFigure { $0.line(x: [-1, 0.3, 0.6, 2], y: [-10, 10, -10, 10]) }
    let drawn = try RasterImage(figure: wild, scale: 2)
    let empty = try RasterImage(figure: unitFigure(), scale: 2)
    #expect(drawn.layout.plotArea == empty.layout.plotArea)
    let area = drawn.layout.plotArea
    let inside = Rect(minX: area.minX * 2 - 1, minY: area.minY * 2 - 1, maxX: area.maxX * 2 + 1, maxY: area.maxY * 2 + 1)
    var differing = 0, outside = 0
    for y in 0..<drawn.height {
        for x in 0..<drawn.width where !inside.contains(Point(x: Double(x), y: Double(y))) {
            outside += 1
            if drawn.pixel(x: x, y: y) != empty.pixel(x: x, y: y) { differing += 1 }
        }
    }
    #expect(outside > 100_000)
    #expect(differing == 0)
    // Inside, the line was drawn: some pixel of the column at x = 0.44 (where y = 2/3) is blue.
    let (column, _) = pixel(of: 0.44, 0, in: drawn)
    #expect((0..<drawn.height).contains { drawn.pixel(x: column, y: $0) == blue })
}

@Test func nonFinitePointsBreakTheLine() throws {
    let figure = unitFigure { $0.line(x: [0.1, 0.5, 0.9], y: [0.5, .nan, 0.5]) }
    let image = try RasterImage(figure: figure, scale: 2)
    let (x, y) = pixel(of: 0.5, 0.5, in: image)
    #expect(image.pixel(x: x, y: y) != blue)  // no segment joins across the NaN
    let (ex, ey) = pixel(of: 0.1, 0.5, in: image)
    #expect(image.pixel(x: ex, y: ey) == blue)  // an isolated point is drawn as a dot
}
