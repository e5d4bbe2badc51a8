import Engine
import Foundation

/// A table read from a CSV file with a header row: named columns of numbers (missing
/// values as NaN) or categories (codes into sorted names, missing values as `nil`).
///
/// A column is numeric when every value present parses as a number, categorical
/// otherwise; ``CSVOptions/columnKinds`` overrides that. Fields listed in
/// ``CSVOptions/missingValues`` (`""` and `NA` by default) are missing.
///
/// ```swift
/// let penguins = try CSVTable(contentsOf: URL(fileURLWithPath: "penguins.csv"))
/// print(penguins)  // 344 rows × 8 columns, each column's kind and missing count
/// let x = try penguins.droppingMissing(in: ["bill_length_mm", "flipper_length_mm"])
///     .matrix(["bill_length_mm", "flipper_length_mm"])  // Tensor<Double> [342, 2]
/// ```
public struct CSVTable: Sendable, CustomStringConvertible {
    /// The file path, or the name given to in-memory text; used in errors.
    public var name: String
    /// The column names, from the header row.
    public private(set) var columnNames: [String]
    /// The columns, in header order.
    public private(set) var columns: [CSVColumn]
    /// The number of rows after the header.
    public private(set) var rowCount: Int

    /// Reads the CSV file at `url` (gzip-compressed or not).
    ///
    /// - Throws: ``DatasetError`` as `file:line:column: reason` for a record with the wrong
    ///   number of fields, an unterminated quote, text after a closing quote, a duplicate
    ///   column name, or a non-number in a column declared numeric.
    public init(contentsOf url: URL, options: CSVOptions = CSVOptions()) throws(DatasetError) {
        try self.init(bytes: GzipFile.readAll(url), name: url.path, options: options)
    }

    /// Parses CSV text held in memory; `name` is used in errors.
    ///
    /// ```swift
    /// let table = try CSVTable(string: "x,kind\n1.5,a\nNA,b\n", name: "tiny.csv")
    /// print(try table.numbers("x"))  // [1.5, nan]
    /// ```
    public init(string: String, name: String = "<string>", options: CSVOptions = CSVOptions()) throws(DatasetError) {
        try self.init(bytes: Array(string.utf8), name: name, options: options)
    }

    /// Parses CSV bytes (UTF-8); `name` is used in errors.
    public init(bytes: [UInt8], name: String, options: CSVOptions = CSVOptions()) throws(DatasetError) {
        let delimiter = options.delimiter
        precondition(
            delimiter.isASCII && !["\"", "\n", "\r"].contains(delimiter),
            "CSVOptions: the delimiter must be an ASCII character other than a quote or a line break")
        var parser = CSVParser(bytes: bytes, name: name, delimiter: UInt8(delimiter.value))
        let records = try parser.records()
        guard let header = records.first else {
            throw DatasetError(file: name, reason: .empty(expected: "a header row naming the columns"))
        }
        var seen = Set<String>()
        for (field, position) in zip(header.fields, header.positions) where !seen.insert(field).inserted {
            throw DatasetError(
                file: name, position: .line(position.line, column: position.column),
                reason: .duplicateColumn(field))
        }
        for column in options.columnKinds.keys where !seen.contains(column) {
            throw DatasetError(
                file: name, position: .line(header.line),
                reason: .unknownColumn(column, available: header.fields))
        }
        let rows = records.dropFirst()
        for record in rows where record.fields.count != header.fields.count {
            throw DatasetError(
                file: name, position: .line(record.line),
                reason: .wrongFieldCount(expected: header.fields.count, found: record.fields.count))
        }

        self.name = name
        self.columnNames = header.fields
        self.rowCount = rows.count
        self.columns = []
        for (index, columnName) in header.fields.enumerated() {
            let fields = rows.map { $0.fields[index] }
            let present: [String?] = fields.map { field in
                let trimmed = field.trimmingCharacters(in: .whitespaces)
                return options.missingValues.contains(trimmed) ? nil : trimmed
            }
            let numbers = present.map { $0.map { Double($0) } }
            let kind = options.columnKinds[columnName]
                ?? (numbers.allSatisfy { $0 == nil || $0! != nil } ? .numeric : .categorical)
            switch kind {
            case .numeric:
                if let row = numbers.firstIndex(where: { $0 != nil && $0! == nil }) {
                    let record = rows[rows.startIndex + row]
                    let position = record.positions[index]
                    throw DatasetError(
                        file: name, position: .line(position.line, column: position.column),
                        reason: .notANumber(column: columnName, field: fields[row]))
                }
                columns.append(.numeric(numbers.map { ($0 ?? .nan) ?? .nan }))
            case .categorical:
                columns.append(.categorical(CategoricalColumn(values: present)))
            }
        }
    }

