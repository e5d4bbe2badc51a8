import Engine

/// The share of predictions equal to the true label.
///
/// ```swift
/// try accuracy([0, 1, 1, 2], [0, 1, 2, 2])  // 0.75
/// ```
public func accuracy(_ truth: [Int], _ predicted: [Int]) throws(LearnError) -> Double {
    try checkLabelPair(truth, predicted, "accuracy")
    return Double(zip(truth, predicted).filter { $0 == $1 }.count) / Double(truth.count)
}

/// Precision `TP / (TP + FP)` for the class `positive`: of the samples predicted
/// positive, the share that are. 0 when nothing is predicted positive (scikit-learn's
/// `zero_division=0`).
///
/// ```swift
/// try precision([1, 0, 1, 1], [1, 1, 0, 1])  // 2/3
/// ```
public func precision(_ truth: [Int], _ predicted: [Int], positive: Int = 1) throws(LearnError) -> Double {
    try checkLabelPair(truth, predicted, "precision")
    return binaryCounts(truth, predicted, positive).precision
}

/// Recall `TP / (TP + FN)` for the class `positive`: of the positive samples, the share
/// predicted positive (the true positive rate, sensitivity).
public func recall(_ truth: [Int], _ predicted: [Int], positive: Int = 1) throws(LearnError) -> Double {
    try checkLabelPair(truth, predicted, "recall")
    return binaryCounts(truth, predicted, positive).recall
}

/// How per-class scores are combined into one by ``f1Score(_:_:average:)``.
public enum ScoreAveraging: Sendable, Equatable {
    /// The score of one class only, `positive`.
    case binary(positive: Int)
    /// The unweighted mean over the classes.
    case macro
    /// The mean over the classes weighted by their number of true samples.
    case weighted
}

/// The F1 score, the harmonic mean of precision and recall, `2PR / (P + R)`, for one
/// class or averaged over the classes.
///
/// ```swift
/// try f1Score(truth, predicted)                    // class 1 against the rest
/// try f1Score(truth, predicted, average: .macro)   // mean over classes
/// ```
public func f1Score(
    _ truth: [Int], _ predicted: [Int], average: ScoreAveraging = .binary(positive: 1)
) throws(LearnError) -> Double {
    try checkLabelPair(truth, predicted, "f1Score")
    switch average {
    case let .binary(positive):
        return binaryCounts(truth, predicted, positive).f1
    case .macro, .weighted:
        let scores = try ClassScores(truth, predicted)
        let weights = average == .macro
            ? [Double](repeating: 1, count: scores.f1.count) : scores.support.map(Double.init)
        let total = weights.reduce(0, +)
        return zip(scores.f1, weights).reduce(0) { $0 + $1.0 * $1.1 } / total
    }
}

/// Precision, recall, F1 and support of every class `0..<classes` (scikit-learn's
/// `precision_recall_fscore_support`), each class taken in turn as the positive one.
///
/// ```swift
/// let scores = try ClassScores(truth, predicted)
/// print(scores.precision, scores.recall, scores.f1, scores.support)
/// ```
public struct ClassScores: Sendable {
    public let precision: [Double]
    public let recall: [Double]
    public let f1: [Double]
    /// The number of true samples of each class.
    public let support: [Int]

    /// The scores of the classes `0..<classes` (by default up to the largest label seen).
    public init(_ truth: [Int], _ predicted: [Int], classes: Int? = nil) throws(LearnError) {
        try checkLabelPair(truth, predicted, "ClassScores")
        let count = classes ?? ((Swift.max(truth.max() ?? 0, predicted.max() ?? 0)) + 1)
        let counts = (0..<count).map { binaryCounts(truth, predicted, $0) }
        precision = counts.map(\.precision)
        recall = counts.map(\.recall)
        f1 = counts.map(\.f1)
        support = counts.map { $0.truePositives + $0.falseNegatives }
    }
}

/// True and false positives and negatives for one class against the rest.
struct BinaryCounts {
    var truePositives = 0, falsePositives = 0, falseNegatives = 0

    var precision: Double { ratio(truePositives, truePositives + falsePositives) }
    var recall: Double { ratio(truePositives, truePositives + falseNegatives) }
    var f1: Double { ratio(2 * truePositives, 2 * truePositives + falsePositives + falseNegatives) }

    private func ratio(_ a: Int, _ b: Int) -> Double { b == 0 ? 0 : Double(a) / Double(b) }
}

func binaryCounts(_ truth: [Int], _ predicted: [Int], _ positive: Int) -> BinaryCounts {
    var counts = BinaryCounts()
    for (t, p) in zip(truth, predicted) {
        if p == positive { if t == positive { counts.truePositives += 1 } else { counts.falsePositives += 1 } }
        else if t == positive { counts.falseNegatives += 1 }
    }
    return counts
}

/// Checks two non-empty label arrays of one length with non-negative labels.
func checkLabelPair(_ truth: [Int], _ predicted: [Int], _ operation: String) throws(LearnError) {
    guard truth.count == predicted.count else {
        throw LearnError(operation, "\(truth.count) true labels but \(predicted.count) predictions")
    }
    guard !truth.isEmpty else { throw LearnError(operation, "no labels to compare") }
    if let bad = (truth + predicted).first(where: { $0 < 0 }) {
        throw LearnError(operation, "label \(bad) is negative; labels are class indices 0, 1, 2, …")
    }
}
