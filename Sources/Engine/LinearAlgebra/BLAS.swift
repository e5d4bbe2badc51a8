internal import CBLAS

// The GEMM and GEMV kernels of `TensorScalar`: thin bridges to OpenBLAS's CBLAS
// interface. CBLAS is imported `internal`, so lessons that use tensors need no BLAS
// headers. Leading dimensions are clamped to 1, as BLAS requires even for empty
// matrices.

@inline(__always)
private func transposeFlag(_ transpose: Bool) -> CBLAS_TRANSPOSE {
    transpose ? CblasTrans : CblasNoTrans
}

/// The BLAS ``TensorScalar`` kernels for `Float` (`cblas_sgemm`, `cblas_sgemv`).
extension Float {
    public static func gemm(
        transposeA: Bool, transposeB: Bool, m: Int, n: Int, k: Int,
        alpha: Float, a: UnsafeBufferPointer<Float>, lda: Int,
        b: UnsafeBufferPointer<Float>, ldb: Int,
        beta: Float, c: UnsafeMutableBufferPointer<Float>, ldc: Int
    ) {
        cblas_sgemm(
            CblasRowMajor, transposeFlag(transposeA), transposeFlag(transposeB),
            blasint(m), blasint(n), blasint(k), alpha, a.baseAddress, blasint(max(1, lda)),
            b.baseAddress, blasint(max(1, ldb)), beta, c.baseAddress, blasint(max(1, ldc)))
    }

    public static func gemv(
        transpose: Bool, rows: Int, columns: Int, alpha: Float,
        a: UnsafeBufferPointer<Float>, lda: Int, x: UnsafeBufferPointer<Float>,
        beta: Float, y: UnsafeMutableBufferPointer<Float>
    ) {
        cblas_sgemv(
            CblasRowMajor, transposeFlag(transpose), blasint(rows), blasint(columns),
            alpha, a.baseAddress, blasint(max(1, lda)), x.baseAddress, 1, beta, y.baseAddress, 1)
    }
}

/// The BLAS ``TensorScalar`` kernels for `Double` (`cblas_dgemm`, `cblas_dgemv`).
extension Double {
    public static func gemm(
        transposeA: Bool, transposeB: Bool, m: Int, n: Int, k: Int,
        alpha: Double, a: UnsafeBufferPointer<Double>, lda: Int,
        b: UnsafeBufferPointer<Double>, ldb: Int,
        beta: Double, c: UnsafeMutableBufferPointer<Double>, ldc: Int
    ) {
        cblas_dgemm(
            CblasRowMajor, transposeFlag(transposeA), transposeFlag(transposeB),
            blasint(m), blasint(n), blasint(k), alpha, a.baseAddress, blasint(max(1, lda)),
            b.baseAddress, blasint(max(1, ldb)), beta, c.baseAddress, blasint(max(1, ldc)))
    }

    /// Row-major SYRK into the upper triangle of `C` (`n × n`): `C ← α·AᵀA + β·C` for
    /// `A` stored `k × n` when `transpose`, else `C ← α·AAᵀ + β·C` for `A` stored
    /// `n × k`. Half the flops of the GEMM that gives the same symmetric matrix; the
    /// strictly lower triangle is left as it was.
    public static func syrkUpper(
        transpose: Bool, n: Int, k: Int, alpha: Double, a: UnsafeBufferPointer<Double>, lda: Int,
        beta: Double, c: UnsafeMutableBufferPointer<Double>, ldc: Int
    ) {
        cblas_dsyrk(
            CblasRowMajor, CblasUpper, transposeFlag(transpose), blasint(n), blasint(k),
            alpha, a.baseAddress, blasint(max(1, lda)), beta, c.baseAddress, blasint(max(1, ldc)))
    }

    public static func gemv(
        transpose: Bool, rows: Int, columns: Int, alpha: Double,
        a: UnsafeBufferPointer<Double>, lda: Int, x: UnsafeBufferPointer<Double>,
        beta: Double, y: UnsafeMutableBufferPointer<Double>
    ) {
        cblas_dgemv(
            CblasRowMajor, transposeFlag(transpose), blasint(rows), blasint(columns),
            alpha, a.baseAddress, blasint(max(1, lda)), x.baseAddress, 1, beta, y.baseAddress, 1)
    }
}
