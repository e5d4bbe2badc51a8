import Testing
import Datasets

struct DatasetErrorTests {
    @Test func describesTextPositionsAsFileLineColumn() {
        let error = DatasetError(
            file: "iris.csv", position: .line(17), reason: .wrongFieldCount(expected: 5, found: 4))
        #expect(error.description == "iris.csv:17: expected 5 fields, found 4")
        let quoted = DatasetError(file: "a.csv", position: .line(4, column: 12), reason: .unterminatedQuote)
        #expect(quoted.description == "a.csv:4:12: unterminated quoted field (it opened here)")
    }

    @Test func describesBinaryPositionsAsByteOffsets() {
        let error = DatasetError(
            file: "face.pgm", position: .byte(3),
            reason: .badHeaderToken(found: "`x`", expected: "the image width"))
        #expect(error.description == "face.pgm: byte 3: expected the image width, found `x`")
    }
}
