#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The best split of one node on one feature, found from the class counts per bin.
struct FeatureSplit {
    /// The feature had a single bin in this node: nothing to split.
    var isConstant = false
    /// Larger is better: `Σ_k c_Lk²/n_L + Σ_k c_Rk²/n_R` for Gini, and
    /// `Σ_k c_Lk log c_Lk − n_L log n_L + (the same for R)` for entropy — the children's
    /// weighted impurity with the node's constant part dropped. `-∞`: no valid split.
    var proxy = -Double.infinity
    /// Bins `...leftBin` go left, bins `rightBin...` go right (none lie between).
    var leftBin = 0, rightBin = 0
    /// The feature.
    var feature = -1
}

/// Scratch memory for split finding, one per thread: the class counts of each bin of
/// one feature, `counts[bin · K + class]`, and a bit per bin that is not empty.
///
/// The histogram of a feature over a node's `n` samples costs `n` increments; the scan
/// that follows visits only the bins that are not empty (the set bits) and clears them
/// as it goes, so everything is zero again for the next feature without a reset. Moving the
/// `c` samples of class `k` in one bin from right to left changes the Gini sums by
/// `c(2c_Lk + c)` and `c(c − 2c_Rk)`: each candidate threshold costs O(K), whatever
/// the node's size (Breiman et al., 1984; the histogram form is LightGBM's, Ke et al.,
/// 2017).
final class ClassHistogram {
    let classCount: Int
    let counts: UnsafeMutablePointer<Int32>
    /// A bit per bin: set when the bin holds a sample of the feature being evaluated.
    let occupied: UnsafeMutablePointer<UInt64>
    let leftCounts: UnsafeMutablePointer<Int>
    /// Room for one feature's codes of a node, gathered from the whole column.
    let gathered: UnsafeMutablePointer<UInt8>

    init(classCount: Int, sampleCapacity: Int) {
        gathered = .allocate(capacity: max(sampleCapacity, 1))
        self.classCount = classCount
        counts = .allocate(capacity: 256 * classCount)
        counts.initialize(repeating: 0, count: 256 * classCount)
        occupied = .allocate(capacity: 4)
        occupied.initialize(repeating: 0, count: 4)
        leftCounts = .allocate(capacity: classCount)
        leftCounts.initialize(repeating: 0, count: classCount)
    }

    deinit {
        counts.deallocate()
        occupied.deallocate()
        leftCounts.deallocate()
        gathered.deallocate()
    }

    /// The best split of a node on one feature.
    ///
    /// - Parameters:
    ///   - codes: the feature's bin for each of the node's `n` samples, `stride` apart.
    ///   - labels: the class of each of the node's samples, in the same order.
    ///   - nodeCounts: the node's class counts.
    ///   - tables: `1/k` and, for entropy, `k ln k` for every count `k` in `0...n`.
    func bestSplit(
        codes: UnsafePointer<UInt8>, stride: Int, count n: Int,
        labels: UnsafePointer<Int32>, nodeCounts: UnsafePointer<Int>,
        minSamplesLeaf: Int, tables: SplitTables
    ) -> FeatureSplit {
        let k = classCount
        for i in 0..<n {
            let bin = Int(codes[i * stride])
            counts[bin * k + Int(labels[i])] += 1
            occupied[bin >> 6] |= 1 << UInt64(bin & 63)
        }
        var split = FeatureSplit()
        let used = (0..<4).reduce(0) { $0 + occupied[$1].nonzeroBitCount }
        for c in 0..<k { leftCounts[c] = 0 }
        // Gini: Σ c_L² and Σ c_R²; entropy: Σ c_L ln c_L and Σ c_R ln c_R.
        var sumLeft = 0.0, sumRight = 0.0
        var squaresLeft = 0, squaresRight = 0
        let xLogX = tables.xLogX, inverse = tables.inverse
        if let xLogX {
            for c in 0..<k { sumRight += xLogX[nodeCounts[c]] }
        } else {
            for c in 0..<k { squaresRight += nodeCounts[c] * nodeCounts[c] }
        }
        var nLeft = 0
        var previous = -1
        // Visit the bins that hold samples, in order, by the set bits of `occupied`.
        for word in 0..<4 {
            var bits = occupied[word]
            occupied[word] = 0
            while bits != 0 {
                let bin = word << 6 | bits.trailingZeroBitCount
                bits &= bits - 1
                if used > 1, previous >= 0, nLeft >= minSamplesLeaf, n - nLeft >= minSamplesLeaf {
                    let nRight = n - nLeft
                    let proxy: Double
                    if let xLogX {
                        proxy = sumLeft - xLogX[nLeft] + sumRight - xLogX[nRight]
                    } else {
                        proxy = Double(squaresLeft) * inverse[nLeft] + Double(squaresRight) * inverse[nRight]
                    }
                    if proxy > split.proxy {
                        split.proxy = proxy
                        split.leftBin = previous
                        split.rightBin = bin
                    }
                }
                // Move the bin's samples from the right child to the left.
                let row = counts + bin * k
                for c in 0..<k {
                    let moved = Int(row[c])
                    guard moved > 0 else { continue }
                    let left = leftCounts[c], right = nodeCounts[c] - left
                    if let xLogX {
                        sumLeft += xLogX[left + moved] - xLogX[left]
                        sumRight += xLogX[right - moved] - xLogX[right]
                    } else {
                        squaresLeft += moved * (2 * left + moved)
                        squaresRight += moved * (moved - 2 * right)
                    }
                    leftCounts[c] = left + moved
                    nLeft += moved
                    row[c] = 0
                }
                previous = bin
            }
        }
        split.isConstant = used == 1
        return split
    }
}

/// Per-count constants that turn the scan's divisions and logarithms into lookups.
struct SplitTables {
    /// `k ln k` for `k` in `0...n` (entropy only).
    let xLogX: UnsafePointer<Double>?
    /// `1/k` for `k` in `0...n` (`inverse[0]` unused).
    let inverse: UnsafePointer<Double>
}
