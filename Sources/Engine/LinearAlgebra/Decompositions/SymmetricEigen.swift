/// The eigendecomposition of a symmetric matrix, `A = V Λ Vᵀ` (LAPACK `syevd`, as
/// NumPy's `eigh`): real eigenvalues in ascending order and orthonormal eigenvectors,
/// column `i` of `vectors` for `values[i]`, so that `A V = V Λ`.
///
/// The spectral theorem makes every symmetric matrix a rotation, a scaling along the
/// axes and the rotation back; PCA is this decomposition of a covariance matrix, and a
/// quadratic form's curvature along each axis is an eigenvalue.
///
/// ```swift
/// let (values, vectors) = try symmetricEigen(try Tensor<Double>([[2, 1], [1, 2]]))
/// print(values)  // [1.0, 3.0] (up to rounding)
/// // vectors: columns ±[1, −1]/√2 and ±[1, 1]/√2
/// ```
///
/// Only the lower triangle of `a` is read; symmetry is not checked. Signs of the
/// eigenvectors are LAPACK's (any eigenvector times −1 is one too). Not differentiable
/// yet (differentiating through it stops with a message). Throws when `a` is not
/// square, holds NaN or infinity, or (rarely) the iteration does not converge.
public func symmetricEigen<Scalar: LinearAlgebraScalar>(
    _ a: Tensor<Scalar>
) throws(LinearAlgebraError) -> (values: Tensor<Scalar>, vectors: Tensor<Scalar>) {
    let (values, vectors) = try eigen(a, computeVectors: true, operation: "symmetricEigen")
    return (values, vectors!)
}

/// The eigenvalues of a symmetric matrix alone, in ascending order (LAPACK `syevd`
/// without vectors, as NumPy's `eigvalsh`).
///
/// ```swift
/// print(try symmetricEigenvalues(try Tensor<Double>([[2, 1], [1, 2]])))  // [1.0, 3.0], ±rounding
/// ```
public func symmetricEigenvalues<Scalar: LinearAlgebraScalar>(
    _ a: Tensor<Scalar>
) throws(LinearAlgebraError) -> Tensor<Scalar> {
    try eigen(a, computeVectors: false, operation: "symmetricEigenvalues").values
}

private func eigen<Scalar: LinearAlgebraScalar>(
    _ a: Tensor<Scalar>, computeVectors: Bool, operation: String
) throws(LinearAlgebraError) -> (values: Tensor<Scalar>, vectors: Tensor<Scalar>?) {
    let n = try MatrixInput.square(operation, a.shape)
    try MatrixInput.finite(operation, a)
    guard n > 0 else { return (.linearAlgebraResult([0], []), a) }
    var work = a.scalars
    var values = [Scalar](repeating: 0, count: n)
    let info = withLAPACKBuffer(&work) { pointer in
        withLAPACKBuffer(&values) {
            Scalar.syevd(computeVectors: computeVectors, n: n, a: pointer, lda: n, w: $0)
        }
    }
    try checkConvergence(info, routine: "syevd", operation: operation, shape: a.shape)
    typealias Rules = LinearAlgebraDerivatives
    return (Rules.withoutDerivative(operation, .linearAlgebraResult([n], values), inputs: [a]),
            computeVectors
                ? Rules.withoutDerivative(operation, .linearAlgebraResult(a.shape, work), inputs: [a])
                : nil)
}
