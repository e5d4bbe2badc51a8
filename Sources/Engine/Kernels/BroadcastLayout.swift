// Binary operations on operands of different shapes follow NumPy's broadcasting rules
// without materialising the broadcast operand: each operand is walked with a stride of
// 0 along the axes it is broadcast over, and each innermost run goes to a contiguous
// kernel (vector ⊕ vector, vector ⊕ scalar or scalar ⊕ vector; `ElementwiseKernels.swift`).
// This is where strides pay off; tensors themselves stay contiguous.

/// How a broadcast binary operation walks its operands: the result's shape with
/// neighbouring axes merged wherever both operands allow, and each operand's strides in
/// elements along those axes (0 where it is broadcast).
///
/// ```swift
/// // [4, 3] + [3]: four rows, the right operand reused for each.
/// let layout = BroadcastLayout(lhs: [4, 3], rhs: [3], result: [4, 3])
/// // layout.shape == [4, 3], lhsStrides == [3, 1], rhsStrides == [0, 1]
/// ```
public struct BroadcastLayout: Sendable, Equatable {
    public let shape: [Int]
    public let lhsStrides: [Int]
    public let rhsStrides: [Int]

    /// The layout of `lhs ⊕ rhs` with the given (already validated) result shape.
    public init(lhs: [Int], rhs: [Int], result: [Int]) {
        let a = BroadcastLayout.strides(of: lhs, in: result)
        let b = BroadcastLayout.strides(of: rhs, in: result)
        var shape: [Int] = [], lhsStrides: [Int] = [], rhsStrides: [Int] = []
        for axis in result.indices where result[axis] != 1 {
            if let last = shape.indices.last,
                lhsStrides[last] == a[axis] * result[axis],
                rhsStrides[last] == b[axis] * result[axis]
            {
                // Contiguous in both operands (or broadcast in both): merge into one axis.
                shape[last] *= result[axis]
                lhsStrides[last] = a[axis]
                rhsStrides[last] = b[axis]
            } else {
                shape.append(result[axis])
                lhsStrides.append(a[axis])
                rhsStrides.append(b[axis])
            }
        }
        if shape.isEmpty { (shape, lhsStrides, rhsStrides) = ([1], [0], [0]) }
        self.shape = shape
        self.lhsStrides = lhsStrides
        self.rhsStrides = rhsStrides
    }

    /// Row-major strides of `shape`, right-aligned in `result`, 0 on broadcast axes.
    static func strides(of shape: [Int], in result: [Int]) -> [Int] {
        var strides = [Int](repeating: 0, count: result.count)
        var step = 1
        for offset in 0..<shape.count {
            let axis = result.count - 1 - offset
            let dimension = shape[shape.count - 1 - offset]
            strides[axis] = dimension == 1 ? 0 : step
            step *= dimension
        }
        return strides
    }
}
