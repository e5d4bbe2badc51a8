/// One entry of `Content/references.bib`, e.g. `@article{kahan1965, ...}`.
///
/// Field values are kept as plain Unicode text: the reader has already removed the
/// protective braces, turned TeX accents and dashes into characters and joined
/// `#` concatenations, so the site only has to escape them for HTML.
public struct BibEntry: Sendable, Equatable {
    /// The entry type in lowercase: `article`, `book`, `inproceedings`, `misc`, …
    public var type: String
    /// The citation key, as `[@key]` cites it.
    public var key: String
    /// Field values by lowercase field name.
    public var fields: [String: String]
    /// The line of the `@type{` that opens the entry.
    public var line: Int

    public init(type: String, key: String, fields: [String: String], line: Int) {
        self.type = type
        self.key = key
        self.fields = fields
        self.line = line
    }

    public subscript(field: String) -> String? { fields[field] }

    /// The authors (or editors, or the organisation) as written, one name each,
    /// in "First Last" order.
    public var authors: [String] {
        guard let names = fields["author"] ?? fields["editor"] else {
            return (fields["organization"] ?? fields["institution"] ?? fields["publisher"]).map { [$0] } ?? []
        }
        return Self.splitNames(names).map(Self.firstLast)
    }

    /// `A. Author`, `A. Author and B. Author`, `A. Author, B. Author and C. Author`.
    public var authorList: String {
        let names = authors
        switch names.count {
        case 0: return ""
        case 1: return names[0]
        default: return names.dropLast().joined(separator: ", ") + " and " + names.last!
        }
    }

    /// `Author`, `Author and Other`, `Author et al.`: short enough for a hover card.
    public var shortAuthors: String {
        let names = authors.map { $0.split(separator: " ").last.map(String.init) ?? $0 }
        switch names.count {
        case 0: return ""
        case 1: return names[0]
        case 2: return "\(names[0]) and \(names[1])"
        default: return "\(names[0]) et al."
        }
    }

    /// Where the work appeared: journal, book, conference, publisher or note.
    public var venue: String {
        var parts: [String] = []
        if let journal = fields["journal"] ?? fields["booktitle"] ?? fields["howpublished"] {
            var text = journal
            if let volume = fields["volume"] {
                text += ", \(volume)"
                if let number = fields["number"] { text += "(\(number))" }
            }
            if let pages = fields["pages"] { text += ", pp. \(pages)" }
            parts.append(text)
        } else if let pages = fields["pages"] {
            parts.append("pp. \(pages)")
        }
        if let edition = fields["edition"] { parts.append("\(edition) edition") }
        if fields["journal"] == nil, let publisher = fields["publisher"] ?? fields["institution"],
            authors != [publisher]
        {
            parts.append(publisher)
        }
        if let note = fields["note"] { parts.append(note) }
        return parts.joined(separator: ". ")
    }

    /// A link for the work: its `url`, or its DOI as a doi.org address.
    public var link: String? {
        if let url = fields["url"] { return url }
        if let doi = fields["doi"] { return "https://doi.org/\(doi)" }
        return nil
    }

    // MARK: - Names

    /// Splits a BibTeX name list on ` and ` (a corporate author belongs in `organization`).
    static func splitNames(_ list: String) -> [String] {
        list.components(separatedBy: " and ")
            .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
            .filter { !$0.isEmpty }
    }

    /// `Kahan, William` → `William Kahan`; `Andrej Karpathy` stays.
    static func firstLast(_ name: String) -> String {
        let parts = name.split(separator: ",", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.count == 2, !parts[1].isEmpty else { return name }
        return "\(parts[1]) \(parts[0])"
    }
}
