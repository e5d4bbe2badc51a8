import Testing
@testable import SiteKit

@Suite struct LessonProgramTests {
    @Test func wrapsEachRunnableBlockWithMarkersAndSourceLocation() throws {
        let lesson = try LessonParser.parse(
            "---\ntitle: T\n---\n```swift\nlet x = 1\n```\n```swift norun\nnope\n```\n```swift\nprint(x)\n```\n",
            path: "Content/t.md", slug: "t")
        let source = LessonProgram(lesson: lesson).source
        #expect(source.contains("""
            _notebookBeginBlock(0)
            #sourceLocation(file: "Content/t.md", line: 5)
            let x = 1
            #sourceLocation()
            _notebookEndBlock(0)
            _notebookBeginBlock(2)
            #sourceLocation(file: "Content/t.md", line: 11)
            print(x)
            #sourceLocation()
            _notebookEndBlock(2)
            _notebookFinish()
            """))
        #expect(!source.contains("nope"))
    }

    @Test func escapesStringLiterals() {
        #expect(LessonProgram.literal("a\"b\\c\nd") == #""a\"b\\c\nd""#)
    }
}
