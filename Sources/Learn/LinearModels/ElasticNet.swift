import Engine

/// The elastic net (Zou & Hastie, 2005): least squares with a mix of L1 and L2
/// penalties, minimising
///
///     (1/2n) ‖y − X w − b‖² + α ρ ‖w‖₁ + (α (1 − ρ) / 2) ‖w‖²,
///
/// by cyclic coordinate descent (Friedman, Hastie & Tibshirani, 2010). The L1 part sets
/// weights exactly to zero; the L2 part keeps groups of correlated features together.
/// `ρ = 1` is the ``Lasso``, `ρ = 0` ridge regression (with `α` scaled by `1/n`). As
/// scikit-learn's `ElasticNet` (`l1_ratio` is `ρ`).
///
/// ```swift
/// let model = try ElasticNet(alpha: 0.1, l1Ratio: 0.5).fit(x, y)
/// let path = try ElasticNet(l1Ratio: 0.5).path(x, y, count: 100)
/// ```
public struct ElasticNet: Regressor {
    /// The penalty weight `α ≥ 0`.
    public var alpha: Double
    /// The share `ρ ∈ [0, 1]` of the penalty that is L1.
    public var l1Ratio: Double
    public var fitIntercept: Bool
    /// Stop when the duality gap is below `tolerance · ‖y‖²` (scikit-learn's `tol`).
    public var tolerance: Double
    /// The most coordinate-descent sweeps over the features.
    public var maxIterations: Int

    public init(
        alpha: Double = 1, l1Ratio: Double = 0.5, fitIntercept: Bool = true,
        tolerance: Double = 1e-4, maxIterations: Int = 1000
    ) {
        self.alpha = alpha
        self.l1Ratio = l1Ratio
        self.fitIntercept = fitIntercept
        self.tolerance = tolerance
        self.maxIterations = maxIterations
    }

    /// Fits the weights (and intercept) to `x` (`[samples, features]`) and `y` (`[samples]`).
    public func fit(_ x: Tensor<Double>, _ y: Tensor<Double>) throws(LearnError) -> FittedLinearModel {
        try ElasticNetSolver.fit(
            x, y, alpha: alpha, l1Ratio: l1Ratio, fitIntercept: fitIntercept, tolerance: tolerance,
            maxIterations: maxIterations, name: "ElasticNet")
    }

    /// The weights along `count` penalties from `α_max` down to `eps · α_max` (this
    /// estimator's `alpha` is not used), each fit warm-started from the previous one.
    public func path(
        _ x: Tensor<Double>, _ y: Tensor<Double>, count: Int = 100, eps: Double = 1e-3
    ) throws(LearnError) -> RegularizationPath {
        try ElasticNetSolver.path(
            x, y, l1Ratio: l1Ratio, count: count, eps: eps, fitIntercept: fitIntercept,
            tolerance: tolerance, maxIterations: maxIterations, name: "ElasticNet")
    }
}

/// The lasso (Tibshirani, 1996): least squares with an L1 penalty, minimising
/// `(1/2n) ‖y − X w − b‖² + α ‖w‖₁` by cyclic coordinate descent, each step a soft
/// threshold. Unlike ridge, it sets weights exactly to zero: the L1 ball has corners
/// on the axes, where the level sets of the squared error tend to touch it first
/// (Hastie et al., *ESL* §3.4.3). As scikit-learn's `Lasso`.
///
/// ```swift
/// let model = try Lasso(alpha: 0.1).fit(x, y)
/// print(model.coefficients)   // some exactly 0
/// let path = try Lasso().path(x, y, count: 100)
/// ```
public struct Lasso: Regressor {
    /// The penalty weight `α ≥ 0`.
    public var alpha: Double
    public var fitIntercept: Bool
    /// Stop when the duality gap is below `tolerance · ‖y‖²` (scikit-learn's `tol`).
    public var tolerance: Double
    /// The most coordinate-descent sweeps over the features.
    public var maxIterations: Int

    public init(alpha: Double = 1, fitIntercept: Bool = true, tolerance: Double = 1e-4, maxIterations: Int = 1000) {
        self.alpha = alpha
        self.fitIntercept = fitIntercept
        self.tolerance = tolerance
        self.maxIterations = maxIterations
    }

    /// Fits the weights (and intercept) to `x` (`[samples, features]`) and `y` (`[samples]`).
    public func fit(_ x: Tensor<Double>, _ y: Tensor<Double>) throws(LearnError) -> FittedLinearModel {
        try ElasticNetSolver.fit(
            x, y, alpha: alpha, l1Ratio: 1, fitIntercept: fitIntercept, tolerance: tolerance,
            maxIterations: maxIterations, name: "Lasso")
    }

    /// The weights along `count` penalties from `α_max = max |Xᵀy| / n` (every weight
    /// zero) down to `eps · α_max` (this estimator's `alpha` is not used).
    public func path(
        _ x: Tensor<Double>, _ y: Tensor<Double>, count: Int = 100, eps: Double = 1e-3
    ) throws(LearnError) -> RegularizationPath {
        try ElasticNetSolver.path(
            x, y, l1Ratio: 1, count: count, eps: eps, fitIntercept: fitIntercept, tolerance: tolerance,
            maxIterations: maxIterations, name: "Lasso")
    }
}
