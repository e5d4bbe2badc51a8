import Engine

/// Squared Euclidean distances between the rows of two matrices through one matrix
/// product: `‖a − b‖² = ‖a‖² + ‖b‖² − 2 aᵀb`, so that the `O(m n d)` work is a BLAS
/// GEMM rather than a scalar loop (as scikit-learn's `euclidean_distances`). Rounding
/// can make a tiny distance slightly negative; it is clamped to zero.
///
/// Queries are processed in blocks of rows so that the block of distances stays in
/// cache whatever the number of queries.
struct PairwiseDistances {
    /// The reference points, row-major `[count, dimension]`.
    let reference: [Double]
    let count: Int
    let dimension: Int
    let referenceNorms: [Double]

    init(reference: [Double], count: Int, dimension: Int) {
        self.reference = reference
        self.count = count
        self.dimension = dimension
        referenceNorms = rowSquaredNorms(reference, rows: count, columns: dimension)
    }

    /// Calls `body(firstQuery, rows, distances)` for consecutive blocks of query rows,
    /// `distances` row-major `[rows, count]` of squared distances.
    func forEachBlock(
        of queries: [Double], queryCount: Int, blockRows: Int = 256,
        _ body: (Int, Int, UnsafeBufferPointer<Double>) -> Void
    ) {
        let d = dimension
        let queryNorms = rowSquaredNorms(queries, rows: queryCount, columns: d)
        var block = [Double](repeating: 0, count: Swift.min(blockRows, queryCount) * count)
        var start = 0
        while start < queryCount {
            let rows = Swift.min(blockRows, queryCount - start)
            block.withUnsafeMutableBufferPointer { out in
                queries.withUnsafeBufferPointer { q in
                    reference.withUnsafeBufferPointer { r in
                        Double.gemm(
                            transposeA: false, transposeB: true, m: rows, n: count, k: d, alpha: -2,
                            a: UnsafeBufferPointer(rebasing: q[(start * d)..<((start + rows) * d)]), lda: d,
                            b: r, ldb: d, beta: 0, c: out, ldc: count)
                    }
                }
                referenceNorms.withUnsafeBufferPointer { norms in
                    for i in 0..<rows {
                        let queryNorm = queryNorms[start + i]
                        let row = out.baseAddress! + i * count
                        for j in 0..<count { row[j] = Swift.max(row[j] + queryNorm + norms[j], 0) }
                    }
                }
            }
            block.withUnsafeBufferPointer { body(start, rows, UnsafeBufferPointer(rebasing: $0[0..<(rows * count)])) }
            start += rows
        }
    }
}
