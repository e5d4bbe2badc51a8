import Foundation
import Yams

/// The YAML header of a lesson, between a first line `---` and the next `---`.
///
/// ```yaml
/// ---
/// title: Floating point
/// description: Why 0.1 + 0.2 is not 0.3, and what to do about it.
/// part: 1
/// order: 1
/// authors: [Underbrace]
/// date: 2026-11-25
/// budget: 60
/// ---
/// ```
public struct FrontMatter: Sendable, Equatable {
    public var title: String
    public var description: String
    /// The curriculum part (1–7); lessons are grouped by it on the index page.
    public var part: Int
    /// The position within the part.
    public var order: Int
    public var authors: [String]
    /// An ISO date, `YYYY-MM-DD`.
    public var date: String
    /// The longest the lesson may run, in seconds.
    public var budget: Double
    /// Data sets the lesson reads from the data folders (`$UNDERBRACE_DATA`,
    /// `~/.cache/underbrace/data`, `/usr/share/datasets`), e.g. `att_faces`. A lesson
    /// whose data is missing is skipped with a note, or fails when data is required
    /// (`--require-data`, or `CI=true`).
    public var data: [String]

    /// The budget a lesson gets when its front matter names none.
    public static let defaultBudget = 60.0

    static let knownKeys: Set<String> = [
        "title", "description", "part", "order", "authors", "date", "budget", "data",
    ]
}

extension FrontMatter {
    /// Splits a lesson's text into its front matter and body.
    ///
    /// The front matter's lines are replaced by empty lines in the returned body, so that
    /// line numbers in the body are line numbers in the file.
    static func split(_ text: String, file: String) throws -> (frontMatter: FrontMatter, body: String) {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let first = lines.first, first.trimmingCharacters(in: .whitespacesAndNewlines) == "---" else {
            throw LessonError.frontMatter(
                SourceLocation(file: file, line: 1),
                "a lesson must start with a `---` line that opens its YAML front matter")
        }
        guard let end = lines.indices.dropFirst().first(where: {
            lines[$0].trimmingCharacters(in: .whitespacesAndNewlines) == "---"
        }) else {
            throw LessonError.frontMatter(
                SourceLocation(file: file, line: 1), "the front matter opened here is never closed by a `---` line")
        }
        let yaml = lines[1..<end].joined(separator: "\n")
        let frontMatter = try parse(yaml: yaml, file: file, firstLine: 2)
        let body = Array(repeating: "", count: end + 1) + lines[(end + 1)...].map(String.init)
        return (frontMatter, body.joined(separator: "\n"))
    }

    /// Reads the YAML mapping; `firstLine` is the file line of the YAML's first line.
    static func parse(yaml: String, file: String, firstLine: Int) throws -> FrontMatter {
        func location(_ mark: Mark?) -> SourceLocation {
            SourceLocation(file: file, line: mark.map { $0.line + firstLine - 1 } ?? firstLine - 1)
        }
        func fail(_ mark: Mark?, _ problem: String) -> LessonError {
            .frontMatter(location(mark), problem)
        }

        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml)
        } catch let error as YamlError {
            throw Self.describe(error, location: location)
        }
        guard let mapping = root?.mapping else {
            throw fail(root?.mark, "expected `key: value` lines (a YAML mapping)")
        }

        var values: [String: Node] = [:]
        for (key, value) in mapping {
            guard let name = key.string else { throw fail(key.mark, "keys must be plain words") }
            guard knownKeys.contains(name) else {
                let known = knownKeys.sorted().joined(separator: ", ")
                throw fail(key.mark, "unknown key `\(name)` (known keys: \(known))")
            }
            values[name] = value
        }

        func string(_ key: String) throws -> String? {
            guard let node = values[key] else { return nil }
            guard let text = node.scalar?.string, !text.isEmpty else {
                throw fail(node.mark, "`\(key)` must be text")
            }
            return text
        }
        func required(_ key: String) throws -> String {
            guard let text = try string(key) else {
                throw fail(nil, "the required key `\(key)` is missing")
            }
            return text
        }
        func integer(_ key: String, default fallback: Int) throws -> Int {
            guard let node = values[key] else { return fallback }
            guard let value = node.int else { throw fail(node.mark, "`\(key)` must be a whole number") }
            return value
        }
        func strings(_ key: String) throws -> [String] {
            guard let node = values[key] else { return [] }
            if let scalar = node.scalar { return [scalar.string] }
            guard let sequence = node.sequence, sequence.allSatisfy({ $0.scalar != nil }) else {
                throw fail(node.mark, "`\(key)` must be a name or a list of names")
            }
            return sequence.compactMap { $0.scalar?.string }
        }

        let date = try string("date") ?? ""
        if !date.isEmpty, date.range(of: #"^\d{4}-\d{2}-\d{2}$"#, options: .regularExpression) == nil {
            throw fail(values["date"]?.mark, "`date` must be written YYYY-MM-DD, not `\(date)`")
        }
        var budget = defaultBudget
        if let node = values["budget"] {
            guard let seconds = node.float, seconds > 0 else {
                throw fail(node.mark, "`budget` must be a positive number of seconds")
            }
            budget = seconds
        }
        let part = try integer("part", default: 1)
        guard (1...7).contains(part) else {
            throw fail(values["part"]?.mark, "`part` must be a curriculum part from 1 to 7, not \(part)")
        }

        return FrontMatter(
            title: try required("title"),
            description: try string("description") ?? "",
            part: part,
            order: try integer("order", default: 0),
            authors: try strings("authors"),
            date: date,
            budget: budget,
            data: try strings("data"))
    }

    private static func describe(_ error: YamlError, location: (Mark?) -> SourceLocation) -> LessonError {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
            .composer(_, let problem, let mark, _):
            return .frontMatter(location(mark), "invalid YAML: \(problem)")
        case .duplicatedKeysInMapping(let duplicates, let context):
            return .frontMatter(
                location(context.mark), "duplicated key \(duplicates.joined(separator: ", "))")
        default:
            return .frontMatter(location(nil), "invalid YAML: \(error)")
        }
    }
}
