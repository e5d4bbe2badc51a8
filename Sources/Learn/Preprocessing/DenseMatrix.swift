import Engine

// Small dense-matrix helpers on row-major `[Double]` storage, shared by the estimators
// of this module. They are concrete (Double only) so that their loops are compiled
// once, optimised, inside Learn; products go to BLAS through Engine's kernels.

/// A tensor from a shape and row-major values whose count matches by construction.
func makeTensor(_ shape: [Int], _ values: [Double]) -> Tensor<Double> {
    do { return try Tensor(shape: shape, scalars: values) } catch { fatalError("\(error)") }
}

/// Row-major `C = op(A) op(B)` (`m × n`) by BLAS `dgemm`, into a new array.
func matrixProduct(
    _ a: [Double], _ b: [Double], m: Int, n: Int, k: Int,
    transposeA: Bool = false, transposeB: Bool = false
) -> [Double] {
    var c = [Double](repeating: 0, count: m * n)
    guard m > 0, n > 0, k > 0 else { return c }
    a.withUnsafeBufferPointer { a in
        b.withUnsafeBufferPointer { b in
            c.withUnsafeMutableBufferPointer { c in
                Double.gemm(
                    transposeA: transposeA, transposeB: transposeB, m: m, n: n, k: k, alpha: 1,
                    a: a, lda: transposeA ? m : k, b: b, ldb: transposeB ? k : n, beta: 0,
                    c: c, ldc: n)
            }
        }
    }
    return c
}

/// The symmetric Gram matrix of the row-major `rows × columns` matrix `a`: `AᵀA`
/// (`columns × columns`) when `ofColumns`, else `AAᵀ` (`rows × rows`). BLAS `dsyrk`
/// computes one triangle, half a GEMM's work, and the other is mirrored from it.
func gramMatrix(_ a: [Double], rows: Int, columns: Int, ofColumns: Bool) -> [Double] {
    let size = ofColumns ? columns : rows, depth = ofColumns ? rows : columns
    var c = [Double](repeating: 0, count: size * size)
    guard size > 0, depth > 0 else { return c }
    a.withUnsafeBufferPointer { a in
        c.withUnsafeMutableBufferPointer { c in
            Double.syrkUpper(transpose: ofColumns, n: size, k: depth, alpha: 1, a: a, lda: columns,
                             beta: 0, c: c, ldc: size)
            for i in 0..<size { for j in 0..<i { c[i * size + j] = c[j * size + i] } }
        }
    }
    return c
}

/// Row-major `y = op(A) x` by BLAS `dgemv`, `A` stored `rows × columns`.
func matrixVectorProduct(
    _ a: [Double], rows: Int, columns: Int, _ x: [Double], transpose: Bool = false
) -> [Double] {
    var y = [Double](repeating: 0, count: transpose ? columns : rows)
    guard rows > 0, columns > 0 else { return y }
    a.withUnsafeBufferPointer { a in
        x.withUnsafeBufferPointer { x in
            y.withUnsafeMutableBufferPointer { y in
                Double.gemv(
                    transpose: transpose, rows: rows, columns: columns, alpha: 1, a: a,
                    lda: columns, x: x, beta: 0, y: y)
            }
        }
    }
    return y
}

/// The mean of each column of a row-major `rows × columns` matrix.
func columnMeans(_ x: [Double], rows: Int, columns: Int) -> [Double] {
    var sums = [Double](repeating: 0, count: columns)
    x.withUnsafeBufferPointer { x in
        sums.withUnsafeMutableBufferPointer { sums in
            for i in 0..<rows {
                let row = i * columns
                for j in 0..<columns { sums[j] += x[row + j] }
            }
        }
    }
    let n = Double(rows)
    return sums.map { $0 / n }
}

/// The population variance of each column (two-pass: the means first).
func columnVariances(_ x: [Double], rows: Int, columns: Int, means: [Double]) -> [Double] {
    var sums = [Double](repeating: 0, count: columns)
    x.withUnsafeBufferPointer { x in
        means.withUnsafeBufferPointer { means in
            sums.withUnsafeMutableBufferPointer { sums in
                for i in 0..<rows {
                    let row = i * columns
                    for j in 0..<columns {
                        let d = x[row + j] - means[j]
                        sums[j] += d * d
                    }
                }
            }
        }
    }
    let n = Double(rows)
    return sums.map { $0 / n }
}

/// `x` with `offsets` subtracted from each row and each column divided by `scales`
/// (when given).
func shiftedAndScaled(
    _ x: [Double], rows: Int, columns: Int, subtracting offsets: [Double], dividingBy scales: [Double]? = nil
) -> [Double] {
    let inverse = scales.map { $0.map { 1 / $0 } } ?? [Double](repeating: 1, count: columns)
    return [Double](unsafeUninitializedCapacity: rows * columns) { out, initialized in
        x.withUnsafeBufferPointer { x in
            offsets.withUnsafeBufferPointer { offsets in
                inverse.withUnsafeBufferPointer { inverse in
                    for i in 0..<rows {
                        let row = i * columns
                        for j in 0..<columns { out[row + j] = (x[row + j] - offsets[j]) * inverse[j] }
                    }
                }
            }
        }
        initialized = rows * columns
    }
}

/// The squared Euclidean norm of each row of a row-major `rows × columns` matrix.
func rowSquaredNorms(_ x: [Double], rows: Int, columns: Int) -> [Double] {
    [Double](unsafeUninitializedCapacity: rows) { out, initialized in
        x.withUnsafeBufferPointer { x in
            for i in 0..<rows {
                var sum = 0.0
                let row = i * columns
                for j in 0..<columns { sum += x[row + j] * x[row + j] }
                out[i] = sum
            }
        }
        initialized = rows
    }
}

/// The dot product of two equally long arrays.
func dot(_ a: [Double], _ b: [Double]) -> Double {
    a.withUnsafeBufferPointer { a in
        b.withUnsafeBufferPointer { b in
            var sum = 0.0
            for i in 0..<a.count { sum += a[i] * b[i] }
            return sum
        }
    }
}

/// Solves the symmetric positive definite system `A X = B` by Cholesky (A `n × n`,
/// B `n × k`, both row-major), or returns `nil` when `A` is not positive definite.
func choleskySolve(_ a: [Double], n: Int, _ b: [Double], rightHandSides k: Int) -> [Double]? {
    var factor = a
    let info = factor.withUnsafeMutableBufferPointer { Double.potrf(n: n, a: $0.baseAddress!, lda: n) }
    guard info == 0 else { return nil }
    var x = b
    for transpose in [false, true] {
        let status = x.withUnsafeMutableBufferPointer { x in
            factor.withUnsafeBufferPointer { l in
                Double.trtrs(
                    lower: true, transpose: transpose, unitDiagonal: false, n: n, nrhs: k,
                    a: l.baseAddress!, lda: n, b: x.baseAddress!, ldb: k)
            }
        }
        guard status == 0 else { return nil }
    }
    return x
}
