import Foundation
import Testing

@testable import Plot

/// Horizontal extents of the x tick labels that are shown, as drawn: centred under ticks.
private func xLabelExtents(_ layout: AxesLayout, _ canvas: Canvas) -> [ClosedRange<Double>] {
    canvas.use(Theme.standard.tickFont)
    return zip(layout.x.ticks.values, layout.x.ticks.labels).filter { !$0.1.isEmpty }.map {
        let center = layout.x.scale($0.0), half = canvas.width(of: $0.1) / 2
        return (center - half)...(center + half)
    }
}

private let sizes = [
    Figure.Size.column, .wide, Figure.Size(width: 320, height: 220), Figure.Size(width: 200, height: 160),
]
private let ranges: [(Double, Double)] = [
    (0, 1e-9), (0, 123_456), (-1e9, 1e9), (1, 1 + 1e-9), (0.001, 1000), (5, 5), (-3, -1), (1e5, 1e5 + 3),
]

/// Every combination of size, x range, y range and labels: no tick labels overlap, no
/// text reaches past the figure's edge, and there are at least two x labels to read.
@Test func tickLabelsNeverOverlapOrLeaveTheFigure() throws {
    let canvas = Canvas(measuringWith: .standard)
    let theme = Theme.standard
    for size in sizes {
        for (x0, x1) in ranges {
            for (y0, y1) in ranges {
                var figure = Figure(size: size)
                figure.axes.title = "A title that is rather long for a small figure"
                figure.axes.xLabel = "a long label on the horizontal axis"
                figure.axes.yLabel = "y label"
                figure.axes.line(x: [x0, x1], y: [y0, y1], label: "series")
                let layout = try CairoRenderer(figure: figure).layout().panels[0]!
                let context = "\(size) x \(x0)...\(x1) y \(y0)...\(y1)"

                let xs = xLabelExtents(layout, canvas)
                // A 200-point figure cannot fit two 12-digit labels such as 1.000000001
                // beside 12-digit y labels; it keeps one rather than overlap them.
                #expect(xs.count >= (size.width >= 320 ? 2 : 1), "\(context): \(layout.x.ticks.labels)")
                for (a, b) in zip(xs, xs.dropFirst()) {
                    #expect(a.upperBound < b.lowerBound, "\(context): x labels \(layout.x.ticks.labels)")
                }
                #expect(xs.allSatisfy { $0.lowerBound >= 0 && $0.upperBound <= size.width }, "\(context)")

                canvas.use(theme.tickFont)
                let widest = layout.y.ticks.labels.map { canvas.width(of: $0) }.max()!
                let yLabelsLeft = layout.plotArea.minX - theme.tickLength - theme.tickLabelGap - widest
                #expect(yLabelsLeft >= 0, "\(context): y labels \(layout.y.ticks.labels)")
                let ys = layout.y.ticks.values.map { layout.y.scale($0) }
                for (a, b) in zip(ys, ys.dropFirst()) {
                    #expect(a - b > 1.5 * theme.tickFont.size, "\(context): y labels \(layout.y.ticks.labels)")
                }

                let title = layout.title!, xLabel = layout.xLabel!, yLabel = layout.yLabel!
                canvas.use(title.font)
                #expect(title.anchor.x >= 0 && title.anchor.x + canvas.width(of: title.text) <= size.width)
                canvas.use(xLabel.font)
                let xHalf = canvas.width(of: xLabel.text) / 2
                #expect(xLabel.anchor.x - xHalf >= 0 && xLabel.anchor.x + xHalf <= size.width, "\(context)")
                canvas.use(yLabel.font)
                let yHalf = canvas.width(of: yLabel.text) / 2
                #expect(yLabel.anchor.y - yHalf >= 0 && yLabel.anchor.y + yHalf <= size.height, "\(context)")
            }
        }
    }
}

@Test func legendMovesToACornerWithoutData() throws {
    // A line rising from lower left to upper right leaves the upper-left corner free.
    var figure = Figure()
    figure.axes.line(x: [0, 1], y: [0, 1], label: "rising")
    var layout = try CairoRenderer(figure: figure).layout().panels[0]!
    var area = layout.plotArea
    #expect(layout.legend!.box.minX < (area.minX + area.maxX) / 2)
    #expect(layout.legend!.box.maxY < (area.minY + area.maxY) / 2)

    figure.axes = Axes()
    figure.axes.line(x: [0, 1], y: [1, 0], label: "falling")
    layout = try CairoRenderer(figure: figure).layout().panels[0]!
    area = layout.plotArea
    #expect(layout.legend!.box.minX > (area.minX + area.maxX) / 2)  // upper right is free
    #expect(layout.legend!.box.maxY < (area.minY + area.maxY) / 2)
}

@Test func legendIsShownOnlyWhenASeriesHasALabel() throws {
    var figure = Figure { $0.line(y: [1, 2, 3]) }
    #expect(try CairoRenderer(figure: figure).layout().panels[0]!.legend == nil)
    figure.axes.line(y: [3, 2, 1], label: "down")
    #expect(try CairoRenderer(figure: figure).layout().panels[0]!.legend?.entries.map(\.label) == ["down"])
}

/// Class names under a confusion matrix in a column-sized figure: too wide to stand side
/// by side, so they are slanted, all of them kept, inside the figure, clear of each
/// other and above the x label. Names that fit, and numbers, stay level.
@Test func crowdedCategoryNamesAreSlantedNotDropped() throws {
    let names = ["T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot"]
    let identity = (0..<10).map { i in (0..<10).map { $0 == i ? 1.0 : 0 } }
    let theme = Theme.standard, canvas = Canvas(measuringWith: theme)
    for width in [360.0, 480, 640] {
        var figure = Figure(size: Figure.Size(width: width, height: 420))
        figure.axes.xLabel = "predicted"
        figure.axes.heatmap(identity, rowLabels: names, columnLabels: names)
        let layout = try CairoRenderer(figure: figure).layout().panels[0]!
        #expect(layout.slantsXTickLabels, "\(width)")
        #expect(layout.x.ticks.labels == names, "\(width)")
        canvas.use(theme.tickFont)
        let height = canvas.capHeight + canvas.descent, slant = 0.5.squareRoot()
        let top = layout.plotArea.maxY + theme.tickLength + theme.tickLabelGap
        let xLabelTop = layout.xLabel!.anchor.y - layout.xLabel!.font.size
        var previous = -Double.infinity
        for (value, label) in zip(layout.x.ticks.values, layout.x.ticks.labels) {
            let end = layout.x.scale(value), labelWidth = canvas.width(of: label)
            #expect(end - slant * labelWidth >= 0, "\(label) leaves the figure at \(width)")
            #expect(top + slant * (labelWidth + height) <= xLabelTop, "\(label) runs into the x label at \(width)")
            #expect(slant * (end - previous) >= height, "\(label) touches its neighbour at \(width)")
            previous = end
        }
    }
    var level = Figure()
    level.axes.heatmap(identity.prefix(3).map { Array($0.prefix(3)) }, columnLabels: ["cat", "dog", "bird"])
    #expect(try !CairoRenderer(figure: level).layout().panels[0]!.slantsXTickLabels)
    var numbers = Figure(size: Figure.Size(width: 200, height: 200))
    numbers.axes.heatmap((0..<40).map { i in (0..<40).map { Double(i * $0) } })
    let thinned = try CairoRenderer(figure: numbers).layout().panels[0]!
    #expect(!thinned.slantsXTickLabels && thinned.x.ticks.labels.contains(""))
}
