/// Gives a lesson's section headings ids and permalinks, and collects them into a
/// table of contents.
///
/// Ids come from the heading's text (`## Machine epsilon` → `machine-epsilon`), so a
/// link to a section survives edits elsewhere in the lesson; a repeated heading gets
/// `-2`, `-3`. The permalink is a `#` beside the heading, hidden from screen readers
/// (the heading itself is the landmark).
enum TableOfContents {
    /// One heading of the contents.
    struct Entry: Equatable {
        /// 2 for a section, 3 for a subsection.
        var level: Int
        var id: String
        /// The heading's inline HTML (math placeholders still in it).
        var html: String
    }

    /// Ids the page template uses itself, which headings must not take.
    static let reservedIDs: Set<String> = [
        "contents", "appendix", "footnotes", "references", "verification", "citation", "main", "top",
    ]

    /// Replaces the headings of `document` (levels 2–4) with HTML that carries ids
    /// and permalinks; returns the level-2 and level-3 headings in order.
    ///
    /// `plainText` turns a heading's text (with placeholders) into the words its id
    /// is made from.
    static func render(_ document: MarkdownDocument, plainText: (String) -> String) -> [Entry] {
        var entries: [Entry] = []
        var used = reservedIDs
        // Collected first: replacing a heading frees its children, which a walk of the
        // tree would otherwise visit afterwards.
        let headings = document.nodes().filter { $0.isHeading && (2...4).contains($0.headingLevel) }
        for node in headings {
            let level = node.headingLevel
            let rendered = document.html(of: node).trimmingWhitespace
            // `<h2>inner</h2>`
            guard rendered.hasPrefix("<h\(level)>"), rendered.hasSuffix("</h\(level)>") else { continue }
            let inner = String(rendered.dropFirst(4).dropLast(5))
            let base = HTML.slug(plainText(node.plainText))
            var id = base
            var suffix = 2
            while used.contains(id) {
                id = "\(base)-\(suffix)"
                suffix += 1
            }
            used.insert(id)
            let html = "<h\(level) id=\"\(id)\">\(inner)<a class=\"permalink\" href=\"#\(id)\" aria-hidden=\"true\" tabindex=\"-1\">#</a></h\(level)>"
            node.replace(with: document.makeHTMLBlock(html))
            if level <= 3 { entries.append(Entry(level: level, id: id, html: inner)) }
        }
        return entries
    }

    /// The contents as nested lists: sections, each with its subsections.
    static func html(_ entries: [Entry]) -> String {
        guard !entries.isEmpty else { return "" }
        var html = "<ol>"
        var open = false  // a subsection list is open
        for (index, entry) in entries.enumerated() {
            if entry.level == 2 {
                if open { html += "</ol>"; open = false }
                if index > 0 { html += "</li>" }
                html += "<li><a href=\"#\(entry.id)\">\(entry.html)</a>"
            } else {
                if index == 0 { html += "<li>" }
                if !open { html += "<ol>"; open = true }
                html += "<li><a href=\"#\(entry.id)\">\(entry.html)</a></li>"
            }
        }
        if open { html += "</ol>" }
        return html + "</li></ol>"
    }
}
