/// A binary elementwise operation, as passed to the ``TensorScalar`` kernels.
///
/// ```swift
/// let sum = Tensor<Float>([1, 2]) + Tensor<Float>([3, 4])  // uses BinaryOperation.add
/// ```
public enum BinaryOperation: Sendable, CaseIterable {
    case add, subtract, multiply, divide

    /// The operation's name in error messages, e.g. `add: shapes [2] and [3] differ`.
    public var name: String {
        switch self {
        case .add: "add"
        case .subtract: "subtract"
        case .multiply: "multiply"
        case .divide: "divide"
        }
    }
}

/// A unary elementwise function, as passed to the ``TensorScalar`` kernels.
///
/// ```swift
/// let y = exp(Tensor<Double>([0, 1]))  // uses ElementwiseFunction.exp
/// ```
public enum ElementwiseFunction: Sendable, CaseIterable {
    case negate, abs, square, sqrt, exp, log, tanh
}
