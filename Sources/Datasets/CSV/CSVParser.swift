/// How a CSV file is read: its delimiter, which fields mean "missing", and optionally the
/// kind of some columns.
///
/// ```swift
/// var options = CSVOptions()
/// options.missingValues.insert("?")            // UCI files mark missing values with ?
/// options.columnKinds["year"] = .categorical   // numbers that are really labels
/// let table = try CSVTable(contentsOf: url, options: options)
/// ```
public struct CSVOptions: Sendable {
    /// The field separator, an ASCII character; `,` by default.
    public var delimiter: Unicode.Scalar
    /// Fields that mean "no value" (compared after trimming spaces): `""` and `NA`, as R
    /// writes them, by default.
    public var missingValues: Set<String>
    /// Kinds for named columns; the others are numeric when every present value is a
    /// number, else categorical.
    public var columnKinds: [String: CSVColumn.Kind]

    /// Options with the given settings; the defaults read R's and pandas' CSV files.
    ///
    /// ```swift
    /// let semicolons = CSVOptions(delimiter: ";")
    /// ```
    public init(
        delimiter: Unicode.Scalar = ",", missingValues: Set<String> = ["", "NA"],
        columnKinds: [String: CSVColumn.Kind] = [:]
    ) {
        self.delimiter = delimiter
        self.missingValues = missingValues
        self.columnKinds = columnKinds
    }
}

/// One record of a CSV file: its fields and where each starts, for error messages.
struct CSVRecord {
    /// The 1-based line the record starts on.
    var line: Int
    var fields: [String]
    /// The 1-based line and byte column where each field starts.
    var positions: [(line: Int, column: Int)]
}

/// Splits CSV text into records (RFC 4180): fields separated by the delimiter, records
/// by `\n` or `\r\n`; a field in double quotes may hold delimiters, line breaks and
/// quotes written twice (`""`). Blank lines are skipped, as pandas and R do.
struct CSVParser {
    private let bytes: [UInt8]
    private let name: String
    private let delimiter: UInt8
    private var index = 0
    private var line = 1
    private var lineStart = 0

    private static let quote = UInt8(ascii: "\"")
    private static let newline = UInt8(ascii: "\n")
    private static let carriageReturn = UInt8(ascii: "\r")

    init(bytes: [UInt8], name: String, delimiter: UInt8) {
        self.bytes = bytes
        self.name = name
        self.delimiter = delimiter
        // A UTF-8 byte-order mark, as spreadsheet programs write, is not part of the text.
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3; lineStart = 3 }
    }

    /// All records, the header first.
    mutating func records() throws(DatasetError) -> [CSVRecord] {
        var records: [CSVRecord] = []
        while index < bytes.count {
            if atLineEnd() {
                skipLineEnd()
                continue
            }
            records.append(try record())
        }
        return records
    }

    private mutating func record() throws(DatasetError) -> CSVRecord {
        var record = CSVRecord(line: line, fields: [], positions: [])
        while true {
            record.positions.append((line, index - lineStart + 1))
            record.fields.append(try field())
            if index < bytes.count, bytes[index] == delimiter {
                index += 1
                continue
            }
            skipLineEnd()
            return record
        }
    }

    private mutating func field() throws(DatasetError) -> String {
        guard index < bytes.count, bytes[index] == Self.quote else {
            let start = index
            while index < bytes.count, bytes[index] != delimiter, !atLineEnd() { index += 1 }
            return String(decoding: bytes[start..<index], as: UTF8.self)
        }
        let opening = DatasetError.Position.line(line, column: index - lineStart + 1)
        index += 1
        var text: [UInt8] = []
        while true {
            guard index < bytes.count else {
                throw DatasetError(file: name, position: opening, reason: .unterminatedQuote)
            }
            let byte = bytes[index]
            index += 1
            if byte == Self.quote {
                guard index < bytes.count, bytes[index] == Self.quote else { break }
                index += 1
            } else if byte == Self.newline {
                line += 1
                lineStart = index
            }
            text.append(byte)
        }
        if index < bytes.count, bytes[index] != delimiter, !atLineEnd() {
            let end = bytes[index...].prefix { $0 != delimiter && $0 != Self.newline }.prefix(20)
            throw DatasetError(
                file: name, position: .line(line, column: index - lineStart + 1),
                reason: .textAfterClosingQuote(String(decoding: end, as: UTF8.self)))
        }
        return String(decoding: text, as: UTF8.self)
    }

    /// Whether `index` is at `\n` or at a `\r\n` pair.
    private func atLineEnd() -> Bool {
        guard index < bytes.count else { return false }
        if bytes[index] == Self.newline { return true }
        return bytes[index] == Self.carriageReturn
            && (index + 1 == bytes.count || bytes[index + 1] == Self.newline)
    }

    private mutating func skipLineEnd() {
        if index < bytes.count, bytes[index] == Self.carriageReturn { index += 1 }
        if index < bytes.count, bytes[index] == Self.newline {
            index += 1
            line += 1
            lineStart = index
        }
    }
}
