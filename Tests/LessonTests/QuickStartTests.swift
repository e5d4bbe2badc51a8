import Foundation
import Testing

/// The README's quick start must install everything CI installs, or a new user's first
/// build fails where CI's passes.
@Suite struct QuickStartTests {
    func read(_ path: String) throws -> String {
        try String(contentsOf: PackagePaths.root.appendingPathComponent(path), encoding: .utf8)
    }

    @Test func readmeInstallsEveryPackageCIInstalls() throws {
        let readme = try read("README.md")
        let installLine = try #require(readme.split(separator: "\n").first { $0.contains("apt-get install") })
        let installed = Set(installLine.split(separator: " ").map(String.init))
        let required = try read(".ci/apt-packages").split(separator: "\n")
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && !$0.hasPrefix("#") }
        for package in required {
            #expect(installed.contains(package), "README's install line lacks \(package)")
        }
        #expect(installLine.contains("swift run site"))
        #expect(readme.contains("\nswift test\n"))
    }

    @Test func ciRunsTheReadmeTestCommand() throws {
        let script = try read(".ci/run")
        #expect(script.split(separator: "\n").last == "swift test")
    }
}
