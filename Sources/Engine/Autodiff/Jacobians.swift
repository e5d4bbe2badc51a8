// Whole Jacobians and Hessian-vector products, composed from the two modes.
//
// For f: ℝⁿ → ℝᵐ, forward mode gives one column J·eⱼ per evaluation (n evaluations),
// reverse mode one row eᵢᵀJ per backward pass over a single recorded graph (m passes):
// forward wins for wide-and-short Jacobians (n < m), reverse for tall losses (m = 1).

/// Which mode computes a Jacobian.
public enum DifferentiationMode: Sendable {
    /// One forward-mode evaluation per input element (a column each).
    case forward
    /// One recorded evaluation, then one backward pass per output element (a row each).
    case reverse
}

/// The Jacobian ∂f/∂x of `f` at `x`, of shape `f(x).shape + x.shape`.
///
/// ```swift
/// let x = Tensor<Double>([1, 2])
/// let j = jacobian(at: x, mode: .forward) { x in x * x }
/// print(j)  // [[2.0, 0.0], [0.0, 4.0]]
/// ```
public func jacobian<Scalar>(
    at x: Tensor<Scalar>, mode: DifferentiationMode = .reverse,
    in f: (Tensor<Scalar>) throws -> Tensor<Scalar>
) rethrows -> Tensor<Scalar> {
    switch mode {
    case .reverse:
        let (value, pullback) = try valueAndPullback(at: [x]) { try f($0[0]) }
        let rows = (0..<value.count).map { i in
            pullback(Tensor.basisVector(i, count: value.count).reshaped(value.shape))[0]
                .reshaped([x.count])
        }
        let matrix = rows.isEmpty
            ? Tensor.zeros([0, x.count]) : Tensor.stacked(rows, axis: 0)
        return matrix.reshaped(value.shape + x.shape)
    case .forward:
        var outputShape: [Int] = []
        let columns = try (0..<x.count).map { j in
            let (value, tangent) = try valueAndJVP(
                at: x, along: Tensor.basisVector(j, count: x.count).reshaped(x.shape), in: f)
            outputShape = value.shape
            return tangent.reshaped([value.count])
        }
        if columns.isEmpty {
            outputShape = try withoutGradients { try f(x) }.shape
            return .zeros(outputShape + x.shape)
        }
        return Tensor.stacked(columns, axis: 1).reshaped(outputShape + x.shape)
    }
}

/// The Hessian-vector product ∇²f(x)·v of a function that returns one element, by
/// forward-over-reverse (Pearlmutter, "Fast exact multiplication by the Hessian", 1994):
/// the JVP along `v` of the gradient function, at about the cost of two gradients and
/// without forming the Hessian.
///
/// ```swift
/// let hv = hessianVectorProduct(at: x, along: v) { x in (x * x * x).sum() }  // 6x·v
/// ```
public func hessianVectorProduct<Scalar>(
    at x: Tensor<Scalar>, along v: Tensor<Scalar>,
    in f: (Tensor<Scalar>) throws -> Tensor<Scalar>
) rethrows -> Tensor<Scalar> {
    try jvp(at: x, along: v) { x in try gradient(at: x, in: f) }
}

/// The Hessian ∇²f(x) of a function that returns one element, of shape
/// `x.shape + x.shape`: one Hessian-vector product per element of `x`.
public func hessian<Scalar>(
    at x: Tensor<Scalar>, in f: (Tensor<Scalar>) throws -> Tensor<Scalar>
) rethrows -> Tensor<Scalar> {
    try jacobian(at: x, mode: .forward) { x in try gradient(at: x, in: f) }
}

extension Tensor {
    /// The vector with 1 at `index` and 0 elsewhere.
    static func basisVector(_ index: Int, count: Int) -> Tensor {
        var e = Tensor.zeros([count])
        e.storage[index] = 1
        return e
    }
}
