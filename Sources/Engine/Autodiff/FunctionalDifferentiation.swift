// The functional side of reverse mode, as in JAX and MLX: differentiate a Swift closure
// at a point. Built on the same graph and backward pass as `backward()`.
//
// The closure's argument is a fresh node of its own. If the point already takes part in
// an outer differentiation, that node is an identity operation on it, and the backward
// pass is recorded (gradient of a gradient); otherwise it is a new leaf and the pass is
// plain. Tangents ride along, so `valueAndJVP` around `gradient` gives
// forward-over-reverse Hessian-vector products.
//
// Every entry point rethrows: a function that calls a throwing operation (`solve`,
// `cholesky`) is differentiated with `try gradient(at: a) { try solve($0, b).sum() }`.
// An error leaves nothing behind: the partial graph is dropped with the closure's
// locals, and the recording and forward-mode states are restored on the way out.

/// The closure's arguments: identity nodes on points that are already tracked in an
/// outer differentiation, fresh leaves otherwise.
@_specialize(where Scalar == Float)
@_specialize(where Scalar == Double)
private func differentiableArguments<Scalar>(
    _ points: [Tensor<Scalar>], outerRecording: Bool
) -> [Tensor<Scalar>] {
    points.map { point in
        guard point.node != nil, outerRecording else {
            var leaf = point
            leaf.node = GraphNode.leaf()
            return leaf
        }
        return Tensor.unaryPrimitive(
            "argument", point, point.primal, vjp: { g, _, _ in g }, jvp: { t, _, _ in t })
    }
}

/// Evaluates `f` on fresh argument nodes, recording even inside `withoutGradients`.
@_specialize(where Scalar == Float)
@_specialize(where Scalar == Double)
private func trace<Scalar>(
    _ points: [Tensor<Scalar>], _ f: ([Tensor<Scalar>]) throws -> Tensor<Scalar>
) rethrows -> (value: Tensor<Scalar>, targets: [GraphNode<Scalar>], outerRecording: Bool) {
    let context = AutodiffContext.current
    let outerRecording = context.isRecording
    return try context.recording(true) {
        let arguments = differentiableArguments(points, outerRecording: outerRecording)
        return (try f(arguments), arguments.map { $0.node! }, outerRecording)
    }
}

/// The cotangents of the points for one seed; `nested` records the pass.
@_specialize(where Scalar == Float)
@_specialize(where Scalar == Double)
private func pull<Scalar>(
    _ value: Tensor<Scalar>, _ seed: Tensor<Scalar>, _ targets: [GraphNode<Scalar>],
    _ points: [Tensor<Scalar>], creatingGraph: Bool?, outerRecording: Bool
) -> (cotangents: [Tensor<Scalar>], recorded: Bool) {
    guard let root = value.node else { return (points.map { .zeros($0.shape) }, false) }
    let (cotangents, recorded) = AutodiffContext.current.recording(outerRecording) {
        Backpropagation.run(
            from: root, seed: seed, targets: targets, creatingGraph: creatingGraph,
            accumulatingIntoLeaves: false)
    }
    return (zip(cotangents, points).map { $0 ?? .zeros($1.shape) }, recorded)
}

/// The value of `f` at `points` and the pullback that maps a cotangent of the value to
/// cotangents of the points (the vector-Jacobian product), reusable for many cotangents.
///
/// ```swift
/// let (y, pullback) = valueAndPullback(at: [x]) { xs in tanh(xs[0]) }
/// let row = pullback(Tensor<Double>([1, 0, 0]))[0]  // first row of the Jacobian
/// ```
public func valueAndPullback<Scalar>(
    at points: [Tensor<Scalar>], in f: ([Tensor<Scalar>]) throws -> Tensor<Scalar>
) rethrows -> (value: Tensor<Scalar>, pullback: (Tensor<Scalar>) -> [Tensor<Scalar>]) {
    var (value, targets, outerRecording) = try trace(points, f)
    let nested = outerRecording
        && value.node.map { Backpropagation.reachesOutside(from: $0, targets: targets) } == true
    let traced = value
    let pullback = { (seed: Tensor<Scalar>) -> [Tensor<Scalar>] in
        _ = checked { try ShapeRules.elementwise("pullback", traced.shape, seed.shape) }
        return pull(
            traced, seed, targets, points, creatingGraph: nested, outerRecording: outerRecording
        ).cotangents
    }
    if !nested { value.node = nil }
    return (value, pullback)
}

