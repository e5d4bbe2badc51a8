import Engine

/// The k-nearest-neighbours classifier (Fix & Hodges, 1951; Cover & Hart, 1967): a
/// point gets the most common label among the `k` training points closest to it in
/// Euclidean distance. Fitting only stores the data; the work is in `predict`: brute
/// force, as scikit-learn's `algorithm="brute"`, with the distances screened by a
/// single-precision GEMM and the neighbours then ranked, provably exactly, in Double
/// (see `NearestNeighborSearch`). Tied votes go to the smallest label, tied distances
/// to the earlier training point.
///
/// ```swift
/// let knn = try KNearestNeighborsClassifier(neighbors: 5).fit(xTrain, yTrain)
/// let predicted = try knn.predict(xTest)
/// ```
///
/// Distances treat every feature alike: standardise features of different units first
/// (``StandardScaler``, or a ``Pipeline``).
public struct KNearestNeighborsClassifier: Classifier {
    /// The number of neighbours `k` that vote.
    public var neighbors: Int

    public init(neighbors: Int = 5) {
        self.neighbors = neighbors
    }

    /// Stores the training data, `x` (`[samples, features]`) and one label per row.
    public func fit(_ x: Tensor<Double>, _ labels: [Int]) throws(LearnError) -> FittedKNearestNeighbors {
        let operation = "KNearestNeighborsClassifier.fit"
        let (n, d) = try InputValidation.matrix(x, "x", in: operation)
        try InputValidation.labels(labels, rows: n, in: operation)
        try InputValidation.count(neighbors, "k", atMost: n, limitName: "the number of training samples", in: operation)
        return FittedKNearestNeighbors(
            search: NearestNeighborSearch(reference: x.scalars, count: n, dimension: d),
            labels: labels, classes: (labels.max() ?? 0) + 1, neighbors: neighbors)
    }
}

/// A fitted ``KNearestNeighborsClassifier``: the stored training set.
public struct FittedKNearestNeighbors: FittedClassifier {
    let search: NearestNeighborSearch
    /// The training labels.
    public let labels: [Int]
    /// `max label + 1`.
    public let classes: Int
    public let neighbors: Int

    /// The `k` nearest training points of each row of `x`: their indices and Euclidean
    /// distances, each `[samples][k]`, nearest first.
    public func kNeighbors(_ x: Tensor<Double>) throws(LearnError) -> (indices: [[Int]], distances: [[Double]]) {
        let (n, indices, squared) = try search(x, "kNeighbors")
        let k = neighbors
        return ((0..<n).map { Array(indices[($0 * k)..<(($0 + 1) * k)]) },
                (0..<n).map { squared[($0 * k)..<(($0 + 1) * k)].map { $0.squareRoot() } })
    }

    /// The share of the `k` neighbours in each class, `[samples, classes]`.
    public func predictProbabilities(_ x: Tensor<Double>) throws(LearnError) -> Tensor<Double> {
        let (n, indices, _) = try search(x, "predictProbabilities")
        var votes = [Double](repeating: 0, count: n * classes)
        for i in 0..<n {
            for j in 0..<neighbors { votes[i * classes + labels[indices[i * neighbors + j]]] += 1 / Double(neighbors) }
        }
        return makeTensor([n, classes], votes)
    }

    /// The majority label among each row's `k` nearest training points.
    public func predict(_ x: Tensor<Double>) throws(LearnError) -> [Int] {
        let (n, indices, _) = try search(x, "predict")
        var votes = [Int](repeating: 0, count: classes)
        return (0..<n).map { i in
            for c in 0..<classes { votes[c] = 0 }
            for j in 0..<neighbors { votes[labels[indices[i * neighbors + j]]] += 1 }
            var best = 0
            for c in 1..<Swift.max(classes, 1) where votes[c] > votes[best] { best = c }
            return best
        }
    }

    private func search(_ x: Tensor<Double>, _ method: String) throws(LearnError) -> (Int, [Int], [Double]) {
        try InputValidation.features(x, columns: search.dimension, in: "KNearestNeighborsClassifier.\(method)")
        let n = x.shape[0]
        let (indices, squared) = search.nearest(neighbors, of: x.scalars, queryCount: n)
        return (n, indices, squared)
    }
}
