/// The LU factorisation with partial pivoting, `A = P L U` (LAPACK `getrf`): `P` a
/// permutation, `L` unit lower triangular, `U` upper triangular.
///
/// Gaussian elimination, written down: at step `i` the entry of largest magnitude in
/// column `i` (on or below the diagonal) is swapped up to be the pivot, which keeps
/// every multiplier `|L[j, i]| ≤ 1` and makes the method backward stable in practice
/// (Golub & Van Loan, *Matrix Computations*, §3.4). For an `m × n` matrix with
/// `k = min(m, n)`, `P` is `m × m`, `L` is `m × k` and `U` is `k × n`.
///
/// Factor once, then solve cheaply for many right-hand sides (O(n²) each):
///
/// ```swift
/// let a = try Tensor<Double>([[0, 2], [3, 4]])
/// let factors = try lu(a)
/// print(factors.permutation)  // [[0.0, 1.0], [1.0, 0.0]]: rows 0 and 1 swapped
/// print(factors.lower)        // [[1.0, 0.0], [0.0, 1.0]]
/// print(factors.upper)        // [[3.0, 4.0], [0.0, 2.0]]
/// print(try factors.solve(Tensor([2, 7])))  // [1.0, 1.0]
/// print(factors.determinant)  // -6.0
/// ```
///
/// A singular matrix factors fine (`U` then has a zero on its diagonal); ``solve(_:transposed:)``
/// is what throws.
public struct LUFactorization<Scalar: LinearAlgebraScalar>: Sendable {
    /// The shape `[m, n]` of the factored matrix.
    public let shape: [Int]
    /// `getrf`'s packed output, row-major `m × n`: `L` strictly below the diagonal
    /// (its unit diagonal implied), `U` on and above it.
    let factors: [Scalar]
    /// LAPACK's 1-based pivots: at step `i`, row `i` was swapped with row `ipiv[i] − 1`.
    let ipiv: [Int32]
    /// The first `i` with `U[i, i] = 0`, if any (LAPACK's `info − 1`).
    let zeroPivot: Int?

    /// The row swaps, from 0: at step `i`, row `i` was swapped with row `pivots[i]`.
    public var pivots: [Int] { ipiv.map { Int($0) - 1 } }

    /// Whether `U` has an exactly zero diagonal entry (only a square `A` can then be
    /// singular; rounding usually leaves a tiny pivot instead, see ``conditionNumber(_:)``).
    public var isSingular: Bool { zeroPivot != nil }

    /// `P`, the `m × m` permutation matrix with `A = P L U`.
    public var permutation: Tensor<Scalar> {
        let m = shape[0]
        var order = Array(0..<m)
        for (i, pivot) in pivots.enumerated() { order.swapAt(i, pivot) }
        // Row r of L U is row order[r] of A, so P[order[r], r] = 1.
        var scalars = [Scalar](repeating: 0, count: m * m)
        for r in 0..<m { scalars[order[r] * m + r] = 1 }
        return .linearAlgebraResult([m, m], scalars)
    }

    /// `L`, `m × min(m, n)`, unit lower triangular.
    public var lower: Tensor<Scalar> {
        let (m, n) = (shape[0], shape[1])
        let k = min(m, n)
        return .linearAlgebraResult(
            [m, k],
            triangle(of: factors, stride: n, rows: m, columns: k, part: .lower, diagonal: .unit))
    }

    /// `U`, `min(m, n) × n`, upper triangular.
    public var upper: Tensor<Scalar> {
        let (m, n) = (shape[0], shape[1])
        let k = min(m, n)
        return .linearAlgebraResult(
            [k, n], triangle(of: factors, stride: n, rows: k, columns: n, part: .upper))
    }

    /// Factors `a`; `operation` names the caller in error messages.
    init(_ a: Tensor<Scalar>, operation: String) throws(LinearAlgebraError) {
        let (m, n) = try MatrixInput.matrix(operation, a.shape)
        try MatrixInput.finite(operation, a)
        var factors = a.scalars
        var ipiv = [Int32](repeating: 0, count: min(m, n))
        var info: Int32 = 0
        if m > 0 && n > 0 {
            info = withLAPACKBuffer(&factors) { pointer in
                withLAPACKBuffer(&ipiv) { Scalar.getrf(m: m, n: n, a: pointer, lda: n, ipiv: $0) }
            }
            requireValidArguments(info, routine: "getrf", operation: operation)
        }
        self.shape = a.shape
        self.factors = factors
        self.ipiv = ipiv
        self.zeroPivot = info > 0 ? Int(info) - 1 : nil
    }

