import Foundation
import Testing
import SiteKit

/// A lesson that declares `data:` the machine lacks is skipped with a note on a
/// reader's machine, and fails where data is required (in CI).
@Suite struct DataRequirementTests {
    func build(requireData: Bool) throws -> SiteReport {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ub-data-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let lesson = "---\ntitle: Needs data\ndata: [no-such-data-set]\n---\n```swift\nprint(1)\n```\n"
        try Data(lesson.utf8).write(to: folder.appendingPathComponent("needs-data.md"))
        try Data("---\ntitle: Plain\n---\n```swift\nprint(2)\n```\n```output\n2\n```\n".utf8)
            .write(to: folder.appendingPathComponent("plain.md"))
        var options = PackagePaths.options(content: folder.path, work: "underbrace-datatests-\(requireData)")
        options.requireData = requireData
        return SiteBuilder(options: options, toolchain: PackagePaths.toolchain).check()
    }

    @Test func missingDataSkipsTheLessonOnAReadersMachine() throws {
        let report = try build(requireData: false)
        #expect(report.succeeded)
        let skipped = try #require(report.outcomes.first { $0.path.hasSuffix("needs-data.md") })
        #expect(skipped.isSkipped)
        #expect(skipped.missingData == ["no-such-data-set"])
        #expect(skipped.run == nil)
        #expect(report.summary.contains("1 verified, 1 skipped for missing data"))
    }

    @Test func missingDataIsAnErrorWhereDataIsRequired() throws {
        let report = try build(requireData: true)
        #expect(!report.succeeded)
        let error = try #require(report.allErrors.first)
        guard case .missingData(let location, let names, let searched) = error else {
            Issue.record("expected a missing-data error, got \(error)")
            return
        }
        #expect(location.line == 1)
        #expect(names == ["no-such-data-set"])
        #expect(searched.last == "/usr/share/datasets")
        #expect(error.message.hasPrefix("needs no-such-data-set, found in none of "))
    }
}
