import Foundation

/// Ticks for logarithmic and symmetric-log axes: powers of ten, thinned to every second
/// or fifth decade when there are many, or 1-2-5 steps inside a decade when there are
/// few (as matplotlib's `LogLocator` does). Narrower ranges fall back to linear ticks.
enum LogTickLocator {
    /// Decade strides tried when there are more decades than fit.
    private static let strides = [1, 2, 3, 5, 10, 20, 25, 50, 100]

    /// Usable tick sets for `limits` (both positive) on a log axis, best first.
    static func candidates(for limits: ClosedRange<Double>, target: Double, maxCount: Int) -> [Ticks] {
        let lo = log10(limits.lowerBound), hi = log10(limits.upperBound)
        guard lo.isFinite, hi.isFinite, hi > lo else {
            return TickLocator.candidates(for: limits, target: target, maxCount: maxCount)
        }
        let first = Int((lo - 1e-9).rounded(.up)), last = Int((hi + 1e-9).rounded(.down))
        var ranked: [(score: Double, ticks: Ticks)] = []
        if last >= first {
            for stride in strides {
                let exponents = (first...last).filter { $0.isMultiple(of: stride) }
                guard (2...maxCount).contains(exponents.count) else { continue }
                let score = abs(Double(exponents.count) - target) + (stride == 1 ? 0 : 0.5)
                var ticks = Ticks(
                    values: exponents.map { TickStep.decimal(1, $0) },
                    labels: TickLabelFormatter.powerLabels(exponents.map { (1, $0) }))
                if stride == 1 && exponents.count <= 8 { ticks.minor = minorTicks(limits, first - 1, last) }
                ranked.append((score, ticks))
            }
        }
        // Within about a decade: 1, 2 and 5 times each power of ten.
        var subdecade: [(Int, Int)] = []
        for exponent in (first - 1)...(last + 1) {
            for m in [1, 2, 5] where limits.contains(TickStep.decimal(m, exponent)) {
                subdecade.append((m, exponent))
            }
        }
        if (2...maxCount).contains(subdecade.count), subdecade.count > (last - first + 1) {
            let ticks = Ticks(
                values: subdecade.map { TickStep.decimal($0.0, $0.1) },
                labels: TickLabelFormatter.powerLabels(subdecade))
            ranked.append((abs(Double(subdecade.count) - target) + (last - first >= 2 ? 1 : 0), ticks))
        }
        ranked.sort { $0.score < $1.score }
        let linear = TickLocator.candidates(for: limits, target: target, maxCount: maxCount)
        return ranked.map(\.ticks) + (ranked.count < 1 || last - first < 1 ? linear : [])
    }

    /// Unlabelled ticks at 2…9 × 10^k inside `limits`.
    private static func minorTicks(_ limits: ClosedRange<Double>, _ first: Int, _ last: Int) -> [Double] {
        (first...last).flatMap { exponent in
            (2...9).map { TickStep.decimal($0, exponent) }.filter { limits.contains($0) }
        }
    }

    /// Ticks for a symmetric-log axis with linear width `width`: zero, ±width, and
    /// ±width × 10^j beyond it, every `stride`-th decade.
    static func symlogCandidates(
        for limits: ClosedRange<Double>, width: Double, target: Double, maxCount: Int
    ) -> [Ticks] {
        let scale = Scale.symlog(linearWidth: width)
        let lo = scale.forward(limits.lowerBound), hi = scale.forward(limits.upperBound)
        guard hi - lo > 2 else {
            return TickLocator.candidates(for: limits, target: target, maxCount: maxCount)
        }
        var ranked: [(score: Double, ticks: Ticks)] = []
        for stride in strides {
            // In the transformed space ±w·10^j sits at ±(1 + j); zero at 0.
            var positions: [Double] = []
            let reach = Int(max(abs(lo), abs(hi)).rounded(.up))
            for j in 0...max(reach, 0) where j.isMultiple(of: stride) {
                positions += j == 0 ? [-1, 0, 1] : [-(1 + Double(j)), 1 + Double(j)]
            }
            let inside = positions.filter { $0 >= lo - 1e-9 && $0 <= hi + 1e-9 }.sorted()
            guard (2...maxCount).contains(inside.count) else { continue }
            let values = inside.map { $0 == 0 ? 0 : scale.inverse($0) }
            let score = abs(Double(values.count) - target) + (stride == 1 ? 0 : 0.5)
            ranked.append((score, Ticks(values: values, labels: TickLabelFormatter.compactLabels(values))))
        }
        ranked.sort { $0.score < $1.score }
        return ranked.isEmpty
            ? TickLocator.candidates(for: limits, target: target, maxCount: maxCount) : ranked.map(\.ticks)
    }
}
