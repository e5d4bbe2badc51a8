import Engine
import Foundation

/// A small circle inside a larger one (as scikit-learn's `make_circles`): separable by a
/// radius, not by a line, and so a classic case for features such as x² + y² or kernels.
///
/// The first `count / 2` points are evenly spaced on the unit circle (label 0), the rest
/// on a circle of radius `factor` (label 1); then every coordinate gets independent
/// normal noise of standard deviation `noise`. Points are grouped by label.
///
/// ```swift
/// var rng = SeededGenerator(seed: 0)
/// let (points, labels) = makeCircles(count: 400, noise: 0.05, factor: 0.5, generator: &rng)
/// ```
public func makeCircles(
    count: Int, noise: Double = 0, factor: Double = 0.8, generator: inout SeededGenerator
) -> (points: Tensor<Double>, labels: [Int]) {
    precondition(count >= 0, "makeCircles: count must not be negative, got \(count)")
    precondition(noise >= 0, "makeCircles: noise must not be negative, got \(noise)")
    precondition((0..<1).contains(factor), "makeCircles: factor must be in [0, 1), got \(factor)")
    let outer = count / 2
    let inner = count - outer
    var xy: [Double] = []
    xy.reserveCapacity(2 * count)
    for (n, radius) in [(outer, 1.0), (inner, factor)] {
        for i in 0..<n {
            // Endpoint excluded: 2π would repeat the point at angle 0.
            let t = 2 * .pi * Double(i) / Double(n)
            xy += [radius * cos(t), radius * sin(t)]
        }
    }
    Synthetic.addNoise(&xy, standardDeviation: noise, generator: &generator)
    return (Synthetic.points(xy), Array(repeating: 0, count: outer) + Array(repeating: 1, count: inner))
}
