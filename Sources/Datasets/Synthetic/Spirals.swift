import Engine
import Foundation

/// Interleaved spiral arms, one per class (the CS231n "spiral" data set, Karpathy 2016):
/// hard for a linear model, easy for a small network, and good to watch a decision
/// boundary bend.
///
/// Each class gets `count / classes` points (the first `count % classes` classes one
/// more). Point i of class k, one of n, has radius r = i / (n − 1) and angle
/// θ = 4k + 4r + ε, with ε normal noise of standard deviation `noise` radians, and sits at
/// (r sin θ, r cos θ). CS231n uses `noise: 0.2`. Points are grouped by class.
///
/// ```swift
/// var rng = SeededGenerator(seed: 0)
/// let (points, labels) = makeSpirals(count: 300, classes: 3, noise: 0.2, generator: &rng)
/// ```
public func makeSpirals(
    count: Int, classes: Int = 2, noise: Double = 0.2, generator: inout SeededGenerator
) -> (points: Tensor<Double>, labels: [Int]) {
    precondition(count >= 0, "makeSpirals: count must not be negative, got \(count)")
    precondition(classes > 0, "makeSpirals: classes must be positive, got \(classes)")
    precondition(noise >= 0, "makeSpirals: noise must not be negative, got \(noise)")
    var xy: [Double] = []
    var labels: [Int] = []
    xy.reserveCapacity(2 * count)
    labels.reserveCapacity(count)
    for (label, n) in Synthetic.split(count, into: classes).enumerated() {
        for radius in Synthetic.linspace(0, 1, count: n) {
            var angle = 4 * Double(label) + 4 * radius
            if noise > 0 { angle += generator.normal(mean: 0, standardDeviation: noise) }
            xy += [radius * sin(angle), radius * cos(angle)]
            labels.append(label)
        }
    }
    return (Synthetic.points(xy), labels)
}
