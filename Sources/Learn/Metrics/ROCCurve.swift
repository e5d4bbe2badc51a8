import Engine

/// The receiver operating characteristic: for every threshold `t` on a score, the
/// false positive rate `FP/N` and true positive rate `TP/P` of predicting "positive"
/// when `score ≥ t` (Fawcett, "An introduction to ROC analysis", 2006). As
/// scikit-learn's `roc_curve`: thresholds in decreasing order, the first `+∞` (nothing
/// predicted positive), and by default the points on straight segments dropped.
///
/// ```swift
/// let roc = try ROCCurve(truth: labels, scores: probabilities)
/// print(roc.falsePositiveRates, roc.truePositiveRates, roc.area)
/// ```
public struct ROCCurve: Sendable {
    public let falsePositiveRates: [Double]
    public let truePositiveRates: [Double]
    /// The threshold of each point, decreasing; the first is `+∞`.
    public let thresholds: [Double]

    /// The curve of `scores` (higher means more likely positive) against binary `truth`
    /// (1 positive, 0 negative), which must hold both classes.
    public init(truth: [Int], scores: [Double], dropIntermediate: Bool = true) throws(LearnError) {
        try checkBinaryScores(truth, scores, "ROCCurve")
        // Sort by decreasing score; every distinct score is one threshold.
        let order = scores.indices.sorted { scores[$0] > scores[$1] }
        var tps: [Double] = [], fps: [Double] = [], thresholds: [Double] = []
        var tp = 0.0, fp = 0.0
        for (position, index) in order.enumerated() {
            if truth[index] == 1 { tp += 1 } else { fp += 1 }
            let isLast = position == order.count - 1
            if isLast || scores[order[position + 1]] != scores[index] {
                tps.append(tp); fps.append(fp); thresholds.append(scores[index])
            }
        }
        if dropIntermediate && tps.count > 2 {
            // Keep a point only where the curve bends (second differences nonzero).
            var keep = [0]
            for i in 1..<(tps.count - 1)
            where fps[i - 1] - 2 * fps[i] + fps[i + 1] != 0 || tps[i - 1] - 2 * tps[i] + tps[i + 1] != 0 {
                keep.append(i)
            }
            keep.append(tps.count - 1)
            (tps, fps, thresholds) = (keep.map { tps[$0] }, keep.map { fps[$0] }, keep.map { thresholds[$0] })
        }
        let positives = tps.last!, negatives = fps.last!
        falsePositiveRates = [0] + fps.map { $0 / negatives }
        truePositiveRates = [0] + tps.map { $0 / positives }
        self.thresholds = [.infinity] + thresholds
    }

    /// The area under the curve by the trapezoidal rule (equal to ``areaUnderROC(truth:scores:)``).
    public var area: Double {
        var sum = 0.0
        for i in 1..<falsePositiveRates.count {
            sum += (falsePositiveRates[i] - falsePositiveRates[i - 1])
                * (truePositiveRates[i] + truePositiveRates[i - 1]) / 2
        }
        return sum
    }
}

/// The area under the ROC curve, computed as the probability that a random positive
/// scores above a random negative, ties counting one half — the Mann–Whitney `U`
/// statistic divided by `P · N` (Hanley & McNeil, 1982):
///
///     AUROC = (Σ rank(positive) − P(P + 1)/2) / (P N),
///
/// with tied scores given their average rank. 1 is a perfect ranking, 0.5 a random one.
///
/// ```swift
/// try areaUnderROC(truth: [0, 0, 1, 1], scores: [0.1, 0.4, 0.35, 0.8])  // 0.75
/// ```
public func areaUnderROC(truth: [Int], scores: [Double]) throws(LearnError) -> Double {
    try checkBinaryScores(truth, scores, "areaUnderROC")
    let order = scores.indices.sorted { scores[$0] < scores[$1] }
    var rankSum = 0.0
    var start = 0
    while start < order.count {
        var end = start
        while end + 1 < order.count && scores[order[end + 1]] == scores[order[start]] { end += 1 }
        let averageRank = Double(start + end + 2) / 2  // ranks start at 1
        for position in start...end where truth[order[position]] == 1 { rankSum += averageRank }
        start = end + 1
    }
    let positives = Double(truth.filter { $0 == 1 }.count)
    let negatives = Double(truth.count) - positives
    return (rankSum - positives * (positives + 1) / 2) / (positives * negatives)
}

func checkBinaryScores(_ truth: [Int], _ scores: [Double], _ operation: String) throws(LearnError) {
    guard truth.count == scores.count else {
        throw LearnError(operation, "\(truth.count) labels but \(scores.count) scores")
    }
    if let bad = truth.first(where: { $0 != 0 && $0 != 1 }) {
        throw LearnError(operation, "labels must be 0 (negative) or 1 (positive), found \(bad)")
    }
    guard truth.contains(0), truth.contains(1) else {
        throw LearnError(operation, "needs both positive and negative samples; the labels hold one class only")
    }
    if let index = scores.firstIndex(where: { !$0.isFinite }) {
        throw LearnError(operation, "score \(index) is \(scores[index]); scores must be finite")
    }
}
