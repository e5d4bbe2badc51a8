// Forward mode with dual tensors: the point carries a tangent, and every primitive
// pushes it forward with its JVP rule as it computes its value (Wengert, 1964; dual
// numbers, Clifford, 1873). Nothing is stored, so memory does not grow with the length
// of the computation, and one evaluation gives one directional derivative J·v.
//
// JVP rules are written with differentiable operations, so a rule run on tensors that
// require gradients is recorded (reverse-over-forward), and VJP rules run on tensors that
// carry tangents push them (forward-over-reverse: `hessianVectorProduct`). Only one
// level of forward mode is supported: nesting `valueAndJVP` inside itself would need
// tagged tangents to keep the levels apart (perturbation confusion, Siskind & Pearlmutter,
// 2005), and stops the program with a message instead.

/// The value of `f` at `points` and its directional derivative along `directions`: the
/// Jacobian-vector product Σᵢ ∂f/∂xᵢ · vᵢ, by one forward-mode evaluation.
///
/// ```swift
/// let (y, dy) = valueAndJVP(at: [x, w], along: [dx, Tensor.zeros(w.shape)]) { p in
///     tanh(matmul(p[0], p[1]))
/// }
/// ```
public func valueAndJVP<Scalar>(
    at points: [Tensor<Scalar>], along directions: [Tensor<Scalar>],
    in f: ([Tensor<Scalar>]) throws -> Tensor<Scalar>
) rethrows -> (value: Tensor<Scalar>, tangent: Tensor<Scalar>) {
    guard points.count == directions.count else {
        fatalError("valueAndJVP: \(points.count) points but \(directions.count) directions")
    }
    let context = AutodiffContext.current
    guard context.forwardLevel == 0 else {
        fatalError(
            "valueAndJVP: nested forward mode is not supported; differentiate the inner "
                + "function in reverse mode (gradient inside valueAndJVP is fine)")
    }
    let duals = zip(points, directions).map { point, direction in
        _ = checked { try ShapeRules.elementwise("valueAndJVP", point.shape, direction.shape) }
        var dual = point
        dual.tangentBox = TangentBox(direction)
        return dual
    }
    context.forwardLevel += 1
    defer { context.forwardLevel -= 1 }
    let value = try f(duals)
    var result = value  // keeps its graph node, if any, for an outer reverse mode
    result.tangentBox = nil
    return (result, value.tangent ?? .zeros(value.shape))
}

/// The value of `f` at `x` and the directional derivative J·v along `v` (the
/// Jacobian-vector product), by one forward-mode evaluation.
///
/// ```swift
/// let (y, dy) = valueAndJVP(at: Tensor<Double>([1, 2]), along: Tensor([1, 0])) { x in
///     x * x
/// }
/// print(dy)  // [2.0, 0.0]
/// ```
public func valueAndJVP<Scalar>(
    at x: Tensor<Scalar>, along v: Tensor<Scalar>,
    in f: (Tensor<Scalar>) throws -> Tensor<Scalar>
) rethrows -> (value: Tensor<Scalar>, tangent: Tensor<Scalar>) {
    try valueAndJVP(at: [x], along: [v]) { try f($0[0]) }
}

/// The Jacobian-vector product J·v of `f` at `x`, by one forward-mode evaluation.
public func jvp<Scalar>(
    at x: Tensor<Scalar>, along v: Tensor<Scalar>,
    in f: (Tensor<Scalar>) throws -> Tensor<Scalar>
) rethrows -> Tensor<Scalar> {
    try valueAndJVP(at: x, along: v, in: f).tangent
}

/// The vector-Jacobian product uᵀJ of `f` at `x`, by one reverse-mode pass.
public func vjp<Scalar>(
    at x: Tensor<Scalar>, cotangent u: Tensor<Scalar>,
    in f: (Tensor<Scalar>) throws -> Tensor<Scalar>
) rethrows -> Tensor<Scalar> {
    try valueAndPullback(at: [x]) { try f($0[0]) }.pullback(u)[0]
}
