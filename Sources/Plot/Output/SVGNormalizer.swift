import Foundation

/// Makes Cairo's SVG output depend only on the figure.
///
/// Cairo 1.16 names each SVG surface group `surfaceN` from a counter shared by the whole
/// process, so the second render of the same figure says `id="surface6"` where the first
/// said `id="surface1"`. Renumbering those names in order of first appearance makes two
/// renders byte-identical, so a site build gives identical output for identical input.
enum SVGNormalizer {
    static func normalize(_ svg: Data) -> Data {
        let text = String(decoding: svg, as: UTF8.self)
        var numbers: [Substring: Int] = [:]
        let renumbered = text.replacing(/surface([0-9]+)/) { match in
            let number = numbers[match.output.1] ?? numbers.count + 1
            numbers[match.output.1] = number
            return "surface\(number)"
        }
        return Data(renumbered.utf8)
    }
}
