// How a differentiable primitive is declared: its forward value (computed by a kernel),
// its vector-Jacobian product (VJP) and its Jacobian-vector product (JVP), side by side
// at the operation's definition, e.g. for tanh:
//
//     unaryPrimitive("tanh", x, x.applying(.tanh),
//         vjp: { g, y, _ in g * (1 - y * y) },   // x̄ = ȳ·(1 − y²)
//         jvp: { t, y, _ in t * (1 - y * y) })   // ẏ = ẋ·(1 − y²)
//
// The rules are written with `Tensor` operations, never raw kernels, so they are
// differentiable themselves: a backward pass run while recording yields a graph for
// second derivatives, and one run on tensors that carry tangents yields
// forward-over-reverse products. A rule may return a cotangent of the broadcast (output)
// shape for a broadcast input and a tangent of an input's shape: the engine sums the
// former down to the input's shape and broadcasts the latter up to the output's.
//
// An untracked call (no input requires gradients or carries a tangent) costs one check
// and returns the value: no node, no closure context, no thread-local lookup.

extension Tensor {
    /// Whether this tensor takes part in differentiation (records or carries a tangent).
    @inline(__always)
    var isTracked: Bool { node != nil || tangentBox != nil }

    /// The forward-mode tangent carried with this value, if any.
    var tangent: Tensor? { tangentBox?.tangent }

    /// The same value with no node and no tangent.
    var primal: Tensor { Tensor(unchecked: shape, storage: storage) }

    /// A primitive with one input.
    @_specialize(where Scalar == Float)
    @_specialize(where Scalar == Double)
    static func unaryPrimitive(
        _ name: String, _ x: Tensor, _ value: Tensor,
        vjp: @escaping (_ cotangent: Tensor, _ output: Tensor, _ input: Tensor) -> Tensor,
        jvp: (_ tangent: Tensor, _ output: Tensor, _ input: Tensor) -> Tensor
    ) -> Tensor {
        NumericsCheck.verify(name, value, [x])
        guard x.isTracked else { return value }
        let context = AutodiffContext.current
        var result = value
        if x.node != nil, context.isRecording {
            result.record(GraphNode(name, inputs: [x], pullback: .unary(vjp)))
        }
        if let tangent = x.tangent, context.propagatesTangents {
            result.attach(tangent: context.withoutTangents { jvp(tangent, result, x) }, name)
        }
        return result
    }

    /// A primitive with two inputs; `needs` tells the VJP which cotangents are wanted.
    @_specialize(where Scalar == Float)
    @_specialize(where Scalar == Double)
    static func binaryPrimitive(
        _ name: String, _ lhs: Tensor, _ rhs: Tensor, _ value: Tensor,
        vjp: @escaping (
            _ cotangent: Tensor, _ output: Tensor, _ lhs: Tensor, _ rhs: Tensor,
            _ needs: (Bool, Bool)
        ) -> (Tensor?, Tensor?),
        jvp: (
            _ lhsTangent: Tensor?, _ rhsTangent: Tensor?, _ output: Tensor, _ lhs: Tensor,
            _ rhs: Tensor
        ) -> Tensor
    ) -> Tensor {
        NumericsCheck.verify(name, value, [lhs, rhs])
        guard lhs.isTracked || rhs.isTracked else { return value }
        let context = AutodiffContext.current
        var result = value
        if lhs.node != nil || rhs.node != nil, context.isRecording {
            result.record(GraphNode(name, inputs: [lhs, rhs], pullback: .binary(vjp)))
        }
        if lhs.tangentBox != nil || rhs.tangentBox != nil, context.propagatesTangents {
            let tangent = context.withoutTangents {
                jvp(lhs.tangent, rhs.tangent, result, lhs, rhs)
            }
            result.attach(tangent: tangent, name)
        }
        return result
    }

    /// A primitive with any number of inputs.
    @_specialize(where Scalar == Float)
    @_specialize(where Scalar == Double)
    static func primitive(
        _ name: String, _ inputs: [Tensor], _ value: Tensor,
        vjp: @escaping (
            _ cotangent: Tensor, _ output: Tensor, _ inputs: [Tensor], _ needs: [Bool]
        ) -> [Tensor?],
        jvp: ((_ tangents: [Tensor?], _ output: Tensor, _ inputs: [Tensor]) -> Tensor)?
    ) -> Tensor {
        NumericsCheck.verify(name, value, inputs)
        guard inputs.contains(where: { $0.isTracked }) else { return value }
        let context = AutodiffContext.current
        var result = value
        if inputs.contains(where: { $0.node != nil }), context.isRecording {
            result.record(GraphNode(name, inputs: inputs, pullback: .general(vjp)))
        }
        if inputs.contains(where: { $0.tangentBox != nil }), context.propagatesTangents {
            guard let jvp else {
                fatalError("jvp: \(name) has no forward-mode derivative (no JVP rule)")
            }
            let tangent = context.withoutTangents { jvp(inputs.map { $0.tangent }, result, inputs) }
            result.attach(tangent: tangent, name)
        }
        return result
    }

    /// Makes `node` this value's node; the node keeps the value without the node.
    @_specialize(where Scalar == Float)
    @_specialize(where Scalar == Double)
    mutating func record(_ node: GraphNode<Scalar>) {
        node.output = primal
        self.node = node
    }

    /// Attaches a tangent computed by a JVP rule, broadcast to this value's shape.
    @_specialize(where Scalar == Float)
    @_specialize(where Scalar == Double)
    mutating func attach(tangent: Tensor, _ name: String) {
        let box = TangentBox(conformed(tangent, to: shape, name, rule: "JVP"))
        tangentBox = box
        node?.output?.tangentBox = box
    }
}

/// A rule's result brought to the shape it stands for: summed over broadcast axes (a
/// cotangent of a broadcast input) or broadcast up (the tangent of a broadcast result).
@_specialize(where Scalar == Float)
@_specialize(where Scalar == Double)
func conformed<Scalar>(
    _ value: Tensor<Scalar>, to shape: [Int], _ name: String, rule: String
) -> Tensor<Scalar> {
    if value.shape == shape { return value }
    if let broadcast = try? ShapeRules.broadcast(name, value.shape, shape) {
        if broadcast == shape { return value.broadcast(to: shape) }
        if broadcast == value.shape { return value.summed(toShape: shape) }
    }
    fatalError("\(name): its \(rule) rule gave shape \(value.shape) where \(shape) was expected")
}