    /// The solution `X` of `A X = B` (or `Aᵀ X = B` when `transposed`), for `B` a vector
    /// `[n]` or a matrix `[n, k]`, by one forward and one back substitution (`getrs`).
    ///
    /// Throws when `A` is not square, is singular, or `B`'s rows differ from `A`'s.
    public func solve(
        _ b: Tensor<Scalar>, transposed: Bool = false
    ) throws(LinearAlgebraError) -> Tensor<Scalar> {
        try solve(b, transposed: transposed, operation: "LUFactorization.solve")
    }

    func solve(
        _ b: Tensor<Scalar>, transposed: Bool, operation: String
    ) throws(LinearAlgebraError) -> Tensor<Scalar> {
        let n = try MatrixInput.square(operation, shape)
        let nrhs = try MatrixInput.rightHandSides(operation, matrix: shape, b.shape)
        try MatrixInput.finite(operation, b)
        if let zeroPivot { throw .singular(operation: operation, shape: shape, index: zeroPivot) }
        var x = b.scalars
        guard n > 0 && nrhs > 0 else { return b }
        let info = withLAPACKBuffer(&x) { x in
            withLAPACKInput(factors) { lu in
                withLAPACKInput(ipiv) {
                    Scalar.getrs(
                        transpose: transposed, n: n, nrhs: nrhs, a: lu, lda: n, ipiv: $0,
                        b: x, ldb: nrhs)
                }
            }
        }
        requireValidArguments(info, routine: "getrs", operation: operation)
        return .linearAlgebraResult(b.shape, x)
    }

    /// `log |det A|` and the sign of `det A` (−1, 0 or 1), for a square `A`:
    /// `det A = det P · ∏ᵢ U[i, i]`, where `det P = (−1)^(number of row swaps)`.
    /// Summing logarithms neither overflows nor underflows where the product would.
    ///
    /// Stops the program when `A` is not square (``logDeterminant(_:)`` throws instead).
    public var logDeterminant: (sign: Scalar, logAbs: Scalar) {
        guard shape[0] == shape[1] else {
            fatalError(LinearAlgebraError.notSquare(operation: "logDeterminant", shape: shape)
                .description)
        }
        let n = shape[0]
        var (sign, logAbs) = factors.withUnsafeBufferPointer {
            Scalar.logAbsDiagonalProduct($0, n: n, stride: n)
        }
        for (i, pivot) in pivots.enumerated() where pivot != i { sign = -sign }
        return (sign, logAbs)
    }

    /// `det A` for a square `A`: `det P · ∏ᵢ U[i, i]`, multiplied out as NumPy does, so
    /// that `det [[1, 2], [3, 4]]` prints `-2.0`; it overflows for large matrices, where
    /// ``logDeterminant`` does not.
    ///
    /// Stops the program when `A` is not square (``determinant(_:)`` throws instead).
    public var determinant: Scalar {
        let (sign, _) = logDeterminant
        guard sign != 0 else { return 0 }
        let n = shape[0]
        var product = factors.withUnsafeBufferPointer {
            Scalar.diagonalProduct($0, n: n, stride: n)
        }
        for (i, pivot) in pivots.enumerated() where pivot != i { product = -product }
        return product
    }
}

/// The LU factorisation with partial pivoting of a matrix, `A = P L U` (see
/// ``LUFactorization``).
///
/// ```swift
/// let factors = try lu(try Tensor<Double>([[4, 3], [6, 3]]))
/// print(factors.upper)  // [[6.0, 3.0], [0.0, 1.0]]
/// ```
///
/// Throws when `a` is not a matrix or holds NaN or infinity.
public func lu<Scalar: LinearAlgebraScalar>(
    _ a: Tensor<Scalar>
) throws(LinearAlgebraError) -> LUFactorization<Scalar> {
    try LUFactorization(a, operation: "lu")
}
