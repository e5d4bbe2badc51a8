/// The determinant of a square matrix, from its LU factorisation:
/// `det A = det P · ∏ᵢ U[i, i]` (as NumPy's `det`).
///
/// ```swift
/// print(try determinant(try Tensor<Double>([[1, 2], [3, 4]])))  // -2.0
/// ```
///
/// A singular matrix has determinant 0 (no error). The product overflows for large
/// matrices (the determinant of `2·I` of order 1100 is `2¹¹⁰⁰`); use
/// ``logDeterminant(_:)`` there. Throws when `a` is not square or holds NaN or infinity.
public func determinant<Scalar: LinearAlgebraScalar>(
    _ a: Tensor<Scalar>
) throws(LinearAlgebraError) -> Scalar {
    _ = try MatrixInput.square("determinant", a.shape)
    return try LUFactorization(a, operation: "determinant").determinant
}

/// The sign (−1, 0 or 1) and the natural logarithm of the absolute value of the
/// determinant of a square matrix, as NumPy's `slogdet`: `log |det A| = Σᵢ log |U[i, i]|`
/// from the LU factorisation, which neither overflows nor underflows.
///
/// ```swift
/// let (sign, logAbs) = try logDeterminant(try Tensor<Double>([[1, 2], [3, 4]]))
/// print(sign, logAbs)  // -1.0 0.6931471805599453  (det = −2)
/// ```
///
/// A singular matrix gives `(0, -infinity)`. For a symmetric positive definite matrix,
/// `2 Σᵢ log L[i, i]` from ``cholesky(_:)`` is half the work. Throws when `a` is not
/// square or holds NaN or infinity.
public func logDeterminant<Scalar: LinearAlgebraScalar>(
    _ a: Tensor<Scalar>
) throws(LinearAlgebraError) -> (sign: Scalar, logAbs: Scalar) {
    _ = try MatrixInput.square("logDeterminant", a.shape)
    return try LUFactorization(a, operation: "logDeterminant").logDeterminant
}
