/// The Moore–Penrose pseudoinverse `A⁺ = V Σ⁺ Uᵀ` of an `m × n` matrix, `n × m`, from
/// its SVD (as NumPy's `pinv`): `Σ⁺` inverts the singular values above `rcond · σ₁` and
/// zeroes the others.
///
/// `A⁺ b` is the minimum-norm least-squares solution of `A x ≈ b`, and `A⁺ = A⁻¹` when
/// `A` is invertible; `A A⁺ A = A` and `A⁺ A A⁺ = A⁺` always (Penrose, 1955).
///
/// ```swift
/// print(try pseudoinverse(try Tensor<Double>([[1, 0], [0, 0]])))  // [[1.0, 0.0], [0.0, 0.0]]
/// ```
///
/// `rcond` defaults to `max(m, n) · ε`, NumPy's `rtol=None` (NumPy's own default is
/// 1e-15 for every type, too small for Float). Not differentiable yet. Throws when `a`
/// is not a matrix, holds NaN or infinity, or the SVD does not converge.
public func pseudoinverse<Scalar: LinearAlgebraScalar>(
    _ a: Tensor<Scalar>, rcond: Scalar? = nil
) throws(LinearAlgebraError) -> Tensor<Scalar> {
    let (m, n) = try MatrixInput.matrix("pseudoinverse", a.shape)
    guard min(m, n) > 0 else {
        return .linearAlgebraResult([n, m], [Scalar](repeating: 0, count: m * n))
    }
    // The SVD of an untracked copy: this result gets its own (missing) derivative below.
    let (u, s, vt) = try svd(.linearAlgebraResult(a.shape, a.scalars))
    let cutoff = (rcond ?? Scalar.ulpOfOne * Scalar(max(m, n))) * s.scalars[0]
    let inverted = s.scalars.map { $0 > cutoff ? 1 / $0 : 0 }
    let k = inverted.count
    // Σ⁺ Vᵀ scales the rows of Vᵀ; then A⁺ = (Σ⁺ Vᵀ)ᵀ Uᵀ, transposes read in place by GEMM.
    let scaled = [Scalar](unsafeUninitializedCapacity: k * n) { output, initialized in
        vt.scalars.withUnsafeBufferPointer { vt in
            inverted.withUnsafeBufferPointer {
                Scalar.scaleRows(vt, rows: k, columns: n, by: $0, into: output)
            }
        }
        initialized = k * n
    }
    let value = matmul(
        .linearAlgebraResult([k, n], scaled), u, transposingA: true, transposingB: true)
    return LinearAlgebraDerivatives.withoutDerivative("pseudoinverse", value, inputs: [a])
}
