extension LinearAlgebraDerivatives {
    /// The VJP of `X = solve(A, B)`, i.e. of `X = A⁻¹ B` (Giles, 2008, §3.1):
    ///
    ///     B̄ = A⁻ᵀ X̄        Ā = −B̄ Xᵀ
    ///
    /// one more solve, with the transpose, and an outer product. `B`, `X` and `X̄` are all
    /// vectors `[n]` or all matrices `[n, k]`; `B̄` has their shape, `Ā` is `[n, n]`.
    ///
    /// ```swift
    /// let a = try Tensor<Double>([[3, 1], [1, 2]])
    /// let x = try solve(a, Tensor([9, 8]))  // [2, 3]
    /// let (ā, b̄) = try LinearAlgebraDerivatives.solveVJP(a: a, x: x, cotangent: Tensor([1, 0]))
    /// print(b̄)  // [0.4, -0.2], the first column of A⁻ᵀ (up to rounding)
    /// ```
    ///
    /// Throws what `solve` throws (it cannot, when the forward `solve` succeeded).
    public static func solveVJP<Scalar: LinearAlgebraScalar>(
        a: Tensor<Scalar>, x: Tensor<Scalar>, cotangent: Tensor<Scalar>
    ) throws(LinearAlgebraError) -> (a: Tensor<Scalar>, b: Tensor<Scalar>) {
        let bBar = try solve(a.transposed(), cotangent)
        let aBar = -matmul(asMatrix(bBar), asMatrix(x), transposingB: true)
        return (aBar, bBar)
    }

    /// The JVP of `X = solve(A, B)`: differentiating `A X = B` gives `Ȧ X + A Ẋ = Ḃ`, so
    ///
    ///     Ẋ = A⁻¹ (Ḃ − Ȧ X)
    ///
    /// where `Ȧ` is `[n, n]` and `Ḃ` has `B`'s shape; a nil tangent is zero.
    public static func solveJVP<Scalar: LinearAlgebraScalar>(
        a: Tensor<Scalar>, x: Tensor<Scalar>, aTangent: Tensor<Scalar>?, bTangent: Tensor<Scalar>?
    ) throws(LinearAlgebraError) -> Tensor<Scalar> {
        var rightHandSide = bTangent ?? x * 0
        if let aTangent { rightHandSide = rightHandSide - matmul(aTangent, x) }
        return try solve(a, rightHandSide)
    }

    /// The VJP of `X = solveTriangular(T, B, …)`, i.e. of `X = M⁻¹ B` with `M = op(T)`:
    /// as for ``solveVJP(a:x:cotangent:)``, `B̄ = M⁻ᵀ X̄` and `M̄ = −B̄ Xᵀ`; then `T̄` is
    /// `M̄` (transposed back when `op` transposes) kept to the entries of `T` that the
    /// solve reads — its triangle, without the diagonal when `unitDiagonal`.
    public static func solveTriangularVJP<Scalar: LinearAlgebraScalar>(
        t: Tensor<Scalar>, x: Tensor<Scalar>, cotangent: Tensor<Scalar>,
        lower: Bool, transposingA: Bool, unitDiagonal: Bool
    ) throws(LinearAlgebraError) -> (t: Tensor<Scalar>, b: Tensor<Scalar>) {
        let bBar = try solveTriangular(
            t, cotangent, lower: lower, transposingA: !transposingA, unitDiagonal: unitDiagonal)
        // T̄ = −(B̄ Xᵀ), or −(X B̄ᵀ) = −(B̄ Xᵀ)ᵀ when M = Tᵀ.
        let mBar = transposingA
            ? matmul(asMatrix(x), asMatrix(bBar), transposingB: true)
            : matmul(asMatrix(bBar), asMatrix(x), transposingB: true)
        let tBar = -(mBar * readMask(t.shape[0], lower: lower, unitDiagonal: unitDiagonal))
        return (tBar, bBar)
    }

    /// The JVP of `X = solveTriangular(T, B, …)`: `Ẋ = M⁻¹ (Ḃ − Ṁ X)`, where `Ṁ = op(Ṫ)`
    /// with `Ṫ` kept to the entries the solve reads.
    public static func solveTriangularJVP<Scalar: LinearAlgebraScalar>(
        t: Tensor<Scalar>, x: Tensor<Scalar>, tTangent: Tensor<Scalar>?, bTangent: Tensor<Scalar>?,
        lower: Bool, transposingA: Bool, unitDiagonal: Bool
    ) throws(LinearAlgebraError) -> Tensor<Scalar> {
        var rightHandSide = bTangent ?? x * 0
        if let tTangent {
            let read = tTangent * readMask(t.shape[0], lower: lower, unitDiagonal: unitDiagonal)
            rightHandSide = rightHandSide - matmul(read, x, transposingA: transposingA)
        }
        return try solveTriangular(
            t, rightHandSide, lower: lower, transposingA: transposingA, unitDiagonal: unitDiagonal)
    }
}
