import Foundation
import Testing
import SiteKit

/// `site new` writes a lesson that verifies as it stands, and refuses bad names.
@Suite struct ScaffoldTests {
    @Test func aNewLessonPassesCheckAtOnce() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ub-new-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = try LessonScaffold.create(slug: "linear-solves", in: folder.path, date: "2026-11-25")
        #expect(path == folder.path + "/linear-solves.md")

        var options = PackagePaths.options(content: folder.path, work: "underbrace-scaffoldtests")
        options.useCache = false
        let report = SiteBuilder(options: options, toolchain: PackagePaths.toolchain).check()
        #expect(report.succeeded, "\(report.allErrors.map(\.description).joined(separator: "\n"))")
        #expect(report.outcomes.first?.lesson?.frontMatter.title == "Linear Solves")
    }

    @Test func refusesBadSlugsAndExistingLessons() throws {
        #expect(!LessonScaffold.isValid(slug: "Linear Solves"))
        #expect(!LessonScaffold.isValid(slug: "-x"))
        #expect(LessonScaffold.isValid(slug: "knn"))
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ub-new-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try LessonScaffold.create(slug: "knn", in: folder.path, date: "2026-11-25")
        #expect(throws: LessonError.self) { try LessonScaffold.create(slug: "knn", in: folder.path, date: "2026-11-25") }
    }
}
