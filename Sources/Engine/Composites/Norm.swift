// The Euclidean norm, composed from primitives.

extension Tensor {
    /// The Euclidean norm of all the elements, `‖x‖ = √(Σᵢ xᵢ²)`, as a rank-0 tensor: a
    /// vector's length, a matrix's Frobenius norm (NumPy's `linalg.norm` with its
    /// defaults). Read it with `.scalar`.
    ///
    /// ```swift
    /// Tensor<Double>([3, 4]).norm()                    // 5.0
    /// let residual = (matmul(a, x) - b).norm().scalar  // ‖A x − b‖
    /// ```
    ///
    /// The squares are taken after dividing by the largest magnitude `s` and the root is
    /// multiplied by `s` again, as LAPACK's `nrm2` does, so that the result neither
    /// overflows nor underflows when it is representable: `√(Σ xᵢ²)` written directly
    /// gives `inf` for `[1e200, 1e200]` and `0` for `[1e-200, 1e-200]` in `Double`.
    /// Differentiable, with gradient `x / ‖x‖` (and 0 at `x = 0`, where the norm has no
    /// derivative).
    public func norm() -> Tensor {
        let largest = count == 0 ? 0 : abs(primal).max().scalar
        guard largest.isFinite else { return sqrt(square(self).sum()) }
        // At zero, |x| summed has the value 0 and a zero gradient, where √(Σ x²) would
        // divide 0 by 0.
        guard largest > 0 else { return abs(self).sum() }
        // `largest` is a constant: s·√(Σ (xᵢ/s)²) equals ‖x‖ for every s > 0, so its
        // derivative with the scale held fixed is the derivative of the norm.
        return largest * sqrt(square(self / largest).sum())
    }
}