/// The value of `f` at `points` and its gradient with respect to each point; `f` must
/// return one element (a loss).
///
/// ```swift
/// let (loss, grads) = valueAndGradient(at: [w, b]) { p in
///     square(matmul(x, p[0]) + p[1] - y).mean()
/// }
/// ```
@_specialize(where Scalar == Float)
@_specialize(where Scalar == Double)
public func valueAndGradient<Scalar>(
    at points: [Tensor<Scalar>], in f: ([Tensor<Scalar>]) throws -> Tensor<Scalar>
) rethrows -> (value: Tensor<Scalar>, gradients: [Tensor<Scalar>]) {
    var (value, targets, outerRecording) = try trace(points, f)
    let seed = Tensor.defaultSeed(like: value, operation: "valueAndGradient")
    let (gradients, recorded) = pull(
        value, seed, targets, points, creatingGraph: nil, outerRecording: outerRecording)
    // The value keeps its graph only inside an outer differentiation.
    if !recorded { value.node = nil }
    return (value, gradients)
}

/// The value of `f` at `x` and the gradient ∇f(x); `f` must return one element.
///
/// ```swift
/// let (value, gradient) = valueAndGradient(at: Tensor<Double>([1, 2])) { x in
///     (x * x).sum()
/// }
/// print(value, gradient)  // 5.0 [2.0, 4.0]
/// ```
public func valueAndGradient<Scalar>(
    at x: Tensor<Scalar>, in f: (Tensor<Scalar>) throws -> Tensor<Scalar>
) rethrows -> (value: Tensor<Scalar>, gradient: Tensor<Scalar>) {
    let (value, gradients) = try valueAndGradient(at: [x]) { try f($0[0]) }
    return (value, gradients[0])
}

/// The value of `f` at `(x, y)` and its gradients with respect to `x` and `y`.
///
/// ```swift
/// let (z, (dx, dy)) = valueAndGradient(at: x, y) { x, y in (x * y + x).sum() }
/// ```
public func valueAndGradient<Scalar>(
    at x: Tensor<Scalar>, _ y: Tensor<Scalar>,
    in f: (Tensor<Scalar>, Tensor<Scalar>) throws -> Tensor<Scalar>
) rethrows -> (value: Tensor<Scalar>, gradient: (Tensor<Scalar>, Tensor<Scalar>)) {
    let (value, gradients) = try valueAndGradient(at: [x, y]) { try f($0[0], $0[1]) }
    return (value, (gradients[0], gradients[1]))
}

/// The gradient ∇f(x) of a function that returns one element.
///
/// ```swift
/// let g = gradient(at: Tensor<Double>([3])) { x in (x * x).sum() }  // [6.0]
/// ```
public func gradient<Scalar>(
    at x: Tensor<Scalar>, in f: (Tensor<Scalar>) throws -> Tensor<Scalar>
) rethrows -> Tensor<Scalar> {
    try valueAndGradient(at: x, in: f).gradient
}

/// The gradients of a function of two tensors that returns one element.
public func gradient<Scalar>(
    at x: Tensor<Scalar>, _ y: Tensor<Scalar>,
    in f: (Tensor<Scalar>, Tensor<Scalar>) throws -> Tensor<Scalar>
) rethrows -> (Tensor<Scalar>, Tensor<Scalar>) {
    try valueAndGradient(at: x, y, in: f).gradient
}
