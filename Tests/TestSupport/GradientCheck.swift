import Engine
import Testing

/// Central finite differences of `f` (which may return any shape) projected on the
/// cotangent `u`: the gradient of ⟨u, f(x)⟩ with respect to each point,
/// (L(x + h·eᵢ) − L(x − h·eᵢ)) / 2h. The step h ≈ ε^(1/3) balances truncation and rounding.
public func numericalGradients(
    of f: ([Tensor<Double>]) -> Tensor<Double>, at points: [Tensor<Double>],
    cotangent u: Tensor<Double>, step: Double = 1e-6
) -> [Tensor<Double>] {
    func loss(_ points: [Tensor<Double>]) -> Double {
        withoutGradients { (f(points) * u).sum().scalar }
    }
    return points.indices.map { p in
        var gradient = [Double](repeating: 0, count: points[p].count)
        for i in 0..<points[p].count {
            var plus = points, minus = points
            var up = points[p].scalars, down = points[p].scalars
            let h = step * Swift.max(1, Swift.abs(up[i]))
            up[i] += h
            down[i] -= h
            plus[p] = try! Tensor(shape: points[p].shape, scalars: up)
            minus[p] = try! Tensor(shape: points[p].shape, scalars: down)
            gradient[i] = (loss(plus) - loss(minus)) / (2 * h)
        }
        return try! Tensor(shape: points[p].shape, scalars: gradient)
    }
}

/// A seeded standard-normal tensor, for random points, directions and cotangents.
public func randomTensor(_ shape: [Int], seed: UInt64, scale: Double = 1) -> Tensor<Double> {
    var rng = SeededGenerator(seed: seed)
    return Tensor<Double>.normal(shape, standardDeviation: scale, generator: &rng)
}

/// Whether `actual` matches `expected` within `tolerance` relative to the larger of the
/// element and the tensor's largest magnitude (a norm-wise check that tolerates
/// cancellation in single elements).
public func assertCloseNormwise(
    _ actual: Tensor<Double>, _ expected: Tensor<Double>, tolerance: Double,
    _ what: String, sourceLocation: SourceLocation = #_sourceLocation
) {
    guard actual.shape == expected.shape else {
        Issue.record(
            "\(what): shape \(actual.shape), expected \(expected.shape)",
            sourceLocation: sourceLocation)
        return
    }
    let scale = Swift.max(1e-12, expected.scalars.map { Swift.abs($0) }.max() ?? 0)
    for (index, (a, e)) in zip(actual.scalars, expected.scalars).enumerated()
    where !(Swift.abs(a - e) <= tolerance * Swift.max(Swift.abs(e), scale)) {
        Issue.record(
            "\(what): element \(index) is \(a), expected \(e)", sourceLocation: sourceLocation)
        return
    }
}

/// Checks a function's derivatives at `points` in Double, four ways:
/// 1. reverse mode (⟨u, f⟩'s gradient for a random cotangent u) against central finite
///    differences;
/// 2. forward mode ⟨u, J·v⟩ for a random direction v against ⟨Jᵀu, v⟩ from reverse mode;
/// 3. the same JVP against a central difference of f along v;
/// 4. the backward pass run while recording (second order) gives the same gradients.
public func checkDerivatives(
    _ name: String, at points: [Tensor<Double>], seed: UInt64 = 1,
    tolerance: Double = 1e-6, forwardMode: Bool = true,
    sourceLocation: SourceLocation = #_sourceLocation,
    _ f: @escaping ([Tensor<Double>]) -> Tensor<Double>
) {
    let value = withoutGradients { f(points) }
    let u = randomTensor(value.shape, seed: seed &+ 100)
    let (_, pullback) = valueAndPullback(at: points, in: f)
    let reverseGradients = pullback(u)
    let numerical = numericalGradients(of: f, at: points, cotangent: u)
    for (index, (g, n)) in zip(reverseGradients, numerical).enumerated() {
        assertCloseNormwise(
            g, n, tolerance: tolerance, "\(name): reverse-mode gradient \(index) vs finite differences",
            sourceLocation: sourceLocation)
    }
    // Recorded backward pass: the same numbers, and a graph back to the points.
    let leaves = points.map { $0.requiringGradient() }
    let recorded = Engine.gradients(of: (f(leaves) * u).sum(), withRespectTo: leaves, creatingGraph: true)
    for (index, (r, g)) in zip(recorded, reverseGradients).enumerated() {
        assertCloseNormwise(
            r.detached(), g, tolerance: 1e-12, "\(name): recorded backward pass \(index)",
            sourceLocation: sourceLocation)
    }
    guard forwardMode else { return }
    let directions = points.indices.map { randomTensor(points[$0].shape, seed: seed &+ UInt64($0) &+ 200) }
    let (_, tangent) = valueAndJVP(at: points, along: directions, in: f)
    let forward = (tangent * u).sum().scalar
    let reverse = zip(reverseGradients, directions).map { ($0 * $1).sum().scalar }.reduce(0, +)
    assertCloseNormwise(
        Tensor(forward), Tensor(reverse), tolerance: 1e-10, "\(name): ⟨u, J·v⟩ vs ⟨Jᵀu, v⟩",
        sourceLocation: sourceLocation)
    let h = 1e-6
    let shifted = { (sign: Double) in
        withoutGradients { f(zip(points, directions).map { $0 + $1 * (sign * h) }) }
    }
    let difference = (shifted(1) - shifted(-1)) / (2 * h)
    assertCloseNormwise(
        tangent, difference, tolerance: tolerance, "\(name): JVP vs finite differences",
        sourceLocation: sourceLocation)
}
