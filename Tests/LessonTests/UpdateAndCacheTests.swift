import Foundation
import Testing
import SiteKit

/// `update` fixes stale outputs in place; an unchanged lesson is never run twice.
@Suite struct UpdateAndCacheTests {
    let lesson = """
        ---
        title: Counting
        ---
        Some prose.

        ```swift
        let numbers = [3, 1, 2]
        print(numbers.sorted())
        ```
        ```output
        [1, 2, 4]
        ```

        More prose.

        ```swift
        print(numbers.reduce(0, +))
        ```
        """

    /// A content folder holding `lesson` as `count.md`, and options to build it.
    func makeFolder() throws -> (folder: URL, file: URL, options: SiteOptions) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ub-update-\(UUID().uuidString)")
        let content = folder.appendingPathComponent("Content")
        try FileManager.default.createDirectory(at: content, withIntermediateDirectories: true)
        let file = content.appendingPathComponent("count.md")
        try Data(lesson.utf8).write(to: file)
        var options = PackagePaths.options(content: content.path, work: "underbrace-updatetests-\(UUID().uuidString)")
        options.output = folder.appendingPathComponent("site").path
        return (folder, file, options)
    }

    @Test func updateRecordsFreshOutputsAndNothingElse() throws {
        let (folder, file, options) = try makeFolder()
        defer {
            try? FileManager.default.removeItem(at: folder)
            try? FileManager.default.removeItem(atPath: options.workFolder)
        }
        let builder = SiteBuilder(options: options, toolchain: PackagePaths.toolchain)

        let before = builder.check()
        #expect(before.allErrors.count == 2)  // one stale, one missing

        let update = builder.update()
        #expect(update.succeeded)
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(text == lesson.replacingOccurrences(of: "[1, 2, 4]", with: "[1, 2, 3]") + "\n```output\n6\n```\n")
        #expect(builder.check().succeeded)
    }

    @Test func anUnchangedLessonIsNotRunAgain() throws {
        let (folder, file, options) = try makeFolder()
        defer {
            try? FileManager.default.removeItem(at: folder)
            try? FileManager.default.removeItem(atPath: options.workFolder)
        }
        let builder = SiteBuilder(options: options, toolchain: PackagePaths.toolchain)
        _ = builder.update()

        let first = builder.build()
        #expect(first.succeeded)
        #expect(first.outcomes.first?.run?.fromCache == true)  // update's run was cached

        // A prose-only edit re-renders the page without re-running the code.
        let edited = try String(contentsOf: file, encoding: .utf8).replacingOccurrences(of: "More prose.", with: "Edited prose.")
        try Data(edited.utf8).write(to: file)
        let second = builder.build()
        #expect(second.succeeded)
        #expect(second.outcomes.first?.run?.fromCache == true)
        let page = try String(contentsOfFile: options.output + "/count/index.html", encoding: .utf8)
        #expect(page.contains("Edited prose."))

        // A code edit runs the lesson again.
        try Data(edited.replacingOccurrences(of: "[3, 1, 2]", with: "[3, 1, 2, 0]").utf8).write(to: file)
        let third = builder.check()
        #expect(third.outcomes.first?.run?.fromCache == false)
    }
}
