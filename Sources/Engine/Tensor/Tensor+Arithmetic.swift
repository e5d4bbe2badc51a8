// Elementwise arithmetic with NumPy broadcasting: tensor ⊕ tensor, tensor ⊕ scalar,
// scalar ⊕ tensor, and the compound assignments. Each operator is a differentiable
// primitive: its value, VJP and JVP are declared together (see `Autodiff/Primitive.swift`).
// A VJP may return the broadcast shape; the engine sums it down to the input's shape.

extension Tensor {
    /// `self ⊕ other` with broadcasting, by one kernel call; nothing recorded.
    @_specialize(where Scalar == Float)
    @_specialize(where Scalar == Double)
    func combined(_ operation: BinaryOperation, _ other: Tensor) -> Tensor {
        if shape == other.shape {
            return Tensor(shape: shape) { output in
                storage.withUnsafeBufferPointer { lhs in
                    other.storage.withUnsafeBufferPointer { rhs in
                        Scalar.apply(operation, lhs, rhs, into: output)
                    }
                }
            }
        }
        if other.count == 1, other.rank <= rank { return combined(operation, other.storage[0]) }
        if count == 1, rank <= other.rank {
            return Tensor.combined(operation, storage[0], other)
        }
        let result = checked { try ShapeRules.broadcast(operation.name, shape, other.shape) }
        let layout = BroadcastLayout(lhs: shape, rhs: other.shape, result: result)
        return Tensor(shape: result) { output in
            storage.withUnsafeBufferPointer { lhs in
                other.storage.withUnsafeBufferPointer { rhs in
                    Scalar.apply(operation, lhs, rhs, layout: layout, into: output)
                }
            }
        }
    }

    /// `self ⊕ scalar` for every element; nothing recorded.
    @_specialize(where Scalar == Float)
    @_specialize(where Scalar == Double)
    func combined(_ operation: BinaryOperation, _ scalar: Scalar) -> Tensor {
        Tensor(shape: shape) { output in
            storage.withUnsafeBufferPointer { Scalar.apply(operation, $0, scalar, into: output) }
        }
    }

    /// `scalar ⊕ tensor` for every element; nothing recorded.
    @_specialize(where Scalar == Float)
    @_specialize(where Scalar == Double)
    static func combined(_ operation: BinaryOperation, _ scalar: Scalar, _ tensor: Tensor) -> Tensor {
        Tensor(shape: tensor.shape) { output in
            tensor.storage.withUnsafeBufferPointer {
                Scalar.apply(operation, scalar, $0, into: output)
            }
        }
    }

    /// The sum of two optional tangents (`nil` is zero).
    static func sum(_ a: Tensor?, _ b: Tensor?) -> Tensor {
        switch (a, b) {
        case let (a?, b?): a + b
        case let (a?, nil): a
        case let (nil, b?): b
        case (nil, nil): fatalError("a JVP rule ran without tangents")
        }
    }

    /// Elementwise sum, with broadcasting (NumPy's rules).
    ///
    /// ```swift
    /// Tensor<Float>([1, 2]) + Tensor<Float>([10, 20])              // [11.0, 22.0]
    /// try Tensor<Float>([[1, 2], [3, 4]]) + Tensor<Float>([10, 20]) // [[11.0, 22.0], [13.0, 24.0]]
    /// ```
    ///
    /// Stops the program when the shapes do not broadcast:
    /// `add: shapes [2, 3] and [3, 2] cannot broadcast — dimensions 3 and 2 differ at axis -1`.
    @_specialize(where Scalar == Float)
    @_specialize(where Scalar == Double)
    public static func + (lhs: Tensor, rhs: Tensor) -> Tensor {
        binaryPrimitive(
            "add", lhs, rhs, lhs.combined(.add, rhs),
            vjp: { g, _, _, _, _ in (g, g) },
            jvp: { a, b, _, _, _ in sum(a, b) })
    }

    /// Elementwise difference, with broadcasting.
    ///
    /// ```swift
    /// Tensor<Float>([1, 2]) - Tensor<Float>([10, 20])  // [-9.0, -18.0]
    /// ```
    @_specialize(where Scalar == Float)
    @_specialize(where Scalar == Double)
    public static func - (lhs: Tensor, rhs: Tensor) -> Tensor {
        binaryPrimitive(
            "subtract", lhs, rhs, lhs.combined(.subtract, rhs),
            vjp: { g, _, _, _, needs in (g, needs.1 ? -g : nil) },
            jvp: { a, b, _, _, _ in b.map { b in a.map { $0 - b } ?? -b } ?? a! })
    }

    /// Elementwise (Hadamard) product, with broadcasting.
    ///
    /// ```swift
    /// Tensor<Float>([1, 2]) * Tensor<Float>([10, 20])  // [10.0, 40.0]
    /// ```
    @_specialize(where Scalar == Float)
    @_specialize(where Scalar == Double)
    public static func * (lhs: Tensor, rhs: Tensor) -> Tensor {
        binaryPrimitive(
            "multiply", lhs, rhs, lhs.combined(.multiply, rhs),
            // ∂(xy)/∂x = y, ∂(xy)/∂y = x.
            vjp: { g, _, x, y, needs in (needs.0 ? g * y : nil, needs.1 ? g * x : nil) },
            jvp: { a, b, _, x, y in sum(a.map { $0 * y }, b.map { x * $0 }) })
    }

