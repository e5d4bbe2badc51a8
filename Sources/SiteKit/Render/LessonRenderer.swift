import Foundation

/// Turns a lesson's Markdown and its run into the HTML of the page: the body, its
/// table of contents, its footnotes and its references.
///
/// The prose is read in three passes before cmark sees it: ``MathScanner`` swaps
/// `$…$` for placeholders, ``AnnotationScanner`` swaps margin notes `^[…]` and
/// citations `[@key]`; cmark then parses the rest, and the tree is rewritten:
///
/// - each Swift block becomes a code cell: the highlighted code (folded behind
///   "Show code" when the block is `hide`), the output the block printed this run,
///   marked verified when it matched the recorded one, and its figures; recorded
///   output blocks are dropped, since the fresh output stands in their place;
/// - headings get ids and permalinks (``TableOfContents``);
/// - footnotes become numbers with hover previews (``FootnoteRenderer``).
///
/// Finally the placeholders are replaced by KaTeX's HTML, the notes and the citations.
struct LessonRenderer {
    var lesson: Lesson
    var transcript: RunTranscript?
    var verification: Verification?
    var bibliography: Bibliography
    /// The folder holding the run's figure files, to read their sizes.
    var figureFolder: URL?

    private let math: MathScanner
    private let annotations: AnnotationScanner

    init(lesson: Lesson, transcript: RunTranscript?, verification: Verification?,
         bibliography: Bibliography = Bibliography(file: "references.bib"), figureFolder: URL? = nil)
    {
        self.lesson = lesson
        self.transcript = transcript
        self.verification = verification
        self.bibliography = bibliography
        self.figureFolder = figureFolder
        math = MathScanner(lesson.body)
        annotations = AnnotationScanner(math.text)
    }

    /// A rendered page's parts.
    struct Page {
        var body: String
        var contents: [TableOfContents.Entry]
        /// The table of contents as nested lists (empty without sections).
        var contentsHTML: String
        var footnotes: [FootnoteRenderer.Footnote]
        var references: [CitationRenderer.Reference]
        /// Whether a figure can be scrubbed (the page then needs its script).
        var hasScrubbers: Bool
    }

    // MARK: - What to typeset first

    /// The TeX formulas of the lesson, for the typesetter.
    var formulas: [MathScanner.Formula] { math.formulas }

    /// The code to highlight: every Swift block and every other fenced block whose
    /// language is named.
    var code: [Typesetter.Code] {
        var snippets = lesson.blocks.map { Typesetter.Code(text: $0.code, language: "swift") }
        let lessonLines = Set(lesson.blocks.map(\.fenceLine) + lesson.blocks.compactMap { $0.recorded?.fenceLine })
        for node in MarkdownDocument(lesson.body).nodes() where node.isCodeBlock && !lessonLines.contains(node.startLine) {
            if let language = Self.language(of: node) {
                snippets.append(Typesetter.Code(text: LessonParser.trimmingTrailingNewlines(node.literal), language: language))
            }
        }
        return snippets
    }

    // MARK: - Problems

    /// Mistakes in the prose markup: unknown citations, margin notes never closed,
    /// footnotes without a definition or never referred to, and headings out of order.
    var problems: [LessonError] {
        var problems: [(line: Int, error: LessonError)] = []
        let citations = CitationRenderer(citations: annotations.citations, bibliography: bibliography)
        for error in citations.problems(annotations.citations, lesson: lesson) {
            problems.append((error.location?.line ?? 0, error))
        }
        for line in annotations.unclosedSidenotes {
            problems.append((line, .markup(lesson.location(line: line), "this margin note `^[` is never closed with `]`")))
        }
        let defined = Set(annotations.footnoteDefinitions.map { $0.label.lowercased() })
        let referenced = Set(annotations.footnoteReferences.map { $0.label.lowercased() })
        for (label, line) in annotations.footnoteReferences where !defined.contains(label.lowercased()) {
            problems.append((line, .markup(lesson.location(line: line),
                                           "footnote `[^\(label)]` has no definition (a line `[^\(label)]: text`)")))
        }
        for (label, line) in annotations.footnoteDefinitions where !referenced.contains(label.lowercased()) {
            problems.append((line, .markup(lesson.location(line: line), "footnote `[^\(label)]` is defined but never used")))
        }
        var previousLevel = 1
        for node in MarkdownDocument(annotations.text).nodes() where node.isHeading {
            let level = node.headingLevel
            if level == 1 {
                problems.append((node.startLine, .markup(lesson.location(line: node.startLine),
                    "a lesson's sections start at `##`: its title (from the front matter) is the page's only level-1 heading")))
            } else if level > previousLevel + 1 {
                problems.append((node.startLine, .markup(lesson.location(line: node.startLine),
                    "heading levels must not skip: a level-\(level) heading follows a level-\(previousLevel) one")))
            }
            previousLevel = level
        }
        return problems.sorted { $0.line < $1.line }.map(\.error)
    }

