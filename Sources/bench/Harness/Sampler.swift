import Foundation

/// Times closures as a benchmark should: warm-up first, enough calls per sample that
/// the clock's resolution does not matter, several samples, the median.
///
/// Candidates compared with each other are sampled in turn (ours, reference, ours, …),
/// so that a slow drift of the machine — another process, the CPU's clock — affects
/// both alike instead of whichever ran second.
struct Sampler {
    /// Samples taken and discarded before measuring.
    var warmUpSamples = 1
    /// Samples measured; the figure is their median.
    var repeats = 7
    /// How long one sample should last, in seconds.
    var sampleSeconds = 0.05

    /// The median seconds per call of each candidate, all given the same number of
    /// calls per sample (calibrated on the first).
    func secondsPerCall(_ candidates: [() -> Void]) -> [Double] {
        guard let first = candidates.first else { return [] }
        let calls = calibrate(first)
        for _ in 0..<warmUpSamples { for candidate in candidates { _ = time(candidate, calls) } }
        var samples = [[Double]](repeating: [], count: candidates.count)
        for _ in 0..<repeats {
            for (index, candidate) in candidates.enumerated() {
                samples[index].append(time(candidate, calls) / Double(calls))
            }
        }
        return samples.map(median)
    }

    /// The number of calls that lasts about `sampleSeconds`, found by doubling.
    private func calibrate(_ body: () -> Void) -> Int {
        var calls = 1
        while true {
            let seconds = time(body, calls)
            if seconds >= sampleSeconds / 4 || calls >= 1 << 26 {
                return max(1, Int((Double(calls) * sampleSeconds / max(seconds, 1e-9)).rounded()))
            }
            calls *= 2
        }
    }

    private func time(_ body: () -> Void, _ calls: Int) -> Double {
        let start = ContinuousClock.now
        for _ in 0..<calls { body() }
        return (ContinuousClock.now - start).seconds
    }
}

/// The median wall time of `repeats` calls of `body` (at least one), and the last
/// result: for workloads whose single call lasts long enough to time on its own.
func timedMedian<T>(_ repeats: Int, _ body: () -> T) -> (T, Double) {
    var times: [Double] = [], result: T? = nil
    for _ in 0..<max(1, repeats) {
        let start = ContinuousClock.now
        result = body()
        times.append((ContinuousClock.now - start).seconds)
    }
    return (result!, median(times))
}

extension Duration {
    /// The duration in seconds.
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) * 1e-18 }
}

/// The middle value (the mean of the two middle values for an even count).
func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    let middle = sorted.count / 2
    return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

/// Keeps a value alive and opaque to the optimiser, so that the work producing it is
/// not removed as dead code.
@inline(never)
func blackHole<T>(_ value: T) {
    withExtendedLifetime(value) {}
}
