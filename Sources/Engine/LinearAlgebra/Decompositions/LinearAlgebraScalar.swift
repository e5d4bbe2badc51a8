/// A ``TensorScalar`` with LAPACK behind it (`Float` and `Double`): the element type of
/// the decompositions and solvers.
///
/// Like ``TensorScalar``, its requirements are *kernels* compiled once inside Engine
/// for each concrete type, so that the generic, non-inlinable API functions
/// (`cholesky`, `svd`, …) only validate shapes and make a few kernel calls:
///
/// - the LAPACK routines, bridged in `LAPACK.swift` to LAPACKE's **row-major** entry
///   points (`LAPACK_ROW_MAJOR`). LAPACK itself is column-major; LAPACKE transposes in
///   and out around each call, O(n²) next to the factorisation's O(n³), so tensors are
///   passed as they are stored and results come back row-major. Arguments follow
///   LAPACK's names (`lda`, `ipiv`, `tau`, …) so the reference documentation applies;
///   each returns LAPACK's `info` (0: success, `i > 0`: a failure at step `i`,
///   `i < 0`: argument `-i` was invalid, a bug in the caller);
/// - the few per-element matrix loops the API needs (`MatrixKernels.swift`).
///
/// The kernels work on raw memory and check nothing; the API functions check shapes
/// and finiteness first.
public protocol LinearAlgebraScalar: TensorScalar {
    // MARK: LU (LinearAlgebra/Decompositions/LAPACK.swift)

    /// `getrf`: `A = P L U` with partial pivoting, in place; `ipiv` (1-based, as LAPACK
    /// gives it) says which row was swapped with row `i` at step `i`.
    static func getrf(
        m: Int, n: Int, a: UnsafeMutablePointer<Self>, lda: Int,
        ipiv: UnsafeMutablePointer<Int32>) -> Int32

    /// `getrs`: solves `A X = B` (or `Aᵀ X = B` when `transpose`) from `getrf`'s factors.
    static func getrs(
        transpose: Bool, n: Int, nrhs: Int, a: UnsafePointer<Self>, lda: Int,
        ipiv: UnsafePointer<Int32>, b: UnsafeMutablePointer<Self>, ldb: Int) -> Int32

    /// `getri`: the inverse from `getrf`'s factors, in place.
    static func getri(
        n: Int, a: UnsafeMutablePointer<Self>, lda: Int, ipiv: UnsafePointer<Int32>) -> Int32

    // MARK: Cholesky and triangular systems

    /// `potrf`: `A = L Lᵀ`, reading and overwriting the lower triangle only.
    static func potrf(n: Int, a: UnsafeMutablePointer<Self>, lda: Int) -> Int32

    /// `trtrs`: solves `op(T) X = B` for a triangular `T`, where `op` transposes when
    /// `transpose` is set; `unitDiagonal` takes `T`'s diagonal as ones without reading it.
    static func trtrs(
        lower: Bool, transpose: Bool, unitDiagonal: Bool, n: Int, nrhs: Int,
        a: UnsafePointer<Self>, lda: Int, b: UnsafeMutablePointer<Self>, ldb: Int) -> Int32

    // MARK: QR

    /// `geqrf`: `A = Q R` by Householder reflections; `R` is left in the upper triangle,
    /// the reflectors below it with their scales in `tau` (`min(m, n)` of them).
    static func geqrf(
        m: Int, n: Int, a: UnsafeMutablePointer<Self>, lda: Int,
        tau: UnsafeMutablePointer<Self>) -> Int32

    /// `orgqr`: forms the first `n` columns of `Q` from `k` reflectors left by `geqrf`.
    static func orgqr(
        m: Int, n: Int, k: Int, a: UnsafeMutablePointer<Self>, lda: Int,
        tau: UnsafePointer<Self>) -> Int32

    // MARK: Singular values, symmetric eigenvalues, least squares

