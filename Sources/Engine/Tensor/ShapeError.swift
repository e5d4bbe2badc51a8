/// A tensor operation was given shapes it cannot work with.
///
/// Initialisers that validate data, such as ``Tensor/init(shape:scalars:)``, throw it.
/// Operators and methods cannot throw nicely inside an expression, so they stop the
/// program with the same message (a lesson then fails with the message on stderr and
/// a backtrace that names its Markdown line). The messages are part of the API: they
/// name the operation and every shape involved, and tests assert them word for word.
///
/// ```swift
/// do {
///     _ = try Tensor<Float>(shape: [2, 3], scalars: [1, 2, 3, 4, 5])
/// } catch {
///     print(error)  // Tensor(shape:scalars:): shape [2, 3] needs 6 scalars, got 5
/// }
/// ```
public enum ShapeError: Error, Equatable, Sendable, CustomStringConvertible {
    /// An elementwise operation got two different shapes.
    case shapesDiffer(operation: String, [Int], [Int])
    /// A matrix product's inner dimensions differ; flags mark transposed operands.
    case innerDimensionsDiffer(lhs: [Int], rhs: [Int], transposingA: Bool, transposingB: Bool)
    /// An operation needs a different rank, e.g. `transposed()` needs a matrix.
    case unsupportedRank(operation: String, expected: String, shape: [Int])
    /// A shape has a dimension below zero.
    case negativeDimension(operation: String, shape: [Int])
    /// The number of scalars does not match the shape.
    case countMismatch(operation: String, shape: [Int], count: Int)
    /// The rows of a nested array have different lengths.
    case raggedRows(operation: String, row: Int, count: Int, expected: Int)
    /// A reshape would change the number of elements.
    case reshapeCountMismatch(from: [Int], to: [Int])
    /// A reshape asked to infer (`-1`) more than one dimension.
    case ambiguousReshape(to: [Int])
    /// An axis is not in `-rank..<rank`.
    case axisOutOfRange(operation: String, axis: Int, shape: [Int])
    /// A subscript has a different number of indices than the tensor has axes.
    case indexCountMismatch(indices: [Int], shape: [Int])
    /// A subscript index is outside its axis.
    case indexOutOfRange(indices: [Int], shape: [Int])
    /// A single scalar was asked of a tensor with another number of elements.
    case notOneElement(shape: [Int])
    /// Two shapes do not broadcast together (NumPy's rules).
    case notBroadcastable(operation: String, [Int], [Int])
    /// A shape cannot be broadcast to a given shape.
    case cannotBroadcast(operation: String, from: [Int], to: [Int])
    /// A list of axes is not a permutation of a shape's axes.
    case invalidPermutation(permutation: [Int], shape: [Int])
    /// Tensors to join differ outside the joining axis.
    case joiningMismatch(operation: String, axis: Int, [Int], [Int])
    /// An operation needs at least one tensor.
    case noTensors(operation: String)
    /// A reduction that has no identity (max, argmax) was asked along an empty axis.
    case emptyAxis(operation: String, axis: Int, shape: [Int])
    /// An index along one axis is outside it.
    case indexOutOfAxis(operation: String, index: Int, axis: Int, shape: [Int])
    /// A range along one axis is outside it.
    case rangeOutOfAxis(operation: String, range: Range<Int>, axis: Int, shape: [Int])
    /// The number of indices does not match what the shape needs.
    case wrongIndexCount(operation: String, expected: Int, count: Int, shape: [Int])
    /// The batch dimensions of a batched matrix product do not broadcast.
    case batchMismatch(lhs: [Int], rhs: [Int])

