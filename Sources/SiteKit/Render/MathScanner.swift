import Foundation

/// Finds `$…$` and `$$…$$` formulas in Markdown and swaps them for placeholders
/// before cmark sees the text, so that Markdown never touches TeX (`a_1 * b_1`
/// would otherwise become emphasis).
///
/// Code fences and inline code spans are left alone; `\$` is a literal dollar. An
/// inline formula must open with a non-space, close with a non-space, stay within
/// its paragraph (it may wrap onto the next line, as prose does, but not cross a
/// blank line), and not be followed by a digit (so "$5 and $6" is not math). Display
/// formulas may span lines. A placeholder keeps the line count, so line numbers of
/// everything after it stay right.
struct MathScanner {
    /// One formula found in the text.
    struct Formula: Equatable {
        var tex: String
        var display: Bool
        /// The file line where it starts.
        var line: Int
        var placeholder: String
    }

    /// The text with placeholders, and the formulas in order.
    private(set) var text = ""
    private(set) var formulas: [Formula] = []

    init(_ markdown: String) {
        let characters = Array(markdown)
        var index = 0
        var line = 1
        var atLineStart = true
        var fences = FenceTracker()

        func emit(_ range: Range<Int>) {
            for i in range where characters[i] == "\n" { line += 1 }
            text.append(contentsOf: characters[range])
        }

        while index < characters.count {
            if atLineStart {
                let end = characters[index...].firstIndex(of: "\n") ?? characters.count
                if fences.isCode(Substring(String(characters[index..<end]))) {
                    emit(index..<min(end + 1, characters.count))
                    index = end + 1
                    continue
                }
                atLineStart = false
            }
            let character = characters[index]
            switch character {
            case "\n":
                atLineStart = true
                emit(index..<index + 1)
                index += 1
            case "\\":
                // An escape; a backslash before a line break (a hard break) keeps the break.
                let end = index + 1 < characters.count && characters[index + 1] != "\n" ? index + 2 : index + 1
                emit(index..<end)
                index = end
            case "`":
                let run = characters[index...].prefix { $0 == "`" }.count
                let closing = Self.find(Array(repeating: "`", count: run), in: characters, from: index + run)
                let end = closing.map { $0 + run } ?? index + run
                emit(index..<end)
                index = end
            case "$":
                if let (formula, end) = formula(at: index, in: characters, line: line) {
                    text += formula.placeholder
                    for i in index..<end where characters[i] == "\n" {
                        text += "\n"
                        line += 1
                    }
                    formulas.append(formula)
                    index = end
                } else {
                    emit(index..<index + 1)
                    index += 1
                }
            default:
                emit(index..<index + 1)
                index += 1
            }
        }
    }

    private func formula(at start: Int, in characters: [Character], line: Int) -> (Formula, Int)? {
        let placeholder = "MATHPLACEHOLDER\(formulas.count)X"
        if start + 1 < characters.count, characters[start + 1] == "$" {
            guard let close = Self.find(["$", "$"], in: characters, from: start + 2) else { return nil }
            let tex = String(characters[(start + 2)..<close]).trimmingCharacters(in: .whitespacesAndNewlines)
            guard !tex.isEmpty else { return nil }
            return (Formula(tex: tex, display: true, line: line, placeholder: placeholder), close + 2)
        }
        guard start + 1 < characters.count, !characters[start + 1].isWhitespace else { return nil }
        var index = start + 1
        while index < characters.count, !Self.isParagraphBreak(at: index, in: characters) {
            if characters[index] == "\\" {
                index += 2
                continue
            }
            if characters[index] == "$" {
                let followedByDigit = index + 1 < characters.count && characters[index + 1].isNumber
                if !characters[index - 1].isWhitespace, !followedByDigit {
                    let tex = String(characters[(start + 1)..<index])
                    return (Formula(tex: tex, display: false, line: line, placeholder: placeholder), index + 1)
                }
                return nil
            }
            index += 1
        }
        return nil
    }

    /// Whether a line break at `index` ends the paragraph: the next line is blank, or
    /// there is none.
    private static func isParagraphBreak(at index: Int, in characters: [Character]) -> Bool {
        guard characters[index] == "\n" else { return false }
        var next = index + 1
        while next < characters.count, characters[next] != "\n" {
            if !characters[next].isWhitespace { return false }
            next += 1
        }
        return true
    }

    private static func find(_ needle: [Character], in characters: [Character], from start: Int) -> Int? {
        guard start <= characters.count - needle.count else { return nil }
        var index = start
        while index <= characters.count - needle.count {
            if characters[index] == "\\" {
                index += 2
                continue
            }
            if Array(characters[index..<index + needle.count]) == needle {
                // A run of backticks must be exactly as long as the opening one.
                let next = index + needle.count
                if needle.first == "`", next < characters.count, characters[next] == "`" {
                    index = next + 1
                    while index < characters.count, characters[index] == "`" { index += 1 }
                    continue
                }
                return index
            }
            index += 1
        }
        return nil
    }
}
