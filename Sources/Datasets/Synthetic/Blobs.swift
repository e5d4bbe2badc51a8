import Engine

/// Isotropic Gaussian clusters (as scikit-learn's `make_blobs`), the data k-means and
/// Gaussian mixtures are made for.
///
/// The points are split between the centres as evenly as possible (the first
/// `count % centers.count` centres get one more); each is its centre plus independent
/// normal noise of standard deviation `standardDeviation` on x and y, and its label is
/// the centre's index. Points are grouped by label.
///
/// ```swift
/// var rng = SeededGenerator(seed: 0)
/// let (points, labels) = makeBlobs(
///     count: 300, centers: [(-2, 0), (2, 0), (0, 3)], standardDeviation: 0.5, generator: &rng)
/// ```
public func makeBlobs(
    count: Int, centers: [(x: Double, y: Double)], standardDeviation: Double = 1,
    generator: inout SeededGenerator
) -> (points: Tensor<Double>, labels: [Int]) {
    precondition(count >= 0, "makeBlobs: count must not be negative, got \(count)")
    precondition(!centers.isEmpty, "makeBlobs: give at least one centre")
    precondition(standardDeviation >= 0, "makeBlobs: standardDeviation must not be negative, got \(standardDeviation)")
    var xy: [Double] = []
    var labels: [Int] = []
    xy.reserveCapacity(2 * count)
    labels.reserveCapacity(count)
    for (label, (center, n)) in zip(centers, Synthetic.split(count, into: centers.count)).enumerated() {
        for _ in 0..<n {
            xy.append(generator.normal(mean: center.x, standardDeviation: standardDeviation))
            xy.append(generator.normal(mean: center.y, standardDeviation: standardDeviation))
            labels.append(label)
        }
    }
    return (Synthetic.points(xy), labels)
}

/// Gaussian clusters around `centers` random centres drawn uniformly from the box
/// [-10, 10) × [-10, 10) (scikit-learn's default), then as `makeBlobs` with those
/// centres.
///
/// ```swift
/// var rng = SeededGenerator(seed: 0)
/// let (points, labels) = makeBlobs(count: 300, centers: 3, generator: &rng)
/// ```
public func makeBlobs(
    count: Int, centers: Int, standardDeviation: Double = 1, generator: inout SeededGenerator
) -> (points: Tensor<Double>, labels: [Int]) {
    precondition(centers > 0, "makeBlobs: give at least one centre, got \(centers)")
    let drawn = (0..<centers).map { _ in
        (x: generator.uniform(in: -10..<10), y: generator.uniform(in: -10..<10))
    }
    return makeBlobs(count: count, centers: drawn, standardDeviation: standardDeviation, generator: &generator)
}
