import Engine
import Foundation

/// Two interleaving half circles ("two moons", as scikit-learn's `make_moons`): a data set
/// no straight line separates, the smallest test of a non-linear classifier.
///
/// The first `count / 2` points lie on the upper half of the unit circle (label 0), the
/// rest on a lower half circle centred at (1, 0.5) (label 1), evenly spaced, then every
/// coordinate gets independent normal noise of standard deviation `noise`. Points are
/// grouped by label (shuffle with `generator.permutation(count)` when the order matters).
///
/// ```swift
/// var rng = SeededGenerator(seed: 0)
/// let (points, labels) = makeMoons(count: 200, noise: 0.1, generator: &rng)
/// print(points.shape, labels[0], labels[199])  // [200, 2] 0 1
/// ```
public func makeMoons(
    count: Int, noise: Double = 0, generator: inout SeededGenerator
) -> (points: Tensor<Double>, labels: [Int]) {
    precondition(count >= 0, "makeMoons: count must not be negative, got \(count)")
    precondition(noise >= 0, "makeMoons: noise must not be negative, got \(noise)")
    let outer = count / 2
    let inner = count - outer
    var xy: [Double] = []
    xy.reserveCapacity(2 * count)
    for t in Synthetic.linspace(0, .pi, count: outer) {
        xy += [cos(t), sin(t)]
    }
    for t in Synthetic.linspace(0, .pi, count: inner) {
        xy += [1 - cos(t), 1 - sin(t) - 0.5]
    }
    Synthetic.addNoise(&xy, standardDeviation: noise, generator: &generator)
    return (Synthetic.points(xy), Array(repeating: 0, count: outer) + Array(repeating: 1, count: inner))
}
