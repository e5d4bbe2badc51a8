/// The matrix product of two tensors, computed by OpenBLAS (`sgemm`/`dgemm`, or
/// `sgemv`/`dgemv` when one operand is a vector).
///
/// Shapes follow NumPy's `matmul` for ranks 1 and 2, where `op(A)` is `A` or `Aᵀ`:
/// `[m, k] x [k, n] → [m, n]`, `[m, k] x [k] → [m]`, `[k] x [k, n] → [n]`,
/// `[k] x [k] → []` (the dot product). The transpose flags are handed to BLAS, which
/// reads the operand transposed in place: `matmul(x, w, transposingB: true)` never
/// copies `w`. They have no effect on a vector.
///
/// ```swift
/// let a = try Tensor<Float>([[1, 2], [3, 4]])
/// let b = try Tensor<Float>([[5, 6], [7, 8]])
/// print(matmul(a, b))                      // [[19.0, 22.0], [43.0, 50.0]]
/// print(matmul(a, b, transposingA: true))  // [[26.0, 30.0], [38.0, 44.0]]
/// print(matmul(a, Tensor([1, 1])))         // [3.0, 7.0]
/// ```
///
/// Stops the program when the inner dimensions differ, e.g.
/// `matmul: [32, 10] x [20, 5] — inner dimensions 10 and 20 differ`.
public func matmul<Scalar>(
    _ a: Tensor<Scalar>, _ b: Tensor<Scalar>,
    transposingA: Bool = false, transposingB: Bool = false
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
