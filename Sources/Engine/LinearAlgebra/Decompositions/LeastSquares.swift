/// The result of ``leastSquares(_:_:rcond:)``.
public struct LeastSquaresSolution<Scalar: LinearAlgebraScalar>: Sendable {
    /// The minimum-norm `x` minimising `‖A x − b‖₂`: `[n]` for a vector `b`, `[n, k]` for
    /// a matrix `b` with `k` columns.
    public let solution: Tensor<Scalar>
    /// `‖A x − b‖₂²` for each column of `b` (`[k]`, `[1]` for a vector `b`) when `A` has
    /// full column rank and more rows than columns; otherwise empty (`[0]`), as NumPy.
    public let residuals: Tensor<Scalar>
    /// The effective rank of `A`: the number of singular values above `rcond · σ₁`.
    public let rank: Int
    /// The singular values of `A`, largest first, `min(m, n)` of them.
    public let singularValues: Tensor<Scalar>
}

/// The least-squares solution of `A x ≈ b`: the `x` minimising `‖A x − b‖₂`, and of
/// those the one of least norm (LAPACK `gelsd`, through the SVD, as NumPy's `lstsq`).
///
/// With `A = U Σ Vᵀ`, `x = V Σ⁺ Uᵀ b`, where `Σ⁺` inverts the singular values above
/// `rcond · σ₁` and zeroes the rest: directions `A` barely sees are left out rather
/// than amplified. `rcond` defaults to `max(m, n) · ε`, NumPy's default.
///
/// ```swift
/// // Fit y = c₀ + c₁ t through (0, 1), (1, 3), (2, 5), (3, 7):
/// let a = try Tensor<Double>([[1, 0], [1, 1], [1, 2], [1, 3]])
/// let fit = try leastSquares(a, Tensor([1, 3, 5, 7]))
/// print(fit.solution, fit.rank)  // [1.0, 2.0] 2 (up to rounding)
/// ```
///
/// Not differentiable yet (differentiating through it stops with a message); for a
/// full-rank `A`, the normal equations `solve(AᵀA, Aᵀb)` are, at the price of squaring
/// the condition number.
/// Throws when `a` is not a matrix, `b`'s rows differ from `a`'s, either holds NaN or
/// infinity, or (rarely) the SVD does not converge.
public func leastSquares<Scalar: LinearAlgebraScalar>(
    _ a: Tensor<Scalar>, _ b: Tensor<Scalar>, rcond: Scalar? = nil
) throws(LinearAlgebraError) -> LeastSquaresSolution<Scalar> {
    let operation = "leastSquares"
    let (m, n) = try MatrixInput.matrix(operation, a.shape)
    let nrhs = try MatrixInput.rightHandSides(operation, matrix: a.shape, b.shape)
    try MatrixInput.finite(operation, a)
    try MatrixInput.finite(operation, b)
    let rows = max(m, n)
    // gelsd reads b from, and writes x into, one max(m, n) × nrhs buffer.
    var work = copyBlock(b.scalars, stride: nrhs, rows: m, columns: nrhs, toStride: nrhs)
    work += [Scalar](repeating: 0, count: (rows - m) * nrhs)
    var s = [Scalar](repeating: 0, count: min(m, n))
    var rank: Int32 = 0
    if m > 0 && n > 0 && nrhs > 0 {
        var matrix = a.scalars
        let cutoff = rcond ?? Scalar.ulpOfOne * Scalar(rows)
        let info = withLAPACKBuffer(&matrix) { a in
            withLAPACKBuffer(&work) { b in
                withLAPACKBuffer(&s) {
                    Scalar.gelsd(
                        m: m, n: n, nrhs: nrhs, a: a, lda: n, b: b, ldb: nrhs, s: $0,
                        rcond: cutoff, rank: &rank)
                }
            }
        }
        try checkConvergence(info, routine: "gelsd", operation: operation, shape: a.shape)
    }
    let solution = copyBlock(work, stride: nrhs, rows: n, columns: nrhs, toStride: nrhs)
    var residuals = [Scalar]()
    if Int(rank) == n && m > n {
        // Rows n..<m of gelsd's output are Uᵀb's part outside A's range: the residual.
        let tail = Array(work[(n * nrhs)...])
        residuals = [Scalar](unsafeUninitializedCapacity: nrhs) { output, initialized in
            tail.withUnsafeBufferPointer {
                Scalar.columnSumsOfSquares($0, rows: m - n, columns: nrhs, into: output)
            }
            initialized = nrhs
        }
    }
    typealias Rules = LinearAlgebraDerivatives
    return LeastSquaresSolution(
        solution: Rules.withoutDerivative(
            operation, .linearAlgebraResult(b.rank == 1 ? [n] : [n, nrhs], solution),
            inputs: [a, b]),
        residuals: Rules.withoutDerivative(
            operation, .linearAlgebraResult([residuals.count], residuals), inputs: [a, b]),
        rank: Int(rank),
        singularValues: Rules.withoutDerivative(
            operation, .linearAlgebraResult([s.count], s), inputs: [a]))
}
