// Shape rules of broadcasting, permutations and joining.

extension ShapeRules {
    /// The result shape of an elementwise operation under NumPy's broadcasting rules:
    /// align the shapes on the right; along each axis the dimensions must be equal or
    /// one of them 1 (which is repeated); missing leading axes count as 1.
    ///
    /// ```swift
    /// try ShapeRules.broadcast("add", [32, 10], [10])    // [32, 10]
    /// try ShapeRules.broadcast("add", [4, 1, 3], [5, 1]) // [4, 5, 3]
    /// try ShapeRules.broadcast("add", [2, 3], [3, 2])
    /// // throws: add: shapes [2, 3] and [3, 2] cannot broadcast — dimensions 3 and 2 differ at axis -1
    /// ```
    public static func broadcast(
        _ operation: String, _ lhs: [Int], _ rhs: [Int]
    ) throws(ShapeError) -> [Int] {
        if lhs == rhs { return lhs }
        let rank = Swift.max(lhs.count, rhs.count)
        var result = [Int](repeating: 1, count: rank)
        for k in 1...rank {
            let a = k <= lhs.count ? lhs[lhs.count - k] : 1
            let b = k <= rhs.count ? rhs[rhs.count - k] : 1
            guard a == b || a == 1 || b == 1 else {
                throw .notBroadcastable(operation: operation, lhs, rhs)
            }
            result[rank - k] = a == 1 ? b : a
        }
        return result
    }

    /// Checks that `shape` broadcasts to exactly `target` (as in `broadcast(to:)`).
    ///
    /// ```swift
    /// try ShapeRules.broadcast([3], to: [2, 3])  // fine
    /// try ShapeRules.broadcast([2, 3], to: [3])  // throws: broadcast(to:): cannot broadcast shape [2, 3] to [3]
    /// ```
    public static func broadcast(_ shape: [Int], to target: [Int]) throws(ShapeError) {
        guard let result = try? broadcast("broadcast(to:)", shape, target), result == target
        else { throw .cannotBroadcast(operation: "broadcast(to:)", from: shape, to: target) }
    }

    /// The shape after reordering axes: axis `k` of the result is axis `permutation[k]`.
    ///
    /// ```swift
    /// try ShapeRules.permute([2, 3, 4], [2, 0, 1])  // [4, 2, 3]
    /// ```
    public static func permute(_ shape: [Int], _ permutation: [Int]) throws(ShapeError) -> [Int] {
        guard permutation.count == shape.count, permutation.sorted() == Array(shape.indices)
        else { throw .invalidPermutation(permutation: permutation, shape: shape) }
        return permutation.map { shape[$0] }
    }

    /// The shape of tensors joined along `axis` (`concatenated`): they must agree on
    /// every other axis.
    ///
    /// ```swift
    /// try ShapeRules.concatenate([[2, 3], [4, 3]], axis: 0)  // [6, 3]
    /// ```
    public static func concatenate(_ shapes: [[Int]], axis: Int) throws(ShapeError) -> [Int] {
        guard let first = shapes.first else { throw .noTensors(operation: "concatenated") }
        let axis = try normalized(axis, "concatenated", first)
        var result = first
        for shape in shapes.dropFirst() {
            var a = first, b = shape
            guard a.count == b.count else {
                throw .joiningMismatch(operation: "concatenated", axis: axis, first, shape)
            }
            a[axis] = 0
            b[axis] = 0
            guard a == b else {
                throw .joiningMismatch(operation: "concatenated", axis: axis, first, shape)
            }
            result[axis] += shape[axis]
        }
        return result
    }

    /// `axis` in `0..<rank`, from an axis that may count from the end (−1 is the last).
    ///
    /// ```swift
    /// try ShapeRules.normalized(-1, "sum", [2, 3])  // 1
    /// ```
    public static func normalized(
        _ axis: Int, _ operation: String, _ shape: [Int]
    ) throws(ShapeError) -> Int {
        guard axis >= -shape.count, axis < shape.count else {
            throw .axisOutOfRange(operation: operation, axis: axis, shape: shape)
        }
        return axis < 0 ? axis + shape.count : axis
    }
}
