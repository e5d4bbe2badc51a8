import Testing
@testable import SiteKit

/// Footnotes, margin notes, citations and the table of contents, rendered.
@Suite struct ProseMarkupTests {
    static let bibliography = Bibliography(file: "Content/references.bib", entries: [
        BibEntry(type: "article", key: "kahan1965", fields: [
            "title": "Further Remarks", "author": "Kahan, William", "year": "1965",
            "journal": "Communications of the ACM", "doi": "10.1145/363707.363723",
        ], line: 1),
        BibEntry(type: "book", key: "higham2002", fields: [
            "title": "Accuracy and Stability", "author": "Nicholas J. Higham", "year": "2002", "publisher": "SIAM",
        ], line: 9),
    ])

    func render(_ body: String, math: [String: String] = [:]) throws -> (LessonRenderer, LessonRenderer.Page) {
        let lesson = try LessonParser.parse("---\ntitle: T\n---\n" + body, path: "Content/t.md", slug: "t")
        let renderer = LessonRenderer(lesson: lesson, transcript: nil, verification: nil, bibliography: Self.bibliography)
        var typeset = Typesetter.Output()
        for (tex, html) in math {
            typeset.math[.init(tex: tex, display: false)] = .success(html)
        }
        return (renderer, renderer.render(typeset))
    }

    // MARK: Footnotes

    @Test func footnotesBecomeNumbersWithPreviewsAndAnAppendixList() throws {
        let (renderer, page) = try render("""
            First[^a] and second[^b], first again[^a].

            [^a]: The *first* note.
            [^b]: The second.

                With a second paragraph.
            """)
        #expect(renderer.problems.isEmpty)
        #expect(page.body.contains(##"<sup class="footnote-ref"><a href="#fn-1" id="fnref-1">1</a></sup>"##))
        #expect(page.body.contains(##"<a href="#fn-1" id="fnref-1-2">1</a>"##))
        #expect(page.body.contains(##"<span class="hover-card" aria-hidden="true">The <em>first</em> note.</span>"##))
        #expect(page.body.contains(##"<span class="hover-card" aria-hidden="true">The second.<br>With a second paragraph.</span>"##))
        #expect(!page.body.contains("footnotes"))  // the definitions left the body
        #expect(page.footnotes.map(\.id) == ["fn-1", "fn-2"])
        #expect(page.footnotes[0].html.hasSuffix(
            ##"<a href="#fnref-1" class="footnote-back" aria-label="Back to the text">↩</a> <a href="#fnref-1-2" class="footnote-back" aria-label="Back to the text">↩<sup>2</sup></a></p>"##))
    }

