import Foundation
import Testing
import Datasets

struct IDXArrayTests {
    @Test func readsShapeTypeAndValuesOfAGzippedFile() throws {
        let images = try IDXArray(contentsOf: Fixture.url("three-images-idx3-ubyte.gz"))
        #expect(images.type == .unsignedByte)
        #expect(images.shape == [3, 28, 28])
        #expect(images.bytes.count == 3 * 784)
        // The first non-zero pixels of Fashion-MNIST's first test image (an ankle boot).
        #expect(images.bytes[215] == 3 && images.bytes[216] == 1 && images.bytes[219] == 7)
        #expect(images.bytes[0..<784].reduce(0) { $0 + Int($1) } == 33456)
    }

    @Test func readsLabelsAsIntegers() throws {
        #expect(try IDXArray(contentsOf: Fixture.url("three-labels-idx1-ubyte.gz")).integers() == [9, 2, 1])
    }

    @Test func limitReadsOnlyTheFirstEntries() throws {
        let images = try IDXArray(contentsOf: Fixture.url("three-images-idx3-ubyte.gz"), limit: 2)
        #expect(images.shape == [2, 28, 28])
        #expect(images.bytes.count == 2 * 784)
        let all = try IDXArray(contentsOf: Fixture.url("three-images-idx3-ubyte.gz"), limit: 10)
        #expect(all.shape == [3, 28, 28])
    }

    @Test func decodesBigEndianWiderTypes() throws {
        let folder = try Fixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("shorts-idx1")
        // Type 0x0B (16-bit signed), 1 dimension of 2: values 258 and -1.
        try Data([0, 0, 0x0B, 1, 0, 0, 0, 2, 0x01, 0x02, 0xFF, 0xFF]).write(to: url)
        let array = try IDXArray(contentsOf: url)
        #expect(array.type == .short)
        #expect(try array.integers() == [258, -1])
        #expect(array.doubles() == [258, -1])
    }

    @Test func floatValuesAreNotIntegers() throws {
        let folder = try Fixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("floats-idx1")
        try Data([0, 0, 0x0D, 1, 0, 0, 0, 1, 0x3F, 0xC0, 0, 0]).write(to: url)  // 1.5
        let array = try IDXArray(contentsOf: url)
        #expect(array.doubles() == [1.5])
        #expect(throws: DatasetError.self) { try array.integers() }
    }

    @Test func rejectsABadMagicNumber() {
        let error = #expect(throws: DatasetError.self) {
            try IDXArray(contentsOf: Fixture.url("bad-magic-idx1-ubyte"))
        }
        #expect(error?.position == .byte(0))
        #expect(
            error?.description.hasPrefix(
                "\(Fixture.path("bad-magic-idx1-ubyte")): byte 0: bad magic number 0x08010000; expected 0x0000, then a type code")
                == true)
    }

    @Test func reportsATruncatedFileWithExpectedAndActualByteCounts() {
        let error = #expect(throws: DatasetError.self) {
            try IDXArray(contentsOf: Fixture.url("truncated-images-idx3-ubyte.gz"))
        }
        #expect(
            error?.description == "\(Fixture.path("truncated-images-idx3-ubyte.gz")): truncated: "
                + "expected 2368 bytes (16-byte header + 3×28×28 values of 1 byte), found 1684")
    }

    @Test func reportsATruncatedHeader() throws {
        let folder = try Fixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("short-idx3")
        try Data([0, 0, 8, 3, 0, 0, 0, 3, 0, 0]).write(to: url)
        let error = #expect(throws: DatasetError.self) { try IDXArray(contentsOf: url) }
        #expect(
            error?.reason == .truncated(expectedBytes: 16, actualBytes: 10, layout: "a header with 3 dimensions"))
    }

    @Test func rejectsBytesAfterTheData() {
        let error = #expect(throws: DatasetError.self) {
            try IDXArray(contentsOf: Fixture.url("trailing-labels-idx1-ubyte"))
        }
        #expect(error?.reason == .trailingBytes(expectedBytes: 11, actualBytes: 13))
    }

    @Test func rejectsAHeaderPromisingAnImpossibleSize() throws {
        let folder = try Fixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("huge-idx3")
        try Data([0, 0, 0x0E, 3] + Array(repeating: 0xFF, count: 12)).write(to: url)
        let error = #expect(throws: DatasetError.self) { try IDXArray(contentsOf: url) }
        guard case .badHeaderToken? = error?.reason else {
            Issue.record("expected a bad header, got \(String(describing: error))")
            return
        }
    }

    @Test func rejectsAnEmptyFile() throws {
        let folder = try Fixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("empty")
        try Data().write(to: url)
        let error = #expect(throws: DatasetError.self) { try IDXArray(contentsOf: url) }
        #expect(error?.reason == .truncated(expectedBytes: 4, actualBytes: 0, layout: "the 4-byte magic number"))
    }
}
