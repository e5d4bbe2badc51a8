import Engine

/// Ordinary least squares: the weights minimising the squared error `‖y − X w − b‖²`,
/// which is the maximum-likelihood fit when `y = X w + b + ε` with Gaussian noise `ε`
/// (Hastie, Tibshirani & Friedman, *The Elements of Statistical Learning*, §3.2).
///
/// Four solvers reach the same minimum by different roads:
///
/// - ``Solver/normalEquations``: solve `XᵀX w = Xᵀy` by Cholesky — fast, but squares
///   the condition number of `X`;
/// - ``Solver/qr``: `X = QR`, then `R w = Qᵀy` by back substitution (Golub & Van Loan,
///   §5.3) — as accurate as the data allow; the default, falling back to the SVD when
///   `X` is rank deficient;
/// - ``Solver/svd``: the minimum-norm solution `w = V Σ⁺ Uᵀ y` (LAPACK `gelsd`, as
///   scikit-learn's `LinearRegression`), defined even when features are collinear;
/// - ``Solver/gradientDescent(learningRate:iterations:tolerance:)``: repeated steps
///   `w ← w − η Xᵀ(Xw − y)/n` down the gradient of the mean squared error / 2.
///
/// The intercept is fitted by centring `X` and `y` first (`b = ȳ − x̄ᵀw`).
///
/// ```swift
/// let model = try LinearRegression(solver: .qr).fit(x, y)
/// print(model.coefficients, model.intercept)
/// let predictions = try model.predict(xTest)
/// ```
public struct LinearRegression: Regressor {
    /// How the least-squares problem is solved.
    public enum Solver: Sendable, Equatable {
        case normalEquations
        case qr
        case svd
        /// Full-batch gradient descent from `w = 0`, stopping after `iterations` steps or
        /// when every component of the gradient is below `tolerance`.
        case gradientDescent(learningRate: Double = 0.1, iterations: Int = 10_000, tolerance: Double = 1e-10)
    }

    public var solver: Solver
    public var fitIntercept: Bool

    public init(solver: Solver = .qr, fitIntercept: Bool = true) {
        self.solver = solver
        self.fitIntercept = fitIntercept
    }

    /// Fits the weights (and intercept) to `x` (`[samples, features]`) and `y` (`[samples]`).
    ///
    /// Throws when the shapes disagree, the data hold NaN or infinity, or (normal
    /// equations) when `XᵀX` is singular.
    public func fit(_ x: Tensor<Double>, _ y: Tensor<Double>) throws(LearnError) -> FittedLinearModel {
        let operation = "LinearRegression.fit"
        let data = try CenteredRegressionData(x, y, fitIntercept: fitIntercept, operation: operation)
        var iterations = 1
        let weights: [Double]
        switch solver {
        case .normalEquations:
            weights = try Self.normalEquations(data, ridge: 0, operation: operation)
        case .qr:
            if let solution = Self.qrSolution(data) {
                weights = solution
            } else {
                weights = try Self.svdSolution(data, operation: operation)
            }
        case .svd:
            weights = try Self.svdSolution(data, operation: operation)
        case let .gradientDescent(learningRate, maxIterations, tolerance):
            guard learningRate > 0, maxIterations >= 1 else {
                throw LearnError(operation, "gradient descent needs a positive learning rate and at least one iteration")
            }
            (weights, iterations) = Self.gradientDescent(
                data, learningRate: learningRate, iterations: maxIterations, tolerance: tolerance)
        }
        return FittedLinearModel(
            coefficients: weights, intercept: fitIntercept ? data.intercept(for: weights) : 0,
            iterations: iterations, name: "LinearRegression")
    }

    /// `(XᵀX + λI) w = Xᵀy` by Cholesky; shared with ``Ridge``.
    static func normalEquations(
        _ data: CenteredRegressionData, ridge: Double, operation: String
    ) throws(LearnError) -> [Double] {
        let d = data.columns
        var (gram, xty) = data.centeredGram()
        for j in 0..<d { gram[j * d + j] += ridge }
        guard let w = choleskySolve(gram, n: d, xty, rightHandSides: 1) else {
            throw LearnError(
                operation, "XᵀX is singular (collinear or constant features, or fewer samples than "
                    + "features); use the .qr or .svd solver, or Ridge")
        }
        return w
    }

