/// The Cholesky factor of a symmetric positive definite matrix: the lower triangular
/// `L` with a positive diagonal such that `A = L Lᵀ` (LAPACK `potrf`, as NumPy's
/// `cholesky`).
///
/// Half the work of LU and no pivoting needed: it is how a Gaussian's covariance is
/// sampled (`x = μ + L z`), how its log-density is evaluated
/// (`log det Σ = 2 Σᵢ log L[i, i]`), and how a Gaussian process solves `K α = y`
/// (two ``solveTriangular(_:_:lower:transposingA:unitDiagonal:)`` calls).
///
/// ```swift
/// let a = try Tensor<Double>([[4, 2], [2, 5]])
/// print(try cholesky(a))  // [[2.0, 0.0], [1.0, 2.0]]
/// ```
///
/// Only the lower triangle of `a` is read; symmetry is not checked. Differentiable, with
/// the symmetric gradient (see ``LinearAlgebraDerivatives/choleskyVJP(l:cotangent:)``).
/// Throws when `a` is
/// not square, holds NaN or infinity, or is not positive definite
/// (`cholesky: the [2, 2] matrix is not positive definite (its leading minor of order 2
/// is not positive)`) — for a covariance matrix that is singular only through rounding,
/// add a small multiple of the identity (a "jitter") and try again.
public func cholesky<Scalar: LinearAlgebraScalar>(
    _ a: Tensor<Scalar>
) throws(LinearAlgebraError) -> Tensor<Scalar> {
    let n = try MatrixInput.square("cholesky", a.shape)
    try MatrixInput.finite("cholesky", a)
    guard n > 0 else { return a }
    var factor = a.scalars
    let info = withLAPACKBuffer(&factor) { Scalar.potrf(n: n, a: $0, lda: n) }
    requireValidArguments(info, routine: "potrf", operation: "cholesky")
    if info > 0 {
        throw .notPositiveDefinite(operation: "cholesky", shape: a.shape, order: Int(info))
    }
    // potrf leaves the strict upper triangle as it found it.
    let l = Tensor<Scalar>.linearAlgebraResult(
        a.shape, triangle(of: factor, stride: n, rows: n, columns: n, part: .lower))
    typealias Rules = LinearAlgebraDerivatives
    return Tensor.differentiable(
        "cholesky", inputs: [a], forward: { _ in l },
        vjp: { lBar, l, _ in
            [Rules.rule("cholesky") { try Rules.choleskyVJP(l: l, cotangent: lBar) }]
        },
        jvp: { tangents, l in
            Rules.rule("cholesky") { try Rules.choleskyJVP(l: l, aTangent: tangents[0]!) }
        })
}
