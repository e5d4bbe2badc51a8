#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Lays out a tensor's elements as NumPy-like nested brackets. Not generic: the element
/// type's kernel supplies the text of each element it is asked for.
///
/// - A tensor whose one-line form fits in ``lineWidth`` prints on one line:
///   `[[1.0, 2.0], [3.0, 4.0]]`.
/// - Otherwise each innermost row gets its own line (wrapped if too long), elements are
///   padded so that their decimal points line up, and blocks of higher axes are
///   separated by blank lines.
/// - A tensor of more than ``summaryThreshold`` elements prints its shape, then only the
///   first and last ``edgeItems`` entries of each long axis, with `...` between.
struct TensorFormatter {
    static let lineWidth = 80
    static let summaryThreshold = 1000
    static let edgeItems = 3

    let shape: [Int]
    /// Row-major strides: the flat distance between neighbours along each axis.
    let strides: [Int]
    let summarised: Bool

    init(shape: [Int]) {
        self.shape = shape
        var strides = [Int](repeating: 1, count: shape.count)
        for axis in shape.indices.dropLast().reversed() {
            strides[axis] = strides[axis + 1] * shape[axis + 1]
        }
        self.strides = strides
        summarised = shape.reduce(1, *) > Self.summaryThreshold
    }

    /// The text of the whole tensor; `element(i)` is the text of flat element `i`.
    func format(element: (Int) -> String) -> String {
        guard !shape.isEmpty else { return element(0) }
        var texts: [Int: String] = [:]
        visit(axis: 0, offset: 0) { texts[$0] = element($0) }
        if !summarised {
            let oneLine = render(axis: 0, offset: 0, multiline: false) { texts[$0]! }
            if oneLine.count <= Self.lineWidth { return oneLine }
        }
        let pad = Self.aligner(for: Array(texts.values))
        let body = render(axis: 0, offset: 0, multiline: true) { pad(texts[$0]!) }
        return summarised ? "shape \(shape)\n" + body : body
    }

    /// The indices shown along an axis; `nil` stands for the elided middle.
    private func visibleIndices(axis: Int) -> [Int?] {
        let length = shape[axis]
        guard summarised, length > 2 * Self.edgeItems else { return Array(0..<length) }
        return Array(0..<Self.edgeItems) + [nil] + Array(length - Self.edgeItems..<length)
    }

    /// Calls `body` with the flat offset of every shown element.
    private func visit(axis: Int, offset: Int, _ body: (Int) -> Void) {
        for index in visibleIndices(axis: axis).compactMap({ $0 }) {
            let child = offset + index * strides[axis]
            if axis == shape.count - 1 {
                body(child)
            } else {
                visit(axis: axis + 1, offset: child, body)
            }
        }
    }

    private func render(
        axis: Int, offset: Int, multiline: Bool, text: (Int) -> String
    ) -> String {
        let indices = visibleIndices(axis: axis)
        let innermost = axis == shape.count - 1
        let items = indices.map { index -> String in
            guard let index else { return "..." }
            let child = offset + index * strides[axis]
            guard !innermost else { return text(child) }
            return render(axis: axis + 1, offset: child, multiline: multiline, text: text)
        }
        guard multiline else { return "[" + items.joined(separator: ", ") + "]" }
        let indent = String(repeating: " ", count: axis + 1)
        guard innermost else {
            let blankLines = String(repeating: "\n", count: shape.count - axis - 2)
            return "[" + items.joined(separator: ",\n" + blankLines + indent) + "]"
        }
        // Padded items have equal widths, so a fixed number fits on each wrapped line.
        let width = items.map(\.count).max() ?? 0
        let perLine = Swift.max(1, (Self.lineWidth - shape.count - 1) / (width + 2))
        let lines = stride(from: 0, to: items.count, by: perLine).map {
            items[$0..<Swift.min($0 + perLine, items.count)].joined(separator: ", ")
        }
        return "[" + lines.joined(separator: ",\n" + indent) + "]"
    }

    /// Pads texts to a common width: decimal points aligned when every text is a plain
    /// decimal (`" 1.5 "`, `"10.25"`), right-aligned otherwise (exponents, `nan`).
    static func aligner(for texts: [String]) -> (String) -> String {
        let parts = texts.map { $0.split(separator: ".", omittingEmptySubsequences: false) }
        let decimal = parts.allSatisfy { $0.count == 2 } && !texts.contains { $0.contains("e") }
        if decimal {
            let integerWidth = parts.map { $0[0].count }.max() ?? 0
            let fractionWidth = parts.map { $0[1].count }.max() ?? 0
            return { text in
                let part = text.split(separator: ".", omittingEmptySubsequences: false)
                return padded(String(part[0]), left: integerWidth) + "."
                    + padded(String(part[1]), right: fractionWidth)
            }
        }
        let width = texts.map(\.count).max() ?? 0
        return { padded($0, left: width) }
    }

    private static func padded(_ text: String, left width: Int) -> String {
        String(repeating: " ", count: Swift.max(0, width - text.count)) + text
    }

    private static func padded(_ text: String, right width: Int) -> String {
        text + String(repeating: " ", count: Swift.max(0, width - text.count))
    }

    /// `x` rounded to `digits` significant decimal digits, and to at most `fractionDigits`
    /// digits after the point when it prints positionally (|x| ≥ 10⁻⁴; smaller values
    /// print with an exponent and keep all `digits`). Its shortest round-trip text,
    /// Swift's `description`, then shows no more: 0.1 + 0.2 prints as 0.3, not
    /// 0.30000000000000004, and small and large elements of one tensor line up in
    /// columns of similar width. The result is correctly rounded when both the scaled
    /// integer and the power of ten are exact, which holds for shifts up to 10²².
    static func rounded(_ x: Double, significantDigits digits: Int, fractionDigits: Int) -> Double {
        guard x.isFinite, x != 0 else { return x }
        var shift = digits - 1 - Int(floor(log10(Swift.abs(x))))
        if Swift.abs(x) >= 1e-4 { shift = Swift.min(shift, fractionDigits) }
        guard Swift.abs(shift) <= 22 else { return x }
        var power = 1.0
        for _ in 0..<Swift.abs(shift) { power *= 10 }
        return shift >= 0 ? (x * power).rounded() / power : (x / power).rounded() * power
    }
}
