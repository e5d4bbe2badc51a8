import Testing
@testable import SiteKit

@Suite struct CrashReportTests {
    let lesson = try! LessonParser.parse(
        "---\ntitle: T\n---\n```swift\nlet a = [1]\n```\n\n```swift\nprint(a[3])\n```\n", path: "Content/t.md", slug: "t")

    @Test func takesTheLineFromABacktraceFrame() {
        let stderr = """
            *** Program crashed: Illegal instruction at 0x00005652cb002fe7 ***
            Thread 0 "lesson" crashed:
              0 [inlined] [system] 0x00005652cb002fe7 specialized Array.subscript.getter in lesson at //<compiler-generated>
              1                    0x00005652cb002fe7 main + 487 in lesson at Content/t.md:9:7
            """
        let report = CrashReport(stderr: stderr, lesson: lesson, runningBlock: 1, status: 4, signaled: true)
        #expect(report == CrashReport.expected(line: 9, message: "Illegal instruction"))
    }

    @Test func takesTheMessageOfAFatalError() {
        let stderr = "Swift/ContiguousArrayBuffer.swift:692: Fatal error: Index out of range\n*** Program crashed: Illegal instruction at 0x1 ***"
        let report = CrashReport(stderr: stderr, lesson: lesson, runningBlock: 1, status: 4, signaled: true)
        // No frame names the lesson, so the line is the running block's fence.
        #expect(report == CrashReport.expected(line: 8, message: "Index out of range"))
    }

    @Test func takesTheLineOfALessonsOwnFatalError() {
        let stderr = "Lesson/t.md:5: Fatal error: boom"
        let report = CrashReport(stderr: stderr, lesson: lesson, runningBlock: 0, status: 4, signaled: true)
        #expect(report == CrashReport.expected(line: 5, message: "boom"))
    }

    @Test func fallsBackToTheExitStatus() {
        let report = CrashReport(stderr: "", lesson: lesson, runningBlock: nil, status: 3, signaled: false)
        #expect(report == CrashReport.expected(line: nil, message: "exited with status 3"))
    }
}

extension CrashReport {
    static func expected(line: Int?, message: String) -> CrashReport {
        var report = CrashReport(stderr: "", lesson: try! LessonParser.parse("---\ntitle: T\n---\n", path: "x.md", slug: "x"),
                                 runningBlock: nil, status: 0, signaled: false)
        report.line = line
        report.message = message
        return report
    }
}
