/// The solution `x` of the square linear system `A x = b` (LAPACK `getrf` + `getrs`, as
/// NumPy's `solve`): LU with partial pivoting, then one forward and one back
/// substitution. `b` is a vector `[n]` (the result is `[n]`) or a matrix `[n, k]` of
/// `k` right-hand sides (the result is `[n, k]`).
///
/// ```swift
/// let a = try Tensor<Double>([[3, 1], [1, 2]])
/// print(try solve(a, Tensor([9, 8])))  // [2.0, 3.0]
/// ```
///
/// Prefer it to `matmul(inverse(a), b)`: it costs a third as much and is more accurate.
/// Differentiable in `a` and `b` (see ``LinearAlgebraDerivatives/solveVJP(a:x:cotangent:)``).
/// Throws when `a` is not square, when `b`'s rows differ from `a`'s
/// (`solve: [3, 3] and [4] — the right-hand side has 4 rows, the matrix 3`), when
/// either holds NaN or infinity, and when `a` is exactly singular.
public func solve<Scalar: LinearAlgebraScalar>(
    _ a: Tensor<Scalar>, _ b: Tensor<Scalar>
) throws(LinearAlgebraError) -> Tensor<Scalar> {
    _ = try MatrixInput.square("solve", a.shape)
    _ = try MatrixInput.rightHandSides("solve", matrix: a.shape, b.shape)
    let x = try LUFactorization(a, operation: "solve")
        .solve(b, transposed: false, operation: "solve")
    typealias Rules = LinearAlgebraDerivatives
    return Tensor.differentiable(
        "solve", inputs: [a, b], forward: { _ in x },
        vjp: { xBar, x, needs in
            let (aBar, bBar) = Rules.rule("solve") {
                try Rules.solveVJP(a: a, x: x, cotangent: xBar)
            }
            return [needs[0] ? aBar : nil, bBar]
        },
        jvp: { tangents, x in
            Rules.rule("solve") {
                try Rules.solveJVP(a: a, x: x, aTangent: tangents[0], bTangent: tangents[1])
            }
        })
}

/// The inverse `A⁻¹` of a square matrix, from its LU factorisation (LAPACK `getri`).
///
/// ```swift
/// print(try inverse(try Tensor<Double>([[2, 0], [0, 4]])))  // [[0.5, 0.0], [0.0, 0.25]]
/// ```
///
/// To apply `A⁻¹` to vectors, ``solve(_:_:)`` is cheaper and more accurate.
/// Differentiable: with `Y = A⁻¹`, `Ā = −Yᵀ Ȳ Yᵀ` and `Ẏ = −Y Ȧ Y` (Giles, 2008, §3.1).
/// Throws when `a` is not square, holds NaN or infinity, or is exactly singular.
public func inverse<Scalar: LinearAlgebraScalar>(
    _ a: Tensor<Scalar>
) throws(LinearAlgebraError) -> Tensor<Scalar> {
    let n = try MatrixInput.square("inverse", a.shape)
    let factorization = try LUFactorization(a, operation: "inverse")
    if let zeroPivot = factorization.zeroPivot {
        throw .singular(operation: "inverse", shape: a.shape, index: zeroPivot)
    }
    guard n > 0 else { return a }
    var result = factorization.factors
    let info = withLAPACKBuffer(&result) { pointer in
        withLAPACKInput(factorization.ipiv) { Scalar.getri(n: n, a: pointer, lda: n, ipiv: $0) }
    }
    requireValidArguments(info, routine: "getri", operation: "inverse")
    let value = Tensor<Scalar>.linearAlgebraResult(a.shape, result)
    return Tensor.differentiable(
        "inverse", inputs: [a], forward: { _ in value },
        vjp: { yBar, y, _ in
            [-matmul(matmul(y, yBar, transposingA: true), y, transposingB: true)]
        },
        jvp: { tangents, y in -matmul(matmul(y, tangents[0]!), y) })
}

/// The solution `x` of `T x = b` (or `Tᵀ x = b` when `transposingA`) for a triangular
/// matrix `T`, by substitution in O(n²) (LAPACK `trtrs`). Only the triangle named by
/// `lower` is read; with `unitDiagonal`, the diagonal is taken as ones and not read.
///
/// With a Cholesky factor `A = L Lᵀ`, two of these solve `A x = b`:
///
/// ```swift
/// let l = try cholesky(try Tensor<Double>([[4, 2], [2, 5]]))   // [[2, 0], [1, 2]]
/// let y = try solveTriangular(l, Tensor([8, 13]), lower: true)  // L y = b
/// print(try solveTriangular(l, y, lower: true, transposingA: true))  // [0.875, 2.25]
/// ```
///
/// Differentiable in `t` (the entries it reads) and `b`. Throws when `t` is not square,
/// `b`'s rows differ, either holds NaN or infinity, or a diagonal entry of `t` is zero.
public func solveTriangular<Scalar: LinearAlgebraScalar>(
    _ t: Tensor<Scalar>, _ b: Tensor<Scalar>, lower: Bool,
    transposingA: Bool = false, unitDiagonal: Bool = false
) throws(LinearAlgebraError) -> Tensor<Scalar> {
    let operation = "solveTriangular"
    let n = try MatrixInput.square(operation, t.shape)
    let nrhs = try MatrixInput.rightHandSides(operation, matrix: t.shape, b.shape)
    try MatrixInput.finite(operation, t)
    try MatrixInput.finite(operation, b)
    guard n > 0 && nrhs > 0 else { return b }
    var x = b.scalars
    let info = withLAPACKBuffer(&x) { x in
        withLAPACKInput(t.scalars) {
            Scalar.trtrs(
                lower: lower, transpose: transposingA, unitDiagonal: unitDiagonal, n: n,
                nrhs: nrhs, a: $0, lda: n, b: x, ldb: nrhs)
        }
    }
    requireValidArguments(info, routine: "trtrs", operation: operation)
    if info > 0 { throw .singular(operation: operation, shape: t.shape, index: Int(info) - 1) }
    typealias Rules = LinearAlgebraDerivatives
    return Tensor.differentiable(
        operation, inputs: [t, b], forward: { _ in .linearAlgebraResult(b.shape, x) },
        vjp: { xBar, x, needs in
            let (tBar, bBar) = Rules.rule(operation) {
                try Rules.solveTriangularVJP(
                    t: t, x: x, cotangent: xBar, lower: lower, transposingA: transposingA,
                    unitDiagonal: unitDiagonal)
            }
            return [needs[0] ? tBar : nil, bBar]
        },
        jvp: { tangents, x in
            Rules.rule(operation) {
                try Rules.solveTriangularJVP(
                    t: t, x: x, tTangent: tangents[0], bTangent: tangents[1], lower: lower,
                    transposingA: transposingA, unitDiagonal: unitDiagonal)
            }
        })
}
