import Foundation

/// Filled contour bands or contour lines of a function sampled on a grid: z has one row
/// per y value and one column per x value, both increasing.
struct ContourMark: Mark {
    var x: [Double]
    var y: [Double]
    var z: Result<Matrix, PlotError>
    var requestedLevels: [Double]?
    var levelCount: Int
    var colorMap: ColorMap
    var filled: Bool
    /// A single colour for lines (nil: each line coloured by its level).
    var lineColor: Color?
    var lineWidth: Double
    var label: String
    var ordinal: Int

    var name: String { "contour \(ordinal)" }

    func validate() throws(PlotError) {
        let m = try z.get()
        if x.count != m.columns {
            throw .countMismatch(series: name, what: "x", count: x.count, expected: m.columns, of: "z (columns)")
        }
        if y.count != m.rows {
            throw .countMismatch(series: name, what: "y", count: y.count, expected: m.rows, of: "z (rows)")
        }
        if m.rows < 2 || m.columns < 2 {
            throw .invalidShape(series: name, detail: "needs a grid of at least 2 × 2 values, got \(m.rows) × \(m.columns)")
        }
        for (axis, values) in [("x", x), ("y", y)] where !zip(values, values.dropFirst()).allSatisfy({ $0 < $1 }) || !values.allSatisfy(\.isFinite) {
            throw .invalidArgument("\(name): \(axis) must be finite and strictly increasing")
        }
        if m.finiteRange == nil { throw .invalidArgument("\(name): z has no finite value") }
        if levelCount < 1 { throw .invalidArgument("\(name): levelCount must be at least 1, got \(levelCount)") }
    }

    /// The levels: those given (sorted), or about `levelCount` nice values spanning the
    /// data, the first at or below the minimum and the last at or above the maximum.
    var levels: [Double] {
        if let requestedLevels { return requestedLevels.filter(\.isFinite).sorted() }
        guard case .success(let m) = z, let range = m.finiteRange else { return [] }
        guard range.lowerBound < range.upperBound else { return [range.lowerBound - 0.5, range.lowerBound + 0.5] }
        let ticks = TickLocator.ticks(for: range, target: Double(levelCount), maxCount: 2 * levelCount + 2).values
        guard ticks.count >= 2 else { return [range.lowerBound, range.upperBound] }
        var levels = ticks
        let step = ticks[1] - ticks[0]
        if levels[0] > range.lowerBound { levels.insert(levels[0] - step, at: 0) }
        if levels[levels.count - 1] < range.upperBound { levels.append(levels[levels.count - 1] + step) }
        return levels
    }

    func bounds(x xScale: Scale, y yScale: Scale) -> DataBounds? {
        guard let x0 = x.first, let x1 = x.last, let y0 = y.first, let y1 = y.last,
            xScale.accepts(x0), yScale.accepts(y0), x0 <= x1, y0 <= y1
        else { return nil }
        return filled ? DataBounds(x: x0...x1, y: y0...y1, stickyX: [x0, x1], stickyY: [y0, y1]) : DataBounds(x: x0...x1, y: y0...y1)
    }

    func notes(x: Scale, y: Scale) -> [String] {
        guard case .success(let m) = z, m.nonFiniteCount > 0 else { return [] }
        return ["\(name): \(m.nonFiniteCount) of \(m.values.count) grid values are NaN or ±∞ and are left out"]
    }

    var colorScale: ColorScale? {
        if !filled && lineColor != nil { return nil }  // one colour: nothing to scale
        return bandScale
    }

    /// The levels' colour scale, used for drawing whatever the colouring.
    private var bandScale: ColorScale? {
        let levels = levels
        guard levels.count >= 2 else { return nil }
        return ColorScale(map: colorMap, range: levels[0]...levels[levels.count - 1], levels: levels)
    }

