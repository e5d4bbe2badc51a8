/// A linear-algebra operation could not be carried out on its input.
///
/// The decompositions and solvers throw it (`throws(LinearAlgebraError)`): unlike a
/// shape mistake in an expression, a singular or indefinite matrix is a property of
/// the *data*, which a program may want to catch and handle (add a jitter to the
/// diagonal, fall back to least squares). Every message names the operation and the
/// shapes involved, and tests assert them word for word.
///
/// ```swift
/// do {
///     _ = try cholesky(try Tensor<Double>([[1, 2], [2, 1]]))
/// } catch {
///     print(error)
///     // cholesky: the [2, 2] matrix is not positive definite
///     // (its leading minor of order 2 is not positive)
/// }
/// ```
public enum LinearAlgebraError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The operation needs a matrix (rank 2) or, for right-hand sides, a vector or a
    /// matrix; `expected` says which.
    case unsupportedRank(operation: String, expected: String, shape: [Int])
    /// The operation needs a square matrix.
    case notSquare(operation: String, shape: [Int])
    /// A right-hand side's rows do not match the matrix's rows.
    case rowsDiffer(operation: String, matrix: [Int], rightHandSide: [Int])
    /// The operation is not defined on an empty matrix.
    case empty(operation: String, shape: [Int])
    /// The input holds a NaN or an infinity, on which LAPACK's results are undefined.
    case nonFinite(operation: String, shape: [Int])
    /// The matrix is exactly singular: diagonal entry `index` (from 0) of its triangular
    /// factor is zero.
    case singular(operation: String, shape: [Int], index: Int)
    /// Cholesky failed: the leading minor of order `order` is not positive.
    case notPositiveDefinite(operation: String, shape: [Int], order: Int)
    /// An iterative LAPACK routine (SVD, eigen-solver) did not converge; `info` is the
    /// routine's own count of what was left unconverged.
    case didNotConverge(operation: String, shape: [Int], routine: String, info: Int)

    /// The message: the operation, a colon, and what is wrong, naming every shape.
    public var description: String {
        switch self {
        case let .unsupportedRank(operation, expected, shape):
            return "\(operation): expects \(expected), got shape \(shape)"
        case let .notSquare(operation, shape):
            return "\(operation): expects a square matrix, got shape \(shape)"
        case let .rowsDiffer(operation, matrix, rightHandSide):
            return "\(operation): \(matrix) and \(rightHandSide) — the right-hand side has "
                + "\(rightHandSide.first ?? 0) rows, the matrix \(matrix.first ?? 0)"
        case let .empty(operation, shape):
            return "\(operation): the \(shape) matrix is empty"
        case let .nonFinite(operation, shape):
            return "\(operation): the \(shape) input contains NaN or infinity"
        case let .singular(operation, shape, index):
            return "\(operation): the \(shape) matrix is singular "
                + "(diagonal entry \(index) of its triangular factor is zero)"
        case let .notPositiveDefinite(operation, shape, order):
            return "\(operation): the \(shape) matrix is not positive definite "
                + "(its leading minor of order \(order) is not positive)"
        case let .didNotConverge(operation, shape, routine, info):
            return "\(operation): LAPACK's \(routine) did not converge on the \(shape) matrix "
                + "(info \(info))"
        }
    }
}
