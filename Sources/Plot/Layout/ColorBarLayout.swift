/// A colour bar beside an axes' plot area: a vertical strip of the colour map over its
/// value range, with ticks and labels on its right and an optional label reading upwards.
struct ColorBarLayout: Sendable {
    var scale: ColorScale
    /// The strip itself.
    var bar: Rect
    /// Positions along the strip, bottom (the map's 0) to top (its 1).
    var axis: ScaleMap

    /// The position of `value` along the strip, through the scale (stepped for levels).
    func position(_ value: Double) -> Double {
        axis(scale.position(value))
    }
    var ticks: Ticks
    /// The label, reading upwards, anchored at the centre of its baseline.
    var label: PlacedText?

    /// Room the bar needs right of the plot area: gap, strip, ticks, labels, label.
    static func width(scale: ColorScale, height: Double, label: String, theme: Theme, canvas: Canvas) -> Double {
        let ticks = ticks(scale, height: height, theme: theme, canvas: canvas)
        canvas.use(theme.tickFont)
        var width = theme.colorBarGap + theme.colorBarWidth + theme.tickLength + theme.tickLabelGap
        width += ticks.labels.map(canvas.width).max() ?? 0
        if !label.isEmpty {
            canvas.use(theme.labelFont)
            width += theme.axisLabelGap + canvas.capHeight + canvas.descent
        }
        return width.rounded(.up)
    }

    init(scale: ColorScale, plotArea: Rect, label: String, theme: Theme, canvas: Canvas) {
        self.scale = scale
        bar = Rect(
            minX: plotArea.maxX + theme.colorBarGap, minY: plotArea.minY,
            maxX: plotArea.maxX + theme.colorBarGap + theme.colorBarWidth, maxY: plotArea.maxY)
        axis = ScaleMap(domain: 0...1, range: (bar.maxY, bar.minY))
        ticks = Self.ticks(scale, height: bar.height, theme: theme, canvas: canvas)
        if !label.isEmpty {
            canvas.use(theme.tickFont)
            let widest = ticks.labels.map(canvas.width).max() ?? 0
            canvas.use(theme.labelFont)
            let left = bar.maxX + theme.tickLength + theme.tickLabelGap + widest + theme.axisLabelGap
            let center = (bar.minY + bar.maxY) / 2
            self.label = PlacedText(
                text: label, font: AxesLayout.fitting(label, theme.labelFont, bar.height, canvas),
                anchor: Point(x: left + canvas.capHeight, y: center))
        }
    }

    /// Nice ticks over the range, or a filled contour's levels (every k-th, so that
    /// labels keep a line's height apart).
    private static func ticks(_ scale: ColorScale, height: Double, theme: Theme, canvas: Canvas) -> Ticks {
        canvas.use(theme.tickFont)
        let labelHeight = canvas.capHeight + canvas.descent
        let maxCount = max(2, min(8, Int(height / (2 * labelHeight)) + 1))
        if let levels = scale.levels, levels.count >= 2 {
            let step = Int((Double(levels.count) / Double(maxCount)).rounded(.up))
            let kept = stride(from: 0, to: levels.count, by: max(step, 1)).map { levels[$0] }
            return Ticks(values: kept, labels: TickLabelFormatter.compactLabels(kept))
        }
        return TickLocator.candidates(
            for: scale.range, target: min(max(height / theme.yTickSpacing, 3), 7), maxCount: maxCount)[0]
    }
}
