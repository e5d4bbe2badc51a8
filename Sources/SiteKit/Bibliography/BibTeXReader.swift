import Foundation

/// Reads the BibTeX file that lessons cite from (`Content/references.bib`).
///
/// It reads what people actually write: `@type{key, field = {value}, ...}` or with
/// parentheses, values in braces (nested), in quotes, bare numbers, `@string`
/// abbreviations and the month names, joined with `#`. `@comment` and `@preamble`
/// are skipped, and so is any text outside an entry, as BibTeX itself does, and
/// `%` comment lines between entries (an `@` in them starts nothing).
///
/// A malformed entry is reported at its file and line and skipped; the entries
/// around it are still read, so one typo does not lose the whole bibliography.
///
/// ```swift
/// let (entries, errors) = BibTeXReader.read("@book{higham2002, title = {Accuracy}}", file: "refs.bib")
/// ```
public enum BibTeXReader {
    /// The entries of `text` in file order, and one error per malformed entry.
    public static func read(_ text: String, file: String) -> (entries: [BibEntry], errors: [LessonError]) {
        var scanner = Scanner(characters: Array(text), file: file)
        var entries: [BibEntry] = []
        var errors: [LessonError] = []
        var seen: [String: Int] = [:]
        while scanner.skip(toNext: "@") {
            let start = scanner.line
            do throws(BibTeXError) {
                guard let entry = try scanner.entry() else { continue }
                if let first = seen[entry.key.lowercased()] {
                    throw BibTeXError(line: start, message: "duplicate key `\(entry.key)` (first defined on line \(first))")
                }
                guard entry.fields["title"] != nil else {
                    throw BibTeXError(line: start, message: "entry `\(entry.key)` has no `title` field")
                }
                seen[entry.key.lowercased()] = start
                entries.append(entry)
            } catch {
                errors.append(.bibliography(SourceLocation(file: file, line: error.line), error.message))
                scanner.skipToNextEntry()
            }
        }
        return (entries, errors)
    }

    /// A problem at a line of the file.
    struct BibTeXError: Error {
        var line: Int
        var message: String
    }

    /// Walks the characters of the file, keeping the line number.
    struct Scanner {
        let characters: [Character]
        let file: String
        var index = 0
        var line = 1
        /// `@string` abbreviations, seeded with BibTeX's month names.
        var macros: [String: String] = [
            "jan": "January", "feb": "February", "mar": "March", "apr": "April", "may": "May", "jun": "June",
            "jul": "July", "aug": "August", "sep": "September", "oct": "October", "nov": "November", "dec": "December",
        ]

        init(characters: [Character], file: String) {
            self.characters = characters
            self.file = file
        }

        var atEnd: Bool { index >= characters.count }
        var current: Character? { atEnd ? nil : characters[index] }

        mutating func advance() {
            if characters[index] == "\n" { line += 1 }
            index += 1
        }

        /// Moves to the next `character` outside `%` comment lines; false at the end.
        mutating func skip(toNext character: Character) -> Bool {
            while let c = current, c != character {
                if c == "%" {
                    while let d = current, d != "\n" { advance() }
                } else {
                    advance()
                }
            }
            return !atEnd
        }

        /// After an error: moves to the next line that starts with `@`.
        mutating func skipToNextEntry() {
            if current == "@", atLineStart { return }
            if !atEnd { advance() }
            while !atEnd {
                if characters[index] == "\n" {
                    advance()
                    while let c = current, c == " " || c == "\t" { advance() }
                    if current == "@" { return }
                } else {
                    advance()
                }
            }
        }

        /// Whether only spaces stand between the current character and the line's start.
        var atLineStart: Bool {
            var i = index - 1
            while i >= 0, characters[i] == " " || characters[i] == "\t" { i -= 1 }
            return i < 0 || characters[i] == "\n"
        }

        mutating func skipWhitespace() {
            while let c = current, c.isWhitespace { advance() }
        }

        mutating func identifier() -> String {
            var name = ""
            while let c = current, c.isLetter || c.isNumber || "_-:./+'".contains(c) {
                name.append(c)
                advance()
            }
            return name
        }

