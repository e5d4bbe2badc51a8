/// A binary elementwise operation, as passed to the ``TensorScalar`` kernels.
///
/// The comparisons give masks: 1 where the relation holds, 0 elsewhere.
///
/// ```swift
/// let sum = Tensor<Float>([1, 2]) + Tensor<Float>([3, 4])  // uses BinaryOperation.add
/// ```
public enum BinaryOperation: Sendable, CaseIterable {
    case add, subtract, multiply, divide
    case maximum, minimum, power
    case less, lessOrEqual, greater, greaterOrEqual, equal, notEqual

    /// The operation's name in error messages, e.g. `add: shapes [2] and [3] cannot broadcast`.
    public var name: String {
        switch self {
        case .add: "add"
        case .subtract: "subtract"
        case .multiply: "multiply"
        case .divide: "divide"
        case .maximum: "maximum"
        case .minimum: "minimum"
        case .power: "pow"
        case .less: "less"
        case .lessOrEqual: "lessOrEqual"
        case .greater: "greater"
        case .greaterOrEqual: "greaterOrEqual"
        case .equal: "equal"
        case .notEqual: "notEqual"
        }
    }
}

/// A unary elementwise function, as passed to the ``TensorScalar`` kernels.
///
/// ```swift
/// let y = exp(Tensor<Double>([0, 1]))  // uses ElementwiseFunction.exp
/// ```
public enum ElementwiseFunction: String, Sendable, CaseIterable {
    case negate, abs, square, sqrt, exp, log, tanh
    case log1p, expm1, sigmoid, relu, erf, gelu, sin, cos
    /// −1, 0 or 1 by the sign of the element (NaN stays NaN).
    case sign
    /// The Heaviside step: 1 where the element is above 0, 0 elsewhere.
    case step
    /// 1 where the element is finite, 0 where it is infinite or NaN.
    case isFinite
}