    // MARK: - Rendering

    /// The page, given the typesetter's output.
    func render(_ typeset: Typesetter.Output) -> Page {
        let document = MarkdownDocument(annotations.text)
        let blocksByLine = Dictionary(uniqueKeysWithValues: lesson.blocks.map { ($0.fenceLine, $0) })
        let outputLines = Set(lesson.blocks.compactMap { $0.recorded?.fenceLine })
        let firstFigure = figureNumbers()

        for node in document.nodes().filter(\.isCodeBlock) {
            if let block = blocksByLine[node.startLine] {
                node.replace(with: document.makeHTMLBlock(cell(for: block, typeset: typeset, firstFigure: firstFigure[block.index] ?? 1)))
            } else if outputLines.contains(node.startLine) {
                node.remove()
            } else if let language = Self.language(of: node),
                let highlighted = typeset.code[Typesetter.Code(text: LessonParser.trimmingTrailingNewlines(node.literal), language: language)]
            {
                node.replace(with: document.makeHTMLBlock(
                    "<pre class=\"code\"><code class=\"language-\(HTML.escape(language))\">\(highlighted)</code></pre>"))
            }
        }
        let contents = TableOfContents.render(document, plainText: headingWords)
        let footnotes = FootnoteRenderer.render(document)
        let citations = CitationRenderer(citations: annotations.citations, bibliography: bibliography)

        let resolver = PlaceholderResolver(
            math: math.formulas.map { formula in
                typeset.typesetMath[Typesetter.Formula(tex: formula.tex, display: formula.display)]
                    ?? "<code class=\"math-source\">\(HTML.escape(formula.tex))</code>"
            },
            citations: annotations.citations.map(citations.html(for:)),
            sidenotes: annotations.sidenotes.enumerated().map { index, note in sidenoteHTML(note, number: index + 1) })

        let body = resolver.resolve(document.html())
        let resolvedContents = contents.map { entry in
            var entry = entry
            entry.html = Self.linkFree(resolver.resolve(entry.html, inlineOnly: true))
            return entry
        }
        return Page(
            body: body,
            contents: resolvedContents,
            contentsHTML: TableOfContents.html(resolvedContents),
            footnotes: footnotes.map { note in
                var note = note
                note.html = resolver.resolve(note.html)
                return note
            },
            references: citations.references,
            hasScrubbers: transcript?.blocks.values.contains { $0.figures.contains { !$0.frames.isEmpty } } ?? false)
    }

    /// A margin note: a ⊕ toggle that unfolds it on narrow screens (a checkbox, so
    /// no script is needed and a keyboard reaches it), and the note, which floats
    /// into the margin on wide ones.
    private func sidenoteHTML(_ note: AnnotationScanner.Sidenote, number: Int) -> String {
        var inner = MarkdownDocument(note.markdown).html().trimmingWhitespace
        if inner.hasPrefix("<p>"), inner.hasSuffix("</p>") { inner = String(inner.dropFirst(3).dropLast(4)) }
        let id = "sidenote-\(number)"
        return "<input type=\"checkbox\" id=\"\(id)\" class=\"sidenote-checkbox\" aria-label=\"Show margin note \(number)\">"
            + "<label for=\"\(id)\" class=\"sidenote-toggle\" title=\"Show the margin note\" aria-hidden=\"true\">⊕</label>"
            + "<span class=\"sidenote\" role=\"note\">\(inner)</span>"
    }

