import Foundation

/// The bins of a histogram: edges at round numbers, so that they line up with ticks.
struct HistogramBins: Equatable {
    var edges: [Double]
    var counts: [Double]

    /// Counts of `values` in `bins` equal-width bins over `range` (or the values'
    /// extent). Without `bins`, about √n bins (between 10 and 50) of a nice width
    /// (1, 2, 2.5 or 5 × 10^k) starting at a multiple of it. The last bin includes its
    /// right edge, as NumPy's does; values outside the range are not counted.
    static func make(_ values: [Double], bins: Int?, range: ClosedRange<Double>?) -> HistogramBins? {
        let finite = values.filter(\.isFinite)
        guard let low = range?.lowerBound ?? finite.min(), let high = range?.upperBound ?? finite.max() else { return nil }
        var edges: [Double]
        if let bins {
            let span = high > low ? high - low : 1
            let start = high > low ? low : low - 0.5
            edges = (0...bins).map { start + span * Double($0) / Double(bins) }
        } else if high > low {
            let wanted = Double(min(50, max(10, Int(Double(finite.count).squareRoot()))))
            let step = TickLocator.ticks(for: low...high, target: wanted, maxCount: 60).values
            let width = step.count >= 2 ? step[1] - step[0] : (high - low) / wanted
            let first = (low / width).rounded(.down), last = (high / width).rounded(.up)
            let n = max(Int(last - first), 1)
            edges = (0...n).map { (first + Double($0)) * width }
            if edges[edges.count - 1] < high { edges.append(edges[edges.count - 1] + width) }
        } else {
            edges = [low - 0.5, low + 0.5]
        }
        var counts = [Double](repeating: 0, count: edges.count - 1)
        let first = edges[0], last = edges[edges.count - 1]
        let width = (last - first) / Double(counts.count)
        for v in finite where v >= first && v <= last {
            var k = min(Int((v - first) / width), counts.count - 1)
            // Floating-point division can land one bin off next to an edge.
            while k > 0 && v < edges[k] { k -= 1 }
            while k < counts.count - 1 && v >= edges[k + 1] { k += 1 }
            counts[k] += 1
        }
        return HistogramBins(edges: edges, counts: counts)
    }
}

extension Axes {
    /// Adds a histogram of `values`: counts per bin, or with `density` a probability
    /// density (the bars' areas sum to 1, comparable with a density curve). NaN and
    /// infinite values are skipped with a note; see ``HistogramBins`` for the bins.
    ///
    ///     axes.histogram(samples, label: "samples", density: true)
    ///     axes.line(x: grid, y: grid.map(normalDensity), label: "N(0, 1)")
    public mutating func histogram<V: Sequence>(
        _ values: V, bins: Int? = nil, range: ClosedRange<Double>? = nil, density: Bool = false,
        label: String = "", color: Color? = nil, opacity: Double = 0.75
    ) where V.Element: PlotValue {
        let data = values.map(\.plotCoordinate)
        let name = label.isEmpty ? "histogram \(ordinal(of: HistogramMark.self))" : "histogram \"\(label)\""
        if let bins, bins < 1 {
            add(InvalidMark(error: .invalidArgument("\(name): bins must be at least 1, got \(bins)")))
            return
        }
        if let range, !(range.lowerBound.isFinite && range.upperBound.isFinite && range.lowerBound < range.upperBound) {
            add(InvalidMark(error: .invalidArgument("\(name): range \(range) must be finite with lower < upper")))
            return
        }
        guard let h = HistogramBins.make(data, bins: bins, range: range) else {
            add(InvalidMark(error: data.isEmpty ? .emptySeries(series: name) : .noFiniteData(axes: name)))
            return
        }
        var heights = h.counts
        if density {
            let total = h.counts.reduce(0, +)
            heights = zip(h.counts, zip(h.edges, h.edges.dropFirst())).map { count, edge in
                total > 0 ? count / (total * (edge.1 - edge.0)) : 0
            }
        }
        add(HistogramMark(
            bars: BarMark(
                left: Array(h.edges.dropLast()), right: Array(h.edges.dropFirst()), heights: heights, baseline: 0,
                color: (color ?? nextColor()).opacity(opacity), label: label, kind: "histogram",
                ordinal: ordinal(of: HistogramMark.self), outlined: true),
            skipped: data.indices.filter { !data[$0].isFinite }, total: data.count))
    }
}

/// A histogram: its bars, and a note about values that could not be counted.
struct HistogramMark: Mark {
    var bars: BarMark
    var skipped: [Int]
    var total: Int

    var name: String { bars.name }
    func validate() throws(PlotError) { try bars.validate() }
    func bounds(x: Scale, y: Scale) -> DataBounds? { bars.bounds(x: x, y: y) }
    func notes(x: Scale, y: Scale) -> [String] {
        [skippedNote(name, skipped: skipped, total: total, what: "values with NaN or ±∞", consequence: "they are not counted")]
            .compactMap { $0 }  // empty bins on a log axis are not skipped data
    }
    var legendEntries: [LegendEntry] { bars.legendEntries }
    func draw(in context: DrawContext) { bars.draw(in: context) }
    func obstacles(_ transform: PlotTransform) -> [(Point, Point)] { bars.obstacles(transform) }
}