        /// Reads the entry at the `@`; `nil` for `@comment`, `@preamble` and `@string`.
        mutating func entry() throws(BibTeXError) -> BibEntry? {
            let start = line
            advance()  // @
            let type = identifier().lowercased()
            guard !type.isEmpty else { throw BibTeXError(line: start, message: "expected an entry type after `@`") }
            skipWhitespace()
            guard let open = current, open == "{" || open == "(" else {
                throw BibTeXError(line: line, message: "expected `{` after `@\(type)`")
            }
            let close: Character = open == "{" ? "}" : ")"
            advance()
            switch type {
            case "comment", "preamble":
                _ = try balanced(until: close, opened: start)
                return nil
            case "string":
                skipWhitespace()
                let name = identifier().lowercased()
                guard !name.isEmpty else { throw BibTeXError(line: line, message: "expected a name in `@string`") }
                try expect("=", after: "the @string name `\(name)`")
                macros[name] = try value()
                skipWhitespace()
                try expect(close, after: "the @string value", opened: start)
                return nil
            default:
                break
            }
            skipWhitespace()
            let key = identifier()
            guard !key.isEmpty else {
                throw BibTeXError(line: line, message: "expected a citation key after `@\(type){`")
            }
            skipWhitespace()
            var fields: [String: String] = [:]
            while true {
                skipWhitespace()
                guard let c = current else {
                    throw BibTeXError(line: start, message: "entry `\(key)` is never closed (missing `\(close)`)")
                }
                if c == close {
                    advance()
                    break
                }
                if c == "@" {
                    throw BibTeXError(line: start, message: "entry `\(key)` is never closed (missing `\(close)`)")
                }
                guard c == "," else {
                    throw BibTeXError(line: line, message: "expected `,` or `\(close)` in entry `\(key)`, found `\(c)`")
                }
                advance()
                skipWhitespace()
                if current == close { continue }
                let fieldLine = line
                let name = identifier().lowercased()
                guard !name.isEmpty else {
                    if atEnd { continue }
                    throw BibTeXError(line: line, message: "expected a field name in entry `\(key)`, found `\(current!)`")
                }
                try expect("=", after: "field `\(name)` of entry `\(key)`")
                let text = try value()
                if fields[name] != nil {
                    throw BibTeXError(line: fieldLine, message: "field `\(name)` appears twice in entry `\(key)`")
                }
                fields[name] = text
            }
            return BibEntry(type: type, key: key, fields: fields, line: start)
        }

        mutating func expect(_ character: Character, after what: String, opened: Int? = nil) throws(BibTeXError) {
            skipWhitespace()
            guard current == character else {
                let found = current.map { "`\($0)`" } ?? "the end of the file"
                throw BibTeXError(line: atEnd ? (opened ?? line) : line, message: "expected `\(character)` after \(what), found \(found)")
            }
            advance()
        }

        /// A field value: parts joined by `#`, each braced, quoted, a number or a macro.
        mutating func value() throws(BibTeXError) -> String {
            var text = ""
            while true {
                skipWhitespace()
                let partLine = line
                guard let c = current else {
                    throw BibTeXError(line: partLine, message: "expected a value, found the end of the file")
                }
                if c == "{" {
                    advance()
                    text += try balanced(until: "}", opened: partLine)
                } else if c == "\"" {
                    advance()
                    text += try quoted(opened: partLine)
                } else if c.isNumber {
                    while let d = current, d.isNumber { text.append(d); advance() }
                } else if c.isLetter {
                    let name = identifier()
                    guard let expansion = macros[name.lowercased()] else {
                        throw BibTeXError(line: partLine, message: "unknown abbreviation `\(name)` (a value needs braces or quotes)")
                    }
                    text += expansion
                } else {
                    throw BibTeXError(line: partLine, message: "expected a value in braces or quotes, found `\(c)`")
                }
                skipWhitespace()
                guard current == "#" else { break }
                advance()
            }
            return TeXText.plain(text)
        }

        /// The text up to the `close` that balances an already consumed opener.
        mutating func balanced(until close: Character, opened: Int) throws(BibTeXError) -> String {
            var depth = 0
            var text = ""
            while let c = current {
                if c == close && depth == 0 {
                    advance()
                    return text
                }
                if c == "{" { depth += 1 }
                if c == "}" {
                    depth -= 1
                    if depth < 0 { throw BibTeXError(line: line, message: "unbalanced `}`") }
                }
                if close == "}", text.last == "\n", c == "@" || startsField(at: index) {
                    // A new entry or a new field began: this value's brace was never closed.
                    break
                }
                text.append(c)
                advance()
            }
            throw BibTeXError(line: opened, message: "this `{` is never closed")
        }

        /// Whether a line starting at `start` looks like `name = {` (a field).
        func startsField(at start: Int) -> Bool {
            var i = start
            while i < characters.count, characters[i] == " " || characters[i] == "\t" { i += 1 }
            let nameStart = i
            while i < characters.count, characters[i].isLetter { i += 1 }
            guard i > nameStart else { return false }
            while i < characters.count, characters[i] == " " || characters[i] == "\t" { i += 1 }
            guard i < characters.count, characters[i] == "=" else { return false }
            i += 1
            while i < characters.count, characters[i] == " " || characters[i] == "\t" { i += 1 }
            return i < characters.count && (characters[i] == "{" || characters[i] == "\"" || characters[i].isNumber)
        }

        /// A quoted value; braces inside it protect quotes.
        mutating func quoted(opened: Int) throws(BibTeXError) -> String {
            var depth = 0
            var text = ""
            while let c = current {
                if c == "\"" && depth == 0 {
                    advance()
                    return text
                }
                if c == "{" { depth += 1 }
                if c == "}" { depth -= 1 }
                if c == "\n", text.hasSuffix("\n") || characters.dropFirst(index + 1).first == "@" {
                    break
                }
                text.append(c)
                advance()
            }
            throw BibTeXError(line: opened, message: "this `\"` is never closed")
        }
    }
}
