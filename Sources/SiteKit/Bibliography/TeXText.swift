import Foundation

/// Turns the TeX that BibTeX values are written in into plain Unicode text:
/// `{\"o}` → ö, `\'e` → é, `--` → –, `~` → a no-break space, `\&` → &, and
/// protective braces (`{IEEE}`) removed. Commands it does not know are dropped and
/// their argument kept (`\emph{word}` → word).
enum TeXText {
    /// Combining marks for TeX's accent commands.
    static let accents: [Character: Character] = [
        "'": "\u{301}", "`": "\u{300}", "^": "\u{302}", "\"": "\u{308}", "~": "\u{303}",
        "=": "\u{304}", ".": "\u{307}", "u": "\u{306}", "v": "\u{30C}", "H": "\u{30B}",
        "c": "\u{327}", "k": "\u{328}", "r": "\u{30A}",
    ]

    /// Letter-like commands.
    static let symbols: [String: String] = [
        "ss": "ß", "o": "ø", "O": "Ø", "aa": "å", "AA": "Å", "ae": "æ", "AE": "Æ", "oe": "œ", "OE": "Œ",
        "l": "ł", "L": "Ł", "i": "ı", "j": "ȷ", "textendash": "–", "textemdash": "—", "ldots": "…",
        "dots": "…", "textregistered": "®", "copyright": "©", "S": "§", "P": "¶",
    ]

    static func plain(_ tex: String) -> String {
        let characters = Array(tex)
        var text = ""
        var index = 0
        while index < characters.count {
            let c = characters[index]
            switch c {
            case "{", "}":
                index += 1
            case "~":
                text.append("\u{A0}")
                index += 1
            case "-":
                let run = characters[index...].prefix { $0 == "-" }.count
                text += run >= 3 ? "—" : run == 2 ? "–" : "-"
                index += run
            case "`" where index + 1 < characters.count && characters[index + 1] == "`":
                text += "“"
                index += 2
            case "'" where index + 1 < characters.count && characters[index + 1] == "'":
                text += "”"
                index += 2
            case "\\":
                index = command(at: index, in: characters, into: &text)
            case "\n", "\t", "\r":
                if text.last != " " { text.append(" ") }
                index += 1
            case " ":
                if text.last != " " { text.append(" ") }
                index += 1
            default:
                text.append(c)
                index += 1
            }
        }
        return text.trimmingCharacters(in: .whitespaces).precomposedStringWithCanonicalMapping
    }

    /// Reads the command at `start` (a backslash); returns the index after it.
    private static func command(at start: Int, in characters: [Character], into text: inout String) -> Int {
        var index = start + 1
        guard index < characters.count else { return index }
        let first = characters[index]
        // An escaped character: \& \% \$ \# \_ \{ \} and a control space.
        if "&%$#_{} ".contains(first) {
            text.append(first)
            return index + 1
        }
        var name = ""
        if first.isLetter {
            while index < characters.count, characters[index].isLetter {
                name.append(characters[index])
                index += 1
            }
        } else {
            name = String(first)
            index += 1
        }
        if name.count == 1, let mark = accents[name.first!] {
            // An accent: \'e, \'{e}, \c c, \c{c}, \'{\i}
            if first.isLetter { while index < characters.count, characters[index] == " " { index += 1 } }
            var base: Character?
            if index < characters.count, characters[index] == "{" {
                index += 1
                var inner = ""
                while index < characters.count, characters[index] != "}" {
                    inner.append(characters[index])
                    index += 1
                }
                index += 1
                base = inner == "\\i" ? "i" : inner == "\\j" ? "j" : inner.first
            } else if index < characters.count {
                base = characters[index]
                index += 1
            }
            if let base { text += String(base) + String(mark) }
            return index
        }
        if let symbol = symbols[name] {
            text += symbol
            // A control word swallows the spaces after it.
            while index < characters.count, characters[index] == " " { index += 1 }
        }
        // Unknown commands (\emph, \textit, \url, …) vanish and leave their argument.
        return index
    }
}
