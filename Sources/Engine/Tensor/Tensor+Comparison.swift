// Comparisons, masks and selection. A comparison gives a mask of the same element type:
// 1 where the relation holds, 0 elsewhere, so masks multiply and sum like numbers
// (`(predictions .== labels).mean()` is an accuracy). Masks are constants: comparisons
// are not differentiable, and gradients flow through `where` to the selected values.

extension Tensor {
    func compared(_ operation: BinaryOperation, _ other: Tensor) -> Tensor {
        Tensor.untracked(operation.name, primal.combined(operation, other.primal), self)
    }

    func compared(_ operation: BinaryOperation, _ scalar: Scalar) -> Tensor {
        Tensor.untracked(operation.name, primal.combined(operation, scalar), self)
    }

    /// 1 where `lhs < rhs` (with broadcasting), 0 elsewhere.
    ///
    /// ```swift
    /// Tensor<Float>([1, 5]) .< Tensor<Float>([3, 3])  // [1.0, 0.0]
    /// ```
    public static func .< (lhs: Tensor, rhs: Tensor) -> Tensor { lhs.compared(.less, rhs) }
    /// 1 where `lhs ≤ rhs`, 0 elsewhere.
    public static func .<= (lhs: Tensor, rhs: Tensor) -> Tensor { lhs.compared(.lessOrEqual, rhs) }
    /// 1 where `lhs > rhs`, 0 elsewhere.
    public static func .> (lhs: Tensor, rhs: Tensor) -> Tensor { lhs.compared(.greater, rhs) }
    /// 1 where `lhs ≥ rhs`, 0 elsewhere.
    public static func .>= (lhs: Tensor, rhs: Tensor) -> Tensor {
        lhs.compared(.greaterOrEqual, rhs)
    }
    /// 1 where `lhs == rhs`, 0 elsewhere.
    public static func .== (lhs: Tensor, rhs: Tensor) -> Tensor { lhs.compared(.equal, rhs) }
    /// 1 where `lhs != rhs`, 0 elsewhere (and where either is NaN).
    public static func .!= (lhs: Tensor, rhs: Tensor) -> Tensor { lhs.compared(.notEqual, rhs) }

    /// 1 where the element is below `rhs`, 0 elsewhere.
    ///
    /// ```swift
    /// Tensor<Float>([1, 5]) .< 3  // [1.0, 0.0]
    /// ```
    public static func .< (lhs: Tensor, rhs: Scalar) -> Tensor { lhs.compared(.less, rhs) }
    /// 1 where the element is at most `rhs`, 0 elsewhere.
    public static func .<= (lhs: Tensor, rhs: Scalar) -> Tensor { lhs.compared(.lessOrEqual, rhs) }
    /// 1 where the element is above `rhs`, 0 elsewhere.
    public static func .> (lhs: Tensor, rhs: Scalar) -> Tensor { lhs.compared(.greater, rhs) }
    /// 1 where the element is at least `rhs`, 0 elsewhere.
    public static func .>= (lhs: Tensor, rhs: Scalar) -> Tensor {
        lhs.compared(.greaterOrEqual, rhs)
    }
    /// 1 where the element equals `rhs`, 0 elsewhere.
    public static func .== (lhs: Tensor, rhs: Scalar) -> Tensor { lhs.compared(.equal, rhs) }
    /// 1 where the element differs from `rhs`, 0 elsewhere.
    public static func .!= (lhs: Tensor, rhs: Scalar) -> Tensor { lhs.compared(.notEqual, rhs) }

    /// 1 where the element is finite, 0 where it is infinite or NaN.
    public var isFiniteMask: Tensor { Tensor.untracked("isFinite", indicator(.isFinite), self) }

    /// This tensor broadcast to `shape` by a copy, or itself when it already has it.
    func materialized(_ shape: [Int]) -> Tensor {
        self.shape == shape ? primal : primal.broadcast(to: shape)
    }

