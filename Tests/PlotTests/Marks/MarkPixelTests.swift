import Foundation
import Testing

@testable import Plot

private let white: UInt32 = 0xFFFFFF

@Test func scatterPointLandsAtItsDataCoordinates() throws {
    let points = [(0.2, 0.3), (0.75, 0.6), (0.5, 0.9)]
    let figure = unitFigure { $0.scatter(x: points.map(\.0), y: points.map(\.1), color: .vermillion, size: 12, opacity: 1) }
    let image = try RasterImage(figure: figure, scale: 2)
    for (x, y) in points {
        #expect(image.color(at: x, y) == Color.vermillion.hex, "centre of (\(x), \(y))")
        // 12 points wide: 8 points (16 pixels) away is outside the marker.
        let (px, py) = image.pixel(of: x, y)
        #expect(image.pixel(x: px + 16, y: py) != Color.vermillion.hex)
        #expect(image.pixel(x: px, y: py - 16) != Color.vermillion.hex)
    }
}

@Test func aRingIsHollowWithItsOutlineAtItsRadius() throws {
    let figure = unitFigure { $0.scatter(x: [0.5], y: [0.5], color: .vermillion, marker: .ring, size: 20, opacity: 1) }
    let image = try RasterImage(figure: figure, scale: 2)
    let (px, py) = image.pixel(of: 0.5, 0.5)
    // 20 points wide at scale 2: the outline runs 20 pixels from the centre, 2 wide.
    #expect(image.pixel(x: px, y: py) != Color.vermillion.hex, "the centre stays empty")
    #expect(image.pixel(x: px + 10, y: py) != Color.vermillion.hex)
    #expect(image.pixel(x: px + 20, y: py) == Color.vermillion.hex, "right of the centre")
    #expect(image.pixel(x: px, y: py - 20) == Color.vermillion.hex, "above the centre")
    #expect(image.pixel(x: px + 24, y: py) != Color.vermillion.hex)
}

@Test func imageRowZeroIsAtTheTopAndCellsTakeTheirMapColours() throws {
    var figure = Figure()
    figure.axes.image([[0.0, 1.0], [2.0, 3.0]], colorMap: .greys)
    let image = try RasterImage(figure: figure, scale: 2)
    #expect(image.panel.x.scale.domain == -0.5...1.5)
    // Cell (row, column) is centred at (x: column, y: row), row 0 drawn at the top.
    #expect(image.color(at: 0, 0) == 0x000000)
    #expect(image.color(at: 1, 1) == 0xFFFFFF)
    #expect(colorsClose(image.color(at: 1, 0), ColorMap.greys(1.0 / 3).hex))
    #expect(colorsClose(image.color(at: 0, 1), ColorMap.greys(2.0 / 3).hex))
    let top = image.panel.transform(0, 0).y, bottom = image.panel.transform(0, 1).y
    #expect(top < bottom)
    // Equal aspect: the square matrix is drawn square.
    #expect(abs(image.panel.plotArea.width - image.panel.plotArea.height) <= 1)
}

@Test func heatmapValuesAreWrittenInContrastingColours() throws {
    var axes = Axes()
    axes.heatmap([[0, 9], [4, 1]], rowLabels: ["a", "b"], columnLabels: ["x", "y"], showsValues: true)
    let texts = axes.marks.compactMap { $0 as? TextMark }
    #expect(texts.map(\.text) == ["0", "9", "4", "1"])
    #expect(texts[0].color == Color(hex: 0xFFFFFF))  // on viridis' dark purple
    #expect(texts[1].color == Color(hex: 0x222222))  // on its yellow
    #expect(axes.xTickOverride?.labels == ["x", "y"])
}

@Test func histogramBarsReachTheirCounts() throws {
    var figure = Figure()
    figure.axes.histogram([0.5, 1.5, 1.5, 2.5, 2.5, 2.5], bins: 3, range: 0...3, color: .blue, opacity: 1)
    let image = try RasterImage(figure: figure, scale: 2)
    let y = image.panel.y.scale
    #expect(y.domain.lowerBound == 0)  // bars stand on the axis, no padding below
    for (centre, count) in [(0.5, 1.0), (1.5, 2.0), (2.5, 3.0)] {
        #expect(image.color(at: centre, count - 0.1) == Color.blue.hex)
        #expect(image.color(at: centre, count + 0.1) != Color.blue.hex)
    }
}

@Test func filledContourOfARampRisesThroughTheColourMap() throws {
    var figure = Figure()
    figure.axes.contour(x: 0...1, y: 0...1, resolution: 20, levels: [0, 0.25, 0.5, 0.75, 1]) { x, _ in x }
    let image = try RasterImage(figure: figure, scale: 2)
    for (k, x) in [0.1, 0.4, 0.6, 0.9].enumerated() {
        #expect(colorsClose(image.color(at: x, 0.5), ColorMap.viridis((Double(k) + 0.5) / 4).hex), "band \(k)")
    }
}

