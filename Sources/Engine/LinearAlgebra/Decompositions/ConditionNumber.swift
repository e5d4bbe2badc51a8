/// The 2-norm condition number `κ(A) = σ₁ / σₖ`, the ratio of the largest to the
/// smallest singular value (as NumPy's `cond` with its default norm).
///
/// It bounds how much a relative error in `b` (or in `A`) can grow in the solution of
/// `A x = b`: expect to lose about `log₁₀ κ` of the ~16 significant digits of a Double
/// (Trefethen & Bau, *Numerical Linear Algebra*, lecture 12). `infinity` for a singular
/// matrix.
///
/// ```swift
/// print(try conditionNumber(try Tensor<Double>([[1, 0], [0, 1e-8]])))  // 100000000.0
/// ```
///
/// Throws when `a` is not a matrix, is empty, holds NaN or infinity, or the SVD does
/// not converge.
public func conditionNumber<Scalar: LinearAlgebraScalar>(
    _ a: Tensor<Scalar>
) throws(LinearAlgebraError) -> Scalar {
    let (m, n) = try MatrixInput.matrix("conditionNumber", a.shape)
    guard m > 0 && n > 0 else { throw .empty(operation: "conditionNumber", shape: a.shape) }
    let s = try singularValues(a, operation: "conditionNumber").scalars
    let ratio = s[0] / s[s.count - 1]
    // 0 / 0 for the zero matrix: singular, so infinitely ill-conditioned, as NumPy says.
    return ratio.isNaN ? .infinity : ratio
}