    /// Every element limited to `minimum...maximum`. The derivative is 1 inside the range,
    /// bounds included (as PyTorch), and 0 outside.
    ///
    /// ```swift
    /// Tensor<Float>([-2, 0.5, 3]).clamped(to: -1...1)  // [-1.0, 0.5, 1.0]
    /// ```
    public func clamped(to range: ClosedRange<Scalar>) -> Tensor {
        let value = combined(.maximum, range.lowerBound).combined(.minimum, range.upperBound)
        // Unclamped elements are copied exactly, so y == x marks them.
        return .unaryPrimitive(
            "clamped", self, value,
            vjp: { g, y, x in g * (y.primal .== x.primal) },
            jvp: { t, y, x in t * (y.primal .== x.primal) })
    }
}

/// `a` where `condition` is non-zero and `b` elsewhere, element by element, with all
/// three broadcast together (NumPy's `where`). The gradient goes to whichever was chosen.
///
/// ```swift
/// let x = Tensor<Double>([-1, 2])
/// `where`(x .> 0, x, Tensor(0))  // [0.0, 2.0]
/// ```
public func `where`<Scalar>(
    _ condition: Tensor<Scalar>, _ a: Tensor<Scalar>, _ b: Tensor<Scalar>
) -> Tensor<Scalar> {
    let shape = checked {
        try ShapeRules.broadcast(
            "where", ShapeRules.broadcast("where", condition.shape, a.shape), b.shape)
    }
    let mask = condition.materialized(shape)
    let left = a.materialized(shape), right = b.materialized(shape)
    let value = Tensor<Scalar>(shape: shape) { output in
        mask.storage.withUnsafeBufferPointer { m in
            left.storage.withUnsafeBufferPointer { l in
                right.storage.withUnsafeBufferPointer { r in Scalar.select(m, l, r, into: output) }
            }
        }
    }
    guard a.isTracked || b.isTracked else { return .untracked("where", value, condition) }
    let zero = Tensor<Scalar>(0)
    return .binaryPrimitive(
        "where", a, b, value,
        vjp: { g, _, _, _, needs in
            (needs.0 ? `where`(mask, g, zero) : nil, needs.1 ? `where`(mask, zero, g) : nil)
        },
        jvp: { ta, tb, _, _, _ in `where`(mask, ta ?? zero, tb ?? zero) })
}

/// The larger of two elements, with broadcasting (NaN if either is NaN); the gradient goes
/// to `a` on ties.
///
/// ```swift
/// maximum(Tensor<Float>([1, 5]), Tensor<Float>([3, 3]))  // [3.0, 5.0]
/// ```
public func maximum<Scalar>(_ a: Tensor<Scalar>, _ b: Tensor<Scalar>) -> Tensor<Scalar> {
    .binaryPrimitive(
        "maximum", a, b, a.combined(.maximum, b),
        vjp: { g, _, a, b, needs in
            let takesA = a.primal .>= b.primal
            return (needs.0 ? g * takesA : nil, needs.1 ? g * (1 - takesA) : nil)
        },
        jvp: { ta, tb, _, a, b in
            let takesA = a.primal .>= b.primal
            return Tensor.sum(ta.map { $0 * takesA }, tb.map { $0 * (1 - takesA) })
        })
}

/// The smaller of two elements, with broadcasting (NaN if either is NaN); the gradient
/// goes to `a` on ties.
public func minimum<Scalar>(_ a: Tensor<Scalar>, _ b: Tensor<Scalar>) -> Tensor<Scalar> {
    .binaryPrimitive(
        "minimum", a, b, a.combined(.minimum, b),
        vjp: { g, _, a, b, needs in
            let takesA = a.primal .<= b.primal
            return (needs.0 ? g * takesA : nil, needs.1 ? g * (1 - takesA) : nil)
        },
        jvp: { ta, tb, _, a, b in
            let takesA = a.primal .<= b.primal
            return Tensor.sum(ta.map { $0 * takesA }, tb.map { $0 * (1 - takesA) })
        })
}
