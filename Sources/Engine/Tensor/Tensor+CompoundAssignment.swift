// Compound assignments. They write in place when they can (the storage is not shared
// and nothing needs recording); otherwise `a ⊕= b` is `a = a ⊕ b`, recorded like any
// other operation. A leaf that requires gradients, updated with a value that does not,
// is changed in place and stays the same leaf: that is a parameter update
// (`w -= lr * w.gradient!`), and the graphs recorded before keep the old value.

extension Tensor {
    /// Whether `self ⊕= other` must be computed out of place and recorded.
    private func updateIsRecorded(with other: Tensor) -> Bool {
        guard isTracked || other.isTracked else { return false }
        let context = AutodiffContext.current
        if context.propagatesTangents, tangentBox != nil || other.tangentBox != nil {
            return true
        }
        guard context.isRecording else { return false }
        return other.node != nil || (node.map { !$0.isLeaf } ?? false)
    }

    mutating func update(_ operation: BinaryOperation, _ other: Tensor) {
        if updateIsRecorded(with: other) {
            switch operation {
            case .add: self = self + other
            case .subtract: self = self - other
            case .multiply: self = self * other
            case .divide: self = self / other
            default: fatalError("\(operation.name): no compound assignment")
            }
            return
        }
        let result = checked { try ShapeRules.broadcast(operation.name, shape, other.shape) }
        guard result == shape else {
            fatalError(
                ShapeError.cannotBroadcast(operation: operation.name, from: other.shape, to: shape)
                    .description)
        }
        let layout = BroadcastLayout(lhs: shape, rhs: other.shape, result: shape)
        let same = other.shape == shape
        other.storage.withUnsafeBufferPointer { rhs in
            storage.withUnsafeMutableBufferPointer { output in
                let lhs = UnsafeBufferPointer(output)
                if same {
                    Scalar.apply(operation, lhs, rhs, into: output)
                } else {
                    Scalar.apply(operation, lhs, rhs, layout: layout, into: output)
                }
            }
        }
        NumericsCheck.verify(operation.name, self, [other])
    }

    mutating func update(_ operation: BinaryOperation, _ scalar: Scalar) {
        update(operation, Tensor(scalar))
    }

    /// Adds a tensor in place (broadcast to this tensor's shape).
    ///
    /// ```swift
    /// var w = Tensor<Float>([1, 2])
    /// w += Tensor<Float>([10, 20])  // w is [11.0, 22.0]
    /// ```
    public static func += (lhs: inout Tensor, rhs: Tensor) { lhs.update(.add, rhs) }

    /// Subtracts a tensor in place, e.g. a gradient step.
    ///
    /// ```swift
    /// var w = Tensor<Float>([1, 2])
    /// w -= Tensor<Float>([0.5, 0.5])  // w is [0.5, 1.5]
    /// ```
    public static func -= (lhs: inout Tensor, rhs: Tensor) { lhs.update(.subtract, rhs) }

    /// Multiplies by a tensor in place.
    ///
    /// ```swift
    /// var w = Tensor<Float>([1, 2])
    /// w *= Tensor<Float>([3, 4])  // w is [3.0, 8.0]
    /// ```
    public static func *= (lhs: inout Tensor, rhs: Tensor) { lhs.update(.multiply, rhs) }

    /// Divides by a tensor in place.
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
