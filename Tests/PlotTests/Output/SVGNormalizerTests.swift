import Foundation
import Testing

@testable import Plot

@Test func numbersAreRoundedToHundredthsAndIdsAndDataLeftAlone() {
    let input = ##"<path d="M 82.089844 71.953125 L -0.001 3.5 L 10.1 -2.004"/><g id="glyph0-12"/><image id="image7" xlink:href="data:image/png;base64,iVBOR0.123w=="/><use xlink:href="#image7"/>"##
    let output = String(decoding: SVGNormalizer.normalize(Data(input.utf8)), as: UTF8.self)
    #expect(output.contains(#"d="M 82.09 71.95 L 0 3.5 L 10.1 -2""#))
    #expect(output.contains(#"id="glyph0-12""#))
    #expect(output.contains(#"<image style="image-rendering:pixelated" id="image1""#))
    #expect(output.contains(##"href="#image1""##))
    #expect(output.contains("base64,iVBOR0.123w=="))
}

@Test func svgOfEveryKindOfMarkIsDeterministicAndCompact() throws {
    func figure() -> Figure {
        var f = Figure(rows: 1, columns: 2, size: .wide)
        f[0, 0].image([[1, 2], [3, 4]])
        f[0, 0].colorBar(label: "value")
        f[0, 1].contour(x: -1...1, y: -1...1, resolution: 30) { x, y in x * x + y * y }
        f[0, 1].scatter(x: [0.1, 0.5], y: [0.2, 0.4], label: "points")
        return f
    }
    let first = try figure().svg()
    _ = try Figure.imageGrid([[[1.0]]], columns: 1).svg()  // advances Cairo's counters
    #expect(try figure().svg() == first)
    let text = String(decoding: first, as: UTF8.self)
    #expect(text.firstMatch(of: /[0-9]\.[0-9]{3}/) == nil)
    #expect(text.contains("image-rendering:pixelated"))
}

@Test func repeatedStylesBecomeClassesOfOneStyleElement() {
    let input = ##"<svg width="10px"><g><path style="fill:red;stroke:none" d="M 0 0"/><path style="fill:red;stroke:none" d="M 1 1"/><path style="fill:blue" d="M 2 2"/></g></svg>"##
    let output = SVGNormalizer.sharingStyles(input)
    #expect(output == ##"<svg width="10px">"## + "\n" + ##"<style>.s1{fill:red;stroke:none}</style><g><path class="s1" d="M 0 0"/><path class="s1" d="M 1 1"/><path style="fill:blue" d="M 2 2"/></g></svg>"##)
    #expect(SVGNormalizer.sharingStyles(##"<svg><path style="fill:blue"/></svg>"##) == ##"<svg><path style="fill:blue"/></svg>"##)
}
