import Foundation
import Testing

@testable import Plot

private func sampleFigure(seed: Double = 1) -> Figure {
    Figure { axes in
        axes.title = "Loss"
        axes.xLabel = "epoch"
        axes.yLabel = "cross-entropy"
        axes.line(y: (0..<50).map { exp(-Double($0) / 10 * seed) }, label: "train")
        axes.line(y: (0..<50).map { exp(-Double($0) / 12) + 0.1 }, label: "validation")
    }
}

@Test func svgBytesAreIdenticalAcrossRendersInOneProcess() throws {
    let first = try sampleFigure().svg()
    _ = try sampleFigure(seed: 2).svg()  // advances Cairo's process-wide surface counter
    let second = try sampleFigure().svg()
    #expect(first == second)
}

@Test func pngBytesAreIdenticalAcrossRenders() throws {
    #expect(try sampleFigure().png() == sampleFigure().png())
}

@Test func svgDeclaresItsSizeInCSSPixelsWithAViewBox() throws {
    let svg = String(decoding: try sampleFigure().svg(), as: UTF8.self)
    #expect(svg.contains(#"width="640px" height="400px" viewBox="0 0 640 400""#))
}

@Test func pngIsTwicePointSizeByDefault() throws {
    let png = try sampleFigure().png()
    #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]))
    // The IHDR chunk holds width and height as big-endian 32-bit integers at 16 and 20.
    let width = png[16..<20].reduce(0) { $0 << 8 | Int($1) }
    let height = png[20..<24].reduce(0) { $0 << 8 | Int($1) }
    #expect((width, height) == (1280, 800))
}

@Test func writeChoosesTheFormatByExtension() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("PlotTests-\(getpid())")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let figure = sampleFigure()
    try figure.write(to: folder.appendingPathComponent("a.SVG"))
    try figure.write(to: folder.appendingPathComponent("a.png"))
    #expect(try Data(contentsOf: folder.appendingPathComponent("a.SVG")) == figure.svg())
    #expect(try Data(contentsOf: folder.appendingPathComponent("a.png")) == figure.png())
}
