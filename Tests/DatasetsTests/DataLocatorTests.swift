import Foundation
import Testing
import Datasets

/// These tests set `$UNDERBRACE_DATA`, a process-wide setting, so they run one at a time.
@Suite(.serialized) struct DataLocatorTests {
    @Test func findsAFileUnderUnderbraceData() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ub-data-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("set"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("x".utf8).write(to: folder.appendingPathComponent("set/file.txt"))
        setenv("UNDERBRACE_DATA", folder.path, 1)
        defer { unsetenv("UNDERBRACE_DATA") }
        #expect(try DataLocator.file("set/file.txt").path == folder.appendingPathComponent("set/file.txt").path)
    }

    @Test func missingFileSaysWhereItLookedAndWhatToInstall() {
        setenv("UNDERBRACE_DATA", "/nonexistent-ub", 1)
        defer { unsetenv("UNDERBRACE_DATA") }
        do {
            _ = try DataLocator.file("fashion-mnist/train.gz", debianPackage: "dataset-fashion-mnist")
            Issue.record("expected a MissingDataError")
        } catch let error as MissingDataError {
            #expect(error.searched.first == "/nonexistent-ub")
            #expect(error.description.hasPrefix("missing data file `fashion-mnist/train.gz`; looked in: /nonexistent-ub, "))
            #expect(error.description.hasSuffix("Install it with `sudo apt-get install dataset-fashion-mnist`."))
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }
}