    /// Householder QR of the augmented matrix `[X | y]`: its `R` holds `R` and `Qᵀy` side
    /// by side, so one `geqrf` and one triangular solve give `w`. `nil` when `X` is
    /// numerically rank deficient (or has fewer rows than columns).
    static func qrSolution(_ data: CenteredRegressionData) -> [Double]? {
        let (n, d) = (data.rows, data.columns)
        guard n >= d else { return nil }
        let width = d + 1
        var augmented = [Double](unsafeUninitializedCapacity: n * width) { out, initialized in
            data.raw.withUnsafeBufferPointer { x in
                data.xMeans.withUnsafeBufferPointer { means in
                    for i in 0..<n {
                        let source = x.baseAddress! + i * d, target = out.baseAddress! + i * width
                        for j in 0..<d { target[j] = source[j] - means[j] }
                        target[d] = data.y[i]
                    }
                }
            }
            initialized = n * width
        }
        var tau = [Double](repeating: 0, count: min(n, width))
        let info = augmented.withUnsafeMutableBufferPointer { a in
            tau.withUnsafeMutableBufferPointer {
                Double.geqrf(m: n, n: width, a: a.baseAddress!, lda: width, tau: $0.baseAddress!)
            }
        }
        guard info == 0 else { return nil }
        let diagonal = (0..<d).map { Swift.abs(augmented[$0 * width + $0]) }
        let largest = diagonal.max() ?? 0
        guard largest > 0, diagonal.allSatisfy({ $0 > largest * Double(Swift.max(n, d)) * .ulpOfOne }) else {
            return nil
        }
        var r = [Double](repeating: 0, count: d * d)
        var qty = [Double](repeating: 0, count: d)
        for i in 0..<d {
            for j in i..<d { r[i * d + j] = augmented[i * width + j] }
            qty[i] = augmented[i * width + d]
        }
        let status = qty.withUnsafeMutableBufferPointer { b in
            r.withUnsafeBufferPointer {
                Double.trtrs(
                    lower: false, transpose: false, unitDiagonal: false, n: d, nrhs: 1,
                    a: $0.baseAddress!, lda: d, b: b.baseAddress!, ldb: 1)
            }
        }
        return status == 0 ? qty : nil
    }

    /// The minimum-norm least-squares solution by SVD (`gelsd`).
    static func svdSolution(_ data: CenteredRegressionData, operation: String) throws(LearnError) -> [Double] {
        do {
            return try leastSquares(
                makeTensor([data.rows, data.columns], data.centeredX()), makeTensor([data.rows], data.y)
            ).solution.scalars
        } catch {
            throw LearnError(operation, "\(error)")
        }
    }

    /// Gradient descent on `L(w) = ‖Xw − y‖² / 2n`, whose gradient is `Xᵀ(Xw − y)/n`.
    static func gradientDescent(
        _ data: CenteredRegressionData, learningRate: Double, iterations: Int, tolerance: Double
    ) -> (weights: [Double], iterations: Int) {
        let (n, d) = (data.rows, data.columns)
        let x = data.centeredX()
        var w = [Double](repeating: 0, count: d)
        for step in 1...iterations {
            var residual = matrixVectorProduct(x, rows: n, columns: d, w)
            for i in 0..<n { residual[i] -= data.y[i] }
            let gradient = matrixVectorProduct(x, rows: n, columns: d, residual, transpose: true)
            var largest = 0.0
            for j in 0..<d {
                let g = gradient[j] / Double(n)
                w[j] -= learningRate * g
                largest = Swift.max(largest, Swift.abs(g))
            }
            if largest < tolerance { return (w, step) }
        }
        return (w, iterations)
    }
}
