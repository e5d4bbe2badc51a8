import Foundation

/// Turns a lesson's Markdown and its run into the HTML of the page body.
///
/// Swift blocks become a code cell: the code (folded behind "show code" when the block
/// is `hide`), the output the block printed this run, marked verified when it matched
/// the recorded one, and the block's figures with their captions. Recorded output
/// blocks are dropped, since the fresh output stands in their place. Math is typeset
/// by KaTeX; headings get ids so they can be linked.
struct LessonRenderer {
    var lesson: Lesson
    var transcript: RunTranscript?
    var verification: Verification?

    /// The TeX formulas of the lesson, for typesetting before ``body(math:)``.
    var formulas: [MathScanner.Formula] { MathScanner(lesson.body).formulas }

    /// The page body; `math` maps each formula to its HTML.
    func body(math: [KatexRenderer.Request: String]) -> String {
        let scanner = MathScanner(lesson.body)
        let document = MarkdownDocument(scanner.text)
        let blocksByLine = Dictionary(uniqueKeysWithValues: lesson.blocks.map { ($0.fenceLine, $0) })
        let outputLines = Set(lesson.blocks.compactMap { $0.recorded?.fenceLine })

        for node in document.nodes() where node.isCodeBlock {
            if let block = blocksByLine[node.startLine] {
                node.replace(with: document.makeHTMLBlock(cell(for: block)))
            } else if outputLines.contains(node.startLine) {
                node.remove()
            }
        }
        var html = document.html()
        for formula in scanner.formulas {
            let request = KatexRenderer.Request(tex: formula.tex, display: formula.display)
            let typeset = math[request] ?? HTML.escape(formula.tex)
            if formula.display {
                html = html.replacingOccurrences(of: "<p>\(formula.placeholder)</p>", with: typeset)
            }
            html = html.replacingOccurrences(of: formula.placeholder, with: typeset)
        }
        return Self.addHeadingIDs(html)
    }

    /// The HTML of one code cell.
    func cell(for block: CodeBlock) -> String {
        let code = "<pre class=\"code\"><code class=\"language-swift\">\(HTML.escape(block.code))</code></pre>"
        var html = "<div class=\"cell\" id=\"cell-\(block.index)\">\n"
        if block.options.hide {
            html += "<details class=\"hidden-code\"><summary>Show code</summary>\(code)</details>\n"
        } else {
            html += code + "\n"
        }
        if !block.runs {
            html += "<p class=\"cell-note\">Not run.</p>\n"
        }
        let result = transcript?.blocks[block.index]
        let output = result.map { OutputComparison.normalized($0.output) } ?? block.recorded?.text ?? ""
        if !output.isEmpty {
            let verified = verification?.statuses[block.index] == .verified
            let label = verified
                ? "<span class=\"output-badge\" title=\"This output was printed by the code above on the build of this page and matches the recorded one.\">verified</span>"
                : "<span class=\"output-badge stale\">not verified</span>"
            html += "<div class=\"output\">\(label)<pre><code>\(HTML.escape(output))</code></pre></div>\n"
        }
        for figure in result?.figures ?? [] {
            html += """
                <figure class="figure"><img src="figures/\(HTML.escape(figure.file))" alt="\(HTML.escape(figure.alt))" loading="lazy">\
                <figcaption>\(HTML.escape(figure.caption))</figcaption></figure>

                """
        }
        return html + "</div>"
    }

    /// Gives `<h2>`–`<h4>` elements unique ids from their text.
    static func addHeadingIDs(_ html: String) -> String {
        var result = ""
        var used: Set<String> = []
        var rest = Substring(html)
        while let open = rest.range(of: #"<h[2-4]>"#, options: .regularExpression) {
            let level = rest[rest.index(open.lowerBound, offsetBy: 2)]
            guard let close = rest.range(of: "</h\(level)>", range: open.upperBound..<rest.endIndex) else { break }
            let inner = rest[open.upperBound..<close.lowerBound]
            var id = HTML.slug(HTML.stripTags(String(inner)))
            var suffix = 2
            while used.contains(id) {
                id = HTML.slug(HTML.stripTags(String(inner))) + "-\(suffix)"
                suffix += 1
            }
            used.insert(id)
            result += rest[..<open.lowerBound]
            result += "<h\(level) id=\"\(id)\">\(inner)</h\(level)>"
            rest = rest[close.upperBound...]
        }
        return result + rest
    }
}
