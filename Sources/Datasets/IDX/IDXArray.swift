import Foundation

/// An n-dimensional array read from an IDX file, the format of MNIST and Fashion-MNIST.
///
/// An IDX file (LeCun et al., "The MNIST database", 1998) is a 4-byte magic number —
/// two zero bytes, a type code and the number of dimensions — then each dimension as a
/// big-endian 32-bit integer, then the values in row-major order, big-endian. The file
/// may be gzip-compressed; it is read through zlib either way.
///
/// ```swift
/// let labels = try IDXArray(contentsOf: URL(fileURLWithPath: "t10k-labels-idx1-ubyte.gz"))
/// print(labels.shape, labels.type)  // [10000] unsignedByte
/// let images = try IDXArray(contentsOf: imagesURL, limit: 100)  // only the first 100 images
/// print(images.shape)  // [100, 28, 28]
/// ```
public struct IDXArray: Sendable {
    /// The element type, from the third byte of the magic number.
    public enum ElementType: UInt8, Sendable, CaseIterable {
        case unsignedByte = 0x08, signedByte = 0x09, short = 0x0B, int = 0x0C
        case float = 0x0D, double = 0x0E

        /// Bytes per value.
        public var size: Int {
            switch self {
            case .unsignedByte, .signedByte: 1
            case .short: 2
            case .int, .float: 4
            case .double: 8
            }
        }
    }

    /// The path the array was read from.
    public let file: String
    /// The element type.
    public let type: ElementType
    /// The length of each dimension, outermost first (after `limit`).
    public let shape: [Int]
    /// The values' bytes as stored: row-major, big-endian.
    public let bytes: [UInt8]

    /// Reads the IDX file at `url`, gzip-compressed or not.
    ///
    /// - Parameter limit: read only the first `limit` entries along the first dimension
    ///   (e.g. the first 1000 images); the rest of the file is not decompressed.
    /// - Throws: ``DatasetError`` for a bad magic number, a truncated file (with the
    ///   expected and actual byte counts), extra bytes after the data, or damaged gzip data.
    public init(contentsOf url: URL, limit: Int? = nil) throws(DatasetError) {
        try self.init(reader: IDXReader(url, limit: limit))
    }

    /// Reads the data of an opened file.
    init(reader: IDXReader) throws(DatasetError) {
        var failure: DatasetError?
        let data = [UInt8](unsafeUninitializedCapacity: reader.dataSize) { buffer, initialized in
            do throws(DatasetError) {
                try reader.readData(into: UnsafeMutableRawBufferPointer(buffer))
                initialized = reader.dataSize
            } catch {
                failure = error
                initialized = 0
            }
        }
        if let failure { throw failure }
        self.init(file: reader.path, type: reader.type, shape: reader.shape, bytes: data)
    }

    /// An array with the given contents; `bytes.count` is the product of `shape` times
    /// the type's size.
    init(file: String, type: ElementType, shape: [Int], bytes: [UInt8]) {
        self.file = file
        self.type = type
        self.shape = shape
        self.bytes = bytes
    }

    /// The number of values, the product of ``shape``.
    public var count: Int { shape.reduce(1, *) }

    /// The values as integers, for label files and other integer types.
    ///
    /// ```swift
    /// let labels = try IDXArray(contentsOf: labelsURL).integers()  // [9, 0, 0, 3, ...]
    /// ```
    ///
    /// - Throws: ``DatasetError`` when the file holds floating-point values.
    public func integers() throws(DatasetError) -> [Int] {
        switch type {
        case .unsignedByte: return bytes.map { Int($0) }
        case .signedByte: return bytes.map { Int(Int8(bitPattern: $0)) }
        case .short: return bigEndianWords(2).map { Int(Int16(truncatingIfNeeded: $0)) }
        case .int: return bigEndianWords(4).map { Int(Int32(truncatingIfNeeded: $0)) }
        case .float, .double:
            throw DatasetError(
                file: file, position: .byte(2), reason: .inconsistent(
                    "the values are floating-point (type \(type)); expected integers"))
        }
    }

    /// The values as `Double`, in row-major order.
    ///
    /// ```swift
    /// let values = try IDXArray(contentsOf: url).doubles()
    /// ```
    public func doubles() -> [Double] {
        switch type {
        case .float: return bigEndianWords(4).map { Double(Float(bitPattern: UInt32($0))) }
        case .double: return bigEndianWords(8).map { Double(bitPattern: $0) }
        case .unsignedByte: return bytes.map { Double($0) }
        case .signedByte: return bytes.map { Double(Int8(bitPattern: $0)) }
        case .short: return bigEndianWords(2).map { Double(Int16(truncatingIfNeeded: $0)) }
        case .int: return bigEndianWords(4).map { Double(Int32(truncatingIfNeeded: $0)) }
        }
    }

    private func bigEndianWords(_ size: Int) -> [UInt64] {
        stride(from: 0, to: bytes.count, by: size).map { start in
            bytes[start..<(start + size)].reduce(0) { $0 << 8 | UInt64($1) }
        }
    }
}
