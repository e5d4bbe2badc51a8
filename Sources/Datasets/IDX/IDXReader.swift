import Foundation

/// Reads an IDX file's header, then its data in pieces, so that a loader can convert the
/// values as they are decompressed instead of holding a second copy of the raw bytes.
///
/// ``IDXArray`` is the simple interface; this is its engine, and the fast path of
/// ``FashionMNIST``.
struct IDXReader {
    let file: GzipFile
    let type: IDXArray.ElementType
    /// The shape after `limit`.
    let shape: [Int]
    /// The shape the header gives.
    let fileShape: [Int]
    let headerSize: Int
    /// Bytes of data to read (after `limit`).
    let dataSize: Int

    var path: String { file.path }

    /// Opens `url` and reads and checks its header.
    init(_ url: URL, limit: Int?) throws(DatasetError) {
        let file = try GzipFile(url)
        let path = file.path
        let magic = try file.read(count: 4)
        guard magic.count == 4 else {
            throw DatasetError(
                file: path, reason: .truncated(
                    expectedBytes: 4, actualBytes: magic.count, layout: "the 4-byte magic number"))
        }
        guard magic[0] == 0, magic[1] == 0, let type = IDXArray.ElementType(rawValue: magic[2]), magic[3] > 0 else {
            let typeCodes = IDXArray.ElementType.allCases.map { String(format: "0x%02X", $0.rawValue) }
            throw DatasetError(
                file: path, position: .byte(0), reason: .badMagicNumber(
                    found: "0x" + magic.map { String(format: "%02X", $0) }.joined(),
                    expected: "0x0000, then a type code (\(typeCodes.joined(separator: ", "))), "
                        + "then the number of dimensions (at least 1)"))
        }
        let rank = Int(magic[3])
        let headerSize = 4 + 4 * rank
        let dimensionBytes = try file.read(count: 4 * rank)
        guard dimensionBytes.count == 4 * rank else {
            throw DatasetError(
                file: path, reason: .truncated(
                    expectedBytes: headerSize, actualBytes: 4 + dimensionBytes.count,
                    layout: "a header with \(rank) dimensions"))
        }
        let fileShape = (0..<rank).map { axis in
            dimensionBytes[(4 * axis)..<(4 * axis + 4)].reduce(0) { $0 << 8 | Int($1) }
        }
        var shape = fileShape
        if let limit { shape[0] = min(shape[0], max(limit, 0)) }

        // The data size the header promises, checked for overflow before anything is
        // allocated: a damaged header must give an error, not a crash.
        var dataSize = type.size
        for length in shape {
            let (product, overflow) = dataSize.multipliedReportingOverflow(by: length)
            guard !overflow, product <= 1 << 37 else {
                throw DatasetError(
                    file: path, position: .byte(4), reason: .badHeaderToken(
                        found: "dimensions \(fileShape)", expected: "a data size below 128 GiB"))
            }
            dataSize = product
        }
        // Deflate compresses at most about 1032 to 1, so a header promising more data
        // than that is damaged: say so before allocating anything.
        let fileSize = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? nil
        if let fileSize, dataSize > 1032 * fileSize + 1024 {
            throw DatasetError(
                file: path, position: .byte(4), reason: .badHeaderToken(
                    found: "dimensions \(fileShape), \(dataSize) bytes of data",
                    expected: "at most \(1032 * fileSize + 1024) bytes of data in a file of \(fileSize) bytes"))
        }
        self.file = file
        self.type = type
        self.shape = shape
        self.fileShape = fileShape
        self.headerSize = headerSize
        self.dataSize = dataSize
    }

    /// Reads the data into `destination` (``dataSize`` bytes); then, unless a limit cut
    /// the data short, checks that nothing follows it.
    func readData(into destination: UnsafeMutableRawBufferPointer) throws(DatasetError) {
        precondition(destination.count >= dataSize, "IDXReader.readData: destination too small")
        let got = try file.read(into: UnsafeMutableRawBufferPointer(rebasing: destination[0..<dataSize]))
        try checkEnd(got)
    }

    /// Reads the data in blocks of at most `blockSize` bytes into a scratch buffer,
    /// handing each to `consume` with its offset in the data, so that a loader can
    /// convert values while they are still in cache and never holds all the raw bytes.
    ///
    /// A file that ends early is reported before `consume` sees its last, partial block.
    func readBlocks(
        blockSize: Int = 1 << 18, _ consume: (UnsafeRawBufferPointer, Int) -> Void
    ) throws(DatasetError) {
        let scratch = UnsafeMutableRawBufferPointer.allocate(
            byteCount: max(1, min(blockSize, dataSize)), alignment: 64)
        defer { scratch.deallocate() }
        var offset = 0
        while offset < dataSize {
            let want = min(scratch.count, dataSize - offset)
            let got = try file.read(into: UnsafeMutableRawBufferPointer(rebasing: scratch[0..<want]))
            guard got == want else { return try checkEnd(offset + got) }
            consume(UnsafeRawBufferPointer(rebasing: scratch[0..<want]), offset)
            offset += want
        }
        try checkEnd(offset)
    }

    /// Reports a truncation when `read` bytes of data fall short of ``dataSize``, and
    /// extra bytes after the data unless a limit cut it short.
    private func checkEnd(_ read: Int) throws(DatasetError) {
        guard read == dataSize else {
            let layout = "\(headerSize)-byte header + \(shape.map(String.init).joined(separator: "×")) "
                + "values of \(type.size) byte\(type.size == 1 ? "" : "s")"
            throw DatasetError(
                file: path, reason: .truncated(
                    expectedBytes: headerSize + dataSize, actualBytes: headerSize + read, layout: layout))
        }
        guard shape == fileShape else { return }
        let extra = try file.readToEnd().count
        if extra > 0 {
            throw DatasetError(
                file: path, reason: .trailingBytes(
                    expectedBytes: headerSize + dataSize, actualBytes: headerSize + dataSize + extra))
        }
    }
}
