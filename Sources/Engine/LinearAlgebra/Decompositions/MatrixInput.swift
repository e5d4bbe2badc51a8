// The checks every decomposition and solver makes at the API boundary, before any
// LAPACK call, and the small bridges between tensors and LAPACK's buffers. They use
// only the stable surface of `Tensor` (`shape`, `scalars`, `init(shape:scalars:)`).

/// Shape and value checks that throw a ``LinearAlgebraError`` naming the operation.
enum MatrixInput {
    /// The rows and columns of a rank-2 shape.
    static func matrix(
        _ operation: String, _ shape: [Int]
    ) throws(LinearAlgebraError) -> (rows: Int, columns: Int) {
        guard shape.count == 2 else {
            throw .unsupportedRank(operation: operation, expected: "a matrix", shape: shape)
        }
        return (shape[0], shape[1])
    }

    /// The order `n` of a square `n × n` shape.
    static func square(_ operation: String, _ shape: [Int]) throws(LinearAlgebraError) -> Int {
        let (rows, columns) = try matrix(operation, shape)
        guard rows == columns else { throw .notSquare(operation: operation, shape: shape) }
        return rows
    }

    /// The number of right-hand sides in `b`, a vector `[m]` (one) or a matrix
    /// `[m, k]` (`k`), whose `m` must equal the matrix's rows.
    static func rightHandSides(
        _ operation: String, matrix: [Int], _ b: [Int]
    ) throws(LinearAlgebraError) -> Int {
        guard b.count == 1 || b.count == 2 else {
            throw .unsupportedRank(
                operation: operation, expected: "a vector or a matrix on the right", shape: b)
        }
        guard b[0] == matrix[0] else {
            throw .rowsDiffer(operation: operation, matrix: matrix, rightHandSide: b)
        }
        return b.count == 2 ? b[1] : 1
    }

    /// Throws unless every element of `tensor` is finite: LAPACK's results on NaN or
    /// infinity are undefined (LAPACKE would only catch NaN, with an argument error).
    static func finite<Scalar: LinearAlgebraScalar>(
        _ operation: String, _ tensor: Tensor<Scalar>
    ) throws(LinearAlgebraError) {
        let finite = tensor.scalars.withUnsafeBufferPointer { Scalar.allFinite($0) }
        guard finite else { throw .nonFinite(operation: operation, shape: tensor.shape) }
    }
}

/// Stops the program on a negative LAPACK `info`: an invalid argument, which the
/// checks above make a bug in Engine rather than in the caller's data.
func requireValidArguments(_ info: Int32, routine: String, operation: String) {
    guard info < 0 else { return }
    fatalError("\(operation): LAPACK's \(routine) rejected argument \(-info) (a bug in Engine)")
}

extension Tensor {
    /// A tensor from scalars whose count matches `shape` by construction.
    static func linearAlgebraResult(_ shape: [Int], _ scalars: [Scalar]) -> Tensor {
        do { return try Tensor(shape: shape, scalars: scalars) } catch {
            fatalError("\(error)")
        }
    }
}

/// Calls `body` with the base address of a non-empty array's storage: LAPACK's
/// argument. Every caller has returned early on empty shapes.
@inline(__always)
func withLAPACKBuffer<Element, Result>(
    _ array: inout [Element], _ body: (UnsafeMutablePointer<Element>) -> Result
) -> Result {
    array.withUnsafeMutableBufferPointer { body($0.baseAddress!) }
}

/// Calls `body` with a matrix's storage as read-only LAPACK input.
@inline(__always)
func withLAPACKInput<Element, Result>(
    _ array: [Element], _ body: (UnsafePointer<Element>) -> Result
) -> Result {
    array.withUnsafeBufferPointer { body($0.baseAddress!) }
}

/// One triangle of the `rows × columns` top-left block of a row-major matrix of row
/// stride `stride`, as a new `rows × columns` array with zeros elsewhere.
func triangle<Scalar: LinearAlgebraScalar>(
    of source: [Scalar], stride: Int, rows: Int, columns: Int,
    part: TrianglePart, diagonal: TriangleDiagonal = .keep
) -> [Scalar] {
    [Scalar](unsafeUninitializedCapacity: rows * columns) { output, initialized in
        source.withUnsafeBufferPointer {
            Scalar.triangle(
                $0, inputStride: stride, rows: rows, columns: columns, part: part,
                diagonal: diagonal, into: output)
        }
        initialized = rows * columns
    }
}
