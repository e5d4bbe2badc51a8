import Foundation

/// The works lessons cite with `[@key]`, read from `Content/references.bib`.
public struct Bibliography: Sendable {
    /// The file the entries came from, as messages name it.
    public var file: String
    /// Entries by lowercased key (BibTeX keys are case-insensitive).
    private var entries: [String: BibEntry] = [:]

    public init(file: String, entries: [BibEntry] = []) {
        self.file = file
        for entry in entries { self.entries[entry.key.lowercased()] = entry }
    }

    /// The bibliography beside the lessons (`<content>/references.bib`) and the
    /// problems found in it. A missing file is an empty bibliography: lessons that
    /// cite nothing need none.
    public static func load(contentFolder: String) -> (bibliography: Bibliography, errors: [LessonError]) {
        let display = contentFolder.hasSuffix("/") ? String(contentFolder.dropLast()) : contentFolder
        let path = "\(display)/references.bib"
        guard FileManager.default.fileExists(atPath: path) else { return (Bibliography(file: path), []) }
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            return (Bibliography(file: path), [.bibliography(SourceLocation(file: path), "cannot read the file as UTF-8 text")])
        }
        let (entries, errors) = BibTeXReader.read(text, file: path)
        return (Bibliography(file: path, entries: entries), errors)
    }

    public var count: Int { entries.count }

    public subscript(key: String) -> BibEntry? { entries[key.lowercased()] }

    /// The key closest to a mistyped one, if one is close enough to be what was meant.
    public func suggestion(for key: String) -> String? {
        let wanted = key.lowercased()
        let best = entries.values.map { ($0.key, Self.distance(wanted, $0.key.lowercased())) }
            .min { ($0.1, $0.0) < ($1.1, $1.0) }
        guard let best, best.1 <= max(2, wanted.count / 4) else { return nil }
        return best.0
    }

    /// Levenshtein distance.
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        var previous = Array(0...b.count)
        for i in 1...max(1, a.count) where !a.isEmpty {
            var row = [i] + Array(repeating: 0, count: b.count)
            for j in 1...max(1, b.count) where !b.isEmpty {
                row[j] = min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = row
        }
        return a.isEmpty ? b.count : previous[b.count]
    }
}
