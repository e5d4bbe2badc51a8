/// The matrix product of two tensors, computed by OpenBLAS (`sgemm`/`dgemm`, or
/// `sgemv`/`dgemv` when one operand is a vector), and differentiable.
///
/// Shapes follow NumPy's `matmul`, where `op(A)` is `A` or `Aᵀ`:
/// `[m, k] x [k, n] → [m, n]`, `[m, k] x [k] → [m]`, `[k] x [k, n] → [n]`,
/// `[k] x [k] → []` (the dot product), and stacks of matrices
/// `[..., m, k] x [..., k, n] → [..., m, n]` whose leading (batch) axes broadcast; a
/// stack times one matrix is a single GEMM. The transpose flags are handed to BLAS, which
/// reads the operand transposed in place: `matmul(x, w, transposingB: true)` never copies
/// `w`. They have no effect on a vector.
///
/// ```swift
/// let a = try Tensor<Float>([[1, 2], [3, 4]])
/// let b = try Tensor<Float>([[5, 6], [7, 8]])
/// print(matmul(a, b))                      // [[19.0, 22.0], [43.0, 50.0]]
/// print(matmul(a, b, transposingA: true))  // [[26.0, 30.0], [38.0, 44.0]]
/// print(matmul(a, Tensor([1, 1])))         // [3.0, 7.0]
/// ```
///
/// The derivatives are matrix products themselves, with flags instead of copies:
/// for C = op(A)·op(B), op(A)‾ = C̄·op(B)ᵀ and op(B)‾ = op(A)ᵀ·C̄.
///
/// Stops the program when the inner dimensions differ, e.g.
/// `matmul: [32, 10] x [20, 5] — inner dimensions 10 and 20 differ`.
public func matmul<Scalar>(
    _ a: Tensor<Scalar>, _ b: Tensor<Scalar>,
    transposingA: Bool = false, transposingB: Bool = false
) -> Tensor<Scalar> {
    let tA = transposingA && a.rank >= 2, tB = transposingB && b.rank >= 2
    let value =
        a.rank > 2 || b.rank > 2
        ? batchedProduct(a, b, tA, tB) : matrixProduct(a, b, tA, tB)
    return .binaryPrimitive(
        "matmul", a, b, value,
        vjp: { g, _, a, b, needs in
            // Vectors become a row (left) or a column (right) so that one rule serves all.
            let a2 = a.rank == 1 ? a.reshaped([1, a.count]) : a
            let b2 = b.rank == 1 ? b.reshaped([b.count, 1]) : b
            let rows = tA ? a2.shape[a2.rank - 1] : a2.shape[a2.rank - 2]
            let columns = tB ? b2.shape[b2.rank - 2] : b2.shape[b2.rank - 1]
            let g2 = a.rank <= 2 && b.rank <= 2 ? g.reshaped([rows, columns]) : g
            let ga =
                needs.0
                ? (tA
                    ? matmul(b2, g2, transposingA: tB, transposingB: true)
                    : matmul(g2, b2, transposingB: !tB)) : nil
            var gb: Tensor<Scalar>? = nil
            if needs.1, b.rank == 2, a.rank > 2, !tA {
                // A stack times one matrix: fold the stack into the rows, one GEMM.
                let flatA = a.reshaped([-1, a.shape[a.rank - 1]])
                let flatG = g2.reshaped([-1, columns])
                gb = tB
                    ? matmul(flatG, flatA, transposingA: true)
                    : matmul(flatA, flatG, transposingA: true)
            } else if needs.1 {
                gb = tB
                    ? matmul(g2, a2, transposingA: true, transposingB: tA)
                    : matmul(a2, g2, transposingA: !tA)
            }
            return (
                ga.map { a.rank == 1 ? $0.reshaped(a.shape) : $0 },
                gb.map { b.rank == 1 ? $0.reshaped(b.shape) : $0 })
        },
        jvp: { ta, tb, _, a, b in
            Tensor.sum(
                ta.map { matmul($0, b, transposingA: tA, transposingB: tB) },
                tb.map { matmul(a, $0, transposingA: tA, transposingB: tB) })
        })
}

