import Foundation

/// Renders a lesson's footnotes (`[^label]` with a `[^label]: text` definition, which
/// cmark-gfm parses): each reference becomes a superscript number linking to the note
/// in the appendix, with a hover preview of the note, and the definitions leave the
/// body for the appendix, each with links back to where it was cited.
enum FootnoteRenderer {
    /// A footnote as the appendix lists it.
    struct Footnote: Equatable {
        var number: Int
        /// `fn-<number>`.
        var id: String
        /// The note's HTML, ending with its back links.
        var html: String
    }

    /// Replaces the footnote references of `document` with linked numbers and
    /// previews, removes the definitions, and returns the notes in order.
    static func render(_ document: MarkdownDocument) -> [Footnote] {
        // cmark-gfm moves the definitions to the end, in order of first reference, and
        // drops those never referred to; a reference's literal is its note's number.
        let nodes = document.nodes()
        let definitions = nodes.filter(\.isFootnoteDefinition)
        var contents: [String] = []
        for definition in definitions {
            contents.append(definition.children.map { document.html(of: $0) }.joined()
                .replacingOccurrences(of: " </p>", with: "</p>"))
        }
        var referenceCount: [Int: Int] = [:]
        for reference in nodes.filter(\.isFootnoteReference) {
            guard let number = Int(reference.literal), number >= 1, number <= contents.count else { continue }
            let count = (referenceCount[number] ?? 0) + 1
            referenceCount[number] = count
            let refID = count == 1 ? "fnref-\(number)" : "fnref-\(number)-\(count)"
            let html = "<span class=\"footnote\"><sup class=\"footnote-ref\"><a href=\"#fn-\(number)\" id=\"\(refID)\">\(number)</a></sup>"
                + "<span class=\"hover-card\" aria-hidden=\"true\">\(preview(contents[number - 1]))</span></span>"
            reference.replace(with: document.makeInlineHTML(html))
        }
        for definition in definitions { definition.remove() }

        return contents.enumerated().map { offset, content in
            let number = offset + 1
            let backLinks = (1...max(1, referenceCount[number] ?? 1)).map { count in
                let refID = count == 1 ? "fnref-\(number)" : "fnref-\(number)-\(count)"
                return "<a href=\"#\(refID)\" class=\"footnote-back\" aria-label=\"Back to the text\">↩\(count > 1 ? "<sup>\(count)</sup>" : "")</a>"
            }.joined(separator: " ")
            return Footnote(number: number, id: "fn-\(number)", html: appending(backLinks, to: content))
        }
    }

    /// The note as inline HTML for a hover card: its paragraphs joined by line breaks,
    /// or its first paragraph and an ellipsis when it holds lists, code or tables.
    static func preview(_ html: String) -> String {
        var paragraphs: [String] = []
        var rest = Substring(html.trimmingWhitespace)
        while rest.hasPrefix("<p>"), let close = rest.range(of: "</p>") {
            paragraphs.append(rest[rest.index(rest.startIndex, offsetBy: 3)..<close.lowerBound].trimmingWhitespace)
            rest = Substring(rest[close.upperBound...].trimmingWhitespace)
        }
        if paragraphs.isEmpty { return "…" }
        return paragraphs.joined(separator: "<br>") + (rest.isEmpty ? "" : " …")
    }

    /// Puts `links` at the end of the note's last paragraph (or after the note).
    static func appending(_ links: String, to html: String) -> String {
        let trimmed = html.trimmingWhitespace
        if trimmed.hasSuffix("</p>") {
            return String(trimmed.dropLast(4)).trimmingWhitespace + " " + links + "</p>"
        }
        return trimmed + "<p>" + links + "</p>"
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces and line breaks.
    var trimmingWhitespace: String {
        let scalars = unicodeScalars
        var start = scalars.startIndex, end = scalars.endIndex
        while start < end, scalars[start].properties.isWhitespace { start = scalars.index(after: start) }
        while end > start, scalars[scalars.index(before: end)].properties.isWhitespace { end = scalars.index(before: end) }
        return String(String.UnicodeScalarView(scalars[start..<end]))
    }
}
