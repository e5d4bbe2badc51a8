import Engine
import Foundation

/// A greyscale image in the Netpbm PGM format, such as the AT&T face database's.
///
/// A PGM file (netpbm.sourceforge.net/doc/pgm.html) is a magic number (`P5` for binary
/// pixels, `P2` for decimal text), then the width, height and maximum grey value as
/// decimal numbers separated by whitespace, with `#` comments allowed up to the end of a
/// line, then a single whitespace character and the pixels, row by row from the top:
/// one byte each when the maximum is below 256, else two bytes, most significant first.
/// Both header layouts found in the AT&T set read the same way: `P5\n92 112\n255\n` and
/// `P5 92 112 255\n`.
///
/// ```swift
/// let face = try PGMImage(contentsOf: URL(fileURLWithPath: "att_faces/s1/1.pgm"))
/// print(face.width, face.height, face.maxValue)  // 92 112 255
/// let pixels = face.tensor(as: Float.self)        // [112, 92], values in [0, 1]
/// ```
public struct PGMImage: Equatable, Sendable {
    /// Pixels per row.
    public let width: Int
    /// Rows.
    public let height: Int
    /// The grey value of white, 1...65535.
    public let maxValue: Int
    /// Grey values in `0...maxValue`, row-major from the top-left corner.
    public let pixels: [UInt16]

    /// Reads the PGM file at `url` (gzip-compressed or not).
    ///
    /// - Throws: ``DatasetError`` naming the byte offset of a bad header token, a maximum
    ///   value out of range, a pixel above the maximum, or missing (truncated) pixels.
    public init(contentsOf url: URL) throws(DatasetError) {
        try self.init(bytes: GzipFile.readAll(url), name: url.path)
    }

    /// Parses a PGM image held in memory; `name` is used in errors.
    ///
    /// ```swift
    /// let image = try PGMImage(bytes: Array("P2 2 1 9\n0 9\n".utf8), name: "tiny.pgm")
    /// print(image.pixels)  // [0, 9]
    /// ```
    public init(bytes: [UInt8], name: String) throws(DatasetError) {
        var header = PGMHeaderScanner(bytes: bytes, name: name)
        let binary = try header.magicNumber()
        width = try header.number("the image width", in: 1...65_535)
        height = try header.number("the image height", in: 1...65_535)
        maxValue = try header.number("the maximum grey value", in: 1...65_535)
        pixels = binary
            ? try header.binaryPixels(count: width * height, maxValue: maxValue)
            : try header.decimalPixels(count: width * height, maxValue: maxValue)
    }

    /// The pixels as a `[height, width]` tensor scaled to `[0, 1]` (value / maxValue).
    ///
    /// ```swift
    /// let t = try PGMImage(contentsOf: url).tensor(as: Double.self)  // shape [112, 92]
    /// ```
    public func tensor<Scalar: TensorScalar>(as _: Scalar.Type = Scalar.self) -> Tensor<Scalar> {
        makeTensor(
            shape: [height, width], scalars: PixelScaling.scaled(pixels, maximum: maxValue))
    }
}

/// Reads a PGM header token by token, keeping the byte offset for errors.
struct PGMHeaderScanner {
    let bytes: [UInt8]
    let name: String
    var offset = 0

    init(bytes: [UInt8], name: String) {
        self.bytes = bytes
        self.name = name
    }

    /// `true` for `P5` (binary pixels), `false` for `P2` (decimal pixels).
    mutating func magicNumber() throws(DatasetError) -> Bool {
        guard !bytes.isEmpty else {
            throw DatasetError(file: name, reason: .empty(expected: "a PGM header starting with `P5` or `P2`"))
        }
        let magic = bytes.prefix(2)
        guard magic.elementsEqual("P5".utf8) || magic.elementsEqual("P2".utf8) else {
            throw DatasetError(
                file: name, position: .byte(0), reason: .badMagicNumber(
                    found: "`\(printable(bytes.prefix(2)))`", expected: "`P5` or `P2` (a PGM image)"))
        }
        offset = 2
        return magic.last == UInt8(ascii: "5")
    }