    @Test func aFootnoteWithoutDefinitionAndAnUnusedOneAreErrors() throws {
        let (renderer, _) = try render("Text[^missing].\n\n[^spare]: Never used.\n")
        #expect(renderer.problems == [
            .markup(SourceLocation(file: "Content/t.md", line: 4), "footnote `[^missing]` has no definition (a line `[^missing]: text`)"),
            .markup(SourceLocation(file: "Content/t.md", line: 6), "footnote `[^spare]` is defined but never used"),
        ])
    }

    // MARK: Margin notes

    @Test func marginNotesFoldBehindAToggle() throws {
        let (renderer, page) = try render("A claim.^[A note with $x$ and a [link](https://example.org).] More.\n",
                                         math: ["x": "<span class=\"katex\">X</span>"])
        #expect(renderer.problems.isEmpty)
        #expect(page.body.contains(
            ##"<p>A claim.<input type="checkbox" id="sidenote-1" class="sidenote-checkbox" aria-label="Show margin note 1">"##
                + ##"<label for="sidenote-1" class="sidenote-toggle" title="Show the margin note" aria-hidden="true">⊕</label>"##
                + ##"<span class="sidenote" role="note">A note with <span class="katex">X</span> and a <a href="https://example.org">link</a>.</span> More.</p>"##))
    }

    @Test func aMarginNoteOverSeveralLinesKeepsTheFollowingLinesNumbered() throws {
        let (renderer, page) = try render("""
            Text.^[A note
            over two lines.]

            ```swift
            print(1)
            ```
            """)
        #expect(renderer.problems.isEmpty)
        #expect(page.body.contains("<span class=\"sidenote\" role=\"note\">A note over two lines.</span>"))
        #expect(page.body.contains("<div class=\"cell\" id=\"cell-1\">"))  // the block was found at its line
        #expect(!page.body.contains("NOTELINEPAD"))
    }

    @Test func anUnclosedMarginNoteIsAnError() throws {
        let (renderer, _) = try render("\nText ^[never closed.\n")
        #expect(renderer.problems == [.markup(SourceLocation(file: "Content/t.md", line: 5), "this margin note `^[` is never closed with `]`")])
    }

    // MARK: Citations

    @Test func citationsAreNumberedInOrderOfFirstUse() throws {
        let (renderer, page) = try render("See [@higham2002, ch. 4], then [@kahan1965; @higham2002].\n")
        #expect(renderer.problems.isEmpty)
        #expect(page.references.map(\.entry.key) == ["higham2002", "kahan1965"])
        #expect(page.references.map(\.number) == [1, 2])
        #expect(page.body.contains(##"<span class="citation">[<a href="#ref-higham2002">1, ch. 4</a>]<span class="hover-card" aria-hidden="true">"##))
        #expect(page.body.contains(##"[<a href="#ref-kahan1965">2</a>, <a href="#ref-higham2002">1</a>]"##))
        #expect(page.body.contains(##"<span class="hover-card-title">Further Remarks</span><span class="hover-card-line">William Kahan, 1965</span>"##))
        #expect(page.references[1].html == ##"<a class="reference-link" href="https://doi.org/10.1145/363707.363723"><span class="reference-title">Further Remarks</span></a><br>William Kahan, 1965. <span class="reference-venue">Communications of the ACM</span>."##)
    }

    @Test func anUnknownCitationIsAnErrorAtItsLineWithASuggestion() throws {
        let (renderer, page) = try render("Fine [@kahan1965].\n\nBut [@higham2020] and [@nokey].\n")
        #expect(renderer.problems == [
            .unknownCitation(SourceLocation(file: "Content/t.md", line: 6), key: "higham2020",
                             bibliography: "Content/references.bib", suggestion: "higham2002"),
            .unknownCitation(SourceLocation(file: "Content/t.md", line: 6), key: "nokey",
                             bibliography: "Content/references.bib", suggestion: nil),
        ])
        #expect(renderer.problems.first?.description
                == "Content/t.md:6: error: unknown citation `[@higham2020]`: Content/references.bib has no entry `higham2020` (did you mean `higham2002`?)")
        #expect(page.body.contains("citation-missing"))
    }

    // MARK: Table of contents

    @Test func theContentsListSectionsAndSubsections() throws {
        let (renderer, page) = try render("""
            ## Intro $x$

            ### Detail[^n]

            ## References

            ## Intro $x$

            [^n]: A note.
            """, math: ["x": "<span class=\"katex\">X</span>"])
        #expect(renderer.problems.isEmpty)
        // Ids come from the words (a formula's TeX included); a page's own ids are never taken.
        #expect(page.contents.map(\.id) == ["intro-x", "detail", "references-2", "intro-x-2"])
        #expect(page.contents.map(\.level) == [2, 3, 2, 2])
        #expect(page.contentsHTML == ##"<ol><li><a href="#intro-x">Intro <span class="katex">X</span></a><ol><li><a href="#detail">Detail</a></li></ol></li><li><a href="#references-2">References</a></li><li><a href="#intro-x-2">Intro <span class="katex">X</span></a></li></ol>"##)
        #expect(page.body.contains(##"<h2 id="intro-x">Intro <span class="katex">X</span><a class="permalink" href="#intro-x""##))
    }

    @Test func headingsMustNotSkipLevelsOrRepeatTheTitle() throws {
        let (renderer, _) = try render("# Title again\n\n## Fine\n\n#### Too deep\n")
        #expect(renderer.problems.map(\.location?.line) == [4, 8])
    }
}
