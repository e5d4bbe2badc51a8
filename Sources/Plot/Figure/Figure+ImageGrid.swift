extension Figure {
    /// A grid of pictures without axes: eigenfaces, generated samples, filters. Each
    /// image is a matrix (a [height, width] tensor or nested array); `images` may also
    /// be one stack of shape [count, height, width].
    ///
    /// Each image is scaled to its own value range unless `range` is given; a diverging
    /// map centres each image on zero. Titles, when given, go above each picture.
    ///
    ///     let faces = Figure.imageGrid(components, columns: 5, titles: (1...10).map { "PC \($0)" },
    ///                                  colorMap: .diverging)
    ///     show(faces, caption: "The first components look like ghostly faces.")
    public static func imageGrid(
        _ images: [some PlotData], columns: Int, titles: [String] = [], colorMap: ColorMap = .greys,
        range: ClosedRange<Double>? = nil, size: Size? = nil
    ) -> Figure {
        let matrices = images.enumerated().map { Matrix.from($1, name: "image \($0 + 1)") }
        return imageGrid(matrices, columns: columns, titles: titles, colorMap: colorMap, range: range, size: size)
    }

    /// A grid of the images in a stack of shape [count, height, width].
    ///
    ///     let samples = Figure.imageGrid(stack: generated, columns: 8)   // generated: [16, 28, 28]
    public static func imageGrid(
        stack: some PlotData, columns: Int, titles: [String] = [], colorMap: ColorMap = .greys,
        range: ClosedRange<Double>? = nil, size: Size? = nil
    ) -> Figure {
        let shape = stack.plotShape, values = stack.plotValues
        guard shape.count == 3, values.count == shape.reduce(1, *) else {
            var figure = Figure()
            figure.axes.add(InvalidMark(error: .invalidShape(
                series: "image grid", detail: "expected a stack of shape [count, height, width], got \(shape)")))
            return figure
        }
        let count = shape[1] * shape[2]
        let matrices: [Result<Matrix, PlotError>] = (0..<shape[0]).map { k in
            .success(Matrix(rows: shape[1], columns: shape[2], values: Array(values[(k * count)..<((k + 1) * count)])))
        }
        return imageGrid(matrices, columns: columns, titles: titles, colorMap: colorMap, range: range, size: size)
    }

    private static func imageGrid(
        _ matrices: [Result<Matrix, PlotError>], columns: Int, titles: [String], colorMap: ColorMap,
        range: ClosedRange<Double>?, size: Size?
    ) -> Figure {
        let columns = max(1, min(columns, max(matrices.count, 1)))
        let rows = max(1, (matrices.count + columns - 1) / columns)
        // Square-ish cells a column wide, plus room for titles.
        let width = size?.width ?? Size.column.width
        let cell = width / Double(columns)
        let height = size?.height ?? (Double(rows) * (cell + (titles.isEmpty ? 0 : 22))).rounded()
        var figure = Figure(rows: rows, columns: columns, size: Size(width: width, height: height))
        for k in figure.panels.indices {
            figure.panels[k].showsAxes = false
            figure.panels[k].showsGrid = false
            figure.panels[k].padding = 4
            guard k < matrices.count else { continue }
            figure.panels[k].add(ImageMark(matrix: matrices[k], coloring: .map(colorMap, range: range), extent: nil, ordinal: k + 1))
            figure.panels[k].aspect = .equal
            figure.panels[k].yInverted = true
            if k < titles.count { figure.panels[k].title = titles[k] }
        }
        return figure
    }
}
