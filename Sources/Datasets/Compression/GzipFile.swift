import Foundation
internal import CZlib

/// A file opened for reading through zlib, so that gzip-compressed and plain files read
/// the same way: zlib inflates a gzip stream and passes any other file through unchanged.
///
/// The data sets ship compressed (Debian's Fashion-MNIST files are `*.gz`), and reading
/// them straight through zlib avoids a decompressed copy on disk. A damaged or cut-off
/// gzip stream is reported as a ``DatasetError``, never as silently short data.
///
/// ```swift
/// let bytes = try GzipFile.readAll(URL(fileURLWithPath: "/usr/share/datasets/fashion-mnist/t10k-labels-idx1-ubyte.gz"))
/// print(bytes.count)  // 10008
/// ```
public final class GzipFile {
    /// The path, named in errors.
    public let path: String
    private let handle: gzFile
    /// Decompressed bytes read so far, for the byte offsets in errors.
    public private(set) var offset = 0

    /// Opens `url` for reading.
    ///
    /// ```swift
    /// let file = try GzipFile(URL(fileURLWithPath: "data.gz"))
    /// ```
    ///
    /// - Throws: ``DatasetError`` with reason `unreadable` when the file cannot be opened.
    public init(_ url: URL) throws(DatasetError) {
        path = url.path
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
            throw DatasetError(file: path, reason: .unreadable("it is a folder"))
        }
        guard let handle = gzopen(path, "rb") else {
            throw DatasetError(file: path, reason: .unreadable(String(cString: strerror(errno))))
        }
        self.handle = handle
        // A larger input buffer than zlib's 8 KiB default: fewer system calls.
        gzbuffer(handle, 1 << 20)
    }

    deinit { gzclose(handle) }

    /// Reads up to `buffer.count` bytes into `buffer` and returns how many were read;
    /// fewer only at the end of the data.
    ///
    /// ```swift
    /// var header = [UInt8](repeating: 0, count: 4)
    /// let count = try header.withUnsafeMutableBytes { try file.read(into: $0) }
    /// ```
    ///
    /// - Throws: ``DatasetError`` when the gzip stream is damaged or ends early.
    public func read(into buffer: UnsafeMutableRawBufferPointer) throws(DatasetError) -> Int {
        guard let base = buffer.baseAddress else { return 0 }
        var total = 0
        while total < buffer.count {
            // gzread takes an unsigned int count; stay well below its limit.
            let request = min(buffer.count - total, 1 << 30)
            let count = Int(gzread(handle, base + total, UInt32(request)))
            if count < 0 { throw streamError() }
            total += count
            offset += count
            if count < request {
                // End of data: a gzip stream that stopped before its trailer leaves
                // Z_BUF_ERROR behind.
                var code: Int32 = 0
                _ = gzerror(handle, &code)
                if code != Z_OK { throw streamError() }
                break
            }
        }
        return total
    }

    /// Reads up to `count` bytes; fewer only at the end of the data.
    ///
    /// ```swift
    /// let magic = try file.read(count: 4)
    /// ```
    public func read(count: Int) throws(DatasetError) -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: count)
        let read = try self.read(into: &bytes, range: 0..<count)
        bytes.removeLast(count - read)
        return bytes
    }

    /// Reads up to `range.count` bytes into `array[range]`; returns how many were read.
    ///
    /// ```swift
    /// var data = [UInt8](repeating: 0, count: 1024)
    /// let count = try file.read(into: &data, range: 0..<1024)
    /// ```
    public func read(into array: inout [UInt8], range: Range<Int>) throws(DatasetError) -> Int {
        // `withUnsafeMutableBytes` rethrows untyped errors, so carry the result out.
        let result = array.withUnsafeMutableBytes { buffer in
            Result { () throws(DatasetError) -> Int in
                try self.read(into: UnsafeMutableRawBufferPointer(rebasing: buffer[range]))
            }
        }
        return try result.get()
    }

    /// Reads everything left.
    ///
    /// ```swift
    /// let rest = try file.readToEnd()
    /// ```
    public func readToEnd() throws(DatasetError) -> [UInt8] {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 20)
        while true {
            let count = try read(into: &chunk, range: 0..<chunk.count)
            bytes.append(contentsOf: chunk[0..<count])
            if count < chunk.count { return bytes }
        }
    }

    /// The whole decompressed content of the file at `url`.
    ///
    /// ```swift
    /// let text = String(decoding: try GzipFile.readAll(url), as: UTF8.self)
    /// ```
    public static func readAll(_ url: URL) throws(DatasetError) -> [UInt8] {
        try GzipFile(url).readToEnd()
    }

    private func streamError() -> DatasetError {
        var code: Int32 = 0
        let message = gzerror(handle, &code).map { String(cString: $0) } ?? "zlib error \(code)"
        if code == Z_ERRNO {
            return DatasetError(file: path, reason: .unreadable(String(cString: strerror(errno))))
        }
        let detail = code == Z_BUF_ERROR ? "the gzip stream ends early (\(message))" : message
        return DatasetError(
            file: path, position: .byte(offset), reason: .corruptCompressedData(detail))
    }
}
