// Elementwise arithmetic: tensor ⊕ tensor (same shape), tensor ⊕ scalar, scalar ⊕ tensor,
// and the compound assignments, which write in place when the storage is not shared.

extension Tensor {
    func applying(_ operation: BinaryOperation, _ other: Tensor) -> Tensor {
        _ = checked { try ShapeRules.elementwise(operation.name, shape, other.shape) }
        return Tensor(shape: shape) { output in
            storage.withUnsafeBufferPointer { lhs in
                other.storage.withUnsafeBufferPointer { rhs in
                    Scalar.apply(operation, lhs, rhs, into: output)
                }
            }
        }
    }

    func applying(_ operation: BinaryOperation, _ scalar: Scalar) -> Tensor {
        Tensor(shape: shape) { output in
            storage.withUnsafeBufferPointer { Scalar.apply(operation, $0, scalar, into: output) }
        }
    }

    static func applying(
        _ operation: BinaryOperation, _ scalar: Scalar, _ tensor: Tensor
    ) -> Tensor {
        Tensor(shape: tensor.shape) { output in
            tensor.storage.withUnsafeBufferPointer {
                Scalar.apply(operation, scalar, $0, into: output)
            }
        }
    }

    mutating func update(_ operation: BinaryOperation, _ other: Tensor) {
        _ = checked { try ShapeRules.elementwise(operation.name, shape, other.shape) }
        other.storage.withUnsafeBufferPointer { rhs in
            storage.withUnsafeMutableBufferPointer { output in
                Scalar.apply(operation, UnsafeBufferPointer(output), rhs, into: output)
            }
        }
    }

    mutating func update(_ operation: BinaryOperation, _ scalar: Scalar) {
        storage.withUnsafeMutableBufferPointer { output in
            Scalar.apply(operation, UnsafeBufferPointer(output), scalar, into: output)
        }
    }

    /// Elementwise sum of two tensors of the same shape.
    ///
    /// ```swift
    /// Tensor<Float>([1, 2]) + Tensor<Float>([10, 20])  // [11.0, 22.0]
    /// ```
    ///
    /// Stops the program when the shapes differ: `add: shapes [2, 3] and [3, 2] differ`.
    public static func + (lhs: Tensor, rhs: Tensor) -> Tensor { lhs.applying(.add, rhs) }

    /// Elementwise difference of two tensors of the same shape.
    ///
    /// ```swift
    /// Tensor<Float>([1, 2]) - Tensor<Float>([10, 20])  // [-9.0, -18.0]
    /// ```
    public static func - (lhs: Tensor, rhs: Tensor) -> Tensor { lhs.applying(.subtract, rhs) }

    /// Elementwise (Hadamard) product of two tensors of the same shape.
    ///
    /// ```swift
    /// Tensor<Float>([1, 2]) * Tensor<Float>([10, 20])  // [10.0, 40.0]
    /// ```
    public static func * (lhs: Tensor, rhs: Tensor) -> Tensor { lhs.applying(.multiply, rhs) }

    /// Elementwise quotient of two tensors of the same shape.
    ///
    /// ```swift
    /// Tensor<Float>([1, 2]) / Tensor<Float>([10, 20])  // [0.1, 0.1]
    /// ```
    public static func / (lhs: Tensor, rhs: Tensor) -> Tensor { lhs.applying(.divide, rhs) }

    /// Adds a scalar to every element.
    ///
    /// ```swift
    /// Tensor<Float>([1, 2]) + 1  // [2.0, 3.0]
    /// ```
    public static func + (lhs: Tensor, rhs: Scalar) -> Tensor { lhs.applying(.add, rhs) }

    /// Subtracts a scalar from every element.
    ///
    /// ```swift
    /// Tensor<Float>([1, 2]) - 1  // [0.0, 1.0]
    /// ```
    public static func - (lhs: Tensor, rhs: Scalar) -> Tensor { lhs.applying(.subtract, rhs) }

    /// Multiplies every element by a scalar.
    ///
    /// ```swift
    /// Tensor<Float>([1, 2]) * 3  // [3.0, 6.0]
    /// ```
    public static func * (lhs: Tensor, rhs: Scalar) -> Tensor { lhs.applying(.multiply, rhs) }

