/// One column of a ``CSVTable``: numbers, or categories such as a species name.
///
/// ```swift
/// switch try table.column("species") {
/// case .numeric(let values): print(values.count)
/// case .categorical(let column): print(column.categories)  // ["Adelie", "Chinstrap", "Gentoo"]
/// }
/// ```
public enum CSVColumn: Sendable {
    /// Numbers, with `.nan` where the value is missing.
    case numeric([Double])
    /// Category codes into a list of category names, with `nil` where the value is missing.
    case categorical(CategoricalColumn)

    /// The kind of a column, to override the inferred one in ``CSVOptions``.
    public enum Kind: String, Sendable {
        case numeric, categorical
    }

    /// Whether the column holds numbers or categories.
    public var kind: Kind {
        switch self {
        case .numeric: .numeric
        case .categorical: .categorical
        }
    }

    /// The number of rows.
    public var count: Int {
        switch self {
        case .numeric(let values): values.count
        case .categorical(let column): column.codes.count
        }
    }

    /// Whether the value in `row` is missing.
    ///
    /// ```swift
    /// try table.column("sex").isMissing(3)  // true: row 3 has NA
    /// ```
    public func isMissing(_ row: Int) -> Bool {
        switch self {
        case .numeric(let values): values[row].isNaN
        case .categorical(let column): column.codes[row] == nil
        }
    }

    /// The number of missing values.
    public var missingCount: Int {
        (0..<count).count(where: isMissing)
    }

    /// The column restricted to `rows`, in that order.
    func selecting(_ rows: [Int]) -> CSVColumn {
        switch self {
        case .numeric(let values): .numeric(rows.map { values[$0] })
        case .categorical(let column):
            .categorical(CategoricalColumn(codes: rows.map { column.codes[$0] }, categories: column.categories))
        }
    }
}

/// A categorical column: one code per row indexing ``categories``, `nil` when missing.
///
/// Categories are sorted, as R's factor levels and pandas' categoricals are, so the
/// codes do not depend on the order of the rows.
///
/// ```swift
/// let species = try table.categorical("species")
/// print(species.categories)   // ["Adelie", "Chinstrap", "Gentoo"]
/// print(species.codes[0])     // Optional(0)
/// print(species[0])           // Optional("Adelie")
/// ```
public struct CategoricalColumn: Equatable, Sendable {
    /// For each row, an index into ``categories``, or `nil` when the value is missing.
    public var codes: [Int?]
    /// The distinct values, sorted.
    public var categories: [String]

    /// A column with the given codes and category names.
    ///
    /// ```swift
    /// let sex = CategoricalColumn(codes: [0, 1, nil], categories: ["female", "male"])
    /// ```
    public init(codes: [Int?], categories: [String]) {
        self.codes = codes
        self.categories = categories
    }

    /// Codes values by their sorted distinct values; `nil` stays missing.
    ///
    /// ```swift
    /// CategoricalColumn(values: ["b", nil, "a", "b"]).codes  // [1, nil, 0, 1]
    /// ```
    public init(values: [String?]) {
        categories = Set(values.compactMap { $0 }).sorted()
        let index = Dictionary(uniqueKeysWithValues: categories.enumerated().map { ($1, $0) })
        codes = values.map { $0.flatMap { index[$0] } }
    }

    /// The category name in `row`, or `nil` when missing.
    public subscript(row: Int) -> String? {
        codes[row].map { categories[$0] }
    }

    /// The value of each row, `nil` where missing.
    public var values: [String?] { codes.map { $0.map { categories[$0] } } }
}