@Test func decisionRegionsTakeTheirClassTint() throws {
    var figure = Figure()
    figure.axes.decisionBoundary(x: [0, 1, 0, 1], y: [0, 0, 1, 1], classes: [0, 1, 0, 1], resolution: 50) { x, _ in x < 0.5 ? 0 : 1 }
    let image = try RasterImage(figure: figure, scale: 2)
    #expect(colorsClose(image.color(at: 0.2, 0.5), Color.palette(0).tinted(0.74).hex))
    #expect(colorsClose(image.color(at: 0.8, 0.5), Color.palette(1).tinted(0.74).hex))
    #expect(image.panel.x.scale.domain == figure.axes.marks.compactMap { $0 as? ImageMark }[0].extent!.x)
}

@Test func quiverArrowPointsAlongItsVector() throws {
    let figure = unitFigure { $0.quiver(x: [0.5], y: [0.5], u: [1], v: [0], color: .vermillion, scale: 100) }
    let image = try RasterImage(figure: figure, scale: 2)
    let (px, py) = image.pixel(of: 0.5, 0.5)
    #expect(image.pixel(x: px + 100, y: py) == Color.vermillion.hex)  // 50 points right
    #expect(image.pixel(x: px - 20, y: py) == white)
    #expect(image.pixel(x: px + 100, y: py - 30) == white)
}

@Test func noMarkDrawsOutsideThePlotArea() throws {
    // Data just beyond and far beyond the fixed limits, for every mark that clips; no
    // labels, so the legend stays empty.
    let wild = [-0.03, 0.5, 1.03]
    let marks: [(String, (inout Axes) -> Void)] = [
        ("line", { $0.line(x: wild, y: [-3, 0.5, -3], width: 8, marker: .square) }),
        ("scatter", { $0.scatter(x: wild, y: [0.5, 0.5, 1.02], size: 40) }),
        ("bars", { $0.bars(x: wild, heights: [9, 9, 9], width: 3) }),
        ("histogram", { $0.histogram([-4, 0.5, 0.5, 5], bins: 4) }),
        ("band", { $0.band(x: wild, lower: [-9, -9, -9], upper: [9, 9, 9]) }),
        ("error bars", { $0.errorBars(x: wild, y: [0.5, 0.5, 0.5], errors: [9, 9, 9]) }),
        ("quiver", { $0.quiver(x: [0.5, 0.9], y: [0.5, 0.1], u: [10, 5], v: [10, -5], scale: 60) }),
        ("image", { $0.image([[1, 2], [3, 4]], x: -3...4, y: -2...5) }),
        ("contour", { $0.contour(x: -3...4, y: -3...4, resolution: 20) { x, y in x * y } }),
        ("contour lines", { $0.contour(x: -3...4, y: -3...4, resolution: 20, filled: false) { x, y in x * y } }),
        ("reference lines", { $0.horizontalLine(y: 0.5); $0.verticalLine(x: 0.5) }),
        ("decision boundary", { $0.decisionBoundary(x: wild, y: wild, classes: [0, 1, 0], resolution: 20) { x, _ in x > 0 ? 1 : 0 } }),
    ]
    let empty = try RasterImage(figure: unitFigure(), scale: 2)
    for (name, add) in marks {
        var figure = unitFigure()
        add(&figure.axes)
        figure.axes.legend = .hidden
        figure.axes.xLimits = 0...1
        figure.axes.yLimits = 0...1
        let image = try RasterImage(figure: figure, scale: 2)
        #expect(image.panel.plotArea == empty.panel.plotArea, "\(name)")
        #expect(image.differencesOutsidePlotArea(from: empty) == 0, "\(name) drew outside the plot area")
        let area = image.panel.plotArea
        let (cx, cy) = (Int(area.minX + area.maxX), Int(area.minY + area.maxY))  // centre, in pixels at scale 2
        let drew = (-40...40).contains { image.pixel(x: cx + $0, y: cy + $0) != empty.pixel(x: cx + $0, y: cy + $0) }
            || (0..<image.width).contains { image.pixel(x: $0, y: cy) != empty.pixel(x: $0, y: cy) }
        #expect(drew, "\(name) drew nothing inside")
    }
}

@Test func dashedLineHasGapsAndSolidLineHasNone() throws {
    func coverage(_ style: LineStyle) throws -> Int {
        let image = try RasterImage(figure: unitFigure { $0.line(x: [0, 1], y: [0.5, 0.5], color: .blue, style: style) }, scale: 2)
        let (_, row) = image.pixel(of: 0, 0.5)
        let (start, _) = image.pixel(of: 0.05, 0.5), (end, _) = image.pixel(of: 0.95, 0.5)
        return (start...end).count { image.pixel(x: $0, y: row) == Color.blue.hex }
    }
    let solid = try coverage(.solid), dashed = try coverage(.dashed), dotted = try coverage(.dotted)
    #expect(dashed < solid * 3 / 4 && dashed > solid / 3)
    #expect(dotted < dashed)
}
