import Foundation

/// Chooses an axis' limits: the ones set explicitly, or the extent of the data, padded.
enum AxisLimits {
    /// The union of the marks' extents on the axes' scales, after checking every mark
    /// and scale; nil when no mark has data the scales can show.
    static func dataBounds(_ axes: Axes) throws(PlotError) -> DataBounds? {
        try axes.xScale.validate(axis: "x")
        try axes.yScale.validate(axis: "y")
        for mark in axes.marks { try mark.validate() }
        return axes.marks.compactMap { $0.bounds(x: axes.xScale, y: axes.yScale) }.reduce(nil) {
            $0?.union($1) ?? $1
        }
    }

    /// The x and y limits `axes` will be drawn with, from its explicit limits or
    /// `bounds` (its own data's, or all shared panels'); throws ``PlotError`` naming the
    /// axes or limit at fault. `name` is how messages refer to the axes.
    static func resolve(
        _ axes: Axes, name: String, bounds: DataBounds?, padding: Double
    ) throws(PlotError) -> (x: ClosedRange<Double>, y: ClosedRange<Double>) {
        for (axis, limits, scale) in [("x", axes.xLimits, axes.xScale), ("y", axes.yLimits, axes.yScale)] {
            guard let l = limits else { continue }
            let positive = scale != .log || l.lowerBound > 0
            if !(l.lowerBound.isFinite && l.upperBound.isFinite && l.lowerBound < l.upperBound && positive) {
                throw .invalidLimits(axis: axis, lower: l.lowerBound, upper: l.upperBound)
            }
        }
        if let x = axes.xLimits, let y = axes.yLimits { return (x, y) }
        guard let bounds else {
            if axes.marks.isEmpty { throw .nothingToPlot(axes: name) }
            // Is there finite data that a log axis refused?
            let linear = axes.marks.compactMap { $0.bounds(x: .linear, y: .linear) }.first
            if linear != nil {
                let axis = axes.xScale == .log && axes.xLimits == nil ? "x" : "y"
                throw .nothingPositive(axes: name, axis: axis)
            }
            throw .noFiniteData(axes: name)
        }
        return (
            axes.xLimits ?? fitted(bounds.x, scale: axes.xScale, padding: padding, sticky: bounds.stickyX),
            axes.yLimits ?? fitted(bounds.y, scale: axes.yScale, padding: padding, sticky: bounds.stickyY)
        )
    }

    /// Limits covering `data` with `padding` (a fraction of the span, measured where the
    /// scale is linear) added at each end, so that lines do not run along the spines.
    /// Padding stops at a sticky value: bars start at their baseline, images fill the
    /// plot exactly.
    ///
    /// Constant data (all values equal, up to rounding) has no span to pad; on a linear
    /// axis it is centred in a window of one unit of its leading digit: 5 → 4.5...5.5,
    /// 0.03 → 0.025...0.035, and 0 → −1...1; on a log axis in a window of one decade.
    static func fitted(
        _ data: ClosedRange<Double>, scale: Scale = .linear, padding: Double, sticky: [Double] = []
    ) -> ClosedRange<Double> {
        if scale == .linear {
            let limits = fitted(lower: data.lowerBound, upper: data.upperBound, padding: padding, sticky: sticky)
            return limits
        }
        let lo = scale.forward(data.lowerBound), hi = scale.forward(data.upperBound)
        let span = hi - lo
        if !(span > 1e-12 * max(abs(lo), abs(hi), 1)) {
            return scale.inverse(lo - 0.5)...scale.inverse(hi + 0.5)
        }
        var low = lo - padding * span, high = hi + padding * span
        for s in sticky where scale.accepts(s) {
            let t = scale.forward(s)
            if t >= low && t <= lo { low = t }
            if t <= high && t >= hi { high = t }
        }
        return finite(scale.inverse(low), scale.inverse(high))
    }

    /// Padded limits on a linear axis; see ``fitted(_:scale:padding:sticky:)``.
    static func fitted(lower: Double, upper: Double, padding: Double, sticky: [Double] = []) -> ClosedRange<Double> {
        let magnitude = max(abs(lower), abs(upper))
        let span = upper - lower
        if span <= 1e-12 * magnitude || span == 0 {
            let center = lower + span / 2  // not (lower + upper) / 2, which can overflow
            if center == 0 { return -1...1 }
            let half = 0.5 * pow(10, floor(log10(abs(center))))
            return finite(center - half, center + half)
        }
        var low = lower - padding * span, high = upper + padding * span
        for s in sticky {
            if s >= low && s <= lower { low = s }
            if s <= high && s >= upper { high = s }
        }
        return finite(low, high)
    }

    /// `low...high` with overflowed ends pulled back to the largest finite values.
    private static func finite(_ low: Double, _ high: Double) -> ClosedRange<Double> {
        let big = Double.greatestFiniteMagnitude
        let l = min(max(low, -big), big), h = min(max(high, -big), big)
        return l < h ? l...h : l...(l.nextUp)
    }
}
