import Engine

/// Ridge regression (Hoerl & Kennard, 1970): least squares with an L2 penalty,
/// minimising `‖y − X w − b‖² + α ‖w‖²`, solved in closed form as
/// `w = (XᵀX + αI)⁻¹ Xᵀy` on centred data (the intercept is not penalised).
///
/// The penalty shrinks every weight towards zero, most along the directions in which
/// the data vary least — in the SVD `X = U Σ Vᵀ`, each component is scaled by
/// `σᵢ² / (σᵢ² + α)` (Hastie et al., *ESL* §3.4.1) — and makes the problem well posed
/// even when features are collinear or outnumber the samples. As scikit-learn's `Ridge`.
///
/// ```swift
/// let model = try Ridge(alpha: 1).fit(x, y)
/// print(model.coefficients)
/// ```
///
/// With more features than samples, the equivalent dual form
/// `w = Xᵀ(XXᵀ + αI)⁻¹ y` is solved instead: an `n × n` system rather than `d × d`.
public struct Ridge: Regressor {
    /// The penalty weight `α ≥ 0` (0 is ordinary least squares).
    public var alpha: Double
    public var fitIntercept: Bool

    public init(alpha: Double = 1, fitIntercept: Bool = true) {
        self.alpha = alpha
        self.fitIntercept = fitIntercept
    }

    /// Fits the weights (and intercept) to `x` (`[samples, features]`) and `y` (`[samples]`).
    public func fit(_ x: Tensor<Double>, _ y: Tensor<Double>) throws(LearnError) -> FittedLinearModel {
        let operation = "Ridge.fit"
        guard alpha >= 0, alpha.isFinite else {
            throw LearnError(operation, "alpha must be a finite number ≥ 0, not \(alpha)")
        }
        let data = try CenteredRegressionData(x, y, fitIntercept: fitIntercept, operation: operation)
        let weights: [Double]
        if data.columns > data.rows && alpha > 0 {
            weights = try dual(data, operation: operation)
        } else {
            weights = try LinearRegression.normalEquations(data, ridge: alpha, operation: operation)
        }
        return FittedLinearModel(
            coefficients: weights, intercept: fitIntercept ? data.intercept(for: weights) : 0,
            name: "Ridge")
    }

    /// `w = Xᵀ (XXᵀ + αI)⁻¹ y`, by the push-through identity.
    private func dual(_ data: CenteredRegressionData, operation: String) throws(LearnError) -> [Double] {
        let (n, d) = (data.rows, data.columns)
        let x = data.centeredX()
        var kernel = gramMatrix(x, rows: n, columns: d, ofColumns: false)
        for i in 0..<n { kernel[i * n + i] += alpha }
        guard let dualWeights = choleskySolve(kernel, n: n, data.y, rightHandSides: 1) else {
            throw LearnError(operation, "XXᵀ + αI is not positive definite; alpha \(alpha) is too small")
        }
        return matrixVectorProduct(x, rows: n, columns: d, dualWeights, transpose: true)
    }
}
