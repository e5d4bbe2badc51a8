/// The regions a classifier assigns to each class, evaluated on a grid: a light tint of
/// class k's palette colour where the classifier says k, a thin line where the class
/// changes, and the data on top in the classes' full colours and shapes.
struct DecisionRegions {
    var x: ClosedRange<Double>
    var y: ClosedRange<Double>
    var resolution: Int

    /// Cell centres, row by row from the lower end of y: the points to classify.
    var points: (x: [Double], y: [Double]) {
        var xs: [Double] = [], ys: [Double] = []
        xs.reserveCapacity(resolution * resolution)
        ys.reserveCapacity(resolution * resolution)
        for i in 0..<resolution {
            for j in 0..<resolution {
                xs.append(x.lowerBound + (x.upperBound - x.lowerBound) * (Double(j) + 0.5) / Double(resolution))
                ys.append(y.lowerBound + (y.upperBound - y.lowerBound) * (Double(i) + 0.5) / Double(resolution))
            }
        }
        return (xs, ys)
    }

    /// `m` blurred twice with a 3 × 3 box (edges repeated): a step from 0 to 1 becomes
    /// a ramp a few cells wide whose 0.5 level runs smoothly along the step.
    static func smoothed(_ m: Matrix) -> Matrix {
        var current = m
        for _ in 0..<2 {
            var next = current
            for r in 0..<m.rows {
                for c in 0..<m.columns {
                    var total = 0.0
                    for dr in -1...1 {
                        for dc in -1...1 {
                            total += current[min(max(r + dr, 0), m.rows - 1), min(max(c + dc, 0), m.columns - 1)]
                        }
                    }
                    next.values[r * m.columns + c] = total / 9
                }
            }
            current = next
        }
        return current
    }

    /// The region around the data: its extent with `padding` (a fraction) on each side.
    static func around(x: [Double], y: [Double], padding: Double) -> (ClosedRange<Double>, ClosedRange<Double>)? {
        guard let b = DataBounds.of(x: x, y: y, scales: (.linear, .linear)) else { return nil }
        return (AxisLimits.fitted(lower: b.x.lowerBound, upper: b.x.upperBound, padding: padding),
                AxisLimits.fitted(lower: b.y.lowerBound, upper: b.y.upperBound, padding: padding))
    }
}

extension Axes {
    /// Shows what a classifier predicts over the plane with the data on top:
    /// `classify(x, y)` gives the class (0, 1, 2, …) at each point of a
    /// `resolution` × `resolution` grid spanning the data (plus `padding`, a fraction of
    /// its extent, on each side) or `region`.
    ///
    ///     axes.decisionBoundary(x: xs, y: ys, classes: labels, names: ["inner", "outer"]) { x, y in
    ///         model.predict(x, y)
    ///     }
    public mutating func decisionBoundary<X: Sequence, Y: Sequence>(
        x: X, y: Y, classes: [Int], names: [String] = [], resolution: Int = 200, padding: Double = 0.08,
        region: (x: ClosedRange<Double>, y: ClosedRange<Double>)? = nil, classify: (Double, Double) -> Int
    ) where X.Element: PlotValue, Y.Element: PlotValue {
        decisionBoundary(
            x: x, y: y, classes: classes, names: names, resolution: resolution, padding: padding, region: region,
            classifyBatch: { xs, ys in zip(xs, ys).map { classify($0, $1) } })
    }