    var legendEntries: [LegendEntry] {
        guard !label.isEmpty else { return [] }
        return [LegendEntry(label: label, swatch: .line(lineColor ?? colorMap(0.5), width: lineWidth, style: .solid, marker: nil))]
    }

    func draw(in context: DrawContext) {
        guard case .success(var m) = z else { return }
        let levels = levels
        let scale = bandScale
        // ±∞ would stretch the interpolation; clamp to the finite range (NaN stays).
        if let range = m.finiteRange {
            m.values = m.values.map { $0.isNaN ? $0 : min(max($0, range.lowerBound - 1), range.upperBound + 1) }
        }
        let t = context.transform
        func points(_ line: [DataPoint]) -> [Point] { line.map { t($0.x, $0.y) } }
        if filled, scale != nil {
            for k in 0..<(levels.count - 1) {
                let rings = MarchingSquares.isolines(m, x: x, y: y, level: levels[k], closed: true).map(points)
                context.canvas.fill(rings: rings, color: scale!.color((levels[k] + levels[k + 1]) / 2), evenOdd: true)
            }
        }
        if !filled || lineColor != nil {
            for level in levels where lineColor != nil || scale != nil {
                let lines = MarchingSquares.isolines(m, x: x, y: y, level: level, closed: false).map(points)
                context.canvas.strokePolylines(lines, color: lineColor ?? scale!.color(level), width: lineWidth)
            }
        }
    }
}

extension Axes {
    /// Draws contours of `z`, sampled at the grid points (x[j], y[i]) — one row of z per
    /// y value. Filled (the default): bands between the levels, coloured by `colorMap`;
    /// otherwise lines at the levels. Levels default to about `levelCount` round values
    /// spanning the data; add ``colorBar(label:)`` to show them.
    ///
    ///     axes.contour(x: xs, y: ys, z: loss)                  // z: [ys.count, xs.count]
    ///     axes.contour(x: xs, y: ys, z: loss, filled: false, levels: [0.1, 0.5, 1, 2])
    public mutating func contour(
        x: [Double], y: [Double], z: some PlotData, filled: Bool = true, levels: [Double]? = nil,
        levelCount: Int = 8, colorMap: ColorMap = .viridis, lineColor: Color? = nil, lineWidth: Double = 1.25,
        label: String = ""
    ) {
        let ordinal = ordinal(of: ContourMark.self)
        add(ContourMark(
            x: x, y: y, z: Matrix.from(z, name: "contour \(ordinal)"), requestedLevels: levels, levelCount: levelCount,
            colorMap: colorMap, filled: filled, lineColor: lineColor, lineWidth: lineWidth, label: label,
            ordinal: ordinal))
    }

    /// Draws contours of `f(x, y)` evaluated on a `resolution` × `resolution` grid over
    /// `x` × `y`: the quickest way to show a loss surface or a density.
    ///
    ///     axes.contour(x: -2...2, y: -1...3) { x, y in pow(1 - x, 2) + 100 * pow(y - x * x, 2) }
    public mutating func contour(
        x: ClosedRange<Double>, y: ClosedRange<Double>, resolution: Int = 120, filled: Bool = true,
        levels: [Double]? = nil, levelCount: Int = 8, colorMap: ColorMap = .viridis, lineColor: Color? = nil,
        lineWidth: Double = 1.25, label: String = "", _ f: (Double, Double) -> Double
    ) {
        let n = max(resolution, 2)
        let xs = (0..<n).map { x.lowerBound + (x.upperBound - x.lowerBound) * Double($0) / Double(n - 1) }
        let ys = (0..<n).map { y.lowerBound + (y.upperBound - y.lowerBound) * Double($0) / Double(n - 1) }
        let z = ys.map { yv in xs.map { xv in f(xv, yv) } }
        contour(
            x: xs, y: ys, z: z, filled: filled, levels: levels, levelCount: levelCount, colorMap: colorMap,
            lineColor: lineColor, lineWidth: lineWidth, label: label)
    }
}
