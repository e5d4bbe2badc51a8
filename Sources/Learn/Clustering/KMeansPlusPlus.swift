import Engine
import Foundation

/// k-means++ seeding (Arthur & Vassilvitskii, "k-means++: the advantages of careful
/// seeding", SODA 2007), in the greedy form scikit-learn uses: the first centre is a
/// uniformly random point; each next one is drawn with probability proportional to the
/// squared distance `D(x)²` to the nearest centre chosen so far — far points are
/// likely, so the centres spread over the clusters — and, greedily, of
/// `2 + ⌊ln k⌋` such draws the one that most lowers the total `Σ D(x)²` is kept.
///
/// Returns `k` centres, row-major `[k, d]`.
func kMeansPlusPlus(
    _ x: [Double], rows n: Int, columns d: Int, clusters k: Int, generator: inout SeededGenerator
) -> [Double] {
    let trials = 2 + Int(log(Double(k)))
    let points = PairwiseDistances(reference: x, count: n, dimension: d)
    var centers = [Double](repeating: 0, count: k * d)
    func copyPoint(_ index: Int, toCenter c: Int) {
        for j in 0..<d { centers[c * d + j] = x[index * d + j] }
    }
    let first = generator.int(in: 0..<n)
    copyPoint(first, toCenter: 0)
    var closest = [Double](repeating: 0, count: n)
    points.forEachBlock(of: Array(x[(first * d)..<((first + 1) * d)]), queryCount: 1) { _, _, row in
        for i in 0..<n { closest[i] = row[i] }
    }
    var potential = closest.reduce(0, +)
    for c in 1..<k {
        // Candidates by inverting the cumulative sum of D(x)² at uniform draws.
        var cumulative = [Double](repeating: 0, count: n)
        var running = 0.0
        for i in 0..<n { running += closest[i]; cumulative[i] = running }
        let candidates = (0..<trials).map { _ -> Int in
            let target = generator.uniform() * potential
            var low = 0, high = n - 1
            while low < high {
                let middle = (low + high) / 2
                if cumulative[middle] < target { low = middle + 1 } else { high = middle }
            }
            return low
        }
        var candidatePoints = [Double](repeating: 0, count: trials * d)
        for (t, index) in candidates.enumerated() {
            for j in 0..<d { candidatePoints[t * d + j] = x[index * d + j] }
        }
        var bestPotential = Double.infinity, bestTrial = 0
        var bestDistances = closest
        points.forEachBlock(of: candidatePoints, queryCount: trials, blockRows: trials) { _, rows, block in
            for t in 0..<rows {
                var total = 0.0
                for i in 0..<n { total += Swift.min(closest[i], block[t * n + i]) }
                if total < bestPotential {
                    bestPotential = total
                    bestTrial = t
                }
            }
            for i in 0..<n { bestDistances[i] = Swift.min(closest[i], block[bestTrial * n + i]) }
        }
        closest = bestDistances
        potential = bestPotential
        copyPoint(candidates[bestTrial], toCenter: c)
    }
    return centers
}
