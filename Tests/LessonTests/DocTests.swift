import Foundation
import Testing
import SiteKit

/// Every lesson in `Content/` is compiled and run afresh, and each block's output must
/// match the output recorded under it in the Markdown. A failure prints the diff and
/// `Content/<file>.md:<line>`; `swift run site update` records the new output. Lessons
/// run one at a time, as `site` runs them, so that each has the machine to itself.
@Suite(.serialized) struct DocTests {
    static let lessons: [String] = {
        let folder = PackagePaths.root.appendingPathComponent("Content")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".md") }.map { String($0.dropLast(3)) }.sorted()
    }()

    @Test func contentHasLessons() {
        #expect(Self.lessons.count >= 2)
    }

    @Test(arguments: lessons)
    func recordedOutputsAreFresh(_ slug: String) throws {
        var options = PackagePaths.options(content: PackagePaths.path("Content"), work: "underbrace-doctests")
        options.filter = [slug]
        options.useCache = false
        let report = SiteBuilder(options: options, toolchain: PackagePaths.toolchain).check()
        if let outcome = report.outcomes.first, outcome.isSkipped {
            // Only outside CI: there, data is required and a missing set is an error.
            print("skipped \(slug): its data (\(outcome.missingData.joined(separator: ", "))) is not installed")
            return
        }
        let problems = report.allErrors.map(\.description).joined(separator: "\n\n")
        #expect(report.succeeded, "\(problems)")
        #expect(report.outcomes.count == 1)
    }
}
