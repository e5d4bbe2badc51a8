/// Draws one panel, back to front: grid, data (clipped to the plot area), spines and
/// ticks, annotations, text, colour bar, legend.
struct AxesRenderer {
    var axes: Axes
    var layout: AxesLayout
    var theme: Theme
    var canvas: Canvas

    func draw() {
        let context = DrawContext(canvas: canvas, transform: layout.transform, theme: theme, plotArea: layout.plotArea)
        if layout.showsAxes && axes.showsGrid { drawGrid() }
        canvas.clipped(to: layout.plotArea) {
            for mark in axes.marks where mark.isClipped { mark.draw(in: context) }
        }
        if layout.showsAxes { drawSpinesAndTicks() }
        for mark in axes.marks where !mark.isClipped { mark.draw(in: context) }
        drawText()
        if let colorBar = layout.colorBar { drawColorBar(colorBar) }
        if let legend = layout.legend { drawLegend(legend) }
    }

    /// Light lines across the plot area at every tick.
    private func drawGrid() {
        let area = layout.plotArea
        let vertical = !axes.showsXGrid ? [] : layout.x.ticks.values.map { layout.x.scale($0) }.filter(\.isFinite).map {
            (Point(x: $0, y: area.minY), Point(x: $0, y: area.maxY))
        }
        let horizontal = layout.y.ticks.values.map { layout.y.scale($0) }.filter(\.isFinite).map {
            (Point(x: area.minX, y: $0), Point(x: area.maxX, y: $0))
        }
        canvas.strokeSegments(vertical + horizontal, color: theme.gridColor, width: theme.gridWidth)
    }

    /// The left and bottom spines only, with tick marks pointing outwards; minor ticks
    /// (log axes) are shorter.
    private func drawSpinesAndTicks() {
        let area = layout.plotArea
        let spines = [
            (Point(x: area.minX, y: area.minY), Point(x: area.minX, y: area.maxY)),
            (Point(x: area.minX, y: area.maxY), Point(x: area.maxX, y: area.maxY)),
        ]
        func xTicks(_ values: [Double], _ length: Double) -> [(Point, Point)] {
            values.map { layout.x.scale($0) }.filter(\.isFinite).map {
                (Point(x: $0, y: area.maxY), Point(x: $0, y: area.maxY + length))
            }
        }
        func yTicks(_ values: [Double], _ length: Double) -> [(Point, Point)] {
            values.map { layout.y.scale($0) }.filter(\.isFinite).map {
                (Point(x: area.minX - length, y: $0), Point(x: area.minX, y: $0))
            }
        }
        let length = theme.tickLength, minor = theme.tickLength * 0.6
        canvas.strokeSegments(
            spines + xTicks(layout.x.ticks.values, length) + yTicks(layout.y.ticks.values, length)
                + xTicks(layout.x.ticks.minor, minor) + yTicks(layout.y.ticks.minor, minor),
            color: theme.spineColor, width: theme.spineWidth)
    }

    /// Tick labels, axis labels and the title.
    private func drawText() {
        let area = layout.plotArea
        let offset = theme.tickLength + theme.tickLabelGap
        canvas.use(theme.tickFont)
        if layout.showsXTickLabels {
            // A slanted label ends at its tick and reads upwards to the right.
            let slanted = layout.slantsXTickLabels
            let anchor = TextAnchor(horizontal: slanted ? .right : .center, vertical: .top)
            for (value, label) in zip(layout.x.ticks.values, layout.x.ticks.labels) where layout.x.scale(value).isFinite {
                canvas.draw(
                    label, at: Point(x: layout.x.scale(value), y: area.maxY + offset), anchor: anchor,
                    color: theme.tickLabelColor, angle: slanted ? .pi / 4 : 0)
            }
        }
        if layout.showsYTickLabels {
            for (value, label) in zip(layout.y.ticks.values, layout.y.ticks.labels) where layout.y.scale(value).isFinite {
                canvas.draw(
                    label, at: Point(x: area.minX - offset, y: layout.y.scale(value)),
                    anchor: TextAnchor(horizontal: .right, vertical: .middle), color: theme.tickLabelColor)
            }
        }
        let centred = TextAnchor(horizontal: .center, vertical: .baseline)
        if let label = layout.xLabel {
            canvas.use(label.font)
            canvas.draw(label.text, at: label.anchor, anchor: centred, color: theme.labelColor)
        }
        if let label = layout.yLabel {
            canvas.use(label.font)
            canvas.draw(label.text, at: label.anchor, anchor: centred, color: theme.labelColor, angle: .pi / 2)
        }
        if let title = layout.title {
            canvas.use(title.font)
            canvas.draw(
                title.text, at: title.anchor,
                anchor: TextAnchor(horizontal: layout.titleCentered ? .center : .left, vertical: .baseline),
                color: theme.titleColor)
        }
    }