    /// Elementwise quotient, with broadcasting.
    ///
    /// ```swift
    /// Tensor<Float>([1, 2]) / Tensor<Float>([10, 20])  // [0.1, 0.1]
    /// ```
    @_specialize(where Scalar == Float)
    @_specialize(where Scalar == Double)
    public static func / (lhs: Tensor, rhs: Tensor) -> Tensor {
        binaryPrimitive(
            "divide", lhs, rhs, lhs.combined(.divide, rhs),
            // ∂(x/y)/∂x = 1/y, ∂(x/y)/∂y = −x/y² = −(x/y)/y.
            vjp: { g, q, _, y, needs in (needs.0 ? g / y : nil, needs.1 ? -(g * q) / y : nil) },
            jvp: { a, b, q, _, y in (sum(a, b.map { -(q * $0) })) / y })
    }

    /// Adds a scalar to every element.
    ///
    /// ```swift
    /// Tensor<Float>([1, 2]) + 1  // [2.0, 3.0]
    /// ```
    public static func + (lhs: Tensor, rhs: Scalar) -> Tensor {
        unaryPrimitive(
            "add", lhs, lhs.combined(.add, rhs), vjp: { g, _, _ in g }, jvp: { t, _, _ in t })
    }

    /// Subtracts a scalar from every element.
    ///
    /// ```swift
    /// Tensor<Float>([1, 2]) - 1  // [0.0, 1.0]
    /// ```
    public static func - (lhs: Tensor, rhs: Scalar) -> Tensor {
        unaryPrimitive(
            "subtract", lhs, lhs.combined(.subtract, rhs),
            vjp: { g, _, _ in g }, jvp: { t, _, _ in t })
    }

    /// Multiplies every element by a scalar.
    ///
    /// ```swift
    /// Tensor<Float>([1, 2]) * 3  // [3.0, 6.0]
    /// ```
    public static func * (lhs: Tensor, rhs: Scalar) -> Tensor {
        let value = lhs.combined(.multiply, rhs)
        guard lhs.isTracked else { return untracked("multiply", value, lhs) }
        return unaryPrimitive(
            "multiply", lhs, value, vjp: { g, _, _ in g * rhs }, jvp: { t, _, _ in t * rhs })
    }

    /// Divides every element by a scalar.
    ///
    /// ```swift
    /// Tensor<Float>([1, 2]) / 2  // [0.5, 1.0]
    /// ```
    public static func / (lhs: Tensor, rhs: Scalar) -> Tensor {
        let value = lhs.combined(.divide, rhs)
        guard lhs.isTracked else { return untracked("divide", value, lhs) }
        return unaryPrimitive(
            "divide", lhs, value, vjp: { g, _, _ in g / rhs }, jvp: { t, _, _ in t / rhs })
    }

    /// Adds every element to a scalar.
    ///
    /// ```swift
    /// 1 + Tensor<Float>([1, 2])  // [2.0, 3.0]
    /// ```
    public static func + (lhs: Scalar, rhs: Tensor) -> Tensor { rhs + lhs }

    /// Subtracts every element from a scalar.
    ///
    /// ```swift
    /// 1 - Tensor<Float>([1, 2])  // [0.0, -1.0]
    /// ```
    public static func - (lhs: Scalar, rhs: Tensor) -> Tensor {
        unaryPrimitive(
            "subtract", rhs, combined(.subtract, lhs, rhs),
            vjp: { g, _, _ in -g }, jvp: { t, _, _ in -t })
    }

    /// Multiplies a scalar by every element.
    ///
    /// ```swift
    /// 3 * Tensor<Float>([1, 2])  // [3.0, 6.0]
    /// ```
    public static func * (lhs: Scalar, rhs: Tensor) -> Tensor { rhs * lhs }

    /// Divides a scalar by every element.
    ///
    /// ```swift
    /// 1 / Tensor<Float>([2, 4])  // [0.5, 0.25]
    /// ```
    public static func / (lhs: Scalar, rhs: Tensor) -> Tensor {
        unaryPrimitive(
            "divide", rhs, combined(.divide, lhs, rhs),
            // ∂(c/x)/∂x = −c/x² = −(c/x)/x.
            vjp: { g, q, x in -(g * q) / x }, jvp: { t, q, x in -(t * q) / x })
    }

    /// Negates every element.
    ///
    /// ```swift
    /// -Tensor<Float>([1, -2])  // [-1.0, 2.0]
    /// ```
    public static prefix func - (operand: Tensor) -> Tensor {
        unaryPrimitive(
            "negate", operand, operand.applying(.negate),
            vjp: { g, _, _ in -g }, jvp: { t, _, _ in -t })
    }

    /// The value of an operation that records nothing, after the numerics check.
    static func untracked(_ name: String, _ value: Tensor, _ input: Tensor) -> Tensor {
        NumericsCheck.verify(name, value, [input])
        return value
    }
}
