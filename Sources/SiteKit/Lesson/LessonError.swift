/// Everything that can go wrong with one lesson, each case located in its Markdown file.
///
/// A lesson error never stops the other lessons: the build collects them, reports each
/// as `file:line: error: message` followed by any detail (a diff, the compiler's
/// excerpt, the lesson's last output), and exits non-zero at the end.
public enum LessonError: Error, Sendable, Equatable {
    /// The YAML between the leading `---` lines could not be read or has a bad field.
    case frontMatter(SourceLocation, String)
    /// A code fence was opened and never closed.
    case unterminatedFence(SourceLocation)
    /// A code block's info string has an option the site does not know.
    case badBlockOption(SourceLocation, String)
    /// A ```` ```output ```` block that does not follow a Swift block.
    case strayOutput(SourceLocation)
    /// The Swift compiler rejected the lesson; one case per error it printed.
    case compile(SourceLocation, message: String, excerpt: String)
    /// The lesson stopped abnormally: a trap, an uncaught error, a failed precondition.
    case crash(SourceLocation, message: String, partialOutput: String)
    /// The lesson ran longer than its budget and was stopped.
    case budgetExceeded(SourceLocation, seconds: Double)
    /// A block printed something other than its recorded output.
    case staleOutput(SourceLocation, diff: String)
    /// A block printed output but the Markdown records none.
    case missingOutput(SourceLocation, output: String)
    /// A formula could not be typeset by KaTeX.
    case math(SourceLocation, String)
    /// An entry of the bibliography (`references.bib`) is malformed.
    case bibliography(SourceLocation, String)
    /// A citation `[@key]` names no entry of the bibliography.
    case unknownCitation(SourceLocation, key: String, bibliography: String, suggestion: String?)
    /// Prose markup the site reads is malformed: an unclosed margin note `^[`, a
    /// footnote `[^x]` with no definition, a definition nothing refers to.
    case markup(SourceLocation, String)
    /// A data set the front matter's `data:` names is in none of the data folders.
    case missingData(SourceLocation, names: [String], searched: [String])
    /// A file the lesson needs could not be read or written.
    case file(SourceLocation, String)
    /// The toolchain itself failed (no `swiftc`, no built `libNotebook.so`).
    case toolchain(String)

    /// Where the problem is.
    public var location: SourceLocation? {
        switch self {
        case .frontMatter(let l, _), .unterminatedFence(let l), .badBlockOption(let l, _),
            .strayOutput(let l), .compile(let l, _, _), .crash(let l, _, _),
            .budgetExceeded(let l, _), .staleOutput(let l, _), .missingOutput(let l, _),
            .math(let l, _), .file(let l, _), .bibliography(let l, _), .unknownCitation(let l, _, _, _),
            .markup(let l, _), .missingData(let l, _, _):
            return l
        case .toolchain:
            return nil
        }
    }

    /// The one-line summary, without the location.
    public var message: String {
        switch self {
        case .frontMatter(_, let problem): return "front matter: \(problem)"
        case .unterminatedFence: return "this code fence is never closed"
        case .badBlockOption(_, let problem): return problem
        case .strayOutput: return "an output block must directly follow a swift block"
        case .compile(_, let message, _): return message
        case .crash(_, let message, _): return "the lesson crashed: \(message)"
        case .budgetExceeded(_, let seconds):
            return "the lesson ran over its budget of \(Self.format(seconds)) s and was stopped"
                + " (raise `budget:` in the front matter, or make it faster)"
        case .staleOutput:
            return "the recorded output is stale; run `swift run site update` to record the new one"
        case .missingOutput:
            return "this block prints output but none is recorded; run `swift run site update`"
        case .math(_, let problem): return "KaTeX: \(problem)"
        case .bibliography(_, let problem): return "bibliography: \(problem)"
        case .unknownCitation(_, let key, let bibliography, let suggestion):
            return "unknown citation `[@\(key)]`: \(bibliography) has no entry `\(key)`"
                + (suggestion.map { " (did you mean `\($0)`?)" } ?? "")
        case .markup(_, let problem): return problem
        case .missingData(_, let names, let searched):
            return Self.missingDataMessage(names: names, searched: searched)
        case .file(_, let problem): return problem
        case .toolchain(let problem): return problem
        }
    }

    /// `needs att_faces, found in none of …; put it under $UNDERBRACE_DATA …`
    static func missingDataMessage(names: [String], searched: [String]) -> String {
        "needs \(names.joined(separator: ", ")), found in none of " + searched.joined(separator: ", ")
            + "; put \(names.count == 1 ? "it" : "them") under $UNDERBRACE_DATA or ~/.cache/underbrace/data"
            + " (see README, \"Data\")"
    }

    /// Extra lines shown under the summary, already indented.
    public var detail: String? {
        switch self {
        case .compile(_, _, let excerpt): return excerpt.isEmpty ? nil : excerpt
        case .crash(_, _, let output):
            return output.isEmpty ? nil : "output before the crash:\n" + output
        case .staleOutput(_, let diff): return diff
        case .missingOutput(_, let output): return output
        default: return nil
        }
    }

    private static func format(_ seconds: Double) -> String {
        seconds == seconds.rounded() ? String(Int(seconds)) : String(seconds)
    }
}

extension LessonError: CustomStringConvertible {
    /// `file:line: error: message`, then the detail lines.
    public var description: String {
        var text = location.map { "\($0): error: " } ?? "error: "
        text += message
        if let detail { text += "\n" + detail }
        return text
    }
}
