import Engine
import Foundation

/// A mixture of Gaussians with full covariances, fitted by expectation–maximisation
/// (Dempster, Laird & Rubin, 1977; Bishop, *PRML* §9.2):
///
/// - E-step: the responsibility of component `k` for point `xᵢ`,
///   `rᵢₖ = πₖ N(xᵢ | μₖ, Σₖ) / Σⱼ πⱼ N(xᵢ | μⱼ, Σⱼ)`, computed in log space;
/// - M-step: with `Nₖ = Σᵢ rᵢₖ`, `πₖ = Nₖ / n`, `μₖ = Σᵢ rᵢₖ xᵢ / Nₖ`,
///   `Σₖ = Σᵢ rᵢₖ (xᵢ − μₖ)(xᵢ − μₖ)ᵀ / Nₖ + εI` (the `ε` keeps it positive definite).
///
/// Each round raises the mean log-likelihood `(1/n) Σᵢ log Σₖ πₖ N(xᵢ | μₖ, Σₖ)`; the
/// iteration stops when it rises by less than `tolerance`. As scikit-learn's
/// `GaussianMixture(covariance_type="full")`, including its k-means initialisation.
///
/// ```swift
/// let gmm = try GaussianMixture(components: 3, seed: 0).fit(x)
/// print(gmm.weights, gmm.means)
/// let soft = try gmm.predictProbabilities(x)   // [samples, components]
/// ```
public struct GaussianMixture: Sendable {
    public enum Initialization: Sendable {
        /// Responsibilities from one k-means run (k-means++ seeded by the estimator's seed).
        case kMeans
        /// These parameters: weights `[k]`, means `[k, d]`, covariances `[k, d, d]`.
        case parameters(weights: Tensor<Double>, means: Tensor<Double>, covariances: Tensor<Double>)
    }

    public var components: Int
    public var initialization: Initialization
    public var maxIterations: Int
    /// Stop when the mean log-likelihood rises by less than this.
    public var tolerance: Double
    /// `ε`, added to every covariance's diagonal.
    public var regularization: Double
    public var seed: UInt64

    public init(
        components: Int, initialization: Initialization = .kMeans, maxIterations: Int = 100,
        tolerance: Double = 1e-3, regularization: Double = 1e-6, seed: UInt64 = 0
    ) {
        self.components = components
        self.initialization = initialization
        self.maxIterations = maxIterations
        self.tolerance = tolerance
        self.regularization = regularization
        self.seed = seed
    }

    /// Fits the mixture to the rows of `x` (`[samples, features]`).
    public func fit(_ x: Tensor<Double>) throws(LearnError) -> FittedGaussianMixture {
        let operation = "GaussianMixture.fit"
        let (n, d) = try InputValidation.matrix(x, "x", in: operation)
        try InputValidation.count(components, "components", atMost: n, limitName: "the number of samples", in: operation)
        guard maxIterations >= 1 else { throw LearnError(operation, "maxIterations must be at least 1") }
        guard regularization >= 0 else { throw LearnError(operation, "regularization must be ≥ 0") }
        let k = components
        let em = ExpectationMaximization(x: x.scalars, rows: n, columns: d, components: k, regularization: regularization)
        var parameters: MixtureParameters
        switch initialization {
        case .kMeans:
            let labels = try KMeans(clusters: k, seed: seed).fit(x).labels
            var responsibilities = [Double](repeating: 0, count: n * k)
            for i in 0..<n { responsibilities[i * k + labels[i]] = 1 }
            parameters = em.maximize(responsibilities)
        case let .parameters(weights, means, covariances):
            guard weights.shape == [k], means.shape == [k, d], covariances.shape == [k, d, d] else {
                throw LearnError(
                    operation, "initial parameters must have shapes [\(k)], [\(k), \(d)], [\(k), \(d), \(d)]; "
                        + "got \(weights.shape), \(means.shape), \(covariances.shape)")
            }
            parameters = MixtureParameters(weights: weights.scalars, means: means.scalars, covariances: covariances.scalars)
        }
        var lowerBound = -Double.infinity
        var converged = false, iterations = 0
        for iteration in 1...maxIterations {
            let previous = lowerBound
            guard let (meanLogLikelihood, responsibilities) = em.expect(parameters) else {
                throw LearnError(operation, "a covariance matrix is not positive definite; raise regularization")
            }
            parameters = em.maximize(responsibilities)
            lowerBound = meanLogLikelihood
            iterations = iteration
            if Swift.abs(lowerBound - previous) < tolerance { converged = true; break }
        }
        guard let model = FittedGaussianMixture(parameters, dimension: d, lowerBound: lowerBound,
                                                iterations: iterations, converged: converged) else {
            throw LearnError(operation, "a covariance matrix is not positive definite; raise regularization")
        }
        return model
    }
}

