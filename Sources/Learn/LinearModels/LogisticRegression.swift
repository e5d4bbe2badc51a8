import Engine
import Foundation

/// Logistic regression with an L2 penalty: the probability of each class is a softmax
/// of linear scores, `P(y = k | x) ∝ exp(w_kᵀx + b_k)` — for two classes the sigmoid of
/// the log-odds `wᵀx + b` — and the weights minimise the penalised cross-entropy
///
///     C Σᵢ −log P(yᵢ | xᵢ) + ½ ‖W‖²
///
/// (Hastie et al., *ESL* §4.4; the multinomial form is the maximum-entropy classifier).
/// As scikit-learn's `LogisticRegression` (`C` is `c`, the *inverse* of the penalty's
/// strength): binary for two classes, multinomial for more.
///
/// Solvers:
/// - ``Solver/lbfgs(memory:)``: limited-memory BFGS (Liu & Nocedal, 1989), as
///   scikit-learn's default; each iteration costs two BLAS passes over the data;
/// - ``Solver/newton``: Newton's method, iteratively reweighted least squares for two
///   classes: `H = Xᵀ S X / n + λI` with `S = diag(pᵢ(1 − pᵢ))`, quadratic convergence
///   for a `(d + 1)²` system per step.
///
/// ```swift
/// let model = try LogisticRegression(c: 1).fit(x, labels)
/// let p = try model.predictProbabilities(xTest)   // [samples, classes]
/// let predicted = try model.predict(xTest)
/// ```
public struct LogisticRegression: Classifier {
    public enum Solver: Sendable, Equatable {
        case lbfgs(memory: Int = 10)
        /// Newton's method (two classes only).
        case newton
    }

    /// The inverse penalty strength `C > 0`: smaller is more regularised; `.infinity`
    /// turns the penalty off (scikit-learn's `penalty=None`): plain maximum likelihood,
    /// whose weights grow without bound when the classes are separable.
    public var c: Double
    public var fitIntercept: Bool
    public var solver: Solver
    /// The most solver iterations.
    public var maxIterations: Int
    /// Stop when the largest gradient component of the scaled objective is below this
    /// (scikit-learn's `tol`).
    public var tolerance: Double

    public init(
        c: Double = 1, fitIntercept: Bool = true, solver: Solver = .lbfgs(),
        maxIterations: Int = 100, tolerance: Double = 1e-4
    ) {
        self.c = c
        self.fitIntercept = fitIntercept
        self.solver = solver
        self.maxIterations = maxIterations
        self.tolerance = tolerance
    }

    /// Fits to `x` (`[samples, features]`) and labels in `0..<classes`; every class in
    /// `0...labels.max()` must occur.
    public func fit(_ x: Tensor<Double>, _ labels: [Int]) throws(LearnError) -> FittedLogisticRegression {
        let operation = "LogisticRegression.fit"
        let (n, d) = try InputValidation.matrix(x, "x", in: operation)
        try InputValidation.labels(labels, rows: n, in: operation)
        guard c > 0, !c.isNaN else {
            throw LearnError(operation, "c must be a positive number or .infinity, not \(c)")
        }
        guard maxIterations >= 1 else {
            throw LearnError(operation, "maxIterations must be at least 1, not \(maxIterations)")
        }
        let classes = try classCount(labels, operation: operation)
        var loss = LogisticLoss(
            x: x.scalars, labels: labels, rows: n, columns: d, classes: classes, c: c, fitIntercept: fitIntercept)
        let start = [Double](repeating: 0, count: loss.parameterCount)
        let result: LBFGS.Result
        switch solver {
        case let .lbfgs(memory):
            guard memory >= 1 else { throw LearnError(operation, "L-BFGS memory must be at least 1, not \(memory)") }
            let optimizer = LBFGS(memory: memory, maxIterations: maxIterations, gradientTolerance: tolerance)
            result = optimizer.minimize(from: start) { theta, gradient in loss.evaluate(theta, &gradient) }
        case .newton:
            guard classes == 2 else {
                throw LearnError(operation, "the Newton solver handles two classes; use .lbfgs() for \(classes)")
            }
            var newton = NewtonLogistic(loss: loss, maxIterations: maxIterations, tolerance: tolerance)
            result = newton.minimize()
        }
        let outputs = loss.outputs
        return FittedLogisticRegression(
            coefficients: makeTensor([outputs, d], Array(result.point[0..<(outputs * d)])),
            intercepts: makeTensor([outputs], Array(result.point[(outputs * d)...])),
            classes: classes, iterations: result.iterations, converged: result.converged)
    }
}

/// The number of classes `max + 1`, checking that there are two or more and all occur.
func classCount(_ labels: [Int], operation: String) throws(LearnError) -> Int {
    let classes = (labels.max() ?? 0) + 1
    guard classes >= 2 else { throw LearnError(operation, "needs at least two classes, but every label is 0") }
    var seen = [Bool](repeating: false, count: classes)
    for label in labels { seen[label] = true }
    if let missing = seen.firstIndex(of: false) {
        throw LearnError(operation, "class \(missing) has no samples; labels must be 0..<\(classes) with every class present")
    }
    return classes
}

/// A fitted ``LogisticRegression``.
public struct FittedLogisticRegression: FittedClassifier {
    /// The weights: `[1, features]` for two classes (the log-odds of class 1, as
    /// scikit-learn), `[classes, features]` for more.
    public let coefficients: Tensor<Double>
    /// The intercepts, `[1]` or `[classes]`.
    public let intercepts: Tensor<Double>
    public let classes: Int
    /// Solver iterations made.
    public let iterations: Int
    /// Whether the gradient tolerance was reached within `maxIterations`.
    public let converged: Bool

    /// The linear scores `X Wᵀ + b`: the log-odds `[samples]` for two classes, the
    /// logits `[samples, classes]` for more.
    public func decisionFunction(_ x: Tensor<Double>) throws(LearnError) -> Tensor<Double> {
        try InputValidation.features(x, columns: coefficients.shape[1], in: "LogisticRegression.decisionFunction")
        let n = x.shape[0], d = x.shape[1], k = coefficients.shape[0]
        var z = matrixProduct(x.scalars, coefficients.scalars, m: n, n: k, k: d, transposeB: true)
        let b = intercepts.scalars
        for i in 0..<n { for j in 0..<k { z[i * k + j] += b[j] } }
        return k == 1 ? makeTensor([n], z) : makeTensor([n, k], z)
    }

    /// The probability of each class for each row, `[samples, classes]`.
    public func predictProbabilities(_ x: Tensor<Double>) throws(LearnError) -> Tensor<Double> {
        let z = try decisionFunction(x)
        if classes == 2 {
            let p1 = z.scalars.map { $0 >= 0 ? 1 / (1 + exp(-$0)) : exp($0) / (1 + exp($0)) }
            return makeTensor([p1.count, 2], p1.flatMap { [1 - $0, $0] })
        }
        return z.softmax(axis: 1)
    }

    /// The most probable class of each row.
    public func predict(_ x: Tensor<Double>) throws(LearnError) -> [Int] {
        let z = try decisionFunction(x)
        return classes == 2 ? z.scalars.map { $0 > 0 ? 1 : 0 } : z.argmax(axis: 1)
    }
}
