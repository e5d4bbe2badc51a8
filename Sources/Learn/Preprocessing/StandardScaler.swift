import Engine

/// Standardisation: each feature shifted to mean 0 and scaled to standard deviation 1,
/// `z = (x − μ) / σ`, with `μ` and `σ` (the population standard deviation) learned from
/// the data given to `fit` — the training data only, so that nothing about the test
/// set leaks into the model (Hastie, Tibshirani & Friedman, *The Elements of
/// Statistical Learning*, §7.10.2). As scikit-learn's `StandardScaler`.
///
/// ```swift
/// let scaler = try StandardScaler().fit(xTrain)
/// let zTrain = try scaler.transform(xTrain), zTest = try scaler.transform(xTest)
/// print(scaler.mean, scaler.scale)
/// ```
///
/// A constant feature has `σ = 0`; it is left unscaled (`scale` 1), as scikit-learn does.
public struct StandardScaler: Transformer {
    /// Whether to subtract the mean.
    public var withMean: Bool
    /// Whether to divide by the standard deviation.
    public var withStandardDeviation: Bool

    public init(withMean: Bool = true, withStandardDeviation: Bool = true) {
        self.withMean = withMean
        self.withStandardDeviation = withStandardDeviation
    }

    /// Learns each column's mean and standard deviation from `x` (`[samples, features]`).
    public func fit(_ x: Tensor<Double>) throws(LearnError) -> FittedStandardScaler {
        let (n, d) = try InputValidation.matrix(x, "x", in: "StandardScaler.fit")
        let means = columnMeans(x.scalars, rows: n, columns: d)
        let deviations = columnVariances(x.scalars, rows: n, columns: d, means: means).map {
            $0.squareRoot()
        }
        // A deviation at rounding level of the mean is a constant column (as scikit-learn).
        let scales = zip(deviations, means).map { deviation, mean in
            deviation < 10 * Double.ulpOfOne * Swift.max(1, Swift.abs(mean)) ? 1 : deviation
        }
        return FittedStandardScaler(
            mean: makeTensor([d], withMean ? means : [Double](repeating: 0, count: d)),
            scale: makeTensor([d], withStandardDeviation ? scales : [Double](repeating: 1, count: d)))
    }
}

/// A fitted ``StandardScaler``.
public struct FittedStandardScaler: FittedTransformer {
    /// The mean `μ` subtracted from each feature (zeros without `withMean`), `[features]`.
    public let mean: Tensor<Double>
    /// The divisor `σ` of each feature (ones without `withStandardDeviation`), `[features]`.
    public let scale: Tensor<Double>

    /// `(x − μ) / σ` row by row.
    public func transform(_ x: Tensor<Double>) throws(LearnError) -> Tensor<Double> {
        try InputValidation.features(x, columns: mean.count, in: "StandardScaler.transform")
        return makeTensor(
            x.shape,
            shiftedAndScaled(
                x.scalars, rows: x.shape[0], columns: x.shape[1], subtracting: mean.scalars,
                dividingBy: scale.scalars))
    }

    /// `z σ + μ`: the inverse of ``transform(_:)``.
    public func inverseTransform(_ z: Tensor<Double>) throws(LearnError) -> Tensor<Double> {
        try InputValidation.features(z, columns: mean.count, in: "StandardScaler.inverseTransform")
        return z * scale + mean
    }
}