/// A fitted ``GaussianMixture``.
public struct FittedGaussianMixture: Sendable {
    /// The mixing weights `πₖ`, `[components]`, summing to 1.
    public let weights: Tensor<Double>
    /// The means `μₖ`, `[components, features]`.
    public let means: Tensor<Double>
    /// The covariances `Σₖ`, `[components, features, features]`.
    public let covariances: Tensor<Double>
    /// The mean log-likelihood of the training data at the last E-step.
    public let lowerBound: Double
    public let iterations: Int
    /// Whether the likelihood stopped rising before `maxIterations`.
    public let converged: Bool
    let parameters: MixtureParameters
    let precisionFactors: [Double]

    init?(_ parameters: MixtureParameters, dimension d: Int, lowerBound: Double, iterations: Int, converged: Bool) {
        let k = parameters.weights.count
        guard let factors = ExpectationMaximization.precisionFactors(parameters, components: k, dimension: d) else { return nil }
        self.parameters = parameters
        precisionFactors = factors
        weights = makeTensor([k], parameters.weights)
        means = makeTensor([k, d], parameters.means)
        covariances = makeTensor([k, d, d], parameters.covariances)
        self.lowerBound = lowerBound
        self.iterations = iterations
        self.converged = converged
    }

    /// `log πₖ + log N(xᵢ | μₖ, Σₖ)` for every row and component, `[samples, components]`.
    func weightedLogDensities(_ x: Tensor<Double>, _ method: String) throws(LearnError) -> [Double] {
        try InputValidation.features(x, columns: means.shape[1], in: "GaussianMixture.\(method)")
        let em = ExpectationMaximization(
            x: x.scalars, rows: x.shape[0], columns: x.shape[1], components: weights.count, regularization: 0)
        return em.weightedLogDensities(parameters, factors: precisionFactors)
    }

    /// The log-density `log p(x)` of each row under the mixture, `[samples]`.
    public func scoreSamples(_ x: Tensor<Double>) throws(LearnError) -> Tensor<Double> {
        let k = weights.count
        let logs = try weightedLogDensities(x, "scoreSamples")
        let n = logs.count / k
        return makeTensor([n], (0..<n).map { logSumExp(logs[($0 * k)..<(($0 + 1) * k)]) })
    }

    /// The mean log-likelihood of the rows of `x` (scikit-learn's `score`).
    public func score(_ x: Tensor<Double>) throws(LearnError) -> Double {
        try scoreSamples(x).mean().scalar
    }

    /// The responsibilities `P(component | x)`, `[samples, components]`.
    public func predictProbabilities(_ x: Tensor<Double>) throws(LearnError) -> Tensor<Double> {
        let k = weights.count
        var logs = try weightedLogDensities(x, "predictProbabilities")
        let n = logs.count / k
        for i in 0..<n {
            let total = logSumExp(logs[(i * k)..<((i + 1) * k)])
            for c in 0..<k { logs[i * k + c] = exp(logs[i * k + c] - total) }
        }
        return makeTensor([n, k], logs)
    }

    /// The most responsible component of each row.
    public func predict(_ x: Tensor<Double>) throws(LearnError) -> [Int] {
        let k = weights.count
        let logs = try weightedLogDensities(x, "predict")
        return (0..<(logs.count / k)).map { i in
            var best = 0
            for c in 1..<k where logs[i * k + c] > logs[i * k + best] { best = c }
            return best
        }
    }

    /// The Bayesian information criterion `−2 n L̄ + p log n` on `x` (lower is better), with
    /// `p = (k − 1) + k d + k d (d + 1) / 2` free parameters.
    public func bic(_ x: Tensor<Double>) throws(LearnError) -> Double {
        let n = Double(x.shape.first ?? 0), k = Double(weights.count), d = Double(means.shape[1])
        let p = (k - 1) + k * d + k * d * (d + 1) / 2
        return -2 * (try score(x)) * n + p * log(n)
    }
}

/// `log Σ exp(vᵢ)`, with the largest value factored out.
func logSumExp(_ values: ArraySlice<Double>) -> Double {
    let largest = values.max() ?? -.infinity
    guard largest.isFinite else { return largest }
    return largest + log(values.reduce(0) { $0 + exp($1 - largest) })
}
