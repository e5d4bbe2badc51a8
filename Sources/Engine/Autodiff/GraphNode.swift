/// One recorded operation of the reverse-mode graph, or a leaf.
///
/// The graph is dynamic, as in PyTorch (Paszke et al., "Automatic differentiation in
/// PyTorch", 2017): an operation whose inputs require gradients records a node while
/// recording is on; the result tensor points at its node and the node at its input
/// tensors, so the graph lives exactly as long as some result still refers to it. A
/// leaf (``Tensor/requiringGradient()``) has no pullback and keeps the gradient that
/// ``Tensor/backward(seed:creatingGraph:)`` accumulates into it.
///
/// Each node keeps what its pullback needs: the input tensors (their values, their own
/// nodes and, inside forward mode, their tangents) and its output value. The pullback is
/// written with differentiable `Tensor` operations, so a backward pass can itself be
/// recorded (higher-order gradients) or carry tangents (forward-over-reverse).
///
/// A graph belongs to the thread that built it: nodes are not locked.
///
/// ## Why a graph on the tensors rather than a tape
///
/// A tape (a global list of operations, replayed backwards) needs a tape to be open
/// and makes nested differentiation a matter of managing several tapes. With nodes on
/// the values, any tensor that requires gradients can be differentiated at any time
/// (`loss.backward()`), the functional API is a thin layer over the same pass, nesting
/// works because an inner differentiation's nodes simply point at the outer ones, and
/// memory is freed by reference counting when the last result is dropped. `Tensor`
/// stays a value: the node is shared by copies the way a parameter is shared by its
/// uses, and in-place updates copy storage that a graph still holds.
///
/// Forward mode uses the same primitives: each declares a JVP beside its VJP, applied to
/// dual tensors as the value is computed (`ForwardMode.swift`).
///
/// Measured per-operation cost (debug build as lessons link it, 2 cores, in the same
/// session as PyTorch 2.13): an untracked 16-element add about 0.2 µs (PyTorch 2.9 µs),
/// a recorded one about 0.5 µs; B5 (z = x·y + x, forward and backward) about 7 µs
/// (PyTorch 30 µs); see `Scripts/engine-overhead/`.
final class GraphNode<Scalar: TensorScalar>: @unchecked Sendable {
    /// The vector-Jacobian product of an operation: from the cotangent of the output, the
    /// output itself and the inputs, the cotangents of the inputs that need one.
    enum Pullback {
        case unary((_ cotangent: Tensor<Scalar>, _ output: Tensor<Scalar>, _ input: Tensor<Scalar>) -> Tensor<Scalar>)
        case binary(
            (
                _ cotangent: Tensor<Scalar>, _ output: Tensor<Scalar>, _ lhs: Tensor<Scalar>,
                _ rhs: Tensor<Scalar>, _ needs: (Bool, Bool)
            ) -> (Tensor<Scalar>?, Tensor<Scalar>?))
        case general(
            (
                _ cotangent: Tensor<Scalar>, _ output: Tensor<Scalar>, _ inputs: [Tensor<Scalar>],
                _ needs: [Bool]
            ) -> [Tensor<Scalar>?])
    }

    /// The operation's name, for error messages and the numerics check.
    let operation: String
    /// The operation's inputs as they were passed to it; empty for a leaf.
    let inputs: [Tensor<Scalar>]
    /// `nil` for a leaf.
    let pullback: Pullback?
    /// The value the operation produced, stored without its node (which is this one,
    /// re-attached when the pullback runs) to avoid a reference cycle; with its tangent.
    var output: Tensor<Scalar>?
    /// A leaf's accumulated gradient.
    var gradient: Tensor<Scalar>?

    // Scratch space of the backward pass that is running.
    var cotangent: Tensor<Scalar>?
    var mark: UInt64 = 0
    var needed = false

    var isLeaf: Bool { pullback == nil }

    init(_ operation: String, inputs: [Tensor<Scalar>], pullback: Pullback?) {
        self.operation = operation
        self.inputs = inputs
        self.pullback = pullback
    }

    /// A leaf: a tensor whose gradient is wanted.
    static func leaf() -> GraphNode { GraphNode("leaf", inputs: [], pullback: nil) }
}

/// A forward-mode tangent; a class because a struct cannot contain itself.
final class TangentBox<Scalar: TensorScalar>: @unchecked Sendable {
    let tangent: Tensor<Scalar>
    init(_ tangent: Tensor<Scalar>) { self.tangent = tangent }
}
