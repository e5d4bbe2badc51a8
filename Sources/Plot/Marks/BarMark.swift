/// Vertical bars from a baseline: a bar chart, or a histogram's bins. Each bar spans
/// `left[i]...right[i]` in x and `baseline...height[i]` in y.
struct BarMark: Mark {
    var left: [Double]
    var right: [Double]
    var heights: [Double]
    var baseline: Double
    var color: Color
    var label: String
    var kind: String
    var ordinal: Int
    /// A histogram's bins touch: a thin light outline keeps them apart.
    var outlined: Bool

    var name: String { label.isEmpty ? "\(kind) \(ordinal)" : "\(kind) \"\(label)\"" }

    func validate() throws(PlotError) {
        if left.count != heights.count {
            throw .countMismatch(series: name, what: "heights", count: heights.count, expected: left.count, of: "x")
        }
        if heights.isEmpty { throw .emptySeries(series: name) }
        if !baseline.isFinite { throw .invalidArgument("\(name): baseline must be finite") }
    }

    /// Bars that can be drawn: finite edges and a finite height.
    private func drawable(_ xScale: Scale, _ yScale: Scale) -> [Int] {
        (0..<min(left.count, heights.count)).filter {
            xScale.accepts(left[$0]) && xScale.accepts(right[$0]) && yScale.accepts(heights[$0])
        }
    }

    func bounds(x: Scale, y: Scale) -> DataBounds? {
        let kept = drawable(x, y)
        guard !kept.isEmpty else { return nil }
        let xs = kept.flatMap { [left[$0], right[$0]] }
        var ys = kept.map { heights[$0] }
        if y.accepts(baseline) { ys.append(baseline) }
        let sticky = y.accepts(baseline) ? [baseline] : []
        return DataBounds(x: xs.min()!...xs.max()!, y: ys.min()!...ys.max()!, stickyY: sticky)
    }

    func notes(x: Scale, y: Scale) -> [String] {
        guard left.count == heights.count else { return [] }
        let kept = Set(drawable(x, y))
        let skipped = heights.indices.filter { !kept.contains($0) }
        return [skippedNote(name, skipped: skipped, total: heights.count, what: "bars with NaN or ±∞", consequence: "they are not drawn")]
            .compactMap { $0 }
    }

    var legendEntries: [LegendEntry] {
        label.isEmpty ? [] : [LegendEntry(label: label, swatch: .patch(color))]
    }

    private func rects(_ t: PlotTransform) -> [Rect] {
        drawable(t.x.scale, t.y.scale).compactMap { i in
            let a = t(left[i], heights[i])
            // On a log axis a baseline at 0 has no position: bars start at the bottom.
            var base = t.y(baseline)
            if !base.isFinite { base = max(t.y.range.start, t.y.range.end) }
            let b = Point(x: t.x(right[i]), y: base)
            guard a.x.isFinite, a.y.isFinite, b.x.isFinite else { return nil }
            return Rect(minX: min(a.x, b.x), minY: min(a.y, b.y), maxX: max(a.x, b.x), maxY: max(a.y, b.y))
        }
    }

    func draw(in context: DrawContext) {
        context.canvas.fill(
            rects(context.transform), color: color, edge: outlined ? context.theme.background : nil, edgeWidth: 0.5)
    }

    func obstacles(_ transform: PlotTransform) -> [(Point, Point)] {
        rects(transform).flatMap { r in
            [(Point(x: r.minX, y: r.minY), Point(x: r.maxX, y: r.maxY)), (Point(x: r.minX, y: r.maxY), Point(x: r.maxX, y: r.minY))]
        }
    }
}

extension Axes {
    /// Adds one bar per category, labelled on the x axis: bar i stands at x = i.
    ///
    ///     axes.bars(["SGD", "Adam", "RMSProp"], heights: [0.91, 0.95, 0.94], label: "accuracy")
    public mutating func bars<H: Sequence>(
        _ categories: [String], heights: H, label: String = "", color: Color? = nil, width: Double = 0.7
    ) where H.Element: PlotValue {
        bars(x: categories.indices.map(Double.init), heights: heights, label: label, color: color, width: width)
        setXTicks(categories.indices.map(Double.init), labels: categories)
        showsXGrid = false
    }

    /// Adds bars of `heights` centred at `x`, `width` wide in data units; several calls
    /// with offset x values make grouped bars. Bars start at `baseline` (0), which stays
    /// on the axis without padding.
    ///
    ///     axes.bars(x: [0, 1, 2].map { $0 - 0.2 }, heights: train, width: 0.4, label: "train")
    ///     axes.bars(x: [0, 1, 2].map { $0 + 0.2 }, heights: test, width: 0.4, label: "test")
    public mutating func bars<X: Sequence, H: Sequence>(
        x: X, heights: H, label: String = "", color: Color? = nil, width: Double = 0.7, baseline: Double = 0
    ) where X.Element: PlotValue, H.Element: PlotValue {
        let centres = x.map(\.plotCoordinate)
        add(BarMark(
            left: centres.map { $0 - width / 2 }, right: centres.map { $0 + width / 2 },
            heights: heights.map(\.plotCoordinate), baseline: baseline, color: color ?? nextColor(), label: label,
            kind: "bars", ordinal: ordinal(of: BarMark.self), outlined: false))
    }
}