/// One BLAS call for operands of rank 1 or 2.
private func matrixProduct<Scalar>(
    _ a: Tensor<Scalar>, _ b: Tensor<Scalar>, _ transposingA: Bool, _ transposingB: Bool
) -> Tensor<Scalar> {
    let plan = checked {
        try MatmulPlan(a.shape, b.shape, transposingA: transposingA, transposingB: transposingB)
    }
    // With k = 0 BLAS returns without writing its output; the product is all zeros.
    guard plan.k > 0 else { return .zeros(plan.resultShape) }
    return Tensor(shape: plan.resultShape) { c in
        a.storage.withUnsafeBufferPointer { a in
            b.storage.withUnsafeBufferPointer { b in
                switch plan.kernel {
                case let .gemm(transposeA, transposeB, m, n, lda, ldb):
                    Scalar.gemm(
                        transposeA: transposeA, transposeB: transposeB, m: m, n: n, k: plan.k,
                        alpha: 1, a: a, lda: lda, b: b, ldb: ldb, beta: 0, c: c, ldc: n)
                case let .gemv(matrixOnLeft, transpose, rows, columns):
                    Scalar.gemv(
                        transpose: transpose, rows: rows, columns: columns, alpha: 1,
                        a: matrixOnLeft ? a : b, lda: columns, x: matrixOnLeft ? b : a,
                        beta: 0, y: c)
                }
            }
        }
    }
}

/// Stacks of matrices: one GEMM per batch element, the batch axes broadcast; a stack
/// times a single untransposed-on-the-left matrix is folded into one GEMM.
private func batchedProduct<Scalar>(
    _ a: Tensor<Scalar>, _ b: Tensor<Scalar>, _ transposingA: Bool, _ transposingB: Bool
) -> Tensor<Scalar> {
    let plan = checked {
        try BatchedMatmulPlan(a.shape, b.shape, transposingA: transposingA, transposingB: transposingB)
    }
    if b.rank == 2, !transposingA {
        let rows = a.count / Swift.max(1, a.shape[a.rank - 1])
        let folded = matrixProduct(a.reshaped([rows, a.shape[a.rank - 1]]), b, false, transposingB)
        return Tensor(unchecked: plan.resultShape, storage: folded.storage)
    }
    guard plan.k > 0 else { return .zeros(plan.resultShape) }
    let (m, n, k) = (plan.m, plan.n, plan.k)
    let aStrides = BroadcastLayout.strides(of: Array(a.shape.dropLast(2)), in: plan.batchShape)
    let bStrides = BroadcastLayout.strides(of: Array(b.shape.dropLast(2)), in: plan.batchShape)
    let aSize = a.shape.suffix(2).reduce(1, *), bSize = b.shape.suffix(2).reduce(1, *)
    let lda = a.shape[a.rank - 1], ldb = b.shape[b.rank - 1]
    let batchCount = plan.batchShape.reduce(1, *)
    return Tensor(shape: plan.resultShape) { c in
        a.storage.withUnsafeBufferPointer { aAll in
            b.storage.withUnsafeBufferPointer { bAll in
                for batch in 0..<batchCount {
                    var rest = batch, aOffset = 0, bOffset = 0
                    for axis in plan.batchShape.indices.reversed() {
                        let index = rest % plan.batchShape[axis]
                        rest /= plan.batchShape[axis]
                        aOffset += index * aStrides[axis]
                        bOffset += index * bStrides[axis]
                    }
                    Scalar.gemm(
                        transposeA: transposingA, transposeB: transposingB, m: m, n: n, k: k,
                        alpha: 1,
                        a: UnsafeBufferPointer(rebasing: aAll[(aOffset * aSize)...].prefix(aSize)),
                        lda: lda,
                        b: UnsafeBufferPointer(rebasing: bAll[(bOffset * bSize)...].prefix(bSize)),
                        ldb: ldb, beta: 0,
                        c: UnsafeMutableBufferPointer(rebasing: c[(batch * m * n)...].prefix(m * n)),
                        ldc: n)
                }
            }
        }
    }
}