    /// Divides every element by a scalar.
    ///
    /// ```swift
    /// Tensor<Float>([1, 2]) / 2  // [0.5, 1.0]
    /// ```
    public static func / (lhs: Tensor, rhs: Scalar) -> Tensor { lhs.applying(.divide, rhs) }

    /// Adds every element to a scalar.
    ///
    /// ```swift
    /// 1 + Tensor<Float>([1, 2])  // [2.0, 3.0]
    /// ```
    public static func + (lhs: Scalar, rhs: Tensor) -> Tensor { applying(.add, lhs, rhs) }

    /// Subtracts every element from a scalar.
    ///
    /// ```swift
    /// 1 - Tensor<Float>([1, 2])  // [0.0, -1.0]
    /// ```
    public static func - (lhs: Scalar, rhs: Tensor) -> Tensor { applying(.subtract, lhs, rhs) }

    /// Multiplies a scalar by every element.
    ///
    /// ```swift
    /// 3 * Tensor<Float>([1, 2])  // [3.0, 6.0]
    /// ```
    public static func * (lhs: Scalar, rhs: Tensor) -> Tensor { applying(.multiply, lhs, rhs) }

    /// Divides a scalar by every element.
    ///
    /// ```swift
    /// 1 / Tensor<Float>([2, 4])  // [0.5, 0.25]
    /// ```
    public static func / (lhs: Scalar, rhs: Tensor) -> Tensor { applying(.divide, lhs, rhs) }

    /// Negates every element.
    ///
    /// ```swift
    /// -Tensor<Float>([1, -2])  // [-1.0, 2.0]
    /// ```
    public static prefix func - (operand: Tensor) -> Tensor { operand.applying(.negate) }

    /// Adds a tensor of the same shape in place.
    ///
    /// ```swift
    /// var w = Tensor<Float>([1, 2])
    /// w += Tensor<Float>([10, 20])  // w is [11.0, 22.0]
    /// ```
    public static func += (lhs: inout Tensor, rhs: Tensor) { lhs.update(.add, rhs) }

    /// Subtracts a tensor of the same shape in place, e.g. a gradient step.
    ///
    /// ```swift
    /// var w = Tensor<Float>([1, 2])
    /// w -= Tensor<Float>([0.5, 0.5])  // w is [0.5, 1.5]
    /// ```
    public static func -= (lhs: inout Tensor, rhs: Tensor) { lhs.update(.subtract, rhs) }

    /// Multiplies by a tensor of the same shape in place.
    ///
    /// ```swift
    /// var w = Tensor<Float>([1, 2])
    /// w *= Tensor<Float>([3, 4])  // w is [3.0, 8.0]
    /// ```
    public static func *= (lhs: inout Tensor, rhs: Tensor) { lhs.update(.multiply, rhs) }

    /// Divides by a tensor of the same shape in place.
    ///
    /// ```swift
    /// var w = Tensor<Float>([1, 2])
    /// w /= Tensor<Float>([2, 4])  // w is [0.5, 0.5]
    /// ```
    public static func /= (lhs: inout Tensor, rhs: Tensor) { lhs.update(.divide, rhs) }

    /// Adds a scalar to every element in place.
    ///
    /// ```swift
    /// var w = Tensor<Float>([1, 2])
    /// w += 1  // w is [2.0, 3.0]
    /// ```
    public static func += (lhs: inout Tensor, rhs: Scalar) { lhs.update(.add, rhs) }

    /// Subtracts a scalar from every element in place.
    ///
    /// ```swift
    /// var w = Tensor<Float>([1, 2])
    /// w -= 1  // w is [0.0, 1.0]
    /// ```
    public static func -= (lhs: inout Tensor, rhs: Scalar) { lhs.update(.subtract, rhs) }

    /// Multiplies every element by a scalar in place.
    ///
    /// ```swift
    /// var w = Tensor<Float>([1, 2])
    /// w *= 2  // w is [2.0, 4.0]
    /// ```
    public static func *= (lhs: inout Tensor, rhs: Scalar) { lhs.update(.multiply, rhs) }

    /// Divides every element by a scalar in place.
    ///
    /// ```swift
    /// var w = Tensor<Float>([1, 2])
    /// w /= 2  // w is [0.5, 1.0]
    /// ```
    public static func /= (lhs: inout Tensor, rhs: Scalar) { lhs.update(.divide, rhs) }
}
