/// A filled band between two curves over the same x values: a spread over seeds, a
/// confidence interval. Gaps (NaN, ±∞) split it into pieces.
struct BandMark: Mark {
    var x: [Double]
    var lower: [Double]
    var upper: [Double]
    var color: Color
    var label: String
    /// The colour of a line drawn through the band, for the legend's picture.
    var lineColor: Color?
    var ordinal: Int

    var name: String { label.isEmpty ? "band \(ordinal)" : "band \"\(label)\"" }

    func validate() throws(PlotError) {
        if lower.count != x.count {
            throw .countMismatch(series: name, what: "lower", count: lower.count, expected: x.count, of: "x")
        }
        if upper.count != x.count {
            throw .countMismatch(series: name, what: "upper", count: upper.count, expected: x.count, of: "x")
        }
        if x.isEmpty { throw .emptySeries(series: name) }
    }

    private func runs(_ xs: Scale, _ ys: Scale) -> [[Int]] {
        var runs: [[Int]] = [], current: [Int] = []
        for i in 0..<min(x.count, lower.count, upper.count) {
            if xs.accepts(x[i]) && ys.accepts(lower[i]) && ys.accepts(upper[i]) {
                current.append(i)
            } else if !current.isEmpty {
                runs.append(current)
                current = []
            }
        }
        if !current.isEmpty { runs.append(current) }
        return runs
    }

    func bounds(x xs: Scale, y ys: Scale) -> DataBounds? {
        let kept = runs(xs, ys).joined()
        return DataBounds.of(x: kept.map { x[$0] } + kept.map { x[$0] }, y: kept.map { lower[$0] } + kept.map { upper[$0] }, scales: (xs, ys))
    }

    func notes(x xs: Scale, y ys: Scale) -> [String] {
        guard (try? validate()) != nil else { return [] }
        let kept = Set(runs(xs, ys).joined())
        let skipped = x.indices.filter { !kept.contains($0) }
        return [skippedNote(name, skipped: skipped, total: x.count, what: "points with NaN or ±∞", consequence: "the band is broken there")]
            .compactMap { $0 }
    }

    var legendEntries: [LegendEntry] {
        guard !label.isEmpty else { return [] }
        if let lineColor { return [LegendEntry(label: label, swatch: .band(fill: color, line: lineColor))] }
        return [LegendEntry(label: label, swatch: .patch(color))]
    }

    func draw(in context: DrawContext) {
        let t = context.transform
        let rings = runs(t.x.scale, t.y.scale).map { run in
            run.map { t(x[$0], upper[$0]) } + run.reversed().map { t(x[$0], lower[$0]) }
        }
        context.canvas.fill(rings: rings, color: color)
    }

    func obstacles(_ transform: PlotTransform) -> [(Point, Point)] {
        runs(transform.x.scale, transform.y.scale).flatMap { run in
            zip(run, run.dropFirst()).flatMap { i, j in
                [(transform(x[i], upper[i]), transform(x[j], upper[j])), (transform(x[i], lower[i]), transform(x[j], lower[j]))]
            }
        }
    }
}

extension Axes {
    /// Fills the band between `lower` and `upper` over `x`, in a light tint of the next
    /// palette colour (or of `color`).
    ///
    ///     axes.band(x: epochs, lower: q10, upper: q90, label: "10–90 %")
    public mutating func band<X: Sequence, L: Sequence, U: Sequence>(
        x: X, lower: L, upper: U, label: String = "", color: Color? = nil, opacity: Double = 0.22
    ) where X.Element: PlotValue, L.Element: PlotValue, U.Element: PlotValue {
        add(BandMark(
            x: x.map(\.plotCoordinate), lower: lower.map(\.plotCoordinate), upper: upper.map(\.plotCoordinate),
            color: (color ?? nextColor()).opacity(opacity), label: label, lineColor: nil,
            ordinal: ordinal(of: BandMark.self)))
    }

    /// Draws the mean of several runs (seeds) as a line, with a band of ± `deviations`
    /// standard deviations around it, in one colour; the legend shows both. Each run is
    /// one curve over `x`; NaN entries (a run that stopped early) are left out of that
    /// point's statistics.
    ///
    ///     axes.meanBand(x: epochs, runs: lossesPerSeed, label: "Adam (5 seeds)")
    public mutating func meanBand<X: Sequence>(
        x: X, runs: [[Double]], deviations: Double = 1, label: String = "", color: Color? = nil
    ) where X.Element: PlotValue {
        let xs = x.map(\.plotCoordinate)
        let length = runs.map(\.count).max() ?? 0
        var mean = [Double](repeating: .nan, count: length), spread = mean
        for i in 0..<length {
            let values = runs.compactMap { i < $0.count && $0[i].isFinite ? $0[i] : nil }
            guard !values.isEmpty else { continue }
            let m = values.reduce(0, +) / Double(values.count)
            let variance = values.count > 1
                ? values.map { ($0 - m) * ($0 - m) }.reduce(0, +) / Double(values.count - 1) : 0
            mean[i] = m
            spread[i] = deviations * variance.squareRoot()
        }
        let color = color ?? nextColor()
        add(BandMark(
            x: xs, lower: zip(mean, spread).map { $0 - $1 }, upper: zip(mean, spread).map { $0 + $1 },
            color: color.opacity(0.22), label: label, lineColor: color, ordinal: ordinal(of: BandMark.self)))
        line(x: xs, y: mean, color: color)
    }
}