    /// The colour strip (smooth, or stepped at a contour's levels), its ticks and label.
    private func drawColorBar(_ bar: ColorBarLayout) {
        let steps = 256
        let scale = bar.scale
        var pixels: [Color] = []
        for i in 0..<steps {
            // Row 0 is the top of the strip: the high end of the map.
            var t = 1 - (Double(i) + 0.5) / Double(steps)
            if let levels = scale.levels, levels.count >= 2 {
                let bands = Double(levels.count - 1)
                t = ((t * bands).rounded(.down) + 0.5) / bands  // the band's middle: steps
            }
            pixels.append(scale.map(t))
        }
        canvas.image(pixels, width: 1, height: steps, in: bar.bar)
        let ticks = bar.ticks.values.map { bar.position($0) }.filter(\.isFinite)
        canvas.strokeSegments(
            ticks.map { (Point(x: bar.bar.maxX, y: $0), Point(x: bar.bar.maxX + theme.tickLength, y: $0)) },
            color: theme.spineColor, width: theme.spineWidth)
        canvas.use(theme.tickFont)
        for (value, label) in zip(bar.ticks.values, bar.ticks.labels) where bar.position(value).isFinite {
            canvas.draw(
                label, at: Point(x: bar.bar.maxX + theme.tickLength + theme.tickLabelGap, y: bar.position(value)),
                anchor: TextAnchor(horizontal: .left, vertical: .middle), color: theme.tickLabelColor)
        }
        if let label = bar.label {
            canvas.use(label.font)
            canvas.draw(
                label.text, at: label.anchor, anchor: TextAnchor(horizontal: .center, vertical: .baseline),
                color: theme.labelColor, angle: .pi / 2)
        }
    }

    private func drawLegend(_ legend: LegendLayout) {
        canvas.fill(legend.box, color: theme.legendBackground)
        for row in legend.entries {
            let s = row.swatch
            let middle = (s.minY + s.maxY) / 2
            let center = Point(x: (s.minX + s.maxX) / 2, y: middle)
            switch row.entry.swatch {
            case .line(let color, let width, let style, let marker):
                canvas.strokePolyline(
                    [Point(x: s.minX, y: middle), Point(x: s.maxX, y: middle)], color: color, width: width,
                    dashes: style.dashes(width: width))
                if let marker {
                    canvas.markers(
                        marker, at: [center], size: 3 * width + 1.5, fill: color, edge: theme.background, edgeWidth: 0.75)
                }
            case .marker(let color, let marker):
                canvas.markers(marker, at: [center], size: theme.markerSize, fill: color, edge: nil, edgeWidth: 0)
            case .patch(let color):
                canvas.fill(Rect(minX: s.minX + 3, minY: s.minY, maxX: s.maxX - 3, maxY: s.maxY), color: color)
            case .band(let fill, let line):
                canvas.fill(Rect(minX: s.minX, minY: s.minY + 1, maxX: s.maxX, maxY: s.maxY - 1), color: fill)
                canvas.strokePolyline(
                    [Point(x: s.minX, y: middle), Point(x: s.maxX, y: middle)], color: line, width: theme.lineWidth)
            }
            canvas.use(theme.legendFont)
            canvas.draw(
                row.label, at: row.text, anchor: TextAnchor(horizontal: .left, vertical: .baseline),
                color: theme.labelColor)
        }
    }
}
