/// One measured figure, or why there is none.
enum Figure {
    /// A measurement, in the section's unit.
    case measured(Double)
    /// The reference is not installed (its Python module does not import).
    case notInstalled
    /// Our side of the comparison waits for an engine feature, e.g. "pending autodiff".
    case pending(String)
    /// The measurement failed; the reason is printed.
    case failed(String)

    var value: Double? {
        if case let .measured(value) = self { return value }
        return nil
    }
}

/// Whether a larger figure is better (GFLOP/s) or a smaller one (seconds per call).
enum Direction {
    case higherIsBetter, lowerIsBetter

    /// How many times faster `ours` is than `reference`: above 1, ours is faster.
    func speedRatio(ours: Double, reference: Double) -> Double {
        switch self {
        case .higherIsBetter: ours / reference
        case .lowerIsBetter: reference / ours
        }
    }
}

/// One line of a section: our figure and each reference's, measured in the same run.
struct Row {
    let workload: String
    let ours: Figure
    /// In the order of the section's `references`.
    let references: [Figure]
}

/// A block of the printed table: one workload family of BENCHMARKS.md.
struct Section {
    let title: String
    /// The unit of every figure, e.g. "GFLOP/s".
    let unit: String
    let direction: Direction
    /// The reference libraries, one column pair (figure, ratio) each.
    let references: [String]
    /// The speed ratio our figure must reach against the first reference, if any.
    let goal: Double?
    let rows: [Row]
    /// Lines printed under the table: versions, conditions, caveats.
    let notes: [String]
}
