import Engine

/// Helpers shared by the synthetic generators.
enum Synthetic {
    /// `count` evenly spaced values from `start` to `end`, both included (NumPy's
    /// `linspace`); `[start]` for one value.
    static func linspace(_ start: Double, _ end: Double, count: Int) -> [Double] {
        guard count > 1 else { return count == 1 ? [start] : [] }
        let step = (end - start) / Double(count - 1)
        return (0..<count).map { $0 == count - 1 ? end : start + Double($0) * step }
    }

    /// `total` split into `parts` counts that differ by at most one, the larger first
    /// (as scikit-learn's `make_blobs` splits samples between centres).
    static func split(_ total: Int, into parts: Int) -> [Int] {
        (0..<parts).map { total / parts + ($0 < total % parts ? 1 : 0) }
    }

    /// Adds independent normal noise to every coordinate, x then y, point by point.
    static func addNoise(_ xy: inout [Double], standardDeviation: Double, generator: inout SeededGenerator) {
        guard standardDeviation > 0 else { return }
        for i in xy.indices { xy[i] += generator.normal(mean: 0, standardDeviation: standardDeviation) }
    }

    /// Interleaved `[x0, y0, x1, y1, ...]` as an `[n, 2]` tensor.
    static func points(_ xy: [Double]) -> Tensor<Double> {
        makeTensor(shape: [xy.count / 2, 2], scalars: xy)
    }
}
