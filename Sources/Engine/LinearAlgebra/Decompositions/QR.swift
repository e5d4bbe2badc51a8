/// Which factors ``qr(_:mode:)`` returns for an `m × n` matrix, `k = min(m, n)`.
public enum QRMode: Sendable {
    /// `Q` is `m × k` with orthonormal columns, `R` is `k × n`: NumPy's `"reduced"`.
    case reduced
    /// `Q` is `m × m` orthogonal, `R` is `m × n`: NumPy's `"complete"`.
    case complete
}

/// The QR decomposition `A = Q R`: `Q` with orthonormal columns, `R` upper triangular,
/// by Householder reflections (LAPACK `geqrf` + `orgqr`, as NumPy's `qr`).
///
/// Each reflection `I − τ v vᵀ` zeroes one column below the diagonal; their product is
/// `Q` (Golub & Van Loan, *Matrix Computations*, §5.2). Unlike Gram–Schmidt, `Q` stays
/// orthogonal to working precision however ill-conditioned `A` is, which is why least
/// squares is solved this way: `min ‖A x − b‖` is `R x = Qᵀ b`.
///
/// ```swift
/// let (q, r) = try qr(try Tensor<Double>([[3, 1], [4, 2]]))
/// print(r)  // [[-5.0, -2.2], [0.0, 0.4]] (up to rounding)
/// ```
///
/// Signs are LAPACK's: `R`'s diagonal may be negative; flipping the sign of column `i`
/// of `Q` and row `i` of `R` gives another valid pair. Not differentiable yet
/// (differentiating through it stops with a message). Throws when `a` is not a matrix
/// or holds NaN or infinity.
public func qr<Scalar: LinearAlgebraScalar>(
    _ a: Tensor<Scalar>, mode: QRMode = .reduced
) throws(LinearAlgebraError) -> (q: Tensor<Scalar>, r: Tensor<Scalar>) {
    let (m, n) = try MatrixInput.matrix("qr", a.shape)
    try MatrixInput.finite("qr", a)
    let k = min(m, n)
    let qColumns = mode == .complete ? m : k
    let rRows = mode == .complete ? m : k
    guard k > 0 else {
        let q = mode == .complete ? identity(m) : [Scalar]()
        return (.linearAlgebraResult([m, qColumns], q),
                .linearAlgebraResult([rRows, n], [Scalar](repeating: 0, count: rRows * n)))
    }
    var reflectors = a.scalars
    var tau = [Scalar](repeating: 0, count: k)
    let info = withLAPACKBuffer(&reflectors) { pointer in
        withLAPACKBuffer(&tau) { Scalar.geqrf(m: m, n: n, a: pointer, lda: n, tau: $0) }
    }
    requireValidArguments(info, routine: "geqrf", operation: "qr")
    let r = triangle(of: reflectors, stride: n, rows: rRows, columns: n, part: .upper)

    // orgqr forms Q in place over the reflectors; it needs qColumns columns of room.
    var q: [Scalar]
    var stride: Int
    if qColumns <= n {
        (q, stride) = (reflectors, n)
    } else {
        (q, stride) = (copyBlock(reflectors, stride: n, rows: m, columns: n, toStride: m), m)
    }
    let formInfo = withLAPACKBuffer(&q) { pointer in
        withLAPACKInput(tau) {
            Scalar.orgqr(m: m, n: qColumns, k: k, a: pointer, lda: stride, tau: $0)
        }
    }
    requireValidArguments(formInfo, routine: "orgqr", operation: "qr")
    if stride != qColumns {
        q = copyBlock(q, stride: stride, rows: m, columns: qColumns, toStride: qColumns)
    }
    typealias Rules = LinearAlgebraDerivatives
    return (Rules.withoutDerivative("qr", .linearAlgebraResult([m, qColumns], q), inputs: [a]),
            Rules.withoutDerivative("qr", .linearAlgebraResult([rRows, n], r), inputs: [a]))
}

/// The `n × n` identity matrix, row-major.
func identity<Scalar: LinearAlgebraScalar>(_ n: Int) -> [Scalar] {
    var scalars = [Scalar](repeating: 0, count: n * n)
    for i in 0..<n { scalars[i * n + i] = 1 }
    return scalars
}

/// The `rows × columns` top-left block of a row-major matrix of row stride `stride`,
/// copied row by row into a matrix of row stride `toStride` (zeros beyond `columns`).
func copyBlock<Scalar: LinearAlgebraScalar>(
    _ source: [Scalar], stride: Int, rows: Int, columns: Int, toStride: Int
) -> [Scalar] {
    var result = [Scalar](repeating: 0, count: rows * toStride)
    let rowBytes = columns * MemoryLayout<Scalar>.stride
    source.withUnsafeBytes { source in
        result.withUnsafeMutableBytes { destination in
            guard let from = source.baseAddress, let to = destination.baseAddress else { return }
            let elementSize = MemoryLayout<Scalar>.stride
            for row in 0..<rows {
                (to + row * toStride * elementSize)
                    .copyMemory(from: from + row * stride * elementSize, byteCount: rowBytes)
            }
        }
    }
    return result
}
