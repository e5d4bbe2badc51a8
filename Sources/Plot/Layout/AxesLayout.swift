/// One axis after layout: how data maps to points along it, and its ticks.
struct AxisLayout: Sendable {
    var scale: LinearScale
    var ticks: Ticks
}

/// A title or axis label, with the font it fits in and the point it is anchored at.
struct PlacedText: Sendable {
    var text: String
    /// The theme's font, made smaller when the text would not fit at full size.
    var font: Theme.Font
    var anchor: Point
}

/// Where everything of one ``Axes`` goes inside its frame, measured from the real text.
///
/// The plot area is what is left of the frame after the title, axis labels, tick labels
/// and tick marks have taken the room they measure, so no text is clipped at the figure's
/// edge. The order matters: vertical room depends only on font heights, so the y ticks
/// are chosen first; their widest label sets the left margin, which sets the width
/// available to the x ticks; those are chosen so their labels do not overlap, and the
/// right margin grows if the last label would stick out of the frame.
struct AxesLayout: Sendable {
    var plotArea: Rect
    var x: AxisLayout
    var y: AxisLayout
    /// The title, anchored at the left end of its baseline.
    var title: PlacedText?
    /// The x label, anchored at the centre of its baseline.
    var xLabel: PlacedText?
    /// The y label, reading upwards, anchored at the centre of its baseline.
    var yLabel: PlacedText?
    var legend: LegendLayout?

    init(axes: Axes, frame: Rect, theme: Theme, canvas: Canvas) throws(PlotError) {
        let limits = try AxisLimits.resolve(axes, padding: theme.dataPadding)
        let pad = theme.outerPadding

        canvas.use(theme.tickFont)
        let tickCap = canvas.capHeight
        let tickLabelHeight = tickCap + canvas.descent
        canvas.use(theme.labelFont)
        let labelHeight = canvas.capHeight + canvas.descent
        let labelDescent = canvas.descent
        canvas.use(theme.titleFont)
        let titleCap = canvas.capHeight
        let titleHeight = titleCap + canvas.descent

        // Vertical room: title above; x label, tick labels and ticks below.
        var top = frame.minY + pad
        if axes.title.isEmpty {
            top += tickCap / 2  // the top y tick label may stand half its height above
        } else {
            title = PlacedText(
                text: axes.title, font: Self.fitting(axes.title, theme.titleFont, frame.width - 2 * pad, canvas),
                anchor: Point(x: frame.minX + pad, y: top + titleCap))
            top += titleHeight + theme.titleGap
        }
        var bottom = frame.maxY - pad
        if !axes.xLabel.isEmpty {
            bottom -= labelHeight + theme.axisLabelGap
        }
        bottom -= tickLabelHeight + theme.tickLabelGap + theme.tickLength
        top = top.rounded(.up)
        bottom = bottom.rounded(.down)

        // y ticks: as many as fit with a label's height of space between neighbours.
        let height = max(bottom - top, 1)
        let yTicks = TickLocator.ticks(
            for: limits.y, target: min(max(height / theme.yTickSpacing, 3), 7),
            maxCount: max(2, min(8, Int(height / (2 * tickLabelHeight)) + 1)))

        // Horizontal room: y label, widest y tick label and ticks on the left.
        canvas.use(theme.tickFont)
        var left = frame.minX + pad
        if !axes.yLabel.isEmpty { left += labelHeight + theme.axisLabelGap }
        left += (yTicks.labels.map(canvas.width).max() ?? 0) + theme.tickLabelGap + theme.tickLength
        left = left.rounded(.up)
        var right = (frame.maxX - pad).rounded(.down)

        let xTicks: Ticks
        (xTicks, left, right) = Self.fitXTicks(
            limits.x, left: left, right: right, bounds: (frame.minX + pad)...(frame.maxX - pad),
            theme: theme, canvas: canvas)

        plotArea = Rect(minX: left, minY: top, maxX: max(right, left + 1), maxY: max(bottom, top + 1))
        x = AxisLayout(
            scale: LinearScale(domain: limits.x, range: (plotArea.minX, plotArea.maxX)), ticks: xTicks)
        y = AxisLayout(
            scale: LinearScale(domain: limits.y, range: (plotArea.maxY, plotArea.minY)), ticks: yTicks)
        if !axes.xLabel.isEmpty {
            let center = (plotArea.minX + plotArea.maxX) / 2
            let room = 2 * min(center - frame.minX, frame.maxX - center) - 2 * pad
            xLabel = PlacedText(
                text: axes.xLabel, font: Self.fitting(axes.xLabel, theme.labelFont, room, canvas),
                anchor: Point(x: center, y: frame.maxY - pad - labelDescent))
        }
        if !axes.yLabel.isEmpty {
            let center = (plotArea.minY + plotArea.maxY) / 2
            let room = 2 * min(center - frame.minY, frame.maxY - center) - 2 * pad
            yLabel = PlacedText(
                text: axes.yLabel, font: Self.fitting(axes.yLabel, theme.labelFont, room, canvas),
                anchor: Point(x: frame.minX + pad + labelHeight - labelDescent, y: center))
        }
        legend = LegendLayout(
            axes: axes, plotArea: plotArea, x: x.scale, y: y.scale, theme: theme, canvas: canvas)
    }

