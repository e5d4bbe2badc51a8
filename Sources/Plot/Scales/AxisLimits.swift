import Foundation

/// Chooses an axis' limits: the ones set explicitly, or the extent of the data, padded.
enum AxisLimits {
    /// The x and y limits `axes` will be drawn with, after checking its series and any
    /// explicit limits; throws ``PlotError`` naming the series or limit at fault.
    static func resolve(_ axes: Axes, padding: Double) throws(PlotError)
        -> (x: ClosedRange<Double>, y: ClosedRange<Double>)
    {
        for line in axes.lines { try line.validate() }
        for (name, limits) in [("x", axes.xLimits), ("y", axes.yLimits)] {
            if let l = limits, !(l.lowerBound.isFinite && l.upperBound.isFinite && l.lowerBound < l.upperBound) {
                throw .invalidLimits(axis: name, lower: l.lowerBound, upper: l.upperBound)
            }
        }
        if let x = axes.xLimits, let y = axes.yLimits { return (x, y) }
        if axes.lines.isEmpty { throw .nothingToPlot(axes: axes.name) }
        let points = axes.lines.flatMap { $0.runs.joined() }
        guard let first = points.first else { throw .noFiniteData(axes: axes.name) }
        var lower = first, upper = first
        for p in points {
            lower = DataPoint(x: min(lower.x, p.x), y: min(lower.y, p.y))
            upper = DataPoint(x: max(upper.x, p.x), y: max(upper.y, p.y))
        }
        return (
            axes.xLimits ?? fitted(lower: lower.x, upper: upper.x, padding: padding),
            axes.yLimits ?? fitted(lower: lower.y, upper: upper.y, padding: padding)
        )
    }

    /// Limits covering `lower...upper` with `padding` (a fraction of the span) added at
    /// each end, so that lines do not run along the spines.
    ///
    /// Constant data (all values equal, up to rounding) has no span to pad; it is centred
    /// in a window of one unit of its leading digit: 5 → 4.5...5.5, 0.03 → 0.025...0.035,
    /// and 0 → −1...1.
    static func fitted(lower: Double, upper: Double, padding: Double) -> ClosedRange<Double> {
        let magnitude = max(abs(lower), abs(upper))
        let span = upper - lower
        if span <= 1e-12 * magnitude || span == 0 {
            let center = lower + span / 2  // not (lower + upper) / 2, which can overflow
            if center == 0 { return -1...1 }
            let half = 0.5 * pow(10, floor(log10(abs(center))))
            return (center - half)...(center + half)
        }
        return (lower - padding * span)...(upper + padding * span)
    }
}