    /// The column called `name`.
    ///
    /// - Throws: ``DatasetError`` listing the column names when there is none called `name`.
    public func column(_ name: String) throws(DatasetError) -> CSVColumn {
        guard let index = columnNames.firstIndex(of: name) else {
            throw DatasetError(file: self.name, reason: .unknownColumn(name, available: columnNames))
        }
        return columns[index]
    }

    /// The numbers in column `name`, NaN where missing.
    ///
    /// ```swift
    /// let mass = try penguins.numbers("body_mass_g")  // [3750.0, 3800.0, 3250.0, nan, ...]
    /// ```
    ///
    /// - Throws: ``DatasetError`` when the column is missing or categorical.
    public func numbers(_ name: String) throws(DatasetError) -> [Double] {
        guard case .numeric(let values) = try column(name) else {
            throw DatasetError(
                file: self.name,
                reason: .wrongColumnKind(column: name, expected: "numeric", found: "categorical"))
        }
        return values
    }

    /// The categorical column `name`.
    ///
    /// ```swift
    /// let species = try penguins.categorical("species")
    /// print(species.categories)  // ["Adelie", "Chinstrap", "Gentoo"]
    /// ```
    ///
    /// - Throws: ``DatasetError`` when the column is missing or numeric.
    public func categorical(_ name: String) throws(DatasetError) -> CategoricalColumn {
        guard case .categorical(let column) = try column(name) else {
            throw DatasetError(
                file: self.name,
                reason: .wrongColumnKind(column: name, expected: "categorical", found: "numeric"))
        }
        return column
    }

    /// The numeric columns `names` side by side: a `[rowCount, names.count]` matrix, NaN
    /// where a value is missing.
    ///
    /// ```swift
    /// let x = try penguins.matrix(["bill_length_mm", "bill_depth_mm"])  // [344, 2]
    /// ```
    ///
    /// - Throws: ``DatasetError`` for an unknown or categorical column (encode categories
    ///   explicitly, e.g. one-hot, rather than treating codes as numbers).
    public func matrix(_ names: [String]) throws(DatasetError) -> Tensor<Double> {
        var columnValues: [[Double]] = []
        for name in names { columnValues.append(try numbers(name)) }
        var scalars = [Double](repeating: 0, count: rowCount * names.count)
        for (j, values) in columnValues.enumerated() {
            for i in 0..<rowCount { scalars[i * names.count + j] = values[i] }
        }
        return makeTensor(shape: [rowCount, names.count], scalars: scalars)
    }

    /// The table with only the given rows, in that order.
    ///
    /// ```swift
    /// let firstTen = table.selectingRows(Array(0..<10))
    /// ```
    public func selectingRows(_ rows: [Int]) -> CSVTable {
        var copy = self
        copy.columns = columns.map { $0.selecting(rows) }
        copy.rowCount = rows.count
        return copy
    }

    /// The table without the rows that miss a value in any of `names` (every column when
    /// `names` is `nil`).
    ///
    /// ```swift
    /// let complete = try penguins.droppingMissing()  // 333 of 344 rows
    /// ```
    public func droppingMissing(in names: [String]? = nil) throws(DatasetError) -> CSVTable {
        var checked: [CSVColumn] = []
        for name in names ?? columnNames { checked.append(try column(name)) }
        let kept = (0..<rowCount).filter { row in !checked.contains { $0.isMissing(row) } }
        return selectingRows(kept)
    }

    /// A summary: the size, then each column's kind, categories and missing count.
    public var description: String {
        let width = columnNames.map(\.count).max() ?? 0
        var lines = ["\((name as NSString).lastPathComponent): \(rowCount) rows × \(columnNames.count) columns"]
        for (columnName, column) in zip(columnNames, columns) {
            var text = "  " + columnName.padding(toLength: width, withPad: " ", startingAt: 0) + "  "
            switch column {
            case .numeric: text += "numeric"
            case .categorical(let categorical):
                let shown = categorical.categories.prefix(5)
                    .map { $0.replacingOccurrences(of: "\n", with: "\\n") }.joined(separator: ", ")
                let more = categorical.categories.count > 5 ? ", …" : ""
                text += "categorical (\(categorical.categories.count): \(shown)\(more))"
            }
            let missing = column.missingCount
            if missing > 0 { text += ", \(missing) missing" }
            lines.append(text)
        }
        return lines.joined(separator: "\n")
    }
}
