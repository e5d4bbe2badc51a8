internal import CCairo

/// Lays a figure out and draws it onto a Cairo surface, back to front: background, grid,
/// data (clipped to the plot area), spines and ticks, text, legend.
struct CairoRenderer {
    var figure: Figure
    var theme: Theme = .standard

    /// The figure's layout, measured on a scratch surface at scale 1 so that every output
    /// format and scale gets exactly the same layout.
    func layout() throws(PlotError) -> AxesLayout {
        let size = figure.size
        guard size.width > 0, size.height > 0, size.width.isFinite, size.height.isFinite else {
            throw .invalidSize(width: size.width, height: size.height)
        }
        let canvas = Canvas(measuringWith: theme)
        let frame = Rect(minX: 0, minY: 0, maxX: size.width, maxY: size.height)
        return try AxesLayout(axes: figure.axes, frame: frame, theme: theme, canvas: canvas)
    }

    /// Draws the figure with `layout` onto `surface`, `scale` device units per point.
    func draw(_ layout: AxesLayout, on surface: OpaquePointer, scale: Double) throws(PlotError) {
        let canvas = Canvas(surface: surface, scale: scale, theme: theme)
        let size = figure.size
        canvas.fill(Rect(minX: 0, minY: 0, maxX: size.width, maxY: size.height), color: theme.background)
        drawGrid(layout, on: canvas)
        canvas.clipped(to: layout.plotArea) {
            for line in figure.axes.lines {
                for run in line.runs {
                    let points = run.map { Point(x: layout.x.scale($0.x), y: layout.y.scale($0.y)) }
                    canvas.strokePolyline(points, color: theme.palette[line.index], width: theme.lineWidth)
                }
            }
        }
        drawSpinesAndTicks(layout, on: canvas)
        drawText(layout, on: canvas)
        if let legend = layout.legend { drawLegend(legend, on: canvas) }
        if let error = canvas.error { throw error }
    }

    /// Light lines across the plot area at every tick.
    private func drawGrid(_ layout: AxesLayout, on canvas: Canvas) {
        let area = layout.plotArea
        let vertical = layout.x.ticks.values.map { layout.x.scale($0) }.map {
            (Point(x: $0, y: area.minY), Point(x: $0, y: area.maxY))
        }
        let horizontal = layout.y.ticks.values.map { layout.y.scale($0) }.map {
            (Point(x: area.minX, y: $0), Point(x: area.maxX, y: $0))
        }
        canvas.strokeSegments(vertical + horizontal, color: theme.gridColor, width: theme.gridWidth)
    }

    /// The left and bottom spines only, with tick marks pointing outwards.
    private func drawSpinesAndTicks(_ layout: AxesLayout, on canvas: Canvas) {
        let area = layout.plotArea
        let length = theme.tickLength
        let spines = [
            (Point(x: area.minX, y: area.minY), Point(x: area.minX, y: area.maxY)),
            (Point(x: area.minX, y: area.maxY), Point(x: area.maxX, y: area.maxY)),
        ]
        let xTicks = layout.x.ticks.values.map { layout.x.scale($0) }.map {
            (Point(x: $0, y: area.maxY), Point(x: $0, y: area.maxY + length))
        }
        let yTicks = layout.y.ticks.values.map { layout.y.scale($0) }.map {
            (Point(x: area.minX - length, y: $0), Point(x: area.minX, y: $0))
        }
        canvas.strokeSegments(spines + xTicks + yTicks, color: theme.spineColor, width: theme.spineWidth)
    }

    /// Tick labels, axis labels and the title.
    private func drawText(_ layout: AxesLayout, on canvas: Canvas) {
        let area = layout.plotArea
        let offset = theme.tickLength + theme.tickLabelGap
        canvas.use(theme.tickFont)
        for (value, label) in zip(layout.x.ticks.values, layout.x.ticks.labels) {
            canvas.draw(
                label, at: Point(x: layout.x.scale(value), y: area.maxY + offset),
                anchor: TextAnchor(horizontal: .center, vertical: .top), color: theme.tickLabelColor)
        }
        for (value, label) in zip(layout.y.ticks.values, layout.y.ticks.labels) {
            canvas.draw(
                label, at: Point(x: area.minX - offset, y: layout.y.scale(value)),
                anchor: TextAnchor(horizontal: .right, vertical: .middle), color: theme.tickLabelColor)
        }
        let centred = TextAnchor(horizontal: .center, vertical: .baseline)
        if let label = layout.xLabel {
            canvas.use(label.font)
            canvas.draw(label.text, at: label.anchor, anchor: centred, color: theme.labelColor)
        }
        if let label = layout.yLabel {
            canvas.use(label.font)
            canvas.draw(label.text, at: label.anchor, anchor: centred, color: theme.labelColor, upwards: true)
        }
        if let title = layout.title {
            canvas.use(title.font)
            canvas.draw(
                title.text, at: title.anchor, anchor: TextAnchor(horizontal: .left, vertical: .baseline),
                color: theme.titleColor)
        }
    }

    private func drawLegend(_ legend: LegendLayout, on canvas: Canvas) {
        canvas.fill(legend.box, color: theme.legendBackground)
        canvas.use(theme.legendFont)
        for entry in legend.entries {
            canvas.strokePolyline([entry.swatch.from, entry.swatch.to], color: entry.color, width: theme.lineWidth)
            canvas.draw(
                entry.label, at: entry.text, anchor: TextAnchor(horizontal: .left, vertical: .baseline),
                color: theme.labelColor)
        }
    }
}
