import Testing
@testable import SiteKit

@Suite struct LessonParserTests {
    static let text = """
        ---
        title: T
        ---

        Some prose with `inline code`.

        ```swift
        let x = 1
        print(x)
        ```

        ```output
        1
        ```

        ```swift hide tolerance=1e-3
        print(2)
        ```
        ```swift norun
        while true {}
        ```

        ```python
        print("not ours")
        ```
        """

    @Test func findsSwiftBlocksWithTheirLines() throws {
        let lesson = try LessonParser.parse(Self.text, path: "Content/t.md", slug: "t")
        #expect(lesson.blocks.count == 3)
        let first = lesson.blocks[0]
        #expect(first.fenceLine == 7)
        #expect(first.firstCodeLine == 8)
        #expect(first.closingFenceLine == 10)
        #expect(first.code == "let x = 1\nprint(x)")
        #expect(first.recorded == RecordedOutput(text: "1", fenceLine: 12, closingFenceLine: 14))
    }

    @Test func readsBlockOptions() throws {
        let lesson = try LessonParser.parse(Self.text, path: "Content/t.md", slug: "t")
        #expect(lesson.blocks[1].options.hide)
        #expect(lesson.blocks[1].options.tolerance == 1e-3)
        #expect(lesson.blocks[1].recorded == nil)
        #expect(lesson.blocks[2].options.norun)
        #expect(lesson.runnableBlocks.map(\.index) == [0, 1])
    }

    @Test func unknownOptionIsAnErrorAtTheFence() {
        let text = "---\ntitle: T\n---\n```swift hidden\nprint(1)\n```\n"
        #expect(throws: LessonError.badBlockOption(
            SourceLocation(file: "a.md", line: 4),
            "unknown code block option `hidden` (known: hide, norun, wide, tolerance=X, atol=X)")
        ) { try LessonParser.parse(text, path: "a.md", slug: "a") }
    }

    @Test func unterminatedFenceIsAnErrorAtItsOpening() {
        let text = "---\ntitle: T\n---\n\nProse.\n\n```swift\nprint(1)\n\nMore prose.\n"
        #expect(throws: LessonError.unterminatedFence(SourceLocation(file: "a.md", line: 7))) {
            try LessonParser.parse(text, path: "a.md", slug: "a")
        }
    }

    @Test func unterminatedOutputFenceIsAnError() {
        let text = "---\ntitle: T\n---\n```swift\nprint(1)\n```\n```output\n1\n"
        #expect(throws: LessonError.unterminatedFence(SourceLocation(file: "a.md", line: 7))) {
            try LessonParser.parse(text, path: "a.md", slug: "a")
        }
    }

    @Test func closedFenceOnTheLastLineIsFine() throws {
        let lesson = try LessonParser.parse("---\ntitle: T\n---\n```swift\nprint(1)\n```", path: "a.md", slug: "a")
        #expect(lesson.blocks.count == 1)
    }

    @Test func strayOutputBlockIsAnError() {
        let text = "---\ntitle: T\n---\nProse.\n\n```output\n1\n```\n"
        #expect(throws: LessonError.strayOutput(SourceLocation(file: "a.md", line: 6))) {
            try LessonParser.parse(text, path: "a.md", slug: "a")
        }
    }

    @Test func longerFencesMayHoldBackticks() throws {
        let text = "---\ntitle: T\n---\n````swift\nprint(\"```\")\n````\n````output\n```\n````\n"
        let lesson = try LessonParser.parse(text, path: "a.md", slug: "a")
        #expect(lesson.blocks[0].code == "print(\"```\")")
        #expect(lesson.blocks[0].recorded?.text == "```")
    }
}
