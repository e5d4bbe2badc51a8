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
        """, path: "Content/t.md", slug: "t")

    func renderer() -> LessonRenderer {
        var transcript = RunTranscript()
        transcript.blocks[0] = .init(output: "<b>\n", figures: [.init(file: "t-0-1.svg", caption: "Cap & more", alt: "Alt")])
        return LessonRenderer(lesson: lesson, transcript: transcript,
                              verification: Verification(lesson: lesson, transcript: transcript))
    }

    @Test func replacesCodeAndOutputBlocksWithACell() {
        let html = renderer().body(math: [:])
        #expect(html.contains("<details class=\"hidden-code\"><summary>Show code</summary>"))
        #expect(html.contains("print(&quot;&lt;b&gt;&quot;)"))
        #expect(html.contains("<pre><code>&lt;b&gt;</code></pre>"))
        #expect(html.contains(">verified</span>"))
        #expect(html.contains("<img src=\"figures/t-0-1.svg\" alt=\"Alt\""))
        #expect(html.contains("<figcaption>Cap &amp; more</figcaption>"))
        // The recorded output block is not rendered a second time.
        #expect(html.components(separatedBy: "&lt;b&gt;</code>").count == 2)
    }

    @Test func insertsTypesetMath() {
        let html = renderer().body(math: [.init(tex: "x^2", display: false): "<span class=\"katex\">X</span>"])
        #expect(html.contains("Text with <span class=\"katex\">X</span> math."))
    }

    @Test func givesHeadingsUniqueIDs() {
        let html = renderer().body(math: [:])
        #expect(html.contains("<h2 id=\"a-heading\">A heading</h2>"))
        #expect(html.contains("<h2 id=\"a-heading-2\">A heading</h2>"))
    }
}
