import Engine
import Foundation
import Testing
import Datasets

struct PGMImageTests {
    static let pixels: [UInt16] = stride(from: 0, to: 240, by: 20).map { UInt16($0) }

    @Test(arguments: ["newlines.pgm", "spaces.pgm", "comments.pgm", "decimal.pgm", "spaces.pgm.gz"])
    func readsEveryHeaderLayoutTheSameWay(name: String) throws {
        let image = try PGMImage(contentsOf: Fixture.url(name))
        #expect(image.width == 4 && image.height == 3 && image.maxValue == 255)
        #expect(image.pixels == Self.pixels)
    }

    @Test func readsSixteenBitPixelsMostSignificantByteFirst() throws {
        let image = try PGMImage(contentsOf: Fixture.url("sixteen-bit.pgm"))
        #expect(image.maxValue == 1000)
        #expect(image.pixels == [0, 1000])
        #expect(image.tensor(as: Double.self).scalars == [0, 1])
    }

    @Test func tensorIsHeightByWidthScaledToUnitInterval() throws {
        let tensor = try PGMImage(contentsOf: Fixture.url("spaces.pgm")).tensor(as: Float.self)
        #expect(tensor.shape == [3, 4])
        #expect(tensor.scalars[1] == Float(20) / 255)
        #expect(tensor.scalars[11] == Float(220) / 255)
    }

    @Test func pixelDataMayStartWithWhitespaceBytes() throws {
        // After the header's single whitespace byte, 0x0D and 0x0C are pixels (as in the AT&T set).
        let image = try PGMImage(bytes: Array("P5 2 1 255\n".utf8) + [0x0D, 0x0C], name: "ws.pgm")
        #expect(image.pixels == [13, 12])
    }

    @Test func reportsMissingPixelsWithExpectedAndActualByteCounts() {
        let error = #expect(throws: DatasetError.self) { try PGMImage(contentsOf: Fixture.url("truncated.pgm")) }
        #expect(
            error?.description == "\(Fixture.path("truncated.pgm")): truncated: "
                + "expected 23 bytes (11-byte header + 12 pixels of 1 byte), found 18")
    }

    @Test func reportsABadHeaderTokenWithItsByteOffset() {
        let error = #expect(throws: DatasetError.self) { try PGMImage(contentsOf: Fixture.url("bad-width.pgm")) }
        #expect(
            error?.description == "\(Fixture.path("bad-width.pgm")): byte 3: "
                + "expected the image width (a decimal number after whitespace), found `4x`")
    }

    @Test func rejectsAMaximumValueOutOfRange() {
        let error = #expect(throws: DatasetError.self) { try PGMImage(contentsOf: Fixture.url("bad-max-value.pgm")) }
        #expect(
            error?.description == "\(Fixture.path("bad-max-value.pgm")): byte 7: "
                + "the maximum grey value is 0, expected 1...65535")
    }

    @Test func rejectsAnotherNetpbmFormat() {
        let error = #expect(throws: DatasetError.self) { try PGMImage(contentsOf: Fixture.url("bad-magic.pgm")) }
        #expect(
            error?.description == "\(Fixture.path("bad-magic.pgm")): byte 0: "
                + "bad magic number `P6`; expected `P5` or `P2` (a PGM image)")
    }

    @Test func rejectsAPixelAboveTheMaximum() {
        let error = #expect(throws: DatasetError.self) { try PGMImage(contentsOf: Fixture.url("pixel-above-max.pgm")) }
        #expect(error?.reason == .valueOutOfRange(name: "pixel 11", value: 220, allowed: "0...200, the maximum in the header"))
        #expect(error?.position == .byte(22))
    }

    @Test func rejectsExtraBytesAfterThePixels() {
        let error = #expect(throws: DatasetError.self) {
            try PGMImage(bytes: Array("P5 1 1 255\n".utf8) + [7, 8], name: "extra.pgm")
        }
        #expect(error?.description == "extra.pgm: expected 12 bytes as the header says, found 13: 1 byte too many")
    }

    @Test func rejectsAHeaderThatStopsEarly() {
        let error = #expect(throws: DatasetError.self) { try PGMImage(bytes: Array("P5 92".utf8), name: "cut.pgm") }
        #expect(
            error?.description == "cut.pgm: byte 5: expected the image height (a decimal number after whitespace), "
                + "found the end of the file")
    }

    @Test func rejectsAnEmptyFile() {
        let error = #expect(throws: DatasetError.self) { try PGMImage(bytes: [], name: "empty.pgm") }
        #expect(error?.description == "empty.pgm: the file is empty; expected a PGM header starting with `P5` or `P2`")
    }

    @Test func rejectsTooFewDecimalPixels() {
        let error = #expect(throws: DatasetError.self) { try PGMImage(bytes: Array("P2 2 1 9\n3\n".utf8), name: "few.pgm") }
        #expect(error?.position == .byte(11))
    }
}
