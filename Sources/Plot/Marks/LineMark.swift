/// A line through points, optionally dashed and with markers, broken where a point is
/// NaN, infinite, or not positive on a log axis.
struct LineMark: Mark {
    var label: String
    var x: [Double]
    var y: [Double]
    var color: Color
    var style: LineStyle
    var width: Double
    var marker: Marker?
    var ordinal: Int

    var name: String { label.isEmpty ? "line \(ordinal)" : "line \"\(label)\"" }

    func validate() throws(PlotError) {
        if x.count != y.count { throw .lengthMismatch(series: name, xCount: x.count, yCount: y.count) }
        if y.isEmpty { throw .emptySeries(series: name) }
    }

    func bounds(x: Scale, y: Scale) -> DataBounds? {
        DataBounds.of(x: self.x, y: self.y, scales: (x, y))
    }

    /// Runs of consecutive points that both scales can show; any other point ends a
    /// run, so the line is broken there rather than joined across the gap.
    func runs(x xScale: Scale = .linear, y yScale: Scale = .linear) -> [[DataPoint]] {
        var runs: [[DataPoint]] = []
        var current: [DataPoint] = []
        for (px, py) in zip(x, y) {
            if xScale.accepts(px) && yScale.accepts(py) {
                current.append(DataPoint(x: px, y: py))
            } else if !current.isEmpty {
                runs.append(current)
                current = []
            }
        }
        if !current.isEmpty { runs.append(current) }
        return runs
    }

    /// The unbroken runs on linear axes (for tests).
    var runs: [[DataPoint]] { runs() }

    func notes(x xScale: Scale, y yScale: Scale) -> [String] {
        guard x.count == y.count else { return [] }
        let skipped = (0..<x.count).filter { !xScale.accepts(x[$0]) || !yScale.accepts(y[$0]) }
        let logAxis = xScale == .log || yScale == .log
        let what = logAxis ? "points with NaN, ±∞ or a value ≤ 0 on a log axis" : "points with NaN or ±∞"
        return [skippedNote(name, skipped: skipped, total: y.count, what: what, consequence: "the line is broken there")]
            .compactMap { $0 }
    }

    var legendEntries: [LegendEntry] {
        label.isEmpty ? [] : [LegendEntry(label: label, swatch: .line(color, width: width, style: style, marker: marker))]
    }

    func draw(in context: DrawContext) {
        let t = context.transform
        let lines = runs(x: t.x.scale, y: t.y.scale).map { $0.map { t($0.x, $0.y) } }
        context.canvas.strokePolylines(lines, color: color, width: width, dashes: style.dashes(width: width))
        if let marker {
            context.canvas.markers(
                marker, at: lines.flatMap { $0 }, size: 3 * width + 1.5, fill: color,
                edge: context.theme.background, edgeWidth: 0.75)
        }
    }

    func obstacles(_ transform: PlotTransform) -> [(Point, Point)] {
        runs(x: transform.x.scale, y: transform.y.scale).flatMap { run in
            let points = run.map { transform($0.x, $0.y) }
            return points.count == 1 ? [(points[0], points[0])] : Array(zip(points, points.dropFirst()))
        }
    }
}

/// A point in data coordinates.
struct DataPoint: Equatable, Sendable {
    var x: Double
    var y: Double
}

extension Axes {
    /// Adds a line through the points `(x[i], y[i])`, drawn in the next palette colour
    /// unless `color` is given; `style` dashes it and `marker` marks every point.
    ///
    /// Points with NaN or ±∞ (or ≤ 0 on a log axis) are skipped and break the line (see
    /// ``Figure/notes``); empty data or x and y of different lengths make rendering
    /// throw ``PlotError``.
    ///
    ///     axes.line(x: [0, 0.5, 1], y: [0, 0.25, 1], label: "x²")
    ///     axes.line(x: 0..<3, y: [Float](repeating: 1, count: 3), style: .dashed, marker: .circle)
    public mutating func line<X: Sequence, Y: Sequence>(
        x: X, y: Y, label: String = "", color: Color? = nil, style: LineStyle = .solid,
        width: Double = 1.75, marker: Marker? = nil
    ) where X.Element: PlotValue, Y.Element: PlotValue {
        add(
            LineMark(
                label: label, x: x.map(\.plotCoordinate), y: y.map(\.plotCoordinate),
                color: color ?? nextColor(), style: style, width: width, marker: marker,
                ordinal: ordinal(of: LineMark.self)))
    }

    /// Adds a line through `y` against its index: x = 0, 1, 2, …
    ///
    ///     axes.line(y: losses, label: "train")
    public mutating func line<Y: Sequence>(
        y: Y, label: String = "", color: Color? = nil, style: LineStyle = .solid,
        width: Double = 1.75, marker: Marker? = nil
    ) where Y.Element: PlotValue {
        let values = y.map(\.plotCoordinate)
        line(
            x: values.indices.map(Double.init), y: values, label: label, color: color, style: style,
            width: width, marker: marker)
    }
}
