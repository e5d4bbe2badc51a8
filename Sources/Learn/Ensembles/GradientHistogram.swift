import Foundation

/// The sums of gradients and hessians, and the sample count, in every bin of every
/// feature, for the samples of one node of a boosted tree (the "histogram" of
/// LightGBM, Ke et al., 2017, and scikit-learn's `HistGradientBoosting`).
///
/// Feature `f`'s bins are entries `offsets[f]..<offsets[f + 1]`. A split's gain needs
/// only these sums, so once a node's histogram is built the best threshold of a
/// feature costs one pass over its ≤ 256 bins, however many samples the node holds.
/// A child's histogram is its parent's minus its sibling's, so only the smaller child
/// of each split is built from its samples (the subtraction trick).
final class GradientHistogram {
    /// `(Σg, Σh)` per bin.
    let sums: UnsafeMutablePointer<SIMD2<Double>>
    /// Samples per bin.
    let counts: UnsafeMutablePointer<UInt32>
    let size: Int

    init(size: Int) {
        self.size = size
        sums = .allocate(capacity: max(size, 1))
        counts = .allocate(capacity: max(size, 1))
    }

    deinit {
        sums.deallocate()
        counts.deallocate()
    }

    /// `self ← self − other`, entry by entry: a parent's histogram becomes the histogram
    /// of the child whose sibling `other` is.
    func subtract(_ other: GradientHistogram, entries: Range<Int>) {
        for i in entries {
            sums[i] -= other.sums[i]
            counts[i] &-= other.counts[i]
        }
    }

    /// Builds the histogram of `features` over a small node's samples from the
    /// row-major codes: 64 features of a sample are one cache line there, where they
    /// would be 64 lines in the columns. Features are taken 64 at a time, so that their
    /// bins (≈ 320 KB) stay in cache while every sample adds to them.
    func buildFromRows(
        features: Range<Int>, layout: HistogramLayout, rowCodes: UnsafePointer<UInt8>, columns d: Int,
        samples: UnsafePointer<Int32>, count m: Int, gradients: UnsafePointer<SIMD2<Double>>
    ) {
        let offsets = layout.offsets
        let first = offsets[features.lowerBound], last = offsets[features.upperBound]
        (sums + first).update(repeating: .zero, count: last - first)
        (counts + first).update(repeating: 0, count: last - first)
        offsets.withUnsafeBufferPointer { offsets in
            for blockStart in stride(from: features.lowerBound, to: features.upperBound, by: 64) {
                let blockEnd = min(blockStart + 64, features.upperBound)
                for j in 0..<m {
                    let row = rowCodes + Int(samples[j]) * d
                    let g = gradients[j]
                    for f in blockStart..<blockEnd {
                        let entry = offsets[f] + Int(row[f])
                        sums[entry] += g
                        counts[entry] &+= 1
                    }
                }
            }
        }
    }

    /// Builds the histogram of `features` over a node's samples from the column-major
    /// codes, for large nodes (whose samples cover most of each column).
    ///
    /// - Parameters:
    ///   - codes: all codes, column-major, `rows` per column.
    ///   - samples: the node's samples (`nil`: every row, in order).
    ///   - gradients: `(g, h)` of the node's samples, in the order of `samples`.
    func build(
        features: Range<Int>, layout: HistogramLayout, codes: UnsafePointer<UInt8>, rows: Int,
        samples: UnsafePointer<Int32>?, count m: Int, gradients: UnsafePointer<SIMD2<Double>>,
        scratch: HistogramScratch
    ) {
        for f in features {
            let column = codes + f * rows
            let start = layout.offsets[f], bins = layout.offsets[f + 1] - start
            let sums = sums + start, counts = counts + start
            if m < 4 * bins {
                // Few samples: accumulate straight into the node's histogram.
                sums.update(repeating: .zero, count: bins)
                counts.update(repeating: 0, count: bins)
                if let samples {
                    for j in 0..<m {
                        let b = Int(column[Int(samples[j])])
                        sums[b] += gradients[j]
                        counts[b] &+= 1
                    }
                } else {
                    for j in 0..<m {
                        let b = Int(column[j])
                        sums[b] += gradients[j]
                        counts[b] &+= 1
                    }
                }
                continue
            }
            // Many samples: two interleaved copies, so that consecutive samples in the
            // same bin (a pixel's common zero) do not wait on each other's store.
            let a = scratch.sums, b = scratch.sums + 256
            let ca = scratch.counts, cb = scratch.counts + 256
            a.update(repeating: .zero, count: 512)
            ca.update(repeating: 0, count: 512)
            var j = 0
            if let samples {
                while j + 1 < m {
                    let b0 = Int(column[Int(samples[j])]), b1 = Int(column[Int(samples[j + 1])])
                    a[b0] += gradients[j]
                    b[b1] += gradients[j + 1]
                    ca[b0] &+= 1
                    cb[b1] &+= 1
                    j += 2
                }
                if j < m {
                    let b0 = Int(column[Int(samples[j])])
                    a[b0] += gradients[j]
                    ca[b0] &+= 1
                }
            } else {
                while j + 1 < m {
                    let b0 = Int(column[j]), b1 = Int(column[j + 1])
                    a[b0] += gradients[j]
                    b[b1] += gradients[j + 1]
                    ca[b0] &+= 1
                    cb[b1] &+= 1
                    j += 2
                }
                if j < m {
                    let b0 = Int(column[j])
                    a[b0] += gradients[j]
                    ca[b0] &+= 1
                }
            }
            for bin in 0..<bins {
                sums[bin] = a[bin] + b[bin]
                counts[bin] = ca[bin] &+ cb[bin]
            }
        }
    }
}

/// Where each feature's bins start in a ``GradientHistogram``.
struct HistogramLayout: Sendable {
    /// `offsets[f]..<offsets[f + 1]` are feature `f`'s bins; `offsets[d]` is the total.
    let offsets: [Int]

    init(_ binning: FeatureBinning) {
        var offsets = [0]
        for f in 0..<binning.columns { offsets.append(offsets[f] + binning.binCount(f)) }
        self.offsets = offsets
    }

    var size: Int { offsets.last ?? 0 }
}

/// Per-thread scratch for ``GradientHistogram/build``: two 256-bin copies.
final class HistogramScratch {
    let sums = UnsafeMutablePointer<SIMD2<Double>>.allocate(capacity: 512)
    let counts = UnsafeMutablePointer<UInt32>.allocate(capacity: 512)

    deinit {
        sums.deallocate()
        counts.deallocate()
    }
}

/// Histograms kept for reuse across nodes and trees: a fresh 3 MB allocation per node
/// would spend more time faulting in pages than building the histogram.
final class GradientHistogramPool: @unchecked Sendable {
    let size: Int
    private var free: [GradientHistogram] = []
    private let lock = NSLock()

    init(size: Int) { self.size = size }

    func take() -> GradientHistogram {
        lock.lock()
        defer { lock.unlock() }
        return free.popLast() ?? GradientHistogram(size: size)
    }

    func give(_ histogram: GradientHistogram) {
        lock.lock()
        defer { lock.unlock() }
        free.append(histogram)
    }
}
