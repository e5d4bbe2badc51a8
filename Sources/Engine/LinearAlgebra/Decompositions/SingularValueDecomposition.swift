/// The singular value decomposition `A = U Σ Vᵀ` (LAPACK `gesdd`, divide and conquer,
/// as NumPy's `svd`): `U` and `V` with orthonormal columns, `Σ` diagonal with the
/// singular values `σ₁ ≥ σ₂ ≥ … ≥ 0`.
///
/// Every matrix maps the unit sphere to an ellipsoid: `V`'s columns are the directions
/// that map to its axes, `σᵢ` their lengths, `U`'s columns their directions
/// (Trefethen & Bau, *Numerical Linear Algebra*, lecture 4). For an `m × n` matrix with
/// `k = min(m, n)`: by default (`fullMatrices: false`) `U` is `m × k`, `s` has `k`
/// elements and `Vᵀ` is `k × n`; with `fullMatrices: true`, `U` is `m × m` and `Vᵀ`
/// is `n × n` (NumPy's default).
///
/// ```swift
/// let (u, s, vt) = try svd(try Tensor<Double>([[3, 0], [0, -2]]))
/// print(s)  // [3.0, 2.0]
/// ```
///
/// Signs are LAPACK's: flipping column `i` of `U` together with row `i` of `Vᵀ` gives
/// another valid decomposition. Not differentiable yet (differentiating through it stops
/// with a message). Throws when `a` is not a matrix, holds NaN or infinity, or (rarely)
/// when the iteration does not converge.
public func svd<Scalar: LinearAlgebraScalar>(
    _ a: Tensor<Scalar>, fullMatrices: Bool = false
) throws(LinearAlgebraError) -> (u: Tensor<Scalar>, s: Tensor<Scalar>, vt: Tensor<Scalar>) {
    let (m, n) = try MatrixInput.matrix("svd", a.shape)
    try MatrixInput.finite("svd", a)
    let k = min(m, n)
    let (uColumns, vtRows) = fullMatrices ? (m, n) : (k, k)
    guard k > 0 else {
        return (.linearAlgebraResult([m, uColumns], fullMatrices ? identity(m) : []),
                .linearAlgebraResult([0], []),
                .linearAlgebraResult([vtRows, n], fullMatrices ? identity(n) : []))
    }
    var work = a.scalars
    var s = [Scalar](repeating: 0, count: k)
    var u = [Scalar](repeating: 0, count: m * uColumns)
    var vt = [Scalar](repeating: 0, count: vtRows * n)
    let info = withLAPACKBuffer(&work) { a in
        withLAPACKBuffer(&s) { s in
            withLAPACKBuffer(&u) { u in
                withLAPACKBuffer(&vt) { vt in
                    Scalar.gesdd(
                        job: fullMatrices ? UInt8(ascii: "A") : UInt8(ascii: "S"), m: m, n: n,
                        a: a, lda: n, s: s, u: u, ldu: uColumns, vt: vt, ldvt: n)
                }
            }
        }
    }
    try checkConvergence(info, routine: "gesdd", operation: "svd", shape: a.shape)
    typealias Rules = LinearAlgebraDerivatives
    return (Rules.withoutDerivative("svd", .linearAlgebraResult([m, uColumns], u), inputs: [a]),
            Rules.withoutDerivative("svd", .linearAlgebraResult([k], s), inputs: [a]),
            Rules.withoutDerivative("svd", .linearAlgebraResult([vtRows, n], vt), inputs: [a]))
}

/// The singular values `σ₁ ≥ σ₂ ≥ … ≥ 0` of a matrix alone, `min(m, n)` of them,
/// without forming `U` and `V` (LAPACK `gesdd` with job `N`): cheaper than
/// ``svd(_:fullMatrices:)``.
///
/// ```swift
/// print(try singularValues(try Tensor<Double>([[3, 0], [0, -2]])))  // [3.0, 2.0]
/// ```
///
/// Throws when `a` is not a matrix, holds NaN or infinity, or the iteration does not
/// converge.
public func singularValues<Scalar: LinearAlgebraScalar>(
    _ a: Tensor<Scalar>
) throws(LinearAlgebraError) -> Tensor<Scalar> {
    try singularValues(a, operation: "singularValues")
}

func singularValues<Scalar: LinearAlgebraScalar>(
    _ a: Tensor<Scalar>, operation: String
) throws(LinearAlgebraError) -> Tensor<Scalar> {
    let (m, n) = try MatrixInput.matrix(operation, a.shape)
    try MatrixInput.finite(operation, a)
    let k = min(m, n)
    guard k > 0 else { return .linearAlgebraResult([0], []) }
    var work = a.scalars
    var s = [Scalar](repeating: 0, count: k)
    // Not referenced with job N, but LAPACKE's row-major check still wants ldvt ≥ n.
    var unused = [Scalar](repeating: 0, count: n)
    let info = withLAPACKBuffer(&work) { a in
        withLAPACKBuffer(&s) { s in
            withLAPACKBuffer(&unused) { unused in
                Scalar.gesdd(
                    job: UInt8(ascii: "N"), m: m, n: n, a: a, lda: n, s: s,
                    u: unused, ldu: 1, vt: unused, ldvt: n)
            }
        }
    }
    try checkConvergence(info, routine: "gesdd", operation: operation, shape: a.shape)
    return LinearAlgebraDerivatives.withoutDerivative(
        operation, .linearAlgebraResult([k], s), inputs: [a])
}

/// Stops on a negative `info` (a bug); throws
/// ``LinearAlgebraError/didNotConverge(operation:shape:routine:info:)`` on a positive one.
func checkConvergence(
    _ info: Int32, routine: String, operation: String, shape: [Int]
) throws(LinearAlgebraError) {
    requireValidArguments(info, routine: routine, operation: operation)
    if info > 0 {
        throw .didNotConverge(operation: operation, shape: shape, routine: routine, info: Int(info))
    }
}
