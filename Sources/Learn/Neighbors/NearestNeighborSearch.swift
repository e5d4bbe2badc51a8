import Engine

/// Exact k-nearest-neighbour search by brute force, with the distances screened in
/// single precision.
///
/// The `O(m n d)` work of brute force is the products `qᵀx` inside
/// `‖q − x‖² = ‖q‖² + ‖x‖² − 2 qᵀx`. They are computed by a Float GEMM, twice as fast
/// as a Double one, to *shortlist* the `c > k` closest candidates of each query; the
/// shortlist is then ranked by exact Double distances `Σ (qⱼ − xⱼ)²`. The shortlist is
/// provably enough when its last approximate distance `Ã_c` exceeds the `k`-th exact
/// distance `D_k` by more than the screening error: in Float, with unit roundoff
/// `u = 2⁻²⁴`, each product is off by at most `(d + 3) u ‖q‖ ‖x‖` (conversion and
/// dot-product error bounds, Higham, *Accuracy and Stability of Numerical Algorithms*,
/// §3.1), so every point left out has exact distance above `Ã_c − 2(d + 3) u ‖q‖ max‖x‖`.
/// When that test fails — a crowd of near-equidistant points — the query falls back to
/// exact distances to every point. The result is the Double-precision answer either way:
/// nearest first, ties to the lower index.
struct NearestNeighborSearch: Sendable {
    let reference: [Double]
    let referenceSingle: [Float]
    let count: Int, dimension: Int
    let referenceNorms: [Double]
    let largestNorm: Double

    init(reference: [Double], count: Int, dimension: Int) {
        self.reference = reference
        referenceSingle = reference.map { Float($0) }
        self.count = count
        self.dimension = dimension
        referenceNorms = rowSquaredNorms(reference, rows: count, columns: dimension)
        largestNorm = (referenceNorms.max() ?? 0).squareRoot()
    }

    /// Indices and exact squared distances of the `k` nearest reference points of each
    /// query, row-major `[queryCount, k]`.
    func nearest(_ k: Int, of queries: [Double], queryCount: Int) -> (indices: [Int], squaredDistances: [Double]) {
        let n = count, d = dimension
        let shortlist = Swift.min(n, Swift.max(2 * k, k + 16))
        let queryNorms = rowSquaredNorms(queries, rows: queryCount, columns: d)
        let errorFactor = 2 * Double(d + 3) * Double(Float.ulpOfOne / 2) * 1.01 * largestNorm
        var indices = [Int](repeating: 0, count: queryCount * k)
        var distances = [Double](repeating: 0, count: queryCount * k)
        let blockRows = 256
        var products = [Float](repeating: 0, count: Swift.min(blockRows, queryCount) * n)
        var candidates = [Int](repeating: 0, count: shortlist)
        var approximate = [Double](repeating: 0, count: shortlist)
        var start = 0
        while start < queryCount {
            let rows = Swift.min(blockRows, queryCount - start)
            let block = queries[(start * d)..<((start + rows) * d)].map { Float($0) }
            products.withUnsafeMutableBufferPointer { p in
                block.withUnsafeBufferPointer { q in
                    referenceSingle.withUnsafeBufferPointer { r in
                        Float.gemm(
                            transposeA: false, transposeB: true, m: rows, n: n, k: d, alpha: 1, a: q, lda: d,
                            b: r, ldb: d, beta: 0, c: p, ldc: n)
                    }
                }
            }
            for i in 0..<rows {
                let query = start + i
                let filled = products.withUnsafeBufferPointer { p in
                    shortlistRow(p.baseAddress! + i * n, queryNorm: queryNorms[query], &candidates, &approximate)
                }
                let (best, bestDistances) = exactRanking(
                    of: Array(candidates[0..<filled]), query: query, queries: queries, k: k)
                let bound = errorFactor * queryNorms[query].squareRoot()
                let proven = filled == n || approximate[filled - 1] - bound > bestDistances[k - 1]
                let (finalIndices, finalDistances) = proven
                    ? (best, bestDistances)
                    : exactRanking(of: Array(0..<n), query: query, queries: queries, k: k)
                for j in 0..<k {
                    indices[query * k + j] = finalIndices[j]
                    distances[query * k + j] = finalDistances[j]
                }
            }
            start += rows
        }
        return (indices, distances)
    }

    /// The `candidates.count` smallest approximate distances of one query, sorted, by
    /// insertion; returns how many were filled.
    private func shortlistRow(
        _ products: UnsafePointer<Float>, queryNorm: Double, _ candidates: inout [Int], _ approximate: inout [Double]
    ) -> Int {
        let size = candidates.count
        var filled = 0
        var worst = Double.infinity
        referenceNorms.withUnsafeBufferPointer { norms in
            for j in 0..<count {
                let value = queryNorm + norms[j] - 2 * Double(products[j])
                if filled == size && !(value < worst) { continue }
                var position = filled == size ? size - 1 : filled
                while position > 0 && approximate[position - 1] > value {
                    approximate[position] = approximate[position - 1]
                    candidates[position] = candidates[position - 1]
                    position -= 1
                }
                approximate[position] = value
                candidates[position] = j
                if filled < size { filled += 1 }
                worst = filled == size ? approximate[size - 1] : .infinity
            }
        }
        return filled
    }

    /// The `k` of `points` nearest to query `query` by exact `Σ (qⱼ − xⱼ)²`, nearest
    /// first, ties to the lower index.
    private func exactRanking(of points: [Int], query: Int, queries: [Double], k: Int) -> ([Int], [Double]) {
        let d = dimension
        var scored: [(distance: Double, index: Int)] = []
        scored.reserveCapacity(points.count)
        queries.withUnsafeBufferPointer { q in
            reference.withUnsafeBufferPointer { r in
                let row = q.baseAddress! + query * d
                for index in points {
                    let other = r.baseAddress! + index * d
                    var sum = 0.0
                    for j in 0..<d {
                        let difference = row[j] - other[j]
                        sum += difference * difference
                    }
                    scored.append((sum, index))
                }
            }
        }
        let best = scored.sorted { $0.distance < $1.distance || ($0.distance == $1.distance && $0.index < $1.index) }
            .prefix(k)
        return (best.map(\.index), best.map(\.distance))
    }
}