    /// The message: the operation, a colon, and what is wrong, naming every shape.
    public var description: String {
        switch self {
        case let .shapesDiffer(operation, lhs, rhs):
            return "\(operation): shapes \(lhs) and \(rhs) differ"
        case let .innerDimensionsDiffer(lhs, rhs, transposingA, transposingB):
            let left = Self.matmulOperand(lhs, transposed: transposingA)
            let right = Self.matmulOperand(rhs, transposed: transposingB)
            return "matmul: \(left.text) x \(right.text) — inner dimensions "
                + "\(left.columns) and \(right.rows) differ"
        case let .unsupportedRank(operation, expected, shape):
            return "\(operation): expects \(expected), got shape \(shape)"
        case let .negativeDimension(operation, shape):
            return "\(operation): shape \(shape) has a negative dimension"
        case let .countMismatch(operation, shape, count):
            let needed = shape.reduce(1, *)
            return "\(operation): shape \(shape) needs \(needed) scalars, got \(count)"
        case let .raggedRows(operation, row, count, expected):
            return "\(operation): row \(row) has \(count) scalars, row 0 has \(expected)"
        case let .reshapeCountMismatch(from, to):
            return "reshaped: cannot reshape \(from) (\(from.reduce(1, *)) elements) to \(to)"
        case let .ambiguousReshape(to):
            return "reshaped: shape \(to) has more than one -1 dimension to infer"
        case let .axisOutOfRange(operation, axis, shape):
            return "\(operation): axis \(axis) is out of range for shape \(shape)"
        case let .indexCountMismatch(indices, shape):
            let noun = shape.count == 1 ? "index" : "indices"
            return "subscript: shape \(shape) needs \(shape.count) \(noun), got \(indices)"
        case let .indexOutOfRange(indices, shape):
            return "subscript: index \(indices) is out of range for shape \(shape)"
        case let .notOneElement(shape):
            return "scalar: shape \(shape) has \(shape.reduce(1, *)) elements, not 1"
        case let .notBroadcastable(operation, lhs, rhs):
            return "\(operation): shapes \(lhs) and \(rhs) cannot broadcast"
                + Self.firstConflict(lhs, rhs)
        case let .cannotBroadcast(operation, from, to):
            return "\(operation): cannot broadcast shape \(from) to \(to)"
        case let .invalidPermutation(permutation, shape):
            return "permuted: \(permutation) is not a permutation of the \(shape.count) axes "
                + "of shape \(shape)"
        case let .joiningMismatch(operation, axis, lhs, rhs):
            return "\(operation): shapes \(lhs) and \(rhs) differ outside axis \(axis)"
        case let .noTensors(operation):
            return "\(operation): needs at least one tensor"
        case let .emptyAxis(operation, axis, shape):
            return "\(operation): axis \(axis) of shape \(shape) is empty"
        case let .indexOutOfAxis(operation, index, axis, shape):
            return "\(operation): index \(index) is out of range for axis \(axis) of shape \(shape)"
        case let .rangeOutOfAxis(operation, range, axis, shape):
            return "\(operation): range \(range) is out of range for axis \(axis) of shape \(shape)"
        case let .wrongIndexCount(operation, expected, count, shape):
            return "\(operation): shape \(shape) needs \(expected) indices, got \(count)"
        case let .batchMismatch(lhs, rhs):
            let left = Array(lhs.dropLast(2)), right = Array(rhs.dropLast(2))
            return "matmul: \(lhs) x \(rhs) — batch dimensions \(left) and \(right) "
                + "cannot broadcast"
        }
    }

    /// ` — dimensions 3 and 2 differ at axis -1`: the first clash from the right, where
    /// axis −k is the k-th axis from the end (the axes NumPy aligns).
    private static func firstConflict(_ lhs: [Int], _ rhs: [Int]) -> String {
        for k in stride(from: 1, through: Swift.min(lhs.count, rhs.count), by: 1) {
            let a = lhs[lhs.count - k], b = rhs[rhs.count - k]
            if a != b, a != 1, b != 1 {
                return " — dimensions \(a) and \(b) differ at axis -\(k)"
            }
        }
        return ""
    }

    /// How a matmul operand reads in a message (`[10, 32]ᵀ` when transposed) and the
    /// dimensions it offers to the product (the last two axes of a stack of matrices). A
    /// vector is a row on the left and a column on the right, as in NumPy.
    private static func matmulOperand(
        _ shape: [Int], transposed: Bool
    ) -> (text: String, rows: Int, columns: Int) {
        guard shape.count >= 2 else { return ("\(shape)", shape.last ?? 1, shape.last ?? 1) }
        let text = "\(shape)" + (transposed ? "ᵀ" : "")
        let rows = shape[shape.count - 2], columns = shape[shape.count - 1]
        return transposed ? (text, columns, rows) : (text, rows, columns)
    }
}

/// The result of a shape rule, or, when it throws a ``ShapeError``, the end of the
/// program with the error's message: operators cannot throw from inside an expression.
/// (The closure is `throws` rather than `throws(ShapeError)` because Swift 6.3 still
/// infers untyped throws for closures.)
func checked<Result>(_ rule: () throws -> Result) -> Result {
    do { return try rule() } catch { fatalError("\(error)") }
}
