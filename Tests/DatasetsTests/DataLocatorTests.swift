import Foundation
import Testing
import Datasets

/// These tests pass folders and environments explicitly rather than setting
/// `$UNDERBRACE_DATA`, a process-wide variable that tests running in parallel read.
struct DataLocatorTests {
    @Test func searchesUnderbraceDataThenTheCacheThenTheSystemFolder() {
        let folders = DataLocator.searchFolders(
            environment: ["UNDERBRACE_DATA": "/data", "XDG_CACHE_HOME": "/cache"])
        #expect(folders.map(\.path) == ["/data", "/cache/underbrace/data", "/usr/share/datasets"])
    }

    @Test func emptyUnderbraceDataIsIgnored() {
        let folders = DataLocator.searchFolders(environment: ["UNDERBRACE_DATA": "", "XDG_CACHE_HOME": "/c"])
        #expect(folders.map(\.path) == ["/c/underbrace/data", "/usr/share/datasets"])
    }

    @Test func findsAFileInTheFirstFolderThatHasIt() throws {
        let folder = try Fixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("set"), withIntermediateDirectories: true)
        try Data("x".utf8).write(to: folder.appendingPathComponent("set/file.txt"))
        let found = try DataLocator.file(
            "set/file.txt", searching: [URL(fileURLWithPath: "/nonexistent-ub"), folder])
        #expect(found.path == folder.appendingPathComponent("set/file.txt").path)
    }

    @Test func fallsBackToThePackagesSystemPath() throws {
        let found = try DataLocator.file(
            "elsewhere/labels", systemPath: Fixture.path("three-labels-idx1-ubyte"),
            searching: [URL(fileURLWithPath: "/nonexistent-ub")])
        #expect(found.path == Fixture.path("three-labels-idx1-ubyte"))
    }

    @Test func missingFileSaysWhereItLookedAndWhatToInstall() {
        let error = #expect(throws: MissingDataError.self) {
            try DataLocator.file(
                "fashion-mnist/train.gz", debianPackage: "dataset-fashion-mnist",
                searching: [URL(fileURLWithPath: "/nonexistent-ub")])
        }
        #expect(error?.searched == ["/nonexistent-ub"])
        #expect(
            error?.description == "missing data file `fashion-mnist/train.gz`; looked in: /nonexistent-ub. "
                + "Install it with `sudo apt-get install dataset-fashion-mnist`.")
    }

    @Test func missingFileWithoutAPackageSaysWhereToPutItAndWhatItIs() {
        let error = #expect(throws: MissingDataError.self) {
            try DataLocator.file(
                "att_faces", searching: [URL(fileURLWithPath: "/nonexistent-ub")],
                hint: "It is the AT&T face database.")
        }
        #expect(
            error?.description == "missing data file `att_faces`; looked in: /nonexistent-ub. "
                + "Put it under $UNDERBRACE_DATA (the repository's CI uses ../shared/data) "
                + "or ~/.cache/underbrace/data. It is the AT&T face database.")
    }
}
