import Foundation
import Testing

@testable import Plot

@Test func mismatchedLengthsNameTheSeriesAndBothLengths() {
    var figure = Figure()
    figure.axes.line(x: [1, 2, 3], y: [1, 2], label: "train")
    let expected = PlotError.lengthMismatch(series: #"line "train""#, xCount: 3, yCount: 2)
    #expect(throws: expected) { try figure.svg() }
    #expect(throws: expected) { try figure.png() }
    #expect(expected.description == #"line "train": x has 3 values but y has 2"#)
}

@Test func emptySeriesIsNamedByItsPositionWhenUnlabelled() {
    var figure = Figure()
    figure.axes.line(y: [1.0, 2.0])
    figure.axes.line(y: [Double]())
    #expect(throws: PlotError.emptySeries(series: "line 2")) { try figure.svg() }
    #expect(PlotError.emptySeries(series: "line 2").description == "line 2 has no points")
}

@Test func figureWithoutFiniteDataIsAnError() {
    var figure = Figure()
    figure.axes.title = "Loss"
    figure.axes.line(y: [Double.nan, .infinity], label: "diverged")
    let expected = PlotError.noFiniteData(axes: #"axes "Loss""#)
    #expect(throws: expected) { try figure.png() }
    #expect(expected.description.hasPrefix(#"axes "Loss": no finite points to plot"#))
    #expect(throws: PlotError.nothingToPlot(axes: "axes")) { try Figure().svg() }
}

@Test func axesWithLimitsButNoDataDrawAnEmptyFrame() throws {
    let figure = Figure(axes: Axes(xLimits: 0...1, yLimits: 0...1))
    #expect(try !figure.svg().isEmpty)
}

@Test func invalidLimitsSizeAndScaleAreReported() {
    var figure = Figure { $0.line(y: [1, 2]) }
    figure.axes.yLimits = 2...2
    #expect(throws: PlotError.invalidLimits(axis: "y", lower: 2, upper: 2)) { try figure.svg() }
    figure.axes.yLimits = nil
    #expect(throws: PlotError.invalidScale(0)) { try figure.png(scale: 0) }
    figure.size = Figure.Size(width: 0, height: 100)
    #expect(throws: PlotError.invalidSize(width: 0, height: 100)) { try figure.svg() }
}

@Test func writeRejectsUnknownExtensions() {
    let figure = Figure { $0.line(y: [1, 2]) }
    let url = URL(fileURLWithPath: "/tmp/figure.jpg")
    #expect(throws: PlotError.unsupportedFormat(path: "/tmp/figure.jpg")) { try figure.write(to: url) }
}

@Test func nonFinitePointsAreSkippedWithANote() throws {
    var figure = Figure()
    figure.axes.line(x: [0, 1, 2, 3, 4], y: [1, Double.nan, 3, -Double.infinity, 5], label: "loss")
    #expect(figure.axes.lines[0].runs.map(\.count) == [1, 1, 1])
    #expect(figure.notes == [
        #"line "loss": skipped 2 of 5 points with NaN or ±∞ (at index 1, 3); the line is broken there"#
    ])
    #expect(try !figure.png().isEmpty)
}

@Test func integerFloatAndRangeInputsAreAccepted() {
    var axes = Axes()
    axes.line(x: 0..<3, y: [Float(1), 2, 3])
    axes.line(x: [UInt8(1), 2, 3], y: [Int32(-1), 0, 1])
    axes.line(y: stride(from: 0.0, to: 1.0, by: 0.5))
    #expect(axes.lines.map(\.x) == [[0, 1, 2], [1, 2, 3], [0, 1]])
    #expect(axes.lines.map(\.y) == [[1, 2, 3], [-1, 0, 1], [0, 0.5]])
}

/// Extreme but finite data is drawn or reported, never a crash.
@Test func extremeValuesAreDrawnOrReportedWithoutCrashing() {
    let tiny = Double.leastNonzeroMagnitude  // 5e-324, a subnormal
    let extremes: [[Double]] = [
        [1.7e308, 1.7e308], [-1.7e308, 1.7e308], [tiny, 2 * tiny], [0, tiny],
        [1e15, 1e15 + 1], [-0.0, 0.0], [1, 1 + 2.2e-16], [1e300, -1e-300],
    ]
    for y in extremes {
        let figure = Figure { $0.line(y: y, label: "extreme") }
        do {
            #expect(try !figure.svg().isEmpty)
            #expect(try !figure.png(scale: 0.5).isEmpty)
        } catch {
            #expect(!error.description.isEmpty, "\(y)")
        }
    }
}
