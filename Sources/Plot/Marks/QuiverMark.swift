/// Arrows (u[i], v[i]) drawn from the points (x[i], y[i]): a vector field such as a
/// gradient field or an ODE's velocity. Lengths are scaled so the longest arrow is about
/// the spacing between neighbouring points, unless a scale is given.
struct QuiverMark: Mark {
    var x: [Double]
    var y: [Double]
    var u: [Double]
    var v: [Double]
    /// Points of arrow per unit of vector; nil to fit the longest arrow to the spacing.
    var scale: Double?
    var coloring: Coloring
    var label: String
    var ordinal: Int

    enum Coloring: Sendable {
        case single(Color)
        case magnitude(ColorMap)
    }

    var name: String { label.isEmpty ? "quiver \(ordinal)" : "quiver \"\(label)\"" }

    func validate() throws(PlotError) {
        if x.count != y.count { throw .lengthMismatch(series: name, xCount: x.count, yCount: y.count) }
        if u.count != x.count { throw .countMismatch(series: name, what: "u", count: u.count, expected: x.count, of: "x") }
        if v.count != x.count { throw .countMismatch(series: name, what: "v", count: v.count, expected: x.count, of: "x") }
        if x.isEmpty { throw .emptySeries(series: name) }
        if let scale, !(scale > 0 && scale.isFinite) { throw .invalidArgument("\(name): scale must be positive, got \(scale)") }
    }

    private func drawable(_ xs: Scale, _ ys: Scale) -> [Int] {
        (0..<min(x.count, y.count, u.count, v.count)).filter {
            xs.accepts(x[$0]) && ys.accepts(y[$0]) && u[$0].isFinite && v[$0].isFinite
        }
    }

    func bounds(x xs: Scale, y ys: Scale) -> DataBounds? {
        DataBounds.of(x: x, y: y, scales: (xs, ys))
    }

    func notes(x xs: Scale, y ys: Scale) -> [String] {
        guard (try? validate()) != nil else { return [] }
        let kept = Set(drawable(xs, ys))
        return [skippedNote(name, skipped: x.indices.filter { !kept.contains($0) }, total: x.count,
                            what: "arrows with NaN or ±∞", consequence: "they are not drawn")].compactMap { $0 }
    }

    var colorScale: ColorScale? {
        guard case .magnitude(let map) = coloring else { return nil }
        let magnitudes = zip(u, v).map { ($0 * $0 + $1 * $1).squareRoot() }
        let high = magnitudes.filter(\.isFinite).max() ?? 1
        return ColorScale(map: map, range: 0...(high > 0 ? high : 1))
    }

    var legendEntries: [LegendEntry] {
        guard !label.isEmpty, case .single(let color) = coloring else { return [] }
        return [LegendEntry(label: label, swatch: .line(color, width: 1.25, style: .solid, marker: nil))]
    }

    func draw(in context: DrawContext) {
        let t = context.transform
        let kept = drawable(t.x.scale, t.y.scale)
        guard !kept.isEmpty else { return }
        let magnitudes = kept.map { (u[$0] * u[$0] + v[$0] * v[$0]).squareRoot() }
        let longest = magnitudes.max() ?? 0
        // Spacing: the plot area shared out among the points, as if on a square grid.
        let area = context.plotArea
        let spacing = (area.width * area.height / Double(kept.count)).squareRoot()
        let pointsPerUnit = scale ?? (longest > 0 ? 0.9 * spacing / longest : 0)
        let colors = colorScale
        for (k, i) in kept.enumerated() {
            let tail = t(x[i], y[i])
            // Screen y grows downwards (unless the axis is inverted).
            let up: Double = t.y.range.start > t.y.range.end ? -1 : 1
            let head = Point(x: tail.x + u[i] * pointsPerUnit, y: tail.y + up * v[i] * pointsPerUnit)
            let color: Color
            switch coloring {
            case .single(let c): color = c
            case .magnitude: color = colors!.color(magnitudes[k])
            }
            let length = magnitudes[k] * pointsPerUnit
            context.canvas.arrow(from: tail, to: head, color: color, width: 1.1, headLength: min(6, 0.45 * length))
        }
    }
}

extension Axes {
    /// Draws arrows (u[i], v[i]) starting at (x[i], y[i]). Arrow lengths are scaled so
    /// the longest reaches about the spacing between points; with `colorMap` arrows are
    /// coloured by their length (add ``colorBar(label:)`` for the scale).
    ///
    ///     axes.quiver(x: xs, y: ys, u: gradX, v: gradY, colorMap: .viridis)
    public mutating func quiver<X: Sequence, Y: Sequence, U: Sequence, V: Sequence>(
        x: X, y: Y, u: U, v: V, color: Color? = nil, colorMap: ColorMap? = nil, scale: Double? = nil, label: String = ""
    ) where X.Element: PlotValue, Y.Element: PlotValue, U.Element: PlotValue, V.Element: PlotValue {
        let coloring: QuiverMark.Coloring = colorMap.map { .magnitude($0) } ?? .single(color ?? nextColor())
        add(QuiverMark(
            x: x.map(\.plotCoordinate), y: y.map(\.plotCoordinate), u: u.map(\.plotCoordinate),
            v: v.map(\.plotCoordinate), scale: scale, coloring: coloring, label: label,
            ordinal: ordinal(of: QuiverMark.self)))
    }

    /// Draws the vector field `field(x, y)` on a `count` × `count` grid over `x` × `y`.
    ///
    ///     // The negative gradient of x² + 4y²: arrows point downhill.
    ///     axes.vectorField(x: -2...2, y: -2...2, count: 15) { x, y in (-2 * x, -8 * y) }
    public mutating func vectorField(
        x: ClosedRange<Double>, y: ClosedRange<Double>, count: Int = 15, color: Color? = nil,
        colorMap: ColorMap? = nil, label: String = "", _ field: (Double, Double) -> (Double, Double)
    ) {
        let n = max(count, 2)
        var xs: [Double] = [], ys: [Double] = [], us: [Double] = [], vs: [Double] = []
        for i in 0..<n {
            for j in 0..<n {
                let px = x.lowerBound + (x.upperBound - x.lowerBound) * Double(j) / Double(n - 1)
                let py = y.lowerBound + (y.upperBound - y.lowerBound) * Double(i) / Double(n - 1)
                let (u, v) = field(px, py)
                xs.append(px); ys.append(py); us.append(u); vs.append(v)
            }
        }
        quiver(x: xs, y: ys, u: us, v: vs, color: color, colorMap: colorMap, label: label)
    }
}
