/// Points with vertical error bars from `lower[i]` to `upper[i]`, capped at both ends.
struct ErrorBarMark: Mark {
    var x: [Double]
    var y: [Double]
    var lower: [Double]
    var upper: [Double]
    var color: Color
    var label: String
    var marker: Marker?
    var ordinal: Int

    var name: String { label.isEmpty ? "error bars \(ordinal)" : "error bars \"\(label)\"" }

    func validate() throws(PlotError) {
        if x.count != y.count { throw .lengthMismatch(series: name, xCount: x.count, yCount: y.count) }
        if lower.count != y.count {
            throw .countMismatch(series: name, what: "errors", count: lower.count, expected: y.count, of: "y")
        }
        if y.isEmpty { throw .emptySeries(series: name) }
    }

    private func drawable(_ xs: Scale, _ ys: Scale) -> [Int] {
        (0..<min(x.count, y.count, lower.count, upper.count)).filter {
            xs.accepts(x[$0]) && ys.accepts(y[$0]) && lower[$0].isFinite && upper[$0].isFinite
        }
    }

    func bounds(x xs: Scale, y ys: Scale) -> DataBounds? {
        let kept = drawable(xs, ys)
        let bx = kept.map { x[$0] } + kept.map { x[$0] }
        let by = kept.map { ys.accepts(lower[$0]) ? lower[$0] : y[$0] } + kept.map { upper[$0] }
        return DataBounds.of(x: bx, y: by, scales: (xs, ys))
    }

    func notes(x xs: Scale, y ys: Scale) -> [String] {
        guard (try? validate()) != nil else { return [] }
        let kept = Set(drawable(xs, ys))
        let skipped = y.indices.filter { !kept.contains($0) }
        return [skippedNote(name, skipped: skipped, total: y.count, what: "points with NaN or ±∞", consequence: "they are not drawn")]
            .compactMap { $0 }
    }

    var legendEntries: [LegendEntry] {
        label.isEmpty ? [] : [LegendEntry(label: label, swatch: .line(color, width: 1.25, style: .solid, marker: marker ?? .circle))]
    }

    func draw(in context: DrawContext) {
        let t = context.transform
        let cap = 3.0
        var segments: [(Point, Point)] = []
        var centres: [Point] = []
        for i in drawable(t.x.scale, t.y.scale) {
            let px = t.x(x[i])
            var low = t.y(lower[i])
            if !low.isFinite { low = max(t.y.range.start, t.y.range.end) }  // ≤ 0 on a log axis
            let high = t.y(upper[i])
            segments.append((Point(x: px, y: low), Point(x: px, y: high)))
            segments.append((Point(x: px - cap, y: low), Point(x: px + cap, y: low)))
            segments.append((Point(x: px - cap, y: high), Point(x: px + cap, y: high)))
            centres.append(Point(x: px, y: t.y(y[i])))
        }
        context.canvas.strokeSegments(segments, color: color, width: 1.25)
        context.canvas.markers(
            marker ?? .circle, at: centres, size: 5.5, fill: color, edge: context.theme.background, edgeWidth: 0.75)
    }

    func obstacles(_ transform: PlotTransform) -> [(Point, Point)] {
        drawable(transform.x.scale, transform.y.scale).map {
            (transform(x[$0], lower[$0]), transform(x[$0], upper[$0]))
        }
    }
}

extension Axes {
    /// Adds points with symmetric error bars: from y − error to y + error.
    ///
    ///     axes.errorBars(x: sizes, y: meanAccuracy, errors: stdAccuracy, label: "5 seeds")
    public mutating func errorBars<X: Sequence, Y: Sequence, E: Sequence>(
        x: X, y: Y, errors: E, label: String = "", color: Color? = nil, marker: Marker? = nil
    ) where X.Element: PlotValue, Y.Element: PlotValue, E.Element: PlotValue {
        let ys = y.map(\.plotCoordinate), es = errors.map(\.plotCoordinate)
        let n = min(ys.count, es.count)
        add(ErrorBarMark(
            x: x.map(\.plotCoordinate), y: ys,
            lower: es.count == ys.count ? (0..<n).map { ys[$0] - es[$0] } : es,
            upper: es.count == ys.count ? (0..<n).map { ys[$0] + es[$0] } : es,
            color: color ?? nextColor(), label: label, marker: marker, ordinal: ordinal(of: ErrorBarMark.self)))
    }

    /// Adds points with error bars from `lower[i]` to `upper[i]` (an interval that
    /// need not be symmetric, such as a confidence interval or quantiles).
    ///
    ///     axes.errorBars(x: ks, y: medians, lower: q25, upper: q75, label: "median, IQR")
    public mutating func errorBars<X: Sequence, Y: Sequence, L: Sequence, U: Sequence>(
        x: X, y: Y, lower: L, upper: U, label: String = "", color: Color? = nil, marker: Marker? = nil
    ) where X.Element: PlotValue, Y.Element: PlotValue, L.Element: PlotValue, U.Element: PlotValue {
        let lows = lower.map(\.plotCoordinate), highs = upper.map(\.plotCoordinate)
        add(ErrorBarMark(
            x: x.map(\.plotCoordinate), y: y.map(\.plotCoordinate), lower: lows,
            upper: highs.count == lows.count ? highs : lows, color: color ?? nextColor(), label: label,
            marker: marker, ordinal: ordinal(of: ErrorBarMark.self)))
    }
}
