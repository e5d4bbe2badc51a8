import Engine

/// The coefficient of determination `R² = 1 − Σ(yᵢ − ŷᵢ)² / Σ(yᵢ − ȳ)²`: the share of
/// the variance of `y` that the predictions explain. 1 is a perfect fit, 0 is no better
/// than predicting the mean, and it is negative for worse. A constant `y` gives 1 for a
/// perfect prediction and 0 otherwise (as scikit-learn's `r2_score`).
///
/// ```swift
/// try r2Score(Tensor([1, 2, 3]), Tensor([1, 2, 4]))  // 0.5
/// ```
public func r2Score(_ truth: Tensor<Double>, _ predicted: Tensor<Double>) throws(LearnError) -> Double {
    let (y, yHat) = try regressionPair(truth, predicted, "r2Score")
    let mean = y.reduce(0, +) / Double(y.count)
    var residual = 0.0, total = 0.0
    for i in y.indices {
        residual += (y[i] - yHat[i]) * (y[i] - yHat[i])
        total += (y[i] - mean) * (y[i] - mean)
    }
    if total == 0 { return residual == 0 ? 1 : 0 }
    return 1 - residual / total
}

/// The mean squared error `Σ(yᵢ − ŷᵢ)² / n`.
///
/// ```swift
/// try meanSquaredError(Tensor([1, 2, 3]), Tensor([1, 2, 4]))  // 0.333…
/// ```
public func meanSquaredError(_ truth: Tensor<Double>, _ predicted: Tensor<Double>) throws(LearnError) -> Double {
    let (y, yHat) = try regressionPair(truth, predicted, "meanSquaredError")
    return zip(y, yHat).reduce(0) { $0 + ($1.0 - $1.1) * ($1.0 - $1.1) } / Double(y.count)
}

/// The mean absolute error `Σ|yᵢ − ŷᵢ| / n`.
public func meanAbsoluteError(_ truth: Tensor<Double>, _ predicted: Tensor<Double>) throws(LearnError) -> Double {
    let (y, yHat) = try regressionPair(truth, predicted, "meanAbsoluteError")
    return zip(y, yHat).reduce(0) { $0 + Swift.abs($1.0 - $1.1) } / Double(y.count)
}

/// Checks two non-empty, finite vectors of one length and returns their elements.
func regressionPair(
    _ truth: Tensor<Double>, _ predicted: Tensor<Double>, _ operation: String
) throws(LearnError) -> ([Double], [Double]) {
    guard truth.rank == 1, predicted.rank == 1 else {
        throw LearnError(operation, "expects two vectors, got shapes \(truth.shape) and \(predicted.shape)")
    }
    guard truth.count == predicted.count else {
        throw LearnError(operation, "\(truth.count) true values but \(predicted.count) predictions")
    }
    guard truth.count > 0 else { throw LearnError(operation, "no values to compare") }
    try InputValidation.finite(truth, "the true values", in: operation)
    try InputValidation.finite(predicted, "the predictions", in: operation)
    return (truth.scalars, predicted.scalars)
}