    /// The x ticks, and the plot area's left and right edges adjusted for their labels.
    ///
    /// Takes the best candidate whose labels do not overlap, then narrows the plot area
    /// until the outermost labels stay inside `bounds` (a few rounds settle it). In a
    /// figure too narrow for its labels, any label that still collides is left blank.
    private static func fitXTicks(
        _ limits: ClosedRange<Double>, left: Double, right: Double, bounds: ClosedRange<Double>,
        theme: Theme, canvas: Canvas
    ) -> (Ticks, left: Double, right: Double) {
        canvas.use(theme.tickFont)
        let gap = theme.tickLabelSpacing * theme.tickFont.size
        var (left, right) = (left, right)
        var ticks: Ticks
        var round = 0
        repeat {
            let scale = LinearScale(domain: limits, range: (left, right))
            let candidates = TickLocator.candidates(
                for: limits, target: min(max((right - left) / theme.xTickSpacing, 3), 8))
            ticks =
                candidates.first { overlapping($0, scale: scale, gap: gap, canvas: canvas).isEmpty }
                ?? candidates.min { $0.values.count < $1.values.count }!
            let overhang = overhang(ticks, scale: scale, canvas: canvas)
            let newLeft = max(left, (bounds.lowerBound + overhang.left).rounded(.up))
            let newRight = min(right, (bounds.upperBound - overhang.right).rounded(.down))
            if (newLeft, newRight) == (left, right) || newRight - newLeft < 1 { break }
            (left, right) = (newLeft, newRight)
            round += 1
        } while round < 4
        let scale = LinearScale(domain: limits, range: (left, right))
        for i in overlapping(ticks, scale: scale, gap: gap, canvas: canvas, within: bounds) {
            ticks.labels[i] = ""
        }
        return (ticks, left, right)
    }

    /// Indices of x tick labels that would come closer than `gap` to the previous label
    /// kept, or leave `bounds`; labels are kept greedily from the left.
    private static func overlapping(
        _ ticks: Ticks, scale: LinearScale, gap: Double, canvas: Canvas,
        within bounds: ClosedRange<Double> = -.infinity...(.infinity)
    ) -> [Int] {
        var previousEnd = -Double.infinity
        var rejected: [Int] = []
        for (i, (value, label)) in zip(ticks.values, ticks.labels).enumerated() {
            let half = canvas.width(of: label) / 2
            let start = scale(value) - half, end = scale(value) + half
            if start < previousEnd + gap || start < bounds.lowerBound || end > bounds.upperBound {
                rejected.append(i)
            } else {
                previousEnd = end
            }
        }
        return rejected
    }

    /// `font`, shrunk in proportion if `text` would be wider than `room` at its size.
    private static func fitting(_ text: String, _ font: Theme.Font, _ room: Double, _ canvas: Canvas) -> Theme.Font {
        canvas.use(font)
        let width = canvas.width(of: text)
        guard width > room, room > 0 else { return font }
        var fitted = font
        fitted.size = (font.size * room / width * 1000).rounded(.down) / 1000
        return fitted
    }

    /// How far the outermost x tick labels reach beyond the plot area on each side.
    private static func overhang(_ ticks: Ticks, scale: LinearScale, canvas: Canvas) -> (left: Double, right: Double) {
        var left = 0.0, right = 0.0
        for (value, label) in zip(ticks.values, ticks.labels) {
            let half = canvas.width(of: label) / 2
            left = max(left, scale.range.start - (scale(value) - half))
            right = max(right, scale(value) + half - scale.range.end)
        }
        return (left, right)
    }
}
