import Foundation

/// Makes Cairo's SVG output depend only on the figure, and smaller.
///
/// - Cairo 1.16 names each SVG surface group `surfaceN` and each embedded image `imageN`
///   from counters shared by the whole process, so the second render of the same figure
///   says `id="surface6"` where the first said `id="surface1"`. Renumbering those names
///   in order of first appearance makes two renders byte-identical, so a site build gives
///   identical output for identical input.
/// - Cairo writes coordinates with six decimals; two (a hundredth of a point, invisible
///   even at 4× zoom) make a typical figure about a third smaller, most of it glyph
///   outlines.
/// - Matrices are drawn as images of one pixel per cell; `image-rendering: pixelated`
///   keeps the cells sharp when a browser scales them, as Cairo does in the PNG.
/// - Cairo repeats a mark's whole style (fill, stroke, widths, caps and joins: some 200
///   bytes) on every path it draws, once per scatter point; a style used more than once
///   becomes a class of one `<style>` element, which makes a scatter-heavy figure about
///   a fifth smaller and draws the same.
enum SVGNormalizer {
    static func normalize(_ svg: Data) -> Data {
        let text = String(decoding: roundingNumbers(svg), as: UTF8.self)
        var renumbered = renumber(text, prefix: "surface")
        renumbered = renumber(renumbered, prefix: "image")
        renumbered = renumbered.replacing("<image ", with: #"<image style="image-rendering:pixelated" "#)
        return Data(sharingStyles(renumbered).utf8)
    }

    /// Every `style="…"` that occurs more than once replaced by `class="sN"` (numbered in
    /// order of first appearance), with the rules in a `<style>` at the top.
    static func sharingStyles(_ text: String) -> String {
        let pattern = #/ style="([^"]*)"/#
        var counts: [Substring: Int] = [:]
        for match in text.matches(of: pattern) { counts[match.output.1, default: 0] += 1 }
        var classes: [Substring: Int] = [:], rules = ""
        let shared = text.replacing(pattern) { match in
            let style = match.output.1
            guard counts[style, default: 0] > 1 else { return String(match.output.0) }
            if classes[style] == nil {
                classes[style] = classes.count + 1
                rules += ".s\(classes.count){\(style)}"
            }
            return " class=\"s\(classes[style]!)\""
        }
        guard !rules.isEmpty, let open = shared.firstRange(of: "<svg"),
            let end = shared[open.upperBound...].firstIndex(of: ">")
        else { return text }
        var result = shared
        result.insert(contentsOf: "\n<style>\(rules)</style>", at: result.index(after: end))
        return result
    }

    /// Renames `<prefix>N` in order of first appearance: the first becomes 1, and so on.
    private static func renumber(_ text: String, prefix: String) -> String {
        var numbers: [Substring: Int] = [:]
        let pattern = try! Regex<(Substring, Substring)>("\(prefix)([0-9]+)")
        return text.replacing(pattern) { match in
            let number = numbers[match.output.1] ?? numbers.count + 1
            numbers[match.output.1] = number
            return "\(prefix)\(number)"
        }
    }

    /// Every decimal number with more than two decimals, rounded to two (trailing zeros
    /// dropped; −0 written 0). Base64 image data has no "." and is left alone.
    static func roundingNumbers(_ svg: Data) -> Data {
        let bytes = [UInt8](svg)
        var out = [UInt8]()
        out.reserveCapacity(bytes.count)
        let zero = UInt8(ascii: "0"), nine = UInt8(ascii: "9"), dot = UInt8(ascii: "."), minus = UInt8(ascii: "-")
        func isDigit(_ b: UInt8) -> Bool { b >= zero && b <= nine }
        var i = 0
        while i < bytes.count {
            // A number starts at a digit not preceded by a letter, digit or '#' (ids, colours).
            let previous = i > 0 ? bytes[i - 1] : 0
            let startsNumber = isDigit(bytes[i]) && !(isDigit(previous) || previous == dot
                || (previous | 0x20 >= UInt8(ascii: "a") && previous | 0x20 <= UInt8(ascii: "z")) || previous == UInt8(ascii: "#"))
            guard startsNumber else {
                out.append(bytes[i])
                i += 1
                continue
            }
            var j = i
            while j < bytes.count && isDigit(bytes[j]) { j += 1 }
            guard j < bytes.count, bytes[j] == dot else {
                out.append(contentsOf: bytes[i..<j])
                i = j
                continue
            }
            var k = j + 1
            while k < bytes.count && isDigit(bytes[k]) { k += 1 }
            guard k - j - 1 > 2 else {
                out.append(contentsOf: bytes[i..<k])
                i = k
                continue
            }
            let negative = out.last == minus
            let value = Double(String(decoding: bytes[i..<k], as: UTF8.self))!
            let hundredths = Int((value * 100).rounded())
            if hundredths == 0 && negative { out.removeLast() }
            var written = String(hundredths / 100)
            let fraction = hundredths % 100
            if fraction != 0 {
                written += fraction % 10 == 0 ? ".\(fraction / 10)" : (fraction < 10 ? ".0\(fraction)" : ".\(fraction)")
            }
            out.append(contentsOf: written.utf8)
            i = k
        }
        return Data(out)
    }
}