    /// The same, with a classifier that takes every grid point at once (`xs[i]`, `ys[i]`)
    /// and returns one class per point: faster for a model that predicts in batches.
    ///
    ///     axes.decisionBoundary(x: xs, y: ys, classes: labels) { gridX, gridY in
    ///         model.predict(Tensor(shape: [gridX.count, 2], scalars: interleave(gridX, gridY)))
    ///     }
    public mutating func decisionBoundary<X: Sequence, Y: Sequence>(
        x: X, y: Y, classes: [Int], names: [String] = [], resolution: Int = 200, padding: Double = 0.08,
        region: (x: ClosedRange<Double>, y: ClosedRange<Double>)? = nil,
        classifyBatch: ([Double], [Double]) -> [Int]
    ) where X.Element: PlotValue, Y.Element: PlotValue {
        let xs = x.map(\.plotCoordinate), ys = y.map(\.plotCoordinate)
        let name = "decision boundary \(ordinal(of: ImageMark.self))"
        guard resolution >= 2 else {
            add(InvalidMark(error: .invalidArgument("\(name): resolution must be at least 2, got \(resolution)")))
            return
        }
        guard let (rx, ry) = region ?? DecisionRegions.around(x: xs, y: ys, padding: padding) else {
            add(InvalidMark(error: xs.isEmpty ? .emptySeries(series: name) : .noFiniteData(axes: name)))
            return
        }
        let grid = DecisionRegions(x: rx, y: ry, resolution: resolution)
        let points = grid.points
        let predicted = classifyBatch(points.x, points.y)
        guard predicted.count == points.x.count else {
            add(InvalidMark(error: .countMismatch(
                series: name, what: "the classifier's answer", count: predicted.count, expected: points.x.count,
                of: "the grid")))
            return
        }
        let tints = predicted.map { $0 >= 0 ? Color.palette($0).tinted(0.74) : Color.white }
        let matrix = Matrix(rows: resolution, columns: resolution, values: predicted.map(Double.init))
        add(ImageMark(matrix: .success(matrix), coloring: .direct(tints), extent: (rx, ry), ordinal: ordinal(of: ImageMark.self)))

        // Smooth regions and boundaries: each class's indicator (1 where the classifier
        // says k), blurred a little so the 0.5 level follows the boundary rather than the
        // cells' staircase, filled over the cells and outlined.
        let centresX = (0..<resolution).map { rx.lowerBound + (rx.upperBound - rx.lowerBound) * (Double($0) + 0.5) / Double(resolution) }
        let centresY = (0..<resolution).map { ry.lowerBound + (ry.upperBound - ry.lowerBound) * (Double($0) + 0.5) / Double(resolution) }
        let present = Set(predicted).sorted()
        let indicators = present.count < 2 ? [] : present.map { k in
            DecisionRegions.smoothed(Matrix(rows: resolution, columns: resolution, values: predicted.map { $0 == k ? 1 : 0 }))
        }
        for (k, indicator) in zip(present, indicators) {
            add(RegionMark(x: centresX, y: centresY, indicator: indicator, fill: k >= 0 ? Color.palette(k).tinted(0.74) : .white, outline: nil))
        }
        // Every boundary touches one of the classes other than the last.
        for indicator in indicators.dropLast() {
            add(RegionMark(x: centresX, y: centresY, indicator: indicator, fill: nil, outline: Color(hex: 0x4D4D4D)))
        }
        scatter(x: xs, y: ys, classes: classes, names: names)
    }
}

/// One class's region of a decision boundary: the area where its smoothed indicator is
/// at least ½, filled, and optionally outlined where it meets another class.
struct RegionMark: Mark {
    var x: [Double]
    var y: [Double]
    var indicator: Matrix
    var fill: Color?
    var outline: Color?

    var name: String { "decision region" }
    func validate() throws(PlotError) {}
    func bounds(x: Scale, y: Scale) -> DataBounds? { nil }

    func draw(in context: DrawContext) {
        let t = context.transform
        if let fill {
            let rings = MarchingSquares.isolines(indicator, x: x, y: y, level: 0.5, closed: true)
            context.canvas.fill(rings: rings.map { $0.map { t($0.x, $0.y) } }, color: fill, evenOdd: true)
        }
        if let outline {
            let lines = MarchingSquares.isolines(indicator, x: x, y: y, level: 0.5, closed: false)
            context.canvas.strokePolylines(lines.map { $0.map { t($0.x, $0.y) } }, color: outline, width: 1)
        }
    }
}
