import Foundation
import Testing

@testable import Plot

/// The error `build` leads to when the figure is rendered, as text.
private func renderError(_ build: (inout Axes) -> Void) -> String? {
    var figure = Figure()
    build(&figure.axes)
    do {
        _ = try figure.svg()
        return nil
    } catch {
        return error.description
    }
}

@Test func mismatchedLengthsAreReportedByEveryMark() {
    #expect(renderError { $0.scatter(x: [1, 2], y: [1, 2], values: [1]) } == "scatter 1: values has 1 values but x has 2")
    #expect(renderError { $0.scatter(x: [1, 2], y: [1]) } == "scatter 1: x has 2 values but y has 1")
    #expect(renderError { $0.scatter(x: [1, 2], y: [1, 2], classes: [0]) } == "scatter 1: classes has 1 values but x has 2")
    #expect(renderError { $0.bars(x: [1, 2], heights: [3], label: "acc") } == #"bars "acc": heights has 1 values but x has 2"#)
    #expect(renderError { $0.errorBars(x: [1, 2], y: [1, 2], errors: [0.1]) } == "error bars 1: errors has 1 values but y has 2")
    #expect(renderError { $0.band(x: [1, 2], lower: [0], upper: [1, 2]) } == "band 1: lower has 1 values but x has 2")
    #expect(renderError { $0.quiver(x: [0], y: [0], u: [1, 2], v: [1]) } == "quiver 1: u has 2 values but x has 1")
    #expect(renderError { $0.contour(x: [0, 1, 2], y: [0, 1], z: [[1, 2], [3, 4]]) } == "contour 1: x has 3 values but z (columns) has 2")
}

@Test func badShapesAndArgumentsAreReported() {
    #expect(renderError { $0.image([[1, 2], [3]]) }?.hasPrefix("image 1: rows have different lengths") == true)
    #expect(renderError { $0.image([[Double]]()) } == "image 1: expected a matrix [rows, columns], got shape [0, 0]" || renderError { $0.image([[Double]]()) } == "image 1 has no points")
    #expect(renderError { $0.histogram([1, 2], bins: 0) } == "histogram 1: bins must be at least 1, got 0")
    #expect(renderError { $0.histogram([Double]()) } == "histogram 1 has no points")
    #expect(renderError { $0.contour(x: [0, 1], y: [1, 0], z: [[1, 2], [3, 4]]) } == "contour 1: y must be finite and strictly increasing")
    #expect(renderError { $0.scatter(Stack(shape: [3, 3])) } == "scatter 1: expected points of shape [n, 2], got [3, 3]")
    #expect(renderError { $0.line(y: [1, 2]); $0.xScale = .symlog(linearWidth: 0) } == "xScale: symlog linearWidth 0.0 must be positive and finite")
    let stack = Figure.imageGrid(stack: Stack(shape: [2, 3]), columns: 2)
    #expect(throws: PlotError.invalidShape(series: "image grid", detail: "expected a stack of shape [count, height, width], got [2, 3]")) {
        try stack.svg()
    }
}

@Test func aLogAxisWithoutPositiveDataIsReported() {
    #expect(renderError { $0.line(y: [-1, 0]); $0.yScale = .log }
        == "axes: the y axis is logarithmic but no y value is positive and no yLimits were set")
    #expect(renderError { $0.line(y: [1, 2]); $0.yScale = .log; $0.yLimits = -1...1 } == "yLimits -1.0...1.0 must be finite with lower < upper")
}

@Test func nonFiniteValuesAreSkippedWithNotes() throws {
    var figure = Figure()
    figure.axes.scatter(x: [1, 2, 3], y: [1, .nan, 3])
    figure.axes.histogram([1, 2, .infinity, 3])
    figure.axes.line(x: [1, 2, 3], y: [1, -1, 2], label: "loss")
    figure.axes.yScale = .log
    #expect(figure.notes == [
        "scatter 1: skipped 1 of 3 points with NaN or ±∞ (at index 1); they are not drawn",
        "histogram 1: skipped 1 of 4 values with NaN or ±∞ (at index 2); they are not counted",
        #"line "loss": skipped 1 of 3 points with NaN, ±∞ or a value ≤ 0 on a log axis (at index 1); the line is broken there"#,
    ])
    #expect(try !figure.png(scale: 1).isEmpty)
    var image = Figure()
    image.axes.image([[1, .nan], [3, 4]])
    #expect(image.notes == ["image 1: 1 of 4 cells are NaN or ±∞ and are left blank"])
    #expect(try !image.svg().isEmpty)
}

@Test func emptyPanelsOfAGridAreNamedByPosition() {
    var figure = Figure(rows: 1, columns: 2)
    figure[0, 0].line(y: [1, 2])
    #expect(throws: PlotError.nothingToPlot(axes: "axes [0, 1]")) { try figure.svg() }
}

/// A stand-in for a tensor: any shape, values 0, 1, 2, …
private struct Stack: PlotData {
    var shape: [Int]
    var plotShape: [Int] { shape }
    var plotValues: [Double] { (0..<shape.reduce(1, *)).map(Double.init) }
}
