import Foundation
import Testing
@testable import SiteKit

@Suite struct LessonRendererTests {
    let lesson = try! LessonParser.parse("""
        ---
        title: T
        ---
        ## A heading
        Text with $x^2$ math.

        ```swift hide
        print("<b>")
        ```
        ```output
        <b>
        ```

        ## A heading

        ```python
        print("prose code")
        ```
        """, path: "Content/t.md", slug: "t")

    func renderer() -> LessonRenderer {
        var transcript = RunTranscript()
        transcript.blocks[0] = .init(output: "<b>\n", figures: [.init(file: "t-0-1.svg", caption: "Cap & more", alt: "Alt")])
        return LessonRenderer(lesson: lesson, transcript: transcript,
                              verification: Verification(lesson: lesson, transcript: transcript))
    }

    @Test func replacesCodeAndOutputBlocksWithACell() {
        let html = renderer().render(Typesetter.Output()).body
        #expect(html.contains("<details class=\"hidden-code\"><summary>Show code</summary>"))
        #expect(html.contains("print(&quot;&lt;b&gt;&quot;)"))
        #expect(html.contains("<pre><code>&lt;b&gt;</code></pre>"))
        #expect(html.contains("✓ verified</span>"))
        #expect(html.contains("<img class=\"plot\" src=\"figures/t-0-1.svg\" alt=\"Alt\""))
        #expect(html.contains("<span class=\"figure-number\">Figure 1.</span> Cap &amp; more</figcaption>"))
        // The recorded output block is not rendered a second time.
        #expect(html.components(separatedBy: "&lt;b&gt;</code>").count == 2)
    }

    @Test func insertsTypesetMath() {
        var typeset = Typesetter.Output()
        typeset.math[.init(tex: "x^2", display: false)] = .success("<span class=\"katex\">X</span>")
        let html = renderer().render(typeset).body
        #expect(html.contains("Text with <span class=\"katex\">X</span> math."))
    }

    @Test func usesHighlightedCode() {
        var typeset = Typesetter.Output()
        typeset.code[.init(text: "print(\"<b>\")", language: "swift")] = "<span class=\"hljs-built_in\">print</span>(…)"
        typeset.code[.init(text: "print(\"prose code\")", language: "python")] = "<span class=\"hljs-built_in\">print</span>(py)"
        let html = renderer().render(typeset).body
        #expect(html.contains("<code class=\"language-swift\"><span class=\"hljs-built_in\">print</span>(…)</code>"))
        #expect(html.contains("<code class=\"language-python\"><span class=\"hljs-built_in\">print</span>(py)</code>"))
        #expect(renderer().code.contains(.init(text: "print(\"prose code\")", language: "python")))
    }

    @Test func givesHeadingsUniqueIDsAndPermalinks() {
        let page = renderer().render(Typesetter.Output())
        #expect(page.body.contains("<h2 id=\"a-heading\">A heading<a class=\"permalink\" href=\"#a-heading\" aria-hidden=\"true\" tabindex=\"-1\">#</a></h2>"))
        #expect(page.body.contains("<h2 id=\"a-heading-2\">"))
        #expect(page.contents.map(\.id) == ["a-heading", "a-heading-2"])
    }

    @Test func readsTheFigureSizeFromTheSVG() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ub-figures-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(##"<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="640px" height="400px" viewBox="0 0 640 400">"##.utf8)
            .write(to: folder.appendingPathComponent("t-0-1.svg"))
        var renderer = renderer()
        renderer.figureFolder = folder
        #expect(renderer.render(Typesetter.Output()).body.contains("width=\"640\" height=\"400\""))
    }
}
