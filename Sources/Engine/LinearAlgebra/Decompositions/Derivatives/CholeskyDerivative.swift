extension LinearAlgebraDerivatives {
    /// The VJP of `L = cholesky(A)` (Murray, 2016, eq. 10, symmetrised):
    ///
    ///     Ā = sym(L⁻ᵀ Φ(Lᵀ L̄) L⁻¹),   sym(X) = (X + Xᵀ)/2
    ///
    /// where `Φ` keeps the lower triangle and halves the diagonal. Derivation: from
    /// `A = L Lᵀ`, `L⁻¹ dA L⁻ᵀ = L⁻¹dL + (L⁻¹dL)ᵀ`, and `L⁻¹dL` is lower
    /// triangular, so `dL = L Φ(L⁻¹ dA L⁻ᵀ)`; then `⟨L̄, dL⟩ = ⟨L⁻ᵀ Φ(Lᵀ L̄) L⁻¹, dA⟩`
    /// because `Φ` is self-adjoint. The two inverses are triangular solves: O(n³) in
    /// all, like the factorisation itself.
    ///
    /// `A` is symmetric and so are its perturbations, so the gradient returned is the
    /// symmetric one (as PyTorch and JAX return): `⟨Ā, E⟩` is the derivative along any
    /// symmetric direction `E`.
    ///
    /// ```swift
    /// let a = try Tensor<Double>([[4, 2], [2, 5]])
    /// let l = try cholesky(a)  // [[2, 0], [1, 2]]
    /// // log det A = 2 Σᵢ log L[i, i], whose gradient is A⁻¹:
    /// let lBar = try Tensor<Double>([[1, 0], [0, 1]])  // 2 / L[i, i] on the diagonal
    /// print(try LinearAlgebraDerivatives.choleskyVJP(l: l, cotangent: lBar))
    /// // [[0.3125, -0.125], [-0.125, 0.25]] = A⁻¹
    /// ```
    public static func choleskyVJP<Scalar: LinearAlgebraScalar>(
        l: Tensor<Scalar>, cotangent: Tensor<Scalar>
    ) throws(LinearAlgebraError) -> Tensor<Scalar> {
        let p = phi(matmul(l, cotangent, transposingA: true))              // Φ(Lᵀ L̄)
        let t = try solveTriangular(l, p, lower: true, transposingA: true)  // L⁻ᵀ P
        // L⁻ᵀ Tᵀ = (T L⁻¹)ᵀ, and sym(Gᵀ) = sym(G): no transpose back needed.
        let g = try solveTriangular(l, t.transposed(), lower: true, transposingA: true)
        return (g + g.transposed()) * 0.5
    }

    /// The JVP of `L = cholesky(A)` along a symmetric direction `Ȧ` (Murray, 2016, eq. 8):
    ///
    ///     L̇ = L Φ(L⁻¹ Ȧ L⁻ᵀ)
    ///
    /// lower triangular, like `L`.
    public static func choleskyJVP<Scalar: LinearAlgebraScalar>(
        l: Tensor<Scalar>, aTangent: Tensor<Scalar>
    ) throws(LinearAlgebraError) -> Tensor<Scalar> {
        let w = try solveTriangular(l, aTangent, lower: true)  // L⁻¹ Ȧ
        // L⁻¹ Ȧ L⁻ᵀ = (L⁻¹ (L⁻¹ Ȧ)ᵀ)ᵀ
        let m = try solveTriangular(l, w.transposed(), lower: true).transposed()
        return matmul(l, phi(m))
    }
}
