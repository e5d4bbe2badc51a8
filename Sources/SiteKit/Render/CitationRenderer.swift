import Foundation

/// Renders a lesson's citations `[@key]` as numbered links with hover cards, and the
/// list of references for the page's appendix, in the style of distill.pub: works are
/// numbered in the order the lesson first cites them.
struct CitationRenderer {
    /// One cited work, as listed in the appendix.
    struct Reference: Equatable {
        var number: Int
        var entry: BibEntry
        /// The element id the citations link to, `ref-<key>`.
        var id: String
        /// The formatted reference (title, authors, year, venue, link).
        var html: String
    }

    let bibliography: Bibliography
    /// Cited works in order of first citation.
    private(set) var references: [Reference] = []
    private var numbers: [String: Int] = [:]

    init(citations: [AnnotationScanner.Citation], bibliography: Bibliography) {
        self.bibliography = bibliography
        for citation in citations {
            for item in citation.items {
                guard let entry = bibliography[item.key], numbers[entry.key.lowercased()] == nil else { continue }
                let number = references.count + 1
                numbers[entry.key.lowercased()] = number
                references.append(Reference(number: number, entry: entry, id: Self.id(for: entry.key),
                                            html: Self.referenceHTML(entry)))
            }
        }
    }

    /// The citations naming keys the bibliography lacks, as errors at their lines.
    func problems(_ citations: [AnnotationScanner.Citation], lesson: Lesson) -> [LessonError] {
        citations.flatMap { citation in
            citation.items.filter { bibliography[$0.key] == nil }.map {
                LessonError.unknownCitation(
                    lesson.location(line: citation.line), key: $0.key, bibliography: bibliography.file,
                    suggestion: bibliography.suggestion(for: $0.key))
            }
        }
    }

    /// `[1]`, `[1, 3]`, `[2, p. 14]`: links to the references, with a hover card that
    /// shows them. The card is hidden from screen readers, whose users follow the link.
    func html(for citation: AnnotationScanner.Citation) -> String {
        var links: [String] = []
        var cards: [String] = []
        for item in citation.items {
            guard let entry = bibliography[item.key], let number = numbers[entry.key.lowercased()] else {
                links.append("<span class=\"citation-missing\" title=\"No entry `\(HTML.escape(item.key))` in the bibliography\">?</span>")
                continue
            }
            let locator = item.locator.map { ", " + HTML.escape($0) } ?? ""
            links.append("<a href=\"#\(Self.id(for: entry.key))\">\(number)\(locator)</a>")
            cards.append(Self.cardHTML(entry))
        }
        let card = cards.isEmpty ? "" : "<span class=\"hover-card\" aria-hidden=\"true\">\(cards.joined(separator: "<span class=\"hover-card-rule\"></span>"))</span>"
        return "<span class=\"citation\">[\(links.joined(separator: ", "))]\(card)</span>"
    }

    static func id(for key: String) -> String {
        "ref-" + key.map { HTML.isIDCharacter($0) ? String($0) : "-" }.joined()
    }

    /// The hover card's text: title, then authors and year, then where it appeared.
    static func cardHTML(_ entry: BibEntry) -> String {
        var html = "<span class=\"hover-card-title\">\(HTML.escape(entry["title"] ?? entry.key))</span>"
        let byline = [entry.authorList, entry["year"] ?? ""].filter { !$0.isEmpty }.joined(separator: ", ")
        if !byline.isEmpty { html += "<span class=\"hover-card-line\">\(HTML.escape(byline))</span>" }
        if !entry.venue.isEmpty { html += "<span class=\"hover-card-line venue\">\(HTML.escape(entry.venue))</span>" }
        return html
    }

    /// A reference as the appendix lists it, e.g.
    /// `<cite>Title</cite> Authors, 2002. <em>Venue</em>. [link]`.
    static func referenceHTML(_ entry: BibEntry) -> String {
        var html = "<span class=\"reference-title\">\(HTML.escape(entry["title"] ?? entry.key))</span>"
        if let link = entry.link {
            html = "<a class=\"reference-link\" href=\"\(HTML.escape(link))\">\(html)</a>"
        }
        html += "<br>"
        let byline = [entry.authorList, entry["year"] ?? ""].filter { !$0.isEmpty }.joined(separator: ", ")
        if !byline.isEmpty { html += HTML.escape(byline) + ". " }
        if !entry.venue.isEmpty { html += "<span class=\"reference-venue\">\(HTML.escape(entry.venue))</span>." }
        return html.trimmingCharacters(in: .whitespaces)
    }
}
