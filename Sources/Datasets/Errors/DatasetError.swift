/// A data file that could not be read, naming the file, where in it the problem is, and
/// what was wrong.
///
/// Every reader in this module (CSV, IDX, PGM, gzip) throws this error rather than
/// stopping the program, and its description reads like a compiler diagnostic:
///
/// ```
/// penguins.csv:17: expected 8 fields, found 7
/// penguins.csv:4:12: unterminated quoted field (it opened here)
/// train-images-idx3-ubyte.gz: truncated: expected 47040016 bytes (16-byte header + 60000×28×28 values of 1 byte), found 1000
/// s1/1.pgm: byte 3: expected the image width (a decimal number after whitespace), found `4x`
/// ```
///
/// ```swift
/// do {
///     let table = try CSVTable(contentsOf: url)
/// } catch {
///     print(error)  // names the file, the line and what was expected
/// }
/// ```
public struct DatasetError: Error, CustomStringConvertible, Equatable, Sendable {
    /// Where in the file the problem was found.
    public enum Position: Equatable, Sendable {
        /// A 1-based line and, when it helps, a 1-based column (in bytes) in a text file.
        case line(Int, column: Int? = nil)
        /// A 0-based byte offset in a binary file (after decompression).
        case byte(Int)
    }

    /// What was wrong.
    public enum Reason: Equatable, Sendable {
        /// The file could not be opened or read; the operating system's message.
        case unreadable(String)
        /// The gzip stream is damaged or ends early; zlib's message.
        case corruptCompressedData(String)
        /// The file is shorter than its header says it must be.
        case truncated(expectedBytes: Int, actualBytes: Int, layout: String)
        /// The file holds more bytes than its header accounts for.
        case trailingBytes(expectedBytes: Int, actualBytes: Int)
        /// The first bytes are not the magic number of the expected format.
        case badMagicNumber(found: String, expected: String)
        /// A header token that is not what the format requires at that point.
        case badHeaderToken(found: String, expected: String)
        /// A value outside its allowed range, e.g. a PGM maximum of 0 or a label of 12.
        case valueOutOfRange(name: String, value: Int, allowed: String)
        /// A CSV record with the wrong number of fields.
        case wrongFieldCount(expected: Int, found: Int)
        /// A quoted CSV field that is never closed.
        case unterminatedQuote
        /// A character right after a closing quote other than a delimiter or line end.
        case textAfterClosingQuote(String)
        /// A file with nothing in it where a header was expected.
        case empty(expected: String)
        /// Two columns with the same name.
        case duplicateColumn(String)
        /// A column name that is not in the table.
        case unknownColumn(String, available: [String])
        /// A column used as the wrong kind, e.g. a categorical one in a numeric matrix.
        case wrongColumnKind(column: String, expected: String, found: String)
        /// A field of a numeric column that is not a number.
        case notANumber(column: String, field: String)
        /// Two files (or parts of one) that disagree, e.g. 60000 images but 59999 labels.
        case inconsistent(String)
    }

    /// The file's path, or the name given to in-memory input.
    public var file: String
    /// Where in the file, when it applies.
    public var position: Position?
    /// What was wrong.
    public var reason: Reason

    /// An error in `file` at `position`.
    ///
    /// ```swift
    /// let error = DatasetError(file: "iris.csv", position: .line(17), reason: .wrongFieldCount(expected: 5, found: 4))
    /// print(error)  // iris.csv:17: expected 5 fields, found 4
    /// ```
    public init(file: String, position: Position? = nil, reason: Reason) {
        self.file = file
        self.position = position
        self.reason = reason
    }

    public var description: String {
        let place: String
        switch position {
        case .line(let line, let column?): place = "\(file):\(line):\(column)"
        case .line(let line, nil): place = "\(file):\(line)"
        case .byte(let offset): place = "\(file): byte \(offset)"
        case nil: place = file
        }
        return "\(place): \(reason.message)"
    }
}

extension DatasetError.Reason {
    /// The reason in words, without the file and position.
    public var message: String {
        switch self {
        case .unreadable(let detail):
            return "cannot read the file: \(detail)"
        case .corruptCompressedData(let detail):
            return "damaged or incomplete gzip data: \(detail)"
        case .truncated(let expected, let actual, let layout):
            return "truncated: expected \(expected) bytes (\(layout)), found \(actual)"
        case .trailingBytes(let expected, let actual):
            return "expected \(expected) bytes as the header says, found \(actual): "
                + "\(actual - expected) byte\(actual - expected == 1 ? "" : "s") too many"
        case .badMagicNumber(let found, let expected):
            return "bad magic number \(found); expected \(expected)"
        case .badHeaderToken(let found, let expected):
            return "expected \(expected), found \(found)"
        case .valueOutOfRange(let name, let value, let allowed):
            return "\(name) is \(value), expected \(allowed)"
        case .wrongFieldCount(let expected, let found):
            return "expected \(expected) fields, found \(found)"
        case .unterminatedQuote:
            return "unterminated quoted field (it opened here)"
        case .textAfterClosingQuote(let text):
            return "unexpected `\(text)` after a closing quote; "
                + "a quote inside a quoted field is written twice (\"\")"
        case .empty(let expected):
            return "the file is empty; expected \(expected)"
        case .duplicateColumn(let name):
            return "the column name `\(name)` appears twice in the header"
        case .unknownColumn(let name, let available):
            return "no column `\(name)`; the columns are "
                + available.map { "`\($0)`" }.joined(separator: ", ")
        case .wrongColumnKind(let column, let expected, let found):
            return "column `\(column)` is \(found), expected \(expected)"
        case .notANumber(let column, let field):
            return "column `\(column)` holds numbers, but this field is `\(field)`"
        case .inconsistent(let detail):
            return detail
        }
    }
}
