import Testing
@testable import SiteKit

@Suite struct CompilerDiagnosticsTests {
    let lesson = try! LessonParser.parse(
        "---\ntitle: T\n---\n```swift\nlet s: String = 5\n```\n", path: "Content/t.md", slug: "t")

    @Test func locatesErrorsInTheMarkdown() {
        let output = """
            Content/t.md:5:17: error: cannot convert value of type 'Int' to specified type 'String'
            let s: String = 5
                            ^
            Content/t.md:5:5: warning: initialization of immutable value 's' was never used
            """
        let errors = CompilerDiagnostics.errors(in: output, lesson: lesson, program: LessonProgram(lesson: lesson))
        #expect(errors == [
            .compile(SourceLocation(file: "Content/t.md", line: 5),
                     message: "cannot convert value of type 'Int' to specified type 'String'",
                     excerpt: "    let s: String = 5\n                    ^"),
        ])
    }

    @Test func errorsInGeneratedLinesGoToTheirBlock() {
        let program = LessonProgram(lesson: lesson)
        let line = program.source.split(separator: "\n", omittingEmptySubsequences: false)
            .firstIndex { $0.hasPrefix("_notebookEndBlock") }! + 1
        let output = "/tmp/x/main.swift:\(line):1: error: expected '}' in body of function"
        let errors = CompilerDiagnostics.errors(in: output, lesson: lesson, program: program)
        #expect(errors.first?.location == SourceLocation(file: "Content/t.md", line: 4))
    }
}
