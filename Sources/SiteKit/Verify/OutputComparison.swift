import Foundation

/// Compares a block's fresh output with its recorded output, number-aware.
///
/// Both texts are split into number and non-number tokens. Non-number text must match
/// exactly (trailing spaces on a line and trailing blank lines aside); numbers match
/// when `|a − b| ≤ tolerance · max(|a|, |b|)` or `|a − b| ≤ absoluteTolerance`. So a
/// lesson may print `0.30000000000000004` and survive another machine's last-bit
/// rounding, while a changed result fails.
public struct OutputComparison: Sendable {
    public var tolerance: Double
    public var absoluteTolerance: Double

    public init(tolerance: Double = BlockOptions.defaultTolerance, absoluteTolerance: Double = 0) {
        self.tolerance = tolerance
        self.absoluteTolerance = absoluteTolerance
    }

    public init(options: BlockOptions) {
        self.init(tolerance: options.tolerance, absoluteTolerance: options.absoluteTolerance)
    }

    /// Whether `fresh` matches `recorded`.
    public func matches(_ fresh: String, _ recorded: String) -> Bool {
        let a = Self.tokens(Self.normalized(fresh)), b = Self.tokens(Self.normalized(recorded))
        guard a.count == b.count else { return false }
        return zip(a, b).allSatisfy(tokensMatch)
    }

    /// Output with trailing whitespace removed from each line and trailing blank lines dropped.
    public static func normalized(_ text: String) -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
            String($0.reversed().drop(while: \.isWhitespace).reversed())
        }
        while lines.last == "" { lines.removeLast() }
        return lines.joined(separator: "\n")
    }

    enum Token: Equatable {
        case text(Substring)
        case number(Double, Substring)
    }

    private func tokensMatch(_ a: Token, _ b: Token) -> Bool {
        switch (a, b) {
        case (.text(let x), .text(let y)):
            return x == y
        case (.number(let x, let xText), .number(let y, let yText)):
            if xText == yText { return true }
            let difference = abs(x - y)
            return difference <= tolerance * max(abs(x), abs(y)) || difference <= absoluteTolerance
        default:
            return false
        }
    }

    /// Splits text into numbers (`-12`, `3.5e-7`, `.25`) and the text between them.
    ///
    /// A sign belongs to a number only where it cannot be a binary operator, i.e. at the
    /// start or after a space or an opening bracket; digits glued to letters (`x1`,
    /// `float32`) stay text.
    static func tokens(_ text: String) -> [Token] {
        var tokens: [Token] = []
        var textStart = text.startIndex
        var index = text.startIndex
        while index < text.endIndex {
            if let end = numberEnd(in: text, at: index) {
                if textStart < index { tokens.append(.text(text[textStart..<index])) }
                let literal = text[index..<end]
                tokens.append(.number(Double(literal) ?? .nan, literal))
                index = end
                textStart = end
            } else {
                index = text.index(after: index)
            }
        }
        if textStart < text.endIndex { tokens.append(.text(text[textStart...])) }
        return tokens
    }

    private static func numberEnd(in text: String, at start: String.Index) -> String.Index? {
        if start > text.startIndex {
            let previous = text[text.index(before: start)]
            if previous.isLetter || previous.isNumber || previous == "_" || previous == "." { return nil }
        }
        var index = start
        func peek() -> Character? { index < text.endIndex ? text[index] : nil }
        func digits() -> Int {
            var count = 0
            while let c = peek(), c.isASCII, c.isNumber { index = text.index(after: index); count += 1 }
            return count
        }
        if let sign = peek(), sign == "-" || sign == "+" {
            if start > text.startIndex {
                let previous = text[text.index(before: start)]
                guard previous.isWhitespace || "([{,=:".contains(previous) else { return nil }
            }
            index = text.index(after: index)
        }
        var mantissa = digits()
        if peek() == ".", mantissa > 0 || text[text.index(after: index)...].first?.isNumber == true {
            index = text.index(after: index)
            mantissa += digits()
        }
        guard mantissa > 0 else { return nil }
        if let e = peek(), e == "e" || e == "E" {
            let beforeExponent = index
            index = text.index(after: index)
            if let sign = peek(), sign == "-" || sign == "+" { index = text.index(after: index) }
            if digits() == 0 { index = beforeExponent }
        }
        if let next = peek(), next.isLetter || next == "_" { return nil }
        return index
    }
}
