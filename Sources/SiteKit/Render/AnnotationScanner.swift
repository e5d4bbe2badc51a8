/// Finds the prose annotations the site adds to Markdown, and swaps margin notes and
/// citations for placeholders before cmark sees the text:
///
/// - `^[A note in the margin.]` — a margin note (sidenote), Pandoc's inline-note
///   syntax. It sits beside its line on wide screens and folds into the text behind a
///   ⊕ on phones. It may hold any inline Markdown, math and citations included.
/// - `[@key]`, `[@a; @b]`, `[@key, p. 12]` — citations of `references.bib` entries,
///   numbered in order of first citation, with a hover card and a bibliography.
/// - `[^label]` with a `[^label]: text` definition — a footnote (cmark-gfm reads
///   these); the scanner records both so that a missing definition is an error.
///
/// Run it on ``MathScanner``'s text (math already replaced). Code spans and fenced
/// code are left alone, and so is anything after a backslash. The output keeps the
/// line count, so cmark's line numbers still match the file's.
struct AnnotationScanner {
    struct Sidenote: Equatable {
        /// The note's Markdown, with its citations already replaced by placeholders.
        var markdown: String
        var line: Int
        var placeholder: String
    }

    struct Citation: Equatable {
        struct Item: Equatable {
            var key: String
            /// A page, chapter or section, as in `[@higham2002, ch. 4]`.
            var locator: String?
        }
        var items: [Item]
        var line: Int
        var placeholder: String
    }

    /// The text with placeholders.
    private(set) var text = ""
    private(set) var sidenotes: [Sidenote] = []
    private(set) var citations: [Citation] = []
    /// Footnote labels as referred to (`[^x]`) and as defined (`[^x]:` at a line's start), with their lines.
    private(set) var footnoteReferences: [(label: String, line: Int)] = []
    private(set) var footnoteDefinitions: [(label: String, line: Int)] = []
    /// Margin notes opened with `^[` and never closed: their lines.
    private(set) var unclosedSidenotes: [Int] = []

    /// A token after each line break that a margin note spanned; ``LessonRenderer``
    /// removes it from the HTML. It keeps the note's line breaks out of the note
    /// (where they would be soft breaks) without joining lines, which would shift
    /// every line number after it.
    static let linePad = "NOTELINEPADX"

    private let characters: [Character]
    private var index = 0
    private var line = 1
    /// Set when a margin note's scan stopped at its closing `]`.
    private var closedNote = false

    init(_ markdown: String) {
        characters = Array(markdown)
        text = scan(inSidenote: false)
    }

    // MARK: - Scanning

    /// Scans from `index`; inside a margin note, stops after its closing `]`.
    private mutating func scan(inSidenote: Bool) -> String {
        var out = ""
        var fences = FenceTracker()
        var atLineStart = !inSidenote
        var depth = 0
        while index < characters.count {
            if atLineStart {
                atLineStart = false
                let end = characters[index...].firstIndex(of: "\n") ?? characters.count
                let lineText = String(characters[index..<end])
                if fences.isCode(Substring(lineText)) {
                    out += lineText
                    index = end
                    if index < characters.count {
                        out += "\n"
                        line += 1
                        index += 1
                        atLineStart = true
                    }
                    continue
                }
                if let label = Self.footnoteDefinitionLabel(lineText) {
                    footnoteDefinitions.append((label, line))
                    // Copy the `[^label]:` itself so it is not read as a reference.
                    let prefix = lineText.prefix { $0 != ":" }.count + 1
                    out += String(characters[index..<(index + prefix)])
                    index += prefix
                    continue
                }
            }
            let character = characters[index]
            switch character {
            case "\n":
                if inSidenote, Self.isBlank(characters, after: index) {
                    // A paragraph ends inside the note: it was never closed.
                    return out
                }
                out += "\n"
                line += 1
                index += 1
                atLineStart = !inSidenote
            case "\\":
                let end = index + 1 < characters.count && characters[index + 1] != "\n" ? index + 2 : index + 1
                out += String(characters[index..<end])
                index = end
            case "`":
                out += codeSpan()
            case "^" where next(is: "[") && !inSidenote:
                out += sidenote()
            case "[" where next(is: "@"):
                if let citation = citation() {
                    out += citation
                } else {
                    out += "["
                    index += 1
                    depth += 1
                }
            case "[" where next(is: "^"):
                let labelStart = index + 2
                var end = labelStart
                while end < characters.count, characters[end] != "]", !characters[end].isWhitespace { end += 1 }
                if end < characters.count, characters[end] == "]", end > labelStart {
                    footnoteReferences.append((String(characters[labelStart..<end]), line))
                    out += String(characters[index...end])
                    index = end + 1
                } else {
                    out += "["
                    index += 1
                    depth += 1
                }
            case "[":
                out += "["
                index += 1
                depth += 1
            case "]":
                if inSidenote, depth == 0 {
                    index += 1
                    closedNote = true
                    return out
                }
                depth = max(0, depth - 1)
                out += "]"
                index += 1
            default:
                out.append(character)
                index += 1
            }
        }
        return out
    }