    /// The next whitespace-separated decimal number, which must lie in `range`.
    mutating func number(_ what: String, in range: ClosedRange<Int>) throws(DatasetError) -> Int {
        let separated = skipWhitespaceAndComments()
        let start = offset
        while offset < bytes.count, !isWhitespace(bytes[offset]), bytes[offset] != UInt8(ascii: "#") {
            offset += 1
        }
        let token = bytes[start..<offset]
        guard separated, !token.isEmpty, token.count <= 9,
            token.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) })
        else {
            let found = token.isEmpty ? (offset == bytes.count ? "the end of the file" : "nothing")
                : "`\(printable(token.prefix(20)))`"
            throw DatasetError(
                file: name, position: .byte(start),
                reason: .badHeaderToken(found: found, expected: "\(what) (a decimal number after whitespace)"))
        }
        let value = token.reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) }
        guard range.contains(value) else {
            throw DatasetError(
                file: name, position: .byte(start), reason: .valueOutOfRange(
                    name: what, value: value, allowed: "\(range.lowerBound)...\(range.upperBound)"))
        }
        return value
    }

    /// The raster of a `P5` image after the single whitespace byte that ends the header.
    mutating func binaryPixels(count: Int, maxValue: Int) throws(DatasetError) -> [UInt16] {
        let headerSize = offset + 1
        let sampleSize = maxValue < 256 ? 1 : 2
        let expected = headerSize + count * sampleSize
        guard offset < bytes.count, isWhitespace(bytes[offset]) else {
            let found = offset < bytes.count ? "`\(printable(bytes[offset...offset]))`" : "the end of the file"
            throw DatasetError(
                file: name, position: .byte(offset), reason: .badHeaderToken(
                    found: found, expected: "one whitespace character before the pixels"))
        }
        guard bytes.count >= expected else {
            throw DatasetError(
                file: name, reason: .truncated(
                    expectedBytes: expected, actualBytes: bytes.count,
                    layout: "\(headerSize)-byte header + \(count) pixels of \(sampleSize) byte"
                        + (sampleSize == 1 ? "" : "s")))
        }
        guard bytes.count == expected else {
            throw DatasetError(
                file: name, reason: .trailingBytes(expectedBytes: expected, actualBytes: bytes.count))
        }
        let pixels = bytes.withUnsafeBufferPointer { raw in
            [UInt16](unsafeUninitializedCapacity: count) { output, initialized in
                if sampleSize == 1 {
                    for i in 0..<count { output[i] = UInt16(raw[headerSize + i]) }
                } else {
                    for i in 0..<count {
                        output[i] = UInt16(raw[headerSize + 2 * i]) << 8 | UInt16(raw[headerSize + 2 * i + 1])
                    }
                }
                initialized = count
            }
        }
        if let bad = pixels.firstIndex(where: { Int($0) > maxValue }) {
            throw DatasetError(
                file: name, position: .byte(headerSize + bad * sampleSize), reason: .valueOutOfRange(
                    name: "pixel \(bad)", value: Int(pixels[bad]), allowed: "0...\(maxValue), the maximum in the header"))
        }
        return pixels
    }

    /// The pixels of a `P2` image, as whitespace-separated decimal numbers.
    mutating func decimalPixels(count: Int, maxValue: Int) throws(DatasetError) -> [UInt16] {
        var pixels: [UInt16] = []
        pixels.reserveCapacity(count)
        for index in 0..<count {
            let value = try number("pixel \(index) of \(count)", in: 0...maxValue)
            pixels.append(UInt16(value))
        }
        _ = skipWhitespaceAndComments()
        guard offset == bytes.count else {
            throw DatasetError(
                file: name, position: .byte(offset), reason: .badHeaderToken(
                    found: "`\(printable(bytes[offset...].prefix(20)))`",
                    expected: "the end of the file after \(count) pixels"))
        }
        return pixels
    }

    /// Skips blanks and `#` comments; returns whether anything was skipped, since tokens
    /// must be separated.
    private mutating func skipWhitespaceAndComments() -> Bool {
        let start = offset
        while offset < bytes.count {
            if isWhitespace(bytes[offset]) {
                offset += 1
            } else if bytes[offset] == UInt8(ascii: "#") {
                while offset < bytes.count, bytes[offset] != UInt8(ascii: "\n"), bytes[offset] != UInt8(ascii: "\r") {
                    offset += 1
                }
            } else {
                break
            }
        }
        return offset > start
    }

    private func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (0x09...0x0D).contains(byte)
    }

    private func printable<S: Sequence<UInt8>>(_ bytes: S) -> String {
        String(bytes.map { (0x20..<0x7F).contains($0) ? Character(UnicodeScalar($0)) : "?" })
    }
}
