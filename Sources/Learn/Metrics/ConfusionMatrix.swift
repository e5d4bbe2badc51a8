/// The confusion matrix: `counts[i][j]` is the number of samples of true class `i`
/// predicted as class `j` (rows are the truth, as scikit-learn's `confusion_matrix`).
/// Its diagonal holds the correct predictions.
///
/// ```swift
/// let matrix = try ConfusionMatrix([0, 1, 1, 2], [0, 1, 2, 2])
/// print(matrix)
/// // true \ predicted   0   1   2
/// //                0   1   0   0
/// //                1   0   1   1
/// //                2   0   0   1
/// ```
public struct ConfusionMatrix: Sendable, Equatable, CustomStringConvertible {
    /// `counts[true class][predicted class]`.
    public let counts: [[Int]]

    /// Counts the pairs of labels, for classes `0..<classes` (by default up to the
    /// largest label seen).
    public init(_ truth: [Int], _ predicted: [Int], classes: Int? = nil) throws(LearnError) {
        try checkLabelPair(truth, predicted, "ConfusionMatrix")
        let count = classes ?? (Swift.max(truth.max() ?? 0, predicted.max() ?? 0) + 1)
        if let bad = (truth + predicted).first(where: { $0 >= count }) {
            throw LearnError("ConfusionMatrix", "label \(bad) is outside 0..<\(count)")
        }
        var counts = [[Int]](repeating: [Int](repeating: 0, count: count), count: count)
        for (t, p) in zip(truth, predicted) { counts[t][p] += 1 }
        self.counts = counts
    }

    /// The number of classes.
    public var classes: Int { counts.count }

    /// The share of samples on the diagonal.
    public var accuracy: Double {
        let total = counts.joined().reduce(0, +)
        return total == 0 ? 0 : Double((0..<classes).reduce(0) { $0 + counts[$1][$1] }) / Double(total)
    }

    /// A table with the true classes as rows and the predicted ones as columns.
    public var description: String {
        let header = "true \\ predicted"
        let width = Swift.max(3, (counts.joined().max() ?? 0).description.count, (classes - 1).description.count)
        func cell(_ text: String) -> String { String(repeating: " ", count: width - text.count) + text }
        var lines = [header + " " + (0..<classes).map { cell("\($0)") }.joined(separator: " ")]
        for (i, row) in counts.enumerated() {
            let label = String(repeating: " ", count: header.count - "\(i)".count) + "\(i)"
            lines.append(label + " " + row.map { cell("\($0)") }.joined(separator: " "))
        }
        return lines.joined(separator: "\n")
    }
}