    private func next(is character: Character) -> Bool {
        index + 1 < characters.count && characters[index + 1] == character
    }

    /// A code span copied as it is (or a lone run of backticks).
    private mutating func codeSpan() -> String {
        let run = characters[index...].prefix { $0 == "`" }.count
        var end = index + run
        var search = end
        while search < characters.count {
            if characters[search] == "`" {
                let closing = characters[search...].prefix { $0 == "`" }.count
                if closing == run {
                    end = search + run
                    break
                }
                search += closing
            } else {
                search += 1
            }
        }
        let span = String(characters[index..<end])
        line += span.filter { $0 == "\n" }.count
        index = end
        return span
    }

    /// `^[ … ]`: the placeholder, then a pad for every line break inside the note.
    private mutating func sidenote() -> String {
        let startLine = line
        index += 2
        let linesBefore = line
        closedNote = false
        let markdown = scan(inSidenote: true)
        guard closedNote else {
            unclosedSidenotes.append(startLine)
            return "^[" + markdown
        }
        let placeholder = "SIDENOTEPLACEHOLDER\(sidenotes.count)X"
        sidenotes.append(Sidenote(
            markdown: markdown.split(separator: "\n", omittingEmptySubsequences: false)
                .map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " "),
            line: startLine, placeholder: placeholder))
        return placeholder + String(repeating: "\n" + Self.linePad, count: line - linesBefore)
    }

    /// `[@key; @key2, locator]` as a placeholder, or `nil` when the brackets hold
    /// something else (or are a link's text).
    private mutating func citation() -> String? {
        var end = index + 1
        while end < characters.count, characters[end] != "]", characters[end] != "[" { end += 1 }
        guard end < characters.count, characters[end] == "]" else { return nil }
        // `[@x](url)` and `[@x][ref]` are links; `[@x]: url` is a link definition, but
        // only at the start of a line: mid-sentence, "as shown in [@x]: ..." cites.
        if end + 1 < characters.count, "([".contains(characters[end + 1]) { return nil }
        if end + 1 < characters.count, characters[end + 1] == ":", startsLine(at: index) { return nil }
        let inner = String(characters[(index + 1)..<end])
        var items: [Citation.Item] = []
        for part in inner.split(separator: ";", omittingEmptySubsequences: false) {
            let item = part.trimmingCharacters(in: .whitespacesAndNewlines)
            guard item.first == "@" else { return nil }
            let key = item.dropFirst().prefix { Self.isKeyCharacter($0) }
            guard let first = key.first, first.isLetter || first.isNumber else { return nil }
            var rest = item.dropFirst(1 + key.count).trimmingCharacters(in: .whitespaces)
            var locator: String?
            if rest.hasPrefix(",") {
                rest = rest.dropFirst().trimmingCharacters(in: .whitespaces)
                guard !rest.isEmpty else { return nil }
                locator = rest
            } else if !rest.isEmpty {
                return nil
            }
            // Keys may end in punctuation only inside: `smith2020.` ends at the dot.
            var cleanKey = String(key)
            while let last = cleanKey.last, ".:-/".contains(last) { cleanKey.removeLast() }
            guard cleanKey.count == key.count else { return nil }
            items.append(.init(key: cleanKey, locator: locator))
        }
        let placeholder = "CITATIONPLACEHOLDER\(citations.count)X"
        citations.append(Citation(items: items, line: line, placeholder: placeholder))
        let newlines = inner.filter { $0 == "\n" }.count
        line += newlines
        index = end + 1
        return placeholder + String(repeating: "\n" + Self.linePad, count: newlines)
    }

    /// Whether only up to three spaces stand between the previous line break and `index`.
    private func startsLine(at position: Int) -> Bool {
        var i = position - 1, spaces = 0
        while i >= 0, characters[i] == " " { i -= 1; spaces += 1 }
        return spaces <= 3 && (i < 0 || characters[i] == "\n")
    }

    /// Whether the line after the line break at `index` is empty.
    static func isBlank(_ characters: [Character], after index: Int) -> Bool {
        var i = index + 1
        while i < characters.count, characters[i] == " " || characters[i] == "\t" { i += 1 }
        return i >= characters.count || characters[i] == "\n"
    }

    static func isKeyCharacter(_ c: Character) -> Bool {
        c.isLetter || c.isNumber || "_:.-/+".contains(c)
    }

    /// `label` for a line that starts (after up to three spaces) with `[^label]:`.
    static func footnoteDefinitionLabel(_ line: String) -> String? {
        let trimmed = line.drop { $0 == " " }
        guard line.count - trimmed.count <= 3, trimmed.hasPrefix("[^"),
            let close = trimmed.firstIndex(of: "]")
        else { return nil }
        let label = trimmed[trimmed.index(trimmed.startIndex, offsetBy: 2)..<close]
        let after = trimmed[trimmed.index(after: close)...]
        guard !label.isEmpty, !label.contains(where: \.isWhitespace), after.hasPrefix(":") else { return nil }
        return String(label)
    }
}