    /// The words of a heading for its id: formulas as their TeX, notes and citations left out.
    private func headingWords(_ text: String) -> String {
        var words = text.replacingOccurrences(of: AnnotationScanner.linePad, with: "")
        for (index, formula) in math.formulas.enumerated().reversed() {
            words = words.replacingOccurrences(of: "MATHPLACEHOLDER\(index)X", with: formula.tex)
        }
        return words.replacingOccurrences(of: #"(SIDENOTE|CITATION)PLACEHOLDER\d+X"#, with: "", options: .regularExpression)
    }

    /// The first figure number of each block: figures are numbered through the lesson.
    private func figureNumbers() -> [Int: Int] {
        var numbers: [Int: Int] = [:]
        var next = 1
        for block in lesson.blocks {
            numbers[block.index] = next
            next += transcript?.blocks[block.index]?.figures.count ?? 0
        }
        return numbers
    }

    /// The HTML of one code cell.
    func cell(for block: CodeBlock, typeset: Typesetter.Output = Typesetter.Output(), firstFigure: Int = 1) -> String {
        let highlighted = typeset.code[Typesetter.Code(text: block.code, language: "swift")] ?? HTML.escape(block.code)
        let code = "<pre class=\"code\"><code class=\"language-swift\">\(highlighted)</code></pre>"
        var html = "<div class=\"cell\" id=\"cell-\(block.index + 1)\">\n<div class=\"cell-box\">\n"
        if block.options.hide {
            html += "<details class=\"hidden-code\"><summary>Show code</summary>\(code)</details>\n"
        } else {
            html += code + "\n"
        }
        if !block.runs {
            html += "<p class=\"cell-note\">Shown, not run.</p>\n"
        }
        let result = transcript?.blocks[block.index]
        let output = result.map { OutputComparison.normalized($0.output) } ?? block.recorded?.text ?? ""
        if !output.isEmpty {
            let verified = verification?.statuses[block.index] == .verified
            let badge = verified
                ? "<span class=\"output-badge\" title=\"Printed by the code above when this page was built, and equal to the output recorded in the lesson.\">✓ verified</span>"
                : "<span class=\"output-badge stale\">not verified</span>"
            html += "<div class=\"output\(verified ? "" : " stale")\"><div class=\"output-label\">Output \(badge)</div>"
                + "<pre><code>\(HTML.escape(output))</code></pre></div>\n"
        }
        html += "</div>\n"
        let figures = FigureRenderer(figureFolder: figureFolder)
        for (offset, figure) in (result?.figures ?? []).enumerated() {
            html += figures.html(figure, number: firstFigure + offset, block: block.index, wide: block.options.wide) + "\n"
        }
        return html + "</div>"
    }

    /// The language named on a fenced block, if it is one to highlight.
    private static func language(of node: MarkdownNode) -> String? {
        guard let word = node.fenceInfo.split(whereSeparator: \.isWhitespace).first else { return nil }
        let language = String(word).lowercased()
        guard !["output", "text", "plain", "txt"].contains(language),
            language.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "+" })
        else { return nil }
        return language
    }

    /// HTML without links (for the table of contents, which is itself made of links).
    private static func linkFree(_ html: String) -> String {
        html.replacingOccurrences(of: #"<sup class="footnote-ref">.*?</sup>"#, with: "", options: .regularExpression)
            .replacingOccurrences(of: #"</?a( [^>]*)?>"#, with: "", options: .regularExpression)
    }
}

/// Replaces the placeholders the scanners left in the HTML.
struct PlaceholderResolver {
    var math: [String]
    var citations: [String]
    var sidenotes: [String]

    private static let pattern = try! NSRegularExpression(
        pattern: #"(<p>)?(MATH|CITATION|SIDENOTE)PLACEHOLDER(\d+)X(</p>)?"#)

    /// The HTML with every placeholder replaced. `inlineOnly` drops notes and
    /// citations (for a heading in the table of contents).
    func resolve(_ html: String, inlineOnly: Bool = false) -> String {
        let source = html.replacingOccurrences(of: "\n" + AnnotationScanner.linePad, with: "\n")
            .replacingOccurrences(of: AnnotationScanner.linePad, with: "")
        let text = source as NSString
        var result = ""
        var last = 0
        for match in Self.pattern.matches(in: source, range: NSRange(location: 0, length: text.length)) {
            result += text.substring(with: NSRange(location: last, length: match.range.location - last))
            last = match.range.location + match.range.length
            let kind = text.substring(with: match.range(at: 2))
            let index = Int(text.substring(with: match.range(at: 3)))!
            let openP = match.range(at: 1).location != NSNotFound
            let closeP = match.range(at: 4).location != NSNotFound
            var replacement: String
            switch kind {
            case "MATH": replacement = index < math.count ? math[index] : ""
            case "CITATION": replacement = inlineOnly ? "" : index < citations.count ? resolve(citations[index]) : ""
            default: replacement = inlineOnly ? "" : index < sidenotes.count ? resolve(sidenotes[index]) : ""
            }
            // A display formula alone in its paragraph replaces the paragraph.
            let isDisplay = kind == "MATH" && replacement.contains("katex-display")
            if !(openP && closeP && isDisplay) {
                replacement = (openP ? "<p>" : "") + replacement + (closeP ? "</p>" : "")
            }
            result += replacement
        }
        result += text.substring(from: last)
        return result
    }
}
