// The extension point: a differentiable operation defined outside the engine's core,
// with its forward computation and its derivative rules side by side, exactly as the
// engine's own primitives are. Decompositions (`solve`, `cholesky`) use it, and so can a
// lesson (a straight-through estimator, a stable logsumexp with a hand-written VJP).

extension Tensor {
    /// A differentiable operation with a custom forward computation and custom
    /// derivatives (PyTorch's `autograd.Function`, JAX's `custom_vjp`/`custom_jvp`).
    ///
    /// - Parameters:
    ///   - name: the operation's name, used in error messages and by ``NumericsCheck``.
    ///   - inputs: the tensors the operation depends on.
    ///   - forward: computes the result from the inputs' values. It receives the inputs
    ///     detached and runs with nothing recorded, so it may use any operation or kernel;
    ///     if it throws, the error propagates and nothing is recorded.
    ///   - vjp: the vector-Jacobian product: given the output's cotangent ȳ and the
    ///     output y, the cotangent of each input, or `nil` for none (zero). `needsGradient[i]`
    ///     tells whether input `i`'s cotangent is wanted, so the rule can skip the others.
    ///   - jvp: the Jacobian-vector product: given each input's tangent (`nil` for zero)
    ///     and the output, the output's tangent. Without it, forward mode through this
    ///     operation stops the program with a message.
    ///
    /// Write both rules with `Tensor` operations (capturing the inputs as you need):
    /// then they are differentiable themselves, and second derivatives and
    /// Hessian-vector products through the operation work. A rule may return a cotangent
    /// of the output's (broadcast) shape for a broadcast input; it is summed down.
    ///
    /// Solving `A x = b` (x̄ gives b̄ = A⁻ᵀx̄ and Ā = −b̄ xᵀ; ẋ = A⁻¹(ḃ − Ȧx)):
    ///
    /// ```swift
    /// func solve(_ a: Tensor<Double>, _ b: Tensor<Double>) -> Tensor<Double> {
    ///     Tensor.differentiable(
    ///         "solve", inputs: [a, b],
    ///         forward: { inputs in lapackSolve(inputs[0], inputs[1]) },
    ///         vjp: { xBar, x, needs in
    ///             let bBar = solve(a.transposed(), xBar)
    ///             return [needs[0] ? -matmul(bBar, x, transposingB: true) : nil, bBar]
    ///         },
    ///         jvp: { tangents, x in
    ///             var rhs = tangents[1] ?? .zeros(x.shape)
    ///             if let aDot = tangents[0] { rhs = rhs - matmul(aDot, x) }
    ///             return solve(a, rhs)
    ///         })
    /// }
    /// ```
    ///
    /// (`x` here is a column matrix; the rules call `solve` itself, so they are
    /// differentiable to any order.)
    public static func differentiable(
        _ name: String, inputs: [Tensor],
        forward: ([Tensor]) throws -> Tensor,
        vjp: @escaping (_ cotangent: Tensor, _ output: Tensor, _ needsGradient: [Bool]) -> [Tensor?],
        jvp: ((_ tangents: [Tensor?], _ output: Tensor) -> Tensor)? = nil
    ) rethrows -> Tensor {
        let value = try withoutGradients { try forward(inputs.map { $0.primal }) }.primal
        let rule: (([Tensor?], Tensor, [Tensor]) -> Tensor)? = jvp.map { jvp in
            { tangents, output, _ in jvp(tangents, output) }
        }
        return primitive(
            name, inputs, value,
            vjp: { cotangent, output, _, needs in
                let cotangents = vjp(cotangent, output, needs)
                guard cotangents.count == needs.count else {
                    fatalError(
                        "\(name): its VJP returned \(cotangents.count) cotangents for "
                            + "\(needs.count) inputs")
                }
                return cotangents
            },
            jvp: rule)
    }

    /// A differentiable operation of one input with custom derivatives; see
    /// ``differentiable(_:inputs:forward:vjp:jvp:)``.
    ///
    /// A straight-through estimator: round in the forward pass, pass gradients unchanged.
    ///
    /// ```swift
    /// let rounded = try x.differentiable(
    ///     "roundStraightThrough",
    ///     forward: { x in try Tensor(shape: x.shape, scalars: x.scalars.map { $0.rounded() }) },
    ///     vjp: { cotangent, _ in cotangent },
    ///     jvp: { tangent, _ in tangent })
    /// ```
    public func differentiable(
        _ name: String, forward: (Tensor) throws -> Tensor,
        vjp: @escaping (_ cotangent: Tensor, _ output: Tensor) -> Tensor,
        jvp: ((_ tangent: Tensor, _ output: Tensor) -> Tensor)? = nil
    ) rethrows -> Tensor {
        try Tensor.differentiable(
            name, inputs: [self], forward: { try forward($0[0]) },
            vjp: { cotangent, output, _ in [vjp(cotangent, output)] },
            jvp: jvp.map { jvp in { tangents, output in jvp(tangents[0]!, output) } })
    }
}
