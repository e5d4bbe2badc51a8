/// The shape rule of each tensor operation: the shape of its result, or the
/// ``ShapeError`` the operation reports.
///
/// Every `Tensor` operation validates its operands here, at the API boundary, before
/// any kernel runs; tests call these functions to check the messages without stopping
/// the process. They work on shapes alone, so they are not generic and are compiled
/// once, in Engine.
///
/// ```swift
/// try ShapeRules.matmul([32, 10], [10, 5])  // [32, 5]
/// try ShapeRules.matmul([32, 10], [20, 5])
/// // throws: matmul: [32, 10] x [20, 5] — inner dimensions 10 and 20 differ
/// ```
public enum ShapeRules {
    /// The number of elements of `shape`, after checking that no dimension is negative.
    ///
    /// ```swift
    /// try ShapeRules.count(of: [2, 3], operation: "zeros")  // 6
    /// ```
    public static func count(of shape: [Int], operation: String) throws(ShapeError) -> Int {
        guard shape.allSatisfy({ $0 >= 0 }) else {
            throw .negativeDimension(operation: operation, shape: shape)
        }
        return shape.reduce(1, *)
    }

    /// The result shape of an elementwise operation: both shapes must be equal.
    ///
    /// ```swift
    /// try ShapeRules.elementwise("add", [2, 3], [3, 2])
    /// // throws: add: shapes [2, 3] and [3, 2] differ
    /// ```
    public static func elementwise(
        _ operation: String, _ lhs: [Int], _ rhs: [Int]
    ) throws(ShapeError) -> [Int] {
        guard lhs == rhs else { throw .shapesDiffer(operation: operation, lhs, rhs) }
        return lhs
    }

    /// The shape `reshaped(_:)` produces: `newShape`, with a single `-1` replaced by the
    /// dimension that keeps the number of elements.
    ///
    /// ```swift
    /// try ShapeRules.reshape([2, 3], to: [-1, 2])  // [3, 2]
    /// ```
    public static func reshape(_ shape: [Int], to newShape: [Int]) throws(ShapeError) -> [Int] {
        let count = shape.reduce(1, *)
        let inferred = newShape.indices.filter { newShape[$0] == -1 }
        guard inferred.count <= 1 else { throw .ambiguousReshape(to: newShape) }
        guard newShape.allSatisfy({ $0 >= -1 }) else {
            throw .negativeDimension(operation: "reshaped", shape: newShape)
        }
        guard let axis = inferred.first else {
            guard newShape.reduce(1, *) == count else {
                throw .reshapeCountMismatch(from: shape, to: newShape)
            }
            return newShape
        }
        let known = newShape.reduce(1) { $1 == -1 ? $0 : $0 * $1 }
        guard known > 0, count % known == 0 else {
            throw .reshapeCountMismatch(from: shape, to: newShape)
        }
        var resolved = newShape
        resolved[axis] = count / known
        return resolved
    }

    /// The result shape of a reduction along `axis` (negative counts from the end):
    /// `shape` without that axis.
    ///
    /// ```swift
    /// try ShapeRules.reduction("sum", [2, 3, 4], axis: -1)  // [2, 3]
    /// ```
    public static func reduction(
        _ operation: String, _ shape: [Int], axis: Int
    ) throws(ShapeError) -> [Int] {
        try AxisSplit(operation, shape, axis: axis).resultShape
    }

    /// The shape of a matrix transpose: the two dimensions swapped.
    ///
    /// ```swift
    /// try ShapeRules.transpose([2, 3])  // [3, 2]
    /// ```
    public static func transpose(_ shape: [Int]) throws(ShapeError) -> [Int] {
        guard shape.count == 2 else {
            throw .unsupportedRank(operation: "transposed", expected: "a matrix", shape: shape)
        }
        return [shape[1], shape[0]]
    }

    /// The result shape of `matmul`: `[m, k] x [k, n] → [m, n]`, `[m, k] x [k] → [m]`,
    /// `[k] x [k, n] → [n]` and `[k] x [k] → []`, after the optional transposes.
    ///
    /// ```swift
    /// try ShapeRules.matmul([10, 32], [10, 5], transposingA: true)  // [32, 5]
    /// ```
    public static func matmul(
        _ lhs: [Int], _ rhs: [Int], transposingA: Bool = false, transposingB: Bool = false
    ) throws(ShapeError) -> [Int] {
        try MatmulPlan(lhs, rhs, transposingA: transposingA, transposingB: transposingB)
            .resultShape
    }

    /// The row-major offset of the element at `indices`, one index per axis.
    ///
    /// ```swift
    /// try ShapeRules.offset(of: [1, 2], in: [2, 3])  // 5
    /// ```
    public static func offset(of indices: [Int], in shape: [Int]) throws(ShapeError) -> Int {
        guard indices.count == shape.count else {
            throw .indexCountMismatch(indices: indices, shape: shape)
        }
        var offset = 0
        for axis in 0..<shape.count {
            guard indices[axis] >= 0, indices[axis] < shape[axis] else {
                throw .indexOutOfRange(indices: indices, shape: shape)
            }
            offset = offset * shape[axis] + indices[axis]
        }
        return offset
    }
}

/// A shape seen as `[outer, length, inner]` around one axis: what the axis-reduction
/// kernel needs.
struct AxisSplit {
    let outer: Int
    let length: Int
    let inner: Int
    /// The shape without the axis.
    let resultShape: [Int]

    init(_ operation: String, _ shape: [Int], axis: Int) throws(ShapeError) {
        guard axis >= -shape.count, axis < shape.count else {
            throw .axisOutOfRange(operation: operation, axis: axis, shape: shape)
        }
        let axis = axis < 0 ? axis + shape.count : axis
        outer = shape[..<axis].reduce(1, *)
        length = shape[axis]
        inner = shape[(axis + 1)...].reduce(1, *)
        var result = shape
        result.remove(at: axis)
        resultShape = result
    }
}