    /// `gesdd`: `A = U Σ Vᵀ` by divide and conquer (the routine NumPy uses); `a` is
    /// destroyed. `job` `"A"`: all of `U` (m × m) and `Vᵀ` (n × n); `"S"`: the first
    /// `min(m, n)` of each; `"N"`: singular values only.
    static func gesdd(
        job: UInt8, m: Int, n: Int, a: UnsafeMutablePointer<Self>, lda: Int,
        s: UnsafeMutablePointer<Self>, u: UnsafeMutablePointer<Self>, ldu: Int,
        vt: UnsafeMutablePointer<Self>, ldvt: Int) -> Int32

    /// `syevd`: eigenvalues of a symmetric matrix in ascending order into `w` (reading the
    /// lower triangle), and when `computeVectors`, the orthonormal eigenvectors in the
    /// columns of `a`.
    static func syevd(
        computeVectors: Bool, n: Int, a: UnsafeMutablePointer<Self>, lda: Int,
        w: UnsafeMutablePointer<Self>) -> Int32

    /// `gelsd`: the minimum-norm least-squares solution of `A X ≈ B` by SVD, treating
    /// singular values below `rcond · σ₁` as zero; `b` has `max(m, n)` rows, and the
    /// solution is written into its first `n`.
    static func gelsd(
        m: Int, n: Int, nrhs: Int, a: UnsafeMutablePointer<Self>, lda: Int,
        b: UnsafeMutablePointer<Self>, ldb: Int, s: UnsafeMutablePointer<Self>,
        rcond: Self, rank: UnsafeMutablePointer<Int32>) -> Int32

    // MARK: Matrix loops (LinearAlgebra/Decompositions/MatrixKernels.swift)

    /// Whether every element is finite (no NaN, no infinity).
    static func allFinite(_ input: UnsafeBufferPointer<Self>) -> Bool

    /// Writes one triangle of the `rows × columns` top-left block of `input` (row stride
    /// `inputStride`) into `output` (row stride `columns`), with zeros elsewhere.
    static func triangle(
        _ input: UnsafeBufferPointer<Self>, inputStride: Int, rows: Int, columns: Int,
        part: TrianglePart, diagonal: TriangleDiagonal,
        into output: UnsafeMutableBufferPointer<Self>)

    /// `output[i, j] = scales[i] · input[i, j]` for a row-major `rows × columns` matrix.
    static func scaleRows(
        _ input: UnsafeBufferPointer<Self>, rows: Int, columns: Int,
        by scales: UnsafeBufferPointer<Self>, into output: UnsafeMutableBufferPointer<Self>)

    /// `Σᵢ log |A[i, i]|` over the diagonal of an `n × n` matrix of row stride `stride`,
    /// and the sign of `∏ᵢ A[i, i]` (0 when a diagonal entry is zero).
    static func logAbsDiagonalProduct(
        _ input: UnsafeBufferPointer<Self>, n: Int, stride: Int) -> (sign: Self, logAbs: Self)

    /// `∏ᵢ A[i, i]` over the diagonal of an `n × n` matrix of row stride `stride`.
    static func diagonalProduct(_ input: UnsafeBufferPointer<Self>, n: Int, stride: Int) -> Self

    /// The sum of squares of each column of the `rows × columns` matrix that starts at
    /// `input` with row stride `columns`, into `output` (`columns` elements).
    static func columnSumsOfSquares(
        _ input: UnsafeBufferPointer<Self>, rows: Int, columns: Int,
        into output: UnsafeMutableBufferPointer<Self>)
}

/// Which triangle ``LinearAlgebraScalar/triangle(_:inputStride:rows:columns:part:diagonal:into:)``
/// keeps.
public enum TrianglePart: Sendable {
    /// `j ≤ i`.
    case lower
    /// `j ≥ i`.
    case upper
}

/// What ``LinearAlgebraScalar/triangle(_:inputStride:rows:columns:part:diagonal:into:)``
/// writes on the diagonal.
public enum TriangleDiagonal: Sendable {
    /// The input's diagonal.
    case keep
    /// Ones, as in the unit lower triangle `L` of an LU factorisation.
    case unit
    /// Half the input's diagonal: Murray's `Φ` in the Cholesky derivative.
    case halved
    /// Zeros: the strict triangle.
    case zero
}

extension Float: LinearAlgebraScalar {}
extension Double: LinearAlgebraScalar {}
