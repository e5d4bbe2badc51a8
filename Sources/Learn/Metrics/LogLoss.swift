import Engine
import Foundation

/// The log-loss (cross-entropy) of predicted probabilities: the mean negative log of
/// the probability given to the true class, `−(1/n) Σᵢ log pᵢ(yᵢ)`, the quantity
/// logistic regression minimises. Probabilities are clipped to `[ε, 1 − ε]` (ε the
/// machine epsilon) so that a confident mistake costs a large but finite amount, as
/// scikit-learn's `log_loss`.
///
/// Binary: `probabilities[i]` is the probability of class 1.
///
/// ```swift
/// try logLoss(truth: [1, 0], probabilities: [0.9, 0.2])  // (−log 0.9 − log 0.8) / 2
/// ```
public func logLoss(truth: [Int], probabilities: [Double]) throws(LearnError) -> Double {
    guard truth.count == probabilities.count, !truth.isEmpty else {
        throw LearnError("logLoss", "\(truth.count) labels but \(probabilities.count) probabilities")
    }
    if let bad = truth.first(where: { $0 != 0 && $0 != 1 }) {
        throw LearnError("logLoss", "binary labels must be 0 or 1, found \(bad); pass a [samples, classes] tensor for more classes")
    }
    if let index = probabilities.firstIndex(where: { !($0 >= 0 && $0 <= 1) }) {
        throw LearnError("logLoss", "probability \(index) is \(probabilities[index]), outside [0, 1]")
    }
    let eps = Double.ulpOfOne
    var total = 0.0
    for (label, p) in zip(truth, probabilities) {
        let clipped = Swift.min(Swift.max(p, eps), 1 - eps)
        total -= label == 1 ? log(clipped) : log(1 - clipped)
    }
    return total / Double(truth.count)
}

/// The log-loss of a `[samples, classes]` matrix of predicted probabilities (each row
/// summing to 1, as ``FittedLogisticRegression/predictProbabilities(_:)`` returns).
public func logLoss(truth: [Int], probabilities: Tensor<Double>) throws(LearnError) -> Double {
    let (n, k) = try InputValidation.matrix(probabilities, "probabilities", in: "logLoss")
    try InputValidation.labels(truth, rows: n, classes: k, in: "logLoss")
    let eps = Double.ulpOfOne
    let p = probabilities.scalars
    var total = 0.0
    for i in 0..<n {
        // Rows are renormalised after clipping, as scikit-learn does.
        var rowSum = 0.0
        for j in 0..<k { rowSum += Swift.min(Swift.max(p[i * k + j], eps), 1 - eps) }
        total -= log(Swift.min(Swift.max(p[i * k + truth[i]], eps), 1 - eps) / rowSum)
    }
    return total / Double(n)
}
