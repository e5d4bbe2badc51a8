import Foundation

/// Tick positions on one axis and their labels.
struct Ticks: Equatable, Sendable {
    var values: [Double]
    var labels: [String]
    /// Positions of small unlabelled ticks, such as 2…9 × 10^k on a log axis.
    var minor: [Double] = []
}

/// Chooses tick positions at "nice numbers" inside an axis' limits.
///
/// Candidate steps are 1, 2, 2.5 and 5 × 10^k (Heckbert, "Nice numbers for graph
/// labels", Graphics Gems, 1990, extended with 2.5 as in Talbot, Lin & Hanrahan, "An
/// Extension of Wilkinson's Algorithm for Positioning Tick Labels on Axes", 2010). Ticks
/// are the multiples of the step inside the limits. Candidates are ranked by how close
/// their tick count is to a target, which the layout derives from the axis length; 2.5
/// ranks a little lower because its multiples are harder to read (2.5, 7.5).
enum TickLocator {
    /// Every usable tick set for `limits` with between 2 and `maxCount` ticks, best first.
    /// The layout takes the first one whose labels fit without overlapping.
    static func candidates(
        for limits: ClosedRange<Double>, target: Double, maxCount: Int = 8
    ) -> [Ticks] {
        let lower = limits.lowerBound, upper = limits.upperBound
        let span = upper - lower
        guard span > 0, span.isFinite else { return [endpoints(limits)] }
        let decade = Int(floor(log10(span)))
        var ranked: [(score: Double, step: Double, ticks: Ticks)] = []
        for exponent in (decade - 2)...(decade + 1) {
            let steps = [
                TickStep(digits: 1, exponent: exponent), TickStep(digits: 2, exponent: exponent),
                TickStep(digits: 25, exponent: exponent - 1), TickStep(digits: 5, exponent: exponent),
            ]
            for step in steps {
                guard let indices = indices(of: step, in: limits),
                    (2...maxCount).contains(indices.count)
                else { continue }
                let penalty = step.digits == 25 ? 0.75 : 0
                let score = abs(Double(indices.count) - target) + penalty
                let ticks = Ticks(
                    values: indices.map(step.tick),
                    labels: TickLabelFormatter.labels(indices: indices, step: step))
                ranked.append((score, step.value, ticks))
            }
        }
        // Equal scores: prefer the larger step (fewer, sparser labels).
        ranked.sort { $0.score != $1.score ? $0.score < $1.score : $0.step > $1.step }
        return ranked.isEmpty ? [endpoints(limits)] : ranked.map(\.ticks)
    }

    /// Usable tick sets for `limits` on an axis with `scale`, best first.
    static func candidates(
        for limits: ClosedRange<Double>, scale: Scale, target: Double, maxCount: Int = 8
    ) -> [Ticks] {
        switch scale {
        case .linear: return candidates(for: limits, target: target, maxCount: maxCount)
        case .log: return LogTickLocator.candidates(for: limits, target: target, maxCount: maxCount)
        case .symlog(let width):
            return LogTickLocator.symlogCandidates(
                for: limits, width: width, target: target, maxCount: maxCount)
        }
    }

    /// The best tick set for `limits` when label widths do not matter.
    static func ticks(for limits: ClosedRange<Double>, target: Double, maxCount: Int = 8) -> Ticks {
        candidates(for: limits, target: target, maxCount: maxCount)[0]
    }

    /// Multiples of `step` inside `limits` (with a little tolerance for rounding at the
    /// ends), or nil when the multiples' indices would not fit comfortably in an `Int`.
    private static func indices(of step: TickStep, in limits: ClosedRange<Double>) -> ClosedRange<Int>? {
        let size = step.value
        let first = (limits.lowerBound / size - 1e-9).rounded(.up)
        let last = (limits.upperBound / size + 1e-9).rounded(.down)
        guard abs(first) < 1e15, abs(last) < 1e15, first <= last else { return nil }
        return Int(first)...Int(last)
    }

    /// Fallback when no nice step fits (limits narrower than `Double` can subdivide):
    /// a tick at each end, labelled with the shortest exact decimal.
    private static func endpoints(_ limits: ClosedRange<Double>) -> Ticks {
        let values = [limits.lowerBound, limits.upperBound]
        return Ticks(values: values, labels: values.map { "\($0)" })
    }
}
