import Engine

/// One run of Lloyd's algorithm from given centres, as scikit-learn's `_kmeans_single_lloyd`:
/// assign, move the centres, stop when the assignments repeat (strict convergence) or
/// the centres' total squared movement is at most `tolerance`; after a non-strict stop,
/// one more assignment to the final centres.
struct LloydIteration {
    let x: [Double]
    let rows: Int, columns: Int, clusters: Int
    let rowNorms: [Double]
    /// The absolute tolerance on the total squared movement of the centres.
    let tolerance: Double
    let maxIterations: Int

    /// What one assignment pass leaves: each point's centre and squared distance, and
    /// each cluster's coordinate sums and size.
    struct Assignment {
        var labels: [Int]
        var minimum: [Double]
        var sums: [Double]
        var counts: [Int]
    }

    func run(from initial: [Double]) -> FittedKMeans {
        let n = rows, d = columns, k = clusters
        var centers = initial
        var previous = [Int](repeating: -1, count: n)
        var pass = Assignment(
            labels: previous, minimum: [Double](repeating: 0, count: n),
            sums: [Double](repeating: 0, count: k * d), counts: [Int](repeating: 0, count: k))
        var iterations = 0
        var strict = false
        for iteration in 0..<maxIterations {
            assign(centers, &pass)
            let updated = newCenters(pass)
            var shift = 0.0
            for i in 0..<(k * d) { shift += (updated[i] - centers[i]) * (updated[i] - centers[i]) }
            centers = updated
            iterations = iteration + 1
            if pass.labels == previous { strict = true; break }
            if shift <= tolerance { break }
            previous = pass.labels
        }
        if !strict { assign(centers, &pass) }
        let inertia = pass.minimum.reduce(0, +)
        return FittedKMeans(
            centers: makeTensor([k, d], centers), labels: pass.labels, inertia: inertia, iterations: iterations)
    }

    /// The nearest centre of every point, `‖x‖² − 2xᵀμ + ‖μ‖²` with the products by GEMM,
    /// and the clusters' sums — over blocks of 256 rows, so that a block is read from
    /// memory once and its GEMM packing stays in cache (one product over all of `X`
    /// would stream a packed copy of the whole matrix through memory; scikit-learn's
    /// Lloyd step works in such chunks too).
    func assign(_ centers: [Double], _ pass: inout Assignment) {
        let n = rows, d = columns, k = clusters
        let centerNorms = rowSquaredNorms(centers, rows: k, columns: d)
        let blockRows = 256
        var products = [Double](repeating: 0, count: blockRows * k)
        for i in 0..<(k * d) { pass.sums[i] = 0 }
        for c in 0..<k { pass.counts[c] = 0 }
        var start = 0
        while start < n {
            let count = Swift.min(blockRows, n - start)
            products.withUnsafeMutableBufferPointer { p in
                x.withUnsafeBufferPointer { x in
                    centers.withUnsafeBufferPointer { c in
                        Double.gemm(
                            transposeA: false, transposeB: true, m: count, n: k, k: d, alpha: 1,
                            a: UnsafeBufferPointer(rebasing: x[(start * d)..<((start + count) * d)]), lda: d,
                            b: c, ldb: d, beta: 0, c: p, ldc: k)
                    }
                    pass.sums.withUnsafeMutableBufferPointer { sums in
                        for i in 0..<count {
                            var best = 0, bestValue = Double.infinity
                            for c in 0..<k {
                                let value = centerNorms[c] - 2 * p[i * k + c]
                                if value < bestValue { bestValue = value; best = c }
                            }
                            let row = start + i
                            pass.labels[row] = best
                            pass.minimum[row] = Swift.max(bestValue + rowNorms[row], 0)
                            pass.counts[best] += 1
                            let target = sums.baseAddress! + best * d, source = x.baseAddress! + row * d
                            for j in 0..<d { target[j] += source[j] }
                        }
                    }
                }
            }
            start += count
        }
    }

    /// The mean of each cluster's points; an empty cluster takes the point farthest from
    /// its centre (the farthest first), as scikit-learn relocates.
    func newCenters(_ pass: Assignment) -> [Double] {
        let d = columns, k = clusters
        var sums = pass.sums, counts = pass.counts
        let empty = (0..<k).filter { counts[$0] == 0 }
        if !empty.isEmpty {
            let farthest = pass.minimum.indices.sorted { pass.minimum[$0] > pass.minimum[$1] }
            for (slot, c) in empty.enumerated() {
                let point = farthest[slot]
                let old = pass.labels[point]
                for j in 0..<d {
                    sums[c * d + j] = x[point * d + j]
                    sums[old * d + j] -= x[point * d + j]
                }
                counts[c] = 1
                counts[old] -= 1
            }
        }
        for c in 0..<k where counts[c] > 0 {
            let scale = 1 / Double(counts[c])
            for j in 0..<d { sums[c * d + j] *= scale }
        }
        return sums
    }
}
