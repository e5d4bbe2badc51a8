import Engine

/// k-means clustering by Lloyd's algorithm (Lloyd, 1957/1982): alternate assigning
/// each point to its nearest centre and moving each centre to the mean of its points.
/// Each step lowers the inertia `Σᵢ ‖xᵢ − μ_{c(i)}‖²`, so the iteration converges — to a
/// local minimum that depends on the start, hence careful k-means++ seeding and,
/// optionally, several starts keeping the best. It is the hard-assignment limit of EM
/// for a mixture of spherical Gaussians of equal variance (Bishop, *PRML* §9.3.2).
/// As scikit-learn's `KMeans(algorithm="lloyd")`.
///
/// ```swift
/// let kmeans = try KMeans(clusters: 3, seed: 0).fit(x)
/// print(kmeans.inertia, kmeans.iterations)
/// let clusters = try kmeans.predict(xNew)
/// ```
///
/// The assignment step is GEMM over blocks of rows (`‖x − μ‖² = ‖x‖² − 2xᵀμ + ‖μ‖²`),
/// each block also summed into its clusters while it is in cache.
/// Iteration stops when the assignments no longer change, or when the centres move
/// less than `tolerance` times the data's mean feature variance in total squared
/// distance (scikit-learn's `tol`), or after `maxIterations`. A cluster left empty is
/// given the point farthest from its centre.
public struct KMeans: Transformer {
    /// How the first centres are chosen.
    public enum Initialization: Sendable {
        /// Greedy k-means++ seeding from the estimator's seed.
        case kMeansPlusPlus
        /// These centres, `[clusters, features]` (one run only).
        case centers(Tensor<Double>)
    }

    public var clusters: Int
    public var initialization: Initialization
    /// Independent starts; the one of least inertia is kept (scikit-learn's `n_init`).
    public var starts: Int
    public var maxIterations: Int
    public var tolerance: Double
    public var seed: UInt64

    public init(
        clusters: Int, initialization: Initialization = .kMeansPlusPlus, starts: Int = 1,
        maxIterations: Int = 300, tolerance: Double = 1e-4, seed: UInt64 = 0
    ) {
        self.clusters = clusters
        self.initialization = initialization
        self.starts = starts
        self.maxIterations = maxIterations
        self.tolerance = tolerance
        self.seed = seed
    }

    /// Clusters the rows of `x` (`[samples, features]`).
    public func fit(_ x: Tensor<Double>) throws(LearnError) -> FittedKMeans {
        let operation = "KMeans.fit"
        let (n, d) = try InputValidation.matrix(x, "x", in: operation)
        try InputValidation.count(clusters, "k", atMost: n, limitName: "the number of samples", in: operation)
        guard starts >= 1, maxIterations >= 1 else {
            throw LearnError(operation, "starts and maxIterations must be at least 1")
        }
        let data = x.scalars
        var rowNorms = rowSquaredNorms(data, rows: n, columns: d)
        let means = columnMeans(data, rows: n, columns: d)
        let meanVariance = columnVariances(data, rows: n, columns: d, means: means).reduce(0, +) / Double(d)
        let lloyd = LloydIteration(
            x: data, rows: n, columns: d, clusters: clusters, rowNorms: rowNorms,
            tolerance: tolerance * meanVariance, maxIterations: maxIterations)
        rowNorms = []
        var generator = SeededGenerator(seed: seed)
        var best: FittedKMeans? = nil
        switch initialization {
        case let .centers(initial):
            guard initial.shape == [clusters, d] else {
                throw LearnError(operation, "initial centers must have shape [\(clusters), \(d)], not \(initial.shape)")
            }
            try InputValidation.finite(initial, "the initial centers", in: operation)
            best = lloyd.run(from: initial.scalars)
        case .kMeansPlusPlus:
            for _ in 0..<starts {
                let initial = kMeansPlusPlus(data, rows: n, columns: d, clusters: clusters, generator: &generator)
                let result = lloyd.run(from: initial)
                if best.map({ result.inertia < $0.inertia }) ?? true { best = result }
            }
        }
        return best!
    }
}

/// A fitted ``KMeans``.
public struct FittedKMeans: FittedTransformer {
    /// The cluster centres, `[clusters, features]`.
    public let centers: Tensor<Double>
    /// The cluster of each training row.
    public let labels: [Int]
    /// `Σᵢ ‖xᵢ − μ_{c(i)}‖²` over the training rows.
    public let inertia: Double
    /// Lloyd iterations of the kept run.
    public let iterations: Int

    /// The nearest centre of each row of `x`.
    public func predict(_ x: Tensor<Double>) throws(LearnError) -> [Int] {
        try InputValidation.features(x, columns: centers.shape[1], in: "KMeans.predict")
        return try transform(x).argmin(axis: 1)
    }

    /// The Euclidean distance of each row to each centre, `[samples, clusters]`.
    public func transform(_ x: Tensor<Double>) throws(LearnError) -> Tensor<Double> {
        try InputValidation.features(x, columns: centers.shape[1], in: "KMeans.transform")
        let k = centers.shape[0], n = x.shape[0]
        let distances = PairwiseDistances(reference: centers.scalars, count: k, dimension: centers.shape[1])
        var result = [Double](repeating: 0, count: n * k)
        distances.forEachBlock(of: x.scalars, queryCount: n) { start, rows, block in
            for i in 0..<(rows * k) { result[start * k + i] = block[i].squareRoot() }
        }
        return makeTensor([n, k], result)
    }
}