/// The shapes of a product of stacks of matrices (both operands of rank ≥ 2).
struct BatchedMatmulPlan {
    let batchShape: [Int]
    let m: Int, n: Int, k: Int
    var resultShape: [Int] { batchShape + [m, n] }

    init(_ a: [Int], _ b: [Int], transposingA: Bool, transposingB: Bool) throws(ShapeError) {
        for shape in [a, b] where shape.count < 2 {
            throw .unsupportedRank(
                operation: "matmul", expected: "matrices to multiply a stack of matrices",
                shape: shape)
        }
        let (rowsA, colsA) = (a[a.count - 2], a[a.count - 1])
        let (rowsB, colsB) = (b[b.count - 2], b[b.count - 1])
        (m, k) = transposingA ? (colsA, rowsA) : (rowsA, colsA)
        let kB: Int
        (kB, n) = transposingB ? (colsB, rowsB) : (rowsB, colsB)
        guard k == kB else {
            throw .innerDimensionsDiffer(
                lhs: a, rhs: b, transposingA: transposingA, transposingB: transposingB)
        }
        guard let batch = try? ShapeRules.broadcast("matmul", Array(a.dropLast(2)), Array(b.dropLast(2)))
        else { throw .batchMismatch(lhs: a, rhs: b) }
        batchShape = batch
    }
}

/// How `matmul` maps its operands onto one BLAS call, worked out from shapes alone.
struct MatmulPlan {
    enum Kernel {
        /// `C[m, n] = op(A) op(B)`, both operands matrices.
        case gemm(transposeA: Bool, transposeB: Bool, m: Int, n: Int, lda: Int, ldb: Int)
        /// `y = op(M) x`, where `M` is the matrix operand, stored `rows × columns`.
        case gemv(matrixOnLeft: Bool, transpose: Bool, rows: Int, columns: Int)
    }

    let kernel: Kernel
    /// The inner dimension the product sums over.
    let k: Int
    let resultShape: [Int]

    init(_ a: [Int], _ b: [Int], transposingA: Bool, transposingB: Bool) throws(ShapeError) {
        for shape in [a, b] where shape.count != 1 && shape.count != 2 {
            throw .unsupportedRank(
                operation: "matmul", expected: "a matrix or a vector", shape: shape)
        }
        let transposingA = transposingA && a.count == 2
        let transposingB = transposingB && b.count == 2
        // Dimensions after the optional transposes; a vector is a row on the left and a
        // column on the right.
        let (m, kA) = a.count == 2 ? (transposingA ? (a[1], a[0]) : (a[0], a[1])) : (1, a[0])
        let (kB, n) = b.count == 2 ? (transposingB ? (b[1], b[0]) : (b[0], b[1])) : (b[0], 1)
        guard kA == kB else {
            throw .innerDimensionsDiffer(
                lhs: a, rhs: b, transposingA: transposingA, transposingB: transposingB)
        }
        k = kA
        switch (a.count, b.count) {
        case (2, 2):
            kernel = .gemm(
                transposeA: transposingA, transposeB: transposingB, m: m, n: n,
                lda: a[1], ldb: b[1])
            resultShape = [m, n]
        case (2, 1):
            kernel = .gemv(matrixOnLeft: true, transpose: transposingA, rows: a[0], columns: a[1])
            resultShape = [m]
        case (1, 2):
            // x op(B) = op(B)ᵀ x: BLAS transposes B exactly when the caller did not.
            kernel = .gemv(matrixOnLeft: false, transpose: !transposingB, rows: b[0], columns: b[1])
            resultShape = [n]
        default:
            // The dot product: the left vector as a 1 × k matrix.
            kernel = .gemv(matrixOnLeft: true, transpose: false, rows: 1, columns: k)
            resultShape = []
        }
    }
}
