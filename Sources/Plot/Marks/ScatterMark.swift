/// Points drawn as markers: in one colour, coloured by a value through a colour map, or
/// coloured (and shaped) by class.
struct ScatterMark: Mark {
    enum Coloring: Sendable {
        case single(Color)
        case values([Double], ColorMap, range: ClosedRange<Double>?)
        /// Class indices; names for the legend (empty: "class k").
        case classes([Int], names: [String])
    }

    var label: String
    var x: [Double]
    var y: [Double]
    var coloring: Coloring
    var marker: Marker?
    var size: Double
    var sizes: [Double]?
    var opacity: Double
    var ordinal: Int

    var name: String { label.isEmpty ? "scatter \(ordinal)" : "scatter \"\(label)\"" }

    func validate() throws(PlotError) {
        if x.count != y.count { throw .lengthMismatch(series: name, xCount: x.count, yCount: y.count) }
        if y.isEmpty { throw .emptySeries(series: name) }
        switch coloring {
        case .values(let v, _, _) where v.count != x.count:
            throw .countMismatch(series: name, what: "values", count: v.count, expected: x.count, of: "x")
        case .classes(let c, _) where c.count != x.count:
            throw .countMismatch(series: name, what: "classes", count: c.count, expected: x.count, of: "x")
        case .classes(let c, _) where c.contains { $0 < 0 }:
            throw .invalidArgument("\(name): class indices must be 0 or more, got \(c.min()!)")
        default: break
        }
        if let sizes, sizes.count != x.count {
            throw .countMismatch(series: name, what: "sizes", count: sizes.count, expected: x.count, of: "x")
        }
    }

    func bounds(x: Scale, y: Scale) -> DataBounds? {
        DataBounds.of(x: self.x, y: self.y, scales: (x, y))
    }

    /// Indices of points that are drawn: a position on both scales, a finite colour
    /// value and a finite, non-negative size.
    func drawn(x xScale: Scale, y yScale: Scale) -> [Int] {
        (0..<min(x.count, y.count)).filter { i in
            guard xScale.accepts(x[i]), yScale.accepts(y[i]) else { return false }
            if case .values(let v, _, _) = coloring, i < v.count, !v[i].isFinite { return false }
            if let sizes, i < sizes.count, !(sizes[i] >= 0 && sizes[i].isFinite) { return false }
            return true
        }
    }

    func notes(x xScale: Scale, y yScale: Scale) -> [String] {
        guard (try? validate()) != nil else { return [] }
        let kept = Set(drawn(x: xScale, y: yScale))
        let skipped = (0..<x.count).filter { !kept.contains($0) }
        return [skippedNote(name, skipped: skipped, total: x.count, what: "points with NaN or ±∞", consequence: "they are not drawn")]
            .compactMap { $0 }
    }

    var colorScale: ColorScale? {
        guard case .values(let v, let map, let range) = coloring else { return nil }
        return ColorScale(map: map, range: ColorScale.range(range, values: v, map: map))
    }

    var legendEntries: [LegendEntry] {
        switch coloring {
        case .single(let color):
            return label.isEmpty ? [] : [LegendEntry(label: label, swatch: .marker(color, marker ?? .circle))]
        case .classes(let c, let names):
            let count = max(names.count, (c.max() ?? -1) + 1)
            return (0..<count).map { k in
                LegendEntry(
                    label: k < names.count ? names[k] : "class \(k)",
                    swatch: .marker(Color.palette(k), marker ?? Marker.forClass(k)))
            }
        case .values:
            return []
        }
    }

    func draw(in context: DrawContext) {
        let t = context.transform
        let indices = drawn(x: t.x.scale, y: t.y.scale)
        let edge = context.theme.background
        let edgeWidth = context.theme.markerEdgeWidth
        // Points of one colour and size are drawn as one path; groups keep the order of
        // their first point, so later classes are drawn over earlier ones.
        var groups: [(color: Color, marker: Marker, size: Double, points: [Point])] = []
        var index: [Key: Int] = [:]
        let scale = colorScale
        for i in indices {
            let color: Color, shape: Marker
            switch coloring {
            case .single(let c): (color, shape) = (c, marker ?? .circle)
            case .values(let v, _, _): (color, shape) = (scale!.color(v[i]), marker ?? .circle)
            case .classes(let c, _): (color, shape) = (Color.palette(c[i]), marker ?? Marker.forClass(c[i]))
            }
            let size = sizes?[i] ?? self.size
            let key = Key(color: color, marker: shape, size: size)
            if let g = index[key] {
                groups[g].points.append(t(x[i], y[i]))
            } else {
                index[key] = groups.count
                groups.append((color, shape, size, [t(x[i], y[i])]))
            }
        }
        for g in groups {
            context.canvas.markers(
                g.marker, at: g.points, size: g.size, fill: g.color.opacity(opacity), edge: edge, edgeWidth: edgeWidth)
        }
    }

