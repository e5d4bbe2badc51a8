/// One kind of thing drawn in an ``Axes``: a line, scatter points, a contour set, an
/// image… Each mark keeps its data as given (as `Double`s), checks it when the figure is
/// rendered, reports its extent for automatic limits, and draws itself.
///
/// Marks are values, so a ``Figure`` stays a value that can be copied and changed.
protocol Mark: Sendable {
    /// How messages refer to the mark: `line "train"`, `scatter 2`.
    var name: String { get }
    /// Throws when the mark cannot be drawn at all: no data, lengths that differ.
    func validate() throws(PlotError)
    /// The extent of the data that has a position on the given scales; nil when none has.
    func bounds(x: Scale, y: Scale) -> DataBounds?
    /// Remarks for the reader about data drawn differently from what was given.
    func notes(x: Scale, y: Scale) -> [String]
    /// Rows this mark adds to the legend.
    var legendEntries: [LegendEntry] { get }
    /// The colour map and value range, for marks coloured by value (shown by a colour bar).
    var colorScale: ColorScale? { get }
    /// Whether the mark is drawn inside the plot area's clip (annotations are not).
    var isClipped: Bool { get }
    /// Draws the mark.
    func draw(in context: DrawContext)
    /// Segments in points that a legend placed over them would hide.
    func obstacles(_ transform: PlotTransform) -> [(Point, Point)]
}

extension Mark {
    func notes(x: Scale, y: Scale) -> [String] { [] }
    var legendEntries: [LegendEntry] { [] }
    var colorScale: ColorScale? { nil }
    var isClipped: Bool { true }
    func obstacles(_ transform: PlotTransform) -> [(Point, Point)] { [] }
}

/// The extent of a mark's data, and edges that automatic padding must not cross
/// (matplotlib's "sticky edges"): a bar's baseline, an image's border.
struct DataBounds: Sendable, Equatable {
    var x: ClosedRange<Double>
    var y: ClosedRange<Double>
    var stickyX: [Double] = []
    var stickyY: [Double] = []

    /// The bounds of the points `(x[i], y[i])` that both scales can show, or nil.
    static func of(x: [Double], y: [Double], scales: (x: Scale, y: Scale)) -> DataBounds? {
        var minX = Double.infinity, maxX = -Double.infinity
        var minY = Double.infinity, maxY = -Double.infinity
        for (px, py) in zip(x, y) where scales.x.accepts(px) && scales.y.accepts(py) {
            minX = min(minX, px)
            maxX = max(maxX, px)
            minY = min(minY, py)
            maxY = max(maxY, py)
        }
        guard minX <= maxX else { return nil }
        return DataBounds(x: minX...maxX, y: minY...maxY)
    }

    /// The smallest bounds holding both, with both sets of sticky edges.
    func union(_ other: DataBounds) -> DataBounds {
        DataBounds(
            x: min(x.lowerBound, other.x.lowerBound)...max(x.upperBound, other.x.upperBound),
            y: min(y.lowerBound, other.y.lowerBound)...max(y.upperBound, other.y.upperBound),
            stickyX: stickyX + other.stickyX, stickyY: stickyY + other.stickyY)
    }
}

/// A colour map with the data range it spans, for a colour bar.
///
/// With `levels` (a contour set's), the scale is stepped and the levels are spread
/// evenly over the map whatever their values, so that uneven levels (0, 1, 3, 10, 30…)
/// still get distinct colours, as matplotlib's `BoundaryNorm` does: a value between
/// levels k and k + 1 takes the colour at (k + ½) / (number of bands); a value exactly
/// on level k takes the colour at k / (number of bands).
struct ColorScale: Sendable {
    var map: ColorMap
    var range: ClosedRange<Double>
    var levels: [Double]? = nil

    /// The colour of `value`.
    func color(_ value: Double) -> Color {
        map(position(value))
    }

    /// Where `value` sits along the map, 0...1 (outside when the value is outside the range).
    func position(_ value: Double) -> Double {
        guard let levels, levels.count >= 2 else {
            return (value - range.lowerBound) / (range.upperBound - range.lowerBound)
        }
        // Piecewise linear through the levels at evenly spaced positions.
        let bands = Double(levels.count - 1)
        guard value > levels[0] else { return value == levels[0] ? 0 : -1 }
        guard value < levels[levels.count - 1] else { return value == levels[levels.count - 1] ? 1 : 2 }
        let k = levels.lastIndex { $0 <= value }!
        return (Double(k) + (value - levels[k]) / (levels[k + 1] - levels[k])) / bands
    }

    /// A range for `values`: the one given, else their finite extent, made symmetric
    /// about zero for a diverging map, and widened when all values are equal.
    static func range(
        _ given: ClosedRange<Double>?, values: some Sequence<Double>, map: ColorMap
    ) -> ClosedRange<Double> {
        if let given, given.lowerBound < given.upperBound { return given }
        var low = Double.infinity, high = -Double.infinity
        for v in values where v.isFinite {
            low = min(low, v)
            high = max(high, v)
        }
        guard low <= high else { return 0...1 }
        if map.isDiverging {
            let reach = max(abs(low), abs(high))
            return reach > 0 ? -reach...reach : -1...1
        }
        return low < high ? low...high : (low - 0.5)...(high + 0.5)
    }
}

/// Data-to-point mapping of one axes' plot area.
struct PlotTransform: Sendable {
    var x: ScaleMap
    var y: ScaleMap

    /// The position of data point (x, y); NaN coordinates when a scale cannot show it.
    func callAsFunction(_ x: Double, _ y: Double) -> Point {
        Point(x: self.x(x), y: self.y(y))
    }
}

/// What a mark draws with.
struct DrawContext {
    var canvas: Canvas
    var transform: PlotTransform
    var theme: Theme
    var plotArea: Rect
}

/// One legend row: a label and a small picture of the mark.
struct LegendEntry: Sendable {
    enum Swatch: Sendable {
        /// A short stroke, with a marker in its middle when the line has markers.
        case line(Color, width: Double, style: LineStyle, marker: Marker?)
        /// One marker, for scatter points.
        case marker(Color, Marker)
        /// A filled square, for bars, histograms and bands.
        case patch(Color)
        /// A band with its mean line through it.
        case band(fill: Color, line: Color)
    }
    var label: String
    var swatch: Swatch
}

/// Notes helper: the message for `count` of `total` values skipped.
func skippedNote(_ name: String, skipped: [Int], total: Int, what: String, consequence: String) -> String? {
    guard !skipped.isEmpty else { return nil }
    let shown = skipped.prefix(5).map(String.init).joined(separator: ", ")
    let more = skipped.count > 5 ? ", …" : ""
    return "\(name): skipped \(skipped.count) of \(total) \(what) (at index \(shown)\(more)); \(consequence)"
}

/// Stands in for a mark whose data was unusable when it was added (a matrix of the
/// wrong rank, say): adding never fails, and rendering throws the recorded error.
struct InvalidMark: Mark {
    var error: PlotError
    var name: String { "invalid mark" }
    func validate() throws(PlotError) { throw error }
    func bounds(x: Scale, y: Scale) -> DataBounds? { nil }
    func draw(in context: DrawContext) {}
}
