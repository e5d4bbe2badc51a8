import Foundation
import Testing
import Datasets

struct GzipFileTests {
    @Test func decompressesAGzipFile() throws {
        let bytes = try GzipFile.readAll(Fixture.url("three-labels-idx1-ubyte.gz"))
        #expect(bytes == [0, 0, 8, 1, 0, 0, 0, 3, 9, 2, 1])
    }

    @Test func readsAnUncompressedFileUnchanged() throws {
        let bytes = try GzipFile.readAll(Fixture.url("three-labels-idx1-ubyte"))
        #expect(bytes == [0, 0, 8, 1, 0, 0, 0, 3, 9, 2, 1])
    }

    @Test func readsInPiecesAndCountsTheOffset() throws {
        let file = try GzipFile(Fixture.url("three-labels-idx1-ubyte.gz"))
        #expect(try file.read(count: 4) == [0, 0, 8, 1])
        #expect(file.offset == 4)
        #expect(try file.read(count: 100) == [0, 0, 0, 3, 9, 2, 1])
        #expect(try file.read(count: 1) == [])
    }

    @Test func reportsAStreamThatEndsEarly() {
        let error = #expect(throws: DatasetError.self) {
            try GzipFile.readAll(Fixture.url("cut-off-images-idx3-ubyte.gz"))
        }
        guard case .corruptCompressedData(let detail)? = error?.reason else {
            Issue.record("expected corrupt gzip data, got \(String(describing: error))")
            return
        }
        #expect(detail.contains("ends early"))
        #expect(error?.file == Fixture.path("cut-off-images-idx3-ubyte.gz"))
    }

    @Test func reportsAMissingFile() {
        let error = #expect(throws: DatasetError.self) {
            try GzipFile(Fixture.url("no-such-file.gz"))
        }
        #expect(error?.description == "\(Fixture.path("no-such-file.gz")): cannot read the file: No such file or directory")
    }

    @Test func refusesAFolder() {
        let error = #expect(throws: DatasetError.self) { try GzipFile(Fixture.folder) }
        #expect(error?.reason == .unreadable("it is a folder"))
    }
}