    private struct Key: Hashable {
        var color: Color
        var marker: Marker
        var size: Double
    }

    func obstacles(_ transform: PlotTransform) -> [(Point, Point)] {
        drawn(x: transform.x.scale, y: transform.y.scale).map {
            let p = transform(x[$0], y[$0])
            return (p, p)
        }
    }
}

extension Axes {
    /// Adds points `(x[i], y[i])` drawn as markers in one colour (the next palette
    /// colour unless `color` is given). `size` is the marker's diameter in points;
    /// `sizes` gives each point its own. Points with NaN or ±∞ are skipped with a note.
    ///
    ///     axes.scatter(x: heights, y: weights, label: "people")
    ///     axes.scatter(x: xs, y: ys, marker: .triangle, sizes: counts.map { 3 + sqrt($0) })
    public mutating func scatter<X: Sequence, Y: Sequence>(
        x: X, y: Y, label: String = "", color: Color? = nil, marker: Marker = .circle,
        size: Double = 6.5, sizes: [Double]? = nil, opacity: Double = 0.85
    ) where X.Element: PlotValue, Y.Element: PlotValue {
        add(
            ScatterMark(
                label: label, x: x.map(\.plotCoordinate), y: y.map(\.plotCoordinate),
                coloring: .single(color ?? nextColor()), marker: marker, size: size, sizes: sizes,
                opacity: opacity, ordinal: ordinal(of: ScatterMark.self)))
    }

    /// Adds points coloured by `values` through `colorMap` (over `range`, or the values'
    /// own extent); add ``colorBar(label:)`` to show the scale.
    ///
    ///     axes.scatter(x: xs, y: ys, values: losses, colorMap: .magma)
    ///     axes.colorBar(label: "loss")
    public mutating func scatter<X: Sequence, Y: Sequence, V: Sequence>(
        x: X, y: Y, values: V, colorMap: ColorMap = .viridis, range: ClosedRange<Double>? = nil,
        marker: Marker = .circle, size: Double = 6.5, sizes: [Double]? = nil, opacity: Double = 0.9
    ) where X.Element: PlotValue, Y.Element: PlotValue, V.Element: PlotValue {
        add(
            ScatterMark(
                label: "", x: x.map(\.plotCoordinate), y: y.map(\.plotCoordinate),
                coloring: .values(values.map(\.plotCoordinate), colorMap, range: range), marker: marker,
                size: size, sizes: sizes, opacity: opacity, ordinal: ordinal(of: ScatterMark.self)))
    }

    /// Adds points coloured by class: class k takes palette colour k and (unless
    /// `marker` is given) its own shape, so classes stay apart in grey and for
    /// colour-blind readers. The legend lists `names` (or "class 0", "class 1", …).
    ///
    ///     axes.scatter(x: xs, y: ys, classes: labels, names: ["setosa", "versicolor", "virginica"])
    public mutating func scatter<X: Sequence, Y: Sequence>(
        x: X, y: Y, classes: [Int], names: [String] = [], marker: Marker? = nil, size: Double = 6.5,
        opacity: Double = 0.9
    ) where X.Element: PlotValue, Y.Element: PlotValue {
        add(
            ScatterMark(
                label: "", x: x.map(\.plotCoordinate), y: y.map(\.plotCoordinate),
                coloring: .classes(classes, names: names), marker: marker, size: size, sizes: nil,
                opacity: opacity, ordinal: ordinal(of: ScatterMark.self)))
    }

    /// Adds the rows of an n × 2 matrix (a tensor of shape [n, 2], say) as points.
    ///
    ///     axes.scatter(points, label: "samples")   // points: Tensor<Float> of shape [500, 2]
    public mutating func scatter(
        _ points: some PlotData, label: String = "", color: Color? = nil, marker: Marker = .circle,
        size: Double = 6.5, opacity: Double = 0.85
    ) {
        let shape = points.plotShape, values = points.plotValues
        guard shape.count == 2, shape[1] == 2, values.count == shape[0] * 2 else {
            let name = "scatter \(ordinal(of: ScatterMark.self))"
            add(InvalidMark(error: .invalidShape(series: name, detail: "expected points of shape [n, 2], got \(shape)")))
            return
        }
        scatter(
            x: stride(from: 0, to: values.count, by: 2).map { values[$0] },
            y: stride(from: 1, to: values.count, by: 2).map { values[$0] }, label: label, color: color,
            marker: marker, size: size, opacity: opacity)
    }
}
