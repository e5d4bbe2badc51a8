// The PyTorch-style side of reverse mode: mark leaves, compute, call `backward()`, read
// `gradient`. The functional side (`valueAndGradient(at:in:)`) is built on the same pass.

extension Tensor {
    /// This value as a leaf of the reverse-mode graph: operations on it are recorded, and
    /// ``backward(seed:creatingGraph:)`` on a result accumulates into its ``gradient``.
    ///
    /// ```swift
    /// let w = Tensor<Double>([1, 2, 3]).requiringGradient()
    /// let loss = (w * w).sum()
    /// loss.backward()
    /// print(w.gradient!)  // [2.0, 4.0, 6.0]
    /// ```
    ///
    /// The leaf is shared by copies of the tensor, as a parameter is shared by everything
    /// that uses it. Updating a leaf in place with a value that does not require
    /// gradients (`w -= 0.1 * w.gradient!`) changes its value and keeps it the same leaf.
    public func requiringGradient() -> Tensor {
        var leaf = self
        leaf.node = GraphNode.leaf()
        return leaf
    }

    /// Whether operations on this tensor are recorded for reverse mode: it is a leaf made
    /// by ``requiringGradient()`` or was computed from one while recording.
    public var requiresGradient: Bool { node != nil }

    /// Whether this tensor is a leaf of the graph (made by ``requiringGradient()``).
    public var isLeaf: Bool { node?.isLeaf ?? false }

    /// The gradient that ``backward(seed:creatingGraph:)`` accumulated into this leaf;
    /// `nil` before any backward pass reached it, and always `nil` for a tensor that is
    /// not a leaf. Set it to `nil` to start accumulating afresh (PyTorch's `zero_grad`).
    ///
    /// ```swift
    /// let x = Tensor<Double>(3).requiringGradient()
    /// (x * x).backward()
    /// (x * x).backward()
    /// print(x.gradient!)  // 12.0: two backward passes accumulate
    /// x.gradient = nil
    /// ```
    public var gradient: Tensor? {
        get { node.flatMap { $0.isLeaf ? $0.gradient : nil } }
        nonmutating set {
            guard let node, node.isLeaf else { return }
            node.gradient = newValue
        }
    }

    /// The same value, cut off from differentiation: no graph node and no tangent, so
    /// gradients do not flow through it (PyTorch's `detach`, JAX's `stop_gradient`).
    ///
    /// ```swift
    /// let x = Tensor<Double>(3).requiringGradient()
    /// let y = x * x.detached()  // d/dx = 3, not 6
    /// ```
    public func detached() -> Tensor { primal }

    /// Runs the backward pass from this tensor and adds ∂self/∂leaf (times `seed`) into the
    /// ``gradient`` of every leaf it depends on.
    ///
    /// - Parameters:
    ///   - seed: the cotangent of this tensor, the vector in the vector-Jacobian product;
    ///     by default 1, which needs a tensor of one element (a loss).
    ///   - creatingGraph: record the backward pass, so that the gradients can be
    ///     differentiated again (second derivatives).
    ///
    /// Gradients accumulate across calls, as in PyTorch; set ``gradient`` to `nil` first to
    /// start again. Stops the program when this tensor does not require gradients or
    /// the seed's shape differs from its own.
    @_specialize(where Scalar == Float)
    @_specialize(where Scalar == Double)
    public func backward(seed: Tensor? = nil, creatingGraph: Bool = false) {
        guard let node else {
            fatalError(
                "backward: this \(shape) tensor does not depend on any tensor that requires "
                    + "gradients; call requiringGradient() on the inputs first")
        }
        let seed = seed ?? Tensor.defaultSeed(like: self, operation: "backward")
        _ = checked { try ShapeRules.elementwise("backward", shape, seed.shape) }
        Backpropagation.run(
            from: node, seed: seed, targets: nil, creatingGraph: creatingGraph,
            accumulatingIntoLeaves: true)
    }

    /// A seed of 1 for a one-element result; stops the program for other shapes.
    static func defaultSeed(like value: Tensor, operation: String) -> Tensor {
        guard value.count == 1 else {
            fatalError(
                "\(operation): the result has shape \(value.shape); a gradient needs one "
                    + "element (pass a seed, or use valueAndPullback for other shapes)")
        }
        return .ones(value.shape)
    }
}

/// The gradients of `output` with respect to each of `inputs`, which must require
/// gradients (leaves or results); nothing is accumulated into leaves. PyTorch's
/// `torch.autograd.grad`.
///
/// ```swift
/// let x = Tensor<Double>([1, 2]).requiringGradient()
/// let y = (x * x * x).sum()
/// let dx = gradients(of: y, withRespectTo: [x], creatingGraph: true)[0]  // 3x²
/// let ddx = gradients(of: dx.sum(), withRespectTo: [x])[0]                // 6x
/// ```
///
/// An input that `output` does not depend on gets zeros. `seed` is the cotangent of
/// `output` (1 by default, for a one-element output); `creatingGraph` records the pass.
public func gradients<Scalar>(
    of output: Tensor<Scalar>, withRespectTo inputs: [Tensor<Scalar>],
    seed: Tensor<Scalar>? = nil, creatingGraph: Bool = false
) -> [Tensor<Scalar>] {
    let targets = inputs.enumerated().map { index, input in
        guard let node = input.node else {
            fatalError(
                "gradients: input \(index) (shape \(input.shape)) does not require gradients; "
                    + "call requiringGradient() on it before computing with it")
        }
        return node
    }
    guard let root = output.node else { return inputs.map { .zeros($0.shape) } }
    let seed = seed ?? Tensor.defaultSeed(like: output, operation: "gradients")
    _ = checked { try ShapeRules.elementwise("gradients", output.shape, seed.shape) }
    let (cotangents, _) = Backpropagation.run(
        from: root, seed: seed, targets: targets, creatingGraph: creatingGraph,
        accumulatingIntoLeaves: false)
    return zip(cotangents, inputs).map { $0 ?? .zeros($1.shape) }
}
