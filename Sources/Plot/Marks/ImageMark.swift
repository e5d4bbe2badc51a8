/// A matrix drawn as a grid of coloured cells stretched over a rectangle in data
/// coordinates: row i covers the i-th slice of the y extent from its lower end, so an
/// axes with `yInverted` shows row 0 at the top, as a picture or a matrix is read.
struct ImageMark: Mark {
    enum Coloring: Sendable {
        /// Values through a colour map over a range (nil: the data's own).
        case map(ColorMap, range: ClosedRange<Double>?)
        /// One colour per cell, given directly (decision regions).
        case direct([Color])
    }

    var matrix: Result<Matrix, PlotError>
    var coloring: Coloring
    var extent: (x: ClosedRange<Double>, y: ClosedRange<Double>)?
    var ordinal: Int

    var name: String { "image \(ordinal)" }

    func validate() throws(PlotError) {
        let m = try matrix.get()
        if case .direct(let colors) = coloring, colors.count != m.values.count {
            throw .countMismatch(series: name, what: "colors", count: colors.count, expected: m.values.count, of: "the matrix")
        }
        if let e = extent, !(e.x.lowerBound.isFinite && e.x.upperBound.isFinite && e.y.lowerBound.isFinite
            && e.y.upperBound.isFinite && e.x.lowerBound < e.x.upperBound && e.y.lowerBound < e.y.upperBound) {
            throw .invalidArgument("\(name): extent \(e.x) × \(e.y) must be finite with lower < upper")
        }
    }

    /// The rectangle the cells cover: the extent given, or −0.5 … n − 0.5 on each axis,
    /// so that cell (i, j) is centred on (j, i).
    var cellExtent: (x: ClosedRange<Double>, y: ClosedRange<Double>)? {
        if let extent { return extent }
        guard case .success(let m) = matrix else { return nil }
        return (-0.5...(Double(m.columns) - 0.5), -0.5...(Double(m.rows) - 0.5))
    }

    func bounds(x: Scale, y: Scale) -> DataBounds? {
        guard let e = cellExtent, x.accepts(e.x.lowerBound), y.accepts(e.y.lowerBound) else { return nil }
        return DataBounds(
            x: e.x, y: e.y, stickyX: [e.x.lowerBound, e.x.upperBound], stickyY: [e.y.lowerBound, e.y.upperBound])
    }

    func notes(x: Scale, y: Scale) -> [String] {
        guard case .success(let m) = matrix, case .map = coloring, m.nonFiniteCount > 0 else { return [] }
        return ["\(name): \(m.nonFiniteCount) of \(m.values.count) cells are NaN or ±∞ and are left blank"]
    }

    var colorScale: ColorScale? {
        guard case .map(let map, let range) = coloring, case .success(let m) = matrix else { return nil }
        return ColorScale(map: map, range: ColorScale.range(range, values: m.values, map: map))
    }

    func draw(in context: DrawContext) {
        guard case .success(let m) = matrix, let e = cellExtent else { return }
        let t = context.transform
        let a = t(e.x.lowerBound, e.y.lowerBound), b = t(e.x.upperBound, e.y.upperBound)
        guard a.x.isFinite, a.y.isFinite, b.x.isFinite, b.y.isFinite else { return }
        let rect = Rect(minX: min(a.x, b.x), minY: min(a.y, b.y), maxX: max(a.x, b.x), maxY: max(a.y, b.y))
        // Picture rows run from the top; data row 0 is at the lower end of the y extent.
        let flip = a.y > b.y
        let scale = colorScale
        var pixels: [Color] = []
        pixels.reserveCapacity(m.values.count)
        for r in 0..<m.rows {
            let row = flip ? m.rows - 1 - r : r
            for c in 0..<m.columns {
                switch coloring {
                case .map: pixels.append(m[row, c].isFinite ? scale!.color(m[row, c]) : Color(hex: 0xFFFFFF, alpha: 0))
                case .direct(let colors): pixels.append(colors[row * m.columns + c])
                }
            }
        }
        context.canvas.image(pixels, width: m.columns, height: m.rows, in: rect)
    }
}

extension Axes {
    /// Draws a matrix as an image: cell (i, j) coloured by its value through `colorMap`
    /// (over `range`, or the values' own extent; symmetric about 0 for a diverging map),
    /// row 0 at the top. Sets an equal aspect and an inverted y axis, as a picture needs;
    /// add ``colorBar(label:)`` for the scale. NaN cells are left blank, with a note.
    ///
    ///     axes.image(digit, colorMap: .greys)     // a [28, 28] tensor or [[Float]]
    ///     axes.image(weights, colorMap: .diverging)
    public mutating func image(_ matrix: some PlotData, colorMap: ColorMap = .viridis, range: ClosedRange<Double>? = nil) {
        let ordinal = ordinal(of: ImageMark.self)
        add(ImageMark(
            matrix: Matrix.from(matrix, name: "image \(ordinal)"), coloring: .map(colorMap, range: range), extent: nil,
            ordinal: ordinal))
        aspect = .equal
        yInverted = true
        showsGrid = false
    }

    /// Draws a matrix stretched over `x` × `y` in data coordinates, row 0 at the lower
    /// end of `y`: a function sampled on a grid, under other marks.
    ///
    ///     axes.image(density, x: -3...3, y: -3...3, colorMap: .magma)
    public mutating func image(
        _ matrix: some PlotData, x: ClosedRange<Double>, y: ClosedRange<Double>, colorMap: ColorMap = .viridis,
        range: ClosedRange<Double>? = nil
    ) {
        let ordinal = ordinal(of: ImageMark.self)
        add(ImageMark(
            matrix: Matrix.from(matrix, name: "image \(ordinal)"), coloring: .map(colorMap, range: range),
            extent: (x, y), ordinal: ordinal))
    }
}
