import Foundation
import Testing
@testable import SiteKit

@Suite struct OutputRewriterTests {
    static let text = """
        ---
        title: T
        ---
        Prose stays *exactly* as it is.\u{20}\u{20}

        ```swift
        print(1)
        ```
        ```output
        1
        ```

        ```swift
        print("two")
        ```

        ```swift
        let quiet = 3
        ```
        ```output
        3
        ```
        Trailing prose.
        """

    func transcript(_ outputs: [Int: String]) -> RunTranscript {
        var transcript = RunTranscript()
        for (block, output) in outputs { transcript.blocks[block] = .init(output: output) }
        transcript.finished = true
        return transcript
    }

    @Test func rewritesOnlyTheOutputBlocks() throws {
        let lesson = try LessonParser.parse(Self.text, path: "a.md", slug: "a")
        let rewritten = try #require(OutputRewriter.rewrite(lesson, transcript: transcript([0: "10\n", 1: "two\n", 2: ""])))
        #expect(rewritten == """
            ---
            title: T
            ---
            Prose stays *exactly* as it is.\u{20}\u{20}

            ```swift
            print(1)
            ```
            ```output
            10
            ```

            ```swift
            print("two")
            ```
            ```output
            two
            ```

            ```swift
            let quiet = 3
            ```
            Trailing prose.
            """)
    }

    @Test func leavesMatchingOutputsAlone() throws {
        let lesson = try LessonParser.parse(Self.text, path: "a.md", slug: "a")
        // 1.0000001 matches 1 within the default tolerance, so nothing changes for block 0.
        let rewritten = try #require(OutputRewriter.rewrite(lesson, transcript: transcript([0: "1.0000001", 1: "two", 2: "3"])))
        #expect(rewritten.contains("```output\n1\n```"))
        #expect(OutputRewriter.rewrite(lesson, transcript: transcript([0: "1", 1: "", 2: "3"])) == nil)
    }

    @Test func rewrittenTextParsesToMatchingOutputs() throws {
        let lesson = try LessonParser.parse(Self.text, path: "a.md", slug: "a")
        let run = transcript([0: "a\nb", 1: "two", 2: "3"])
        let rewritten = try #require(OutputRewriter.rewrite(lesson, transcript: run))
        let again = try LessonParser.parse(rewritten, path: "a.md", slug: "a")
        #expect(Verification(lesson: again, transcript: run).allVerified)
        #expect(OutputRewriter.rewrite(again, transcript: run) == nil)
    }

    @Test func keepsWindowsLineEndings() throws {
        let text = "---\r\ntitle: T\r\n---\r\n```swift\r\nprint(1)\r\n```\r\nEnd.\r\n"
        let lesson = try LessonParser.parse(text, path: "a.md", slug: "a")
        let rewritten = try #require(OutputRewriter.rewrite(lesson, transcript: transcript([0: "1"])))
        #expect(rewritten == "---\r\ntitle: T\r\n---\r\n```swift\r\nprint(1)\r\n```\r\n```output\r\n1\r\n```\r\nEnd.\r\n")
    }

    @Test func insertsAfterAFenceOnTheLastLine() throws {
        let lesson = try LessonParser.parse("---\ntitle: T\n---\n```swift\nprint(1)\n```", path: "a.md", slug: "a")
        let rewritten = try #require(OutputRewriter.rewrite(lesson, transcript: transcript([0: "1"])))
        #expect(rewritten == "---\ntitle: T\n---\n```swift\nprint(1)\n```\n```output\n1\n```\n")
    }

    @Test func outputWithBackticksGetsALongerFence() {
        #expect(OutputRewriter.outputBlock("a ``` b", newline: "\n") == "````output\na ``` b\n````\n")
    }
}
