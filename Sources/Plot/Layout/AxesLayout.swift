/// One axis after layout: how data maps to points along it, and its ticks.
struct AxisLayout: Sendable {
    var scale: ScaleMap
    var ticks: Ticks
}

/// A title or axis label, with the font it fits in and the point it is anchored at.
struct PlacedText: Sendable {
    var text: String
    /// The theme's font, made smaller when the text would not fit at full size.
    var font: Theme.Font
    var anchor: Point
}

/// Space kept between a frame's edges and its plot area, in points.
struct Insets: Sendable, Equatable {
    var top = 0.0, left = 0.0, bottom = 0.0, right = 0.0
}

/// Where everything of one ``Axes`` goes inside its frame, measured from the real text.
///
/// The plot area is what is left of the frame after the title, axis labels, tick labels,
/// tick marks and colour bar have taken the room they measure, so no text is clipped at
/// the figure's edge. The order matters: vertical room depends only on font heights, so
/// the y ticks are chosen first; their widest label sets the left margin, which sets the
/// width available to the x ticks; those are chosen so their labels do not overlap, and
/// the right margin grows if the last label would stick out of the frame. An equal
/// aspect then shrinks the plot area (centred across, kept at the top) and the x ticks
/// are fitted again.
struct AxesLayout: Sendable {
    var frame: Rect
    var plotArea: Rect
    var x: AxisLayout
    var y: AxisLayout
    /// The title, anchored at the left end (or, over a picture, the centre) of its baseline.
    var title: PlacedText?
    var titleCentered = false
    /// The x label, anchored at the centre of its baseline.
    var xLabel: PlacedText?
    /// The y label, reading upwards, anchored at the centre of its baseline.
    var yLabel: PlacedText?
    var legend: LegendLayout?
    var colorBar: ColorBarLayout?
    var showsAxes: Bool
    var showsXTickLabels: Bool
    var showsYTickLabels: Bool
    /// Whether the x tick labels are turned 45° (named categories too wide to stand
    /// side by side), each ending at its tick and reading upwards to the right.
    var slantsXTickLabels = false
    /// How far the x tick labels reach below the tick marks' gap (their height, or the
    /// depth of the slanted labels).
    var xTickLabelDepth = 0.0

    var transform: PlotTransform { PlotTransform(x: x.scale, y: y.scale) }

    /// The plot area's distances from the frame's edges.
    var insets: Insets {
        Insets(
            top: plotArea.minY - frame.minY, left: plotArea.minX - frame.minX,
            bottom: frame.maxY - plotArea.maxY, right: frame.maxX - plotArea.maxX)
    }

    /// Lays out `axes` in `frame`. Named x categories (``Axes/setXTicks(_:labels:)`` with
    /// words, a heatmap's columns, bars) that would collide side by side are slanted
    /// rather than dropped, so that each column keeps its name.
    init(
        axes: Axes, frame: Rect, limits: (x: ClosedRange<Double>, y: ClosedRange<Double>), theme: Theme,
        canvas: Canvas, showsXTickLabels: Bool = true, showsYTickLabels: Bool = true,
        minimumInsets: Insets = Insets()
    ) {
        self.init(
            axes: axes, frame: frame, limits: limits, theme: theme, canvas: canvas,
            showsXTickLabels: showsXTickLabels, showsYTickLabels: showsYTickLabels,
            minimumInsets: minimumInsets, slanted: false)
        // Numbers can be thinned out (every other one still says where we are); names
        // cannot.
        let shown = { (ticks: Ticks) in ticks.labels.filter { !$0.isEmpty }.count }
        if self.showsXTickLabels, let given = axes.xTickOverride?.inside(limits.x),
            given.labels.contains(where: { $0.contains(where: \.isLetter) }), shown(x.ticks) < shown(given)
        {
            self.init(
                axes: axes, frame: frame, limits: limits, theme: theme, canvas: canvas,
                showsXTickLabels: showsXTickLabels, showsYTickLabels: showsYTickLabels,
                minimumInsets: minimumInsets, slanted: true)
        }
    }

    private init(
        axes: Axes, frame: Rect, limits: (x: ClosedRange<Double>, y: ClosedRange<Double>), theme: Theme,
        canvas: Canvas, showsXTickLabels: Bool, showsYTickLabels: Bool, minimumInsets: Insets, slanted: Bool
    ) {
        self.frame = frame
        slantsXTickLabels = slanted
        showsAxes = axes.showsAxes
        self.showsXTickLabels = showsXTickLabels && axes.showsAxes
        self.showsYTickLabels = showsYTickLabels && axes.showsAxes
        let m = Metrics(theme: theme, canvas: canvas)
        let pad = axes.padding ?? theme.outerPadding
        let showsX = self.showsXTickLabels, showsY = self.showsYTickLabels

        // Vertical room: title above; x label, tick labels and ticks below.
        var top = frame.minY + pad
        if !axes.title.isEmpty {
            top += m.titleHeight + theme.titleGap
        } else if showsY {
            top += m.tickCap / 2  // the top y tick label may stand half its height above
        }
        var bottom = frame.maxY - pad
        if axes.showsAxes {
            if !axes.xLabel.isEmpty { bottom -= m.labelHeight + theme.axisLabelGap }
            if showsX {
                xTickLabelDepth = slanted
                    ? Self.slantedDepth(axes.xTickOverride!.inside(limits.x).labels, m: m, theme: theme, canvas: canvas)
                    : m.tickLabelHeight
                bottom -= xTickLabelDepth + theme.tickLabelGap
            }
            bottom -= theme.tickLength
        }
        top = max(top, frame.minY + minimumInsets.top).rounded(.up)
        bottom = min(bottom, frame.maxY - minimumInsets.bottom).rounded(.down)

        let colorScale = axes.marks.last { $0.colorScale != nil }?.colorScale
        let colorBarWidth = axes.colorBarLabel != nil && colorScale != nil
            ? ColorBarLayout.width(scale: colorScale!, height: bottom - top, label: axes.colorBarLabel!, theme: theme, canvas: canvas)
            : 0

        var left = frame.minX + pad, right = frame.maxX - pad - colorBarWidth
        var yTicks = Self.yTicks(axes, limits.y, height: bottom - top, theme: theme, m: m)
        left += Self.leftRoom(axes, yTicks, showsY, theme, m, canvas)
        left = max(left, frame.minX + minimumInsets.left).rounded(.up)
        right = min(right, frame.maxX - minimumInsets.right).rounded(.down)

        var xTicks: Ticks
        (xTicks, left, right) = Self.xTicks(
            axes, limits.x, left: left, right: right, bounds: (frame.minX + pad)...(frame.maxX - pad),
            showsLabels: showsX, slanted: slanted, theme: theme, canvas: canvas)
        var area = Rect(minX: left, minY: top, maxX: max(right, left + 1), maxY: max(bottom, top + 1))

        if axes.aspect == .equal {
            for _ in 0..<3 {
                let shrunk = Self.equalAspect(area, limits: limits, scales: (axes.xScale, axes.yScale))
                if shrunk == area { break }
                area = shrunk
                yTicks = Self.yTicks(axes, limits.y, height: area.height, theme: theme, m: m)
                (xTicks, left, right) = Self.xTicks(
                    axes, limits.x, left: area.minX, right: area.maxX,
                    bounds: (frame.minX + pad)...(frame.maxX - pad), showsLabels: showsX, slanted: slanted,
                    theme: theme, canvas: canvas)
                area.minX = left
                area.maxX = max(right, left + 1)
            }
        }
        plotArea = area

        let xMap = ScaleMap(scale: axes.xScale, domain: limits.x, range: (area.minX, area.maxX))
        var yMap = ScaleMap(scale: axes.yScale, domain: limits.y, range: (area.maxY, area.minY))
        if axes.yInverted { yMap.range = (area.minY, area.maxY) }
        x = AxisLayout(scale: xMap, ticks: xTicks)
        y = AxisLayout(scale: yMap, ticks: yTicks)
        placeText(axes, theme: theme, m: m, canvas: canvas)
        if let colorScale, let label = axes.colorBarLabel {
            colorBar = ColorBarLayout(scale: colorScale, plotArea: area, label: label, theme: theme, canvas: canvas)
        }
        legend = axes.legend == .hidden ? nil : LegendLayout(
            entries: axes.marks.flatMap(\.legendEntries), position: axes.legend, plotArea: area,
            obstacles: axes.marks.flatMap { $0.obstacles(PlotTransform(x: xMap, y: yMap)) },
            theme: theme, canvas: canvas)
    }

    /// Anchors the title and axis labels around the final plot area.
    private mutating func placeText(_ axes: Axes, theme: Theme, m: Metrics, canvas: Canvas) {
        let pad = axes.padding ?? theme.outerPadding
        if !axes.title.isEmpty {
            let baseline = plotArea.minY - theme.titleGap - m.titleDescent
            titleCentered = !axes.showsAxes
            if titleCentered {
                let center = (plotArea.minX + plotArea.maxX) / 2
                let room = 2 * min(center - frame.minX, frame.maxX - center) - 2 * pad
                title = PlacedText(
                    text: axes.title, font: Self.fitting(axes.title, theme.titleFont, room, canvas),
                    anchor: Point(x: center, y: baseline))
            } else {
                title = PlacedText(
                    text: axes.title, font: Self.fitting(axes.title, theme.titleFont, frame.width - 2 * pad, canvas),
                    anchor: Point(x: frame.minX + pad, y: baseline))
            }
        }
        guard axes.showsAxes else { return }
        if !axes.xLabel.isEmpty {
            let center = (plotArea.minX + plotArea.maxX) / 2
            let room = 2 * min(center - frame.minX, frame.maxX - center) - 2 * pad
            var top = plotArea.maxY + theme.tickLength + theme.axisLabelGap
            if showsXTickLabels { top += theme.tickLabelGap + xTickLabelDepth }
            xLabel = PlacedText(
                text: axes.xLabel, font: Self.fitting(axes.xLabel, theme.labelFont, room, canvas),
                anchor: Point(x: center, y: top + m.labelCap))
        }
        if !axes.yLabel.isEmpty {
            let center = (plotArea.minY + plotArea.maxY) / 2
            let room = 2 * min(center - frame.minY, frame.maxY - center) - 2 * pad
            canvas.use(theme.tickFont)
            let widest = showsYTickLabels ? (y.ticks.labels.map(canvas.width).max() ?? 0) + theme.tickLabelGap : 0
            let right = plotArea.minX - theme.tickLength - widest - theme.axisLabelGap
            yLabel = PlacedText(
                text: axes.yLabel, font: Self.fitting(axes.yLabel, theme.labelFont, room, canvas),
                anchor: Point(x: max(right - m.labelDescent, frame.minX + pad + m.labelCap), y: center))
        }
    }

    /// Heights of the theme's fonts, measured once.
    struct Metrics {
        var tickCap, tickLabelHeight, labelCap, labelHeight, labelDescent, titleHeight, titleDescent: Double
        init(theme: Theme, canvas: Canvas) {
            canvas.use(theme.tickFont)
            tickCap = canvas.capHeight
            tickLabelHeight = tickCap + canvas.descent
            canvas.use(theme.labelFont)
            labelCap = canvas.capHeight
            labelDescent = canvas.descent
            labelHeight = labelCap + labelDescent
            canvas.use(theme.titleFont)
            titleDescent = canvas.descent
            titleHeight = canvas.capHeight + titleDescent
        }
    }

    /// y ticks: as many as fit with a label's height of space between neighbours.
    private static func yTicks(
        _ axes: Axes, _ limits: ClosedRange<Double>, height: Double, theme: Theme, m: Metrics
    ) -> Ticks {
        if let given = axes.yTickOverride { return given.inside(limits) }
        let height = max(height, 1)
        return TickLocator.candidates(
            for: limits, scale: axes.yScale, target: min(max(height / theme.yTickSpacing, 3), 7),
            maxCount: max(2, min(8, Int(height / (2 * m.tickLabelHeight)) + 1)))[0]
    }

    /// Room left of the plot area: y label, widest y tick label, tick marks.
    private static func leftRoom(
        _ axes: Axes, _ ticks: Ticks, _ showsLabels: Bool, _ theme: Theme, _ m: Metrics, _ canvas: Canvas
    ) -> Double {
        guard axes.showsAxes else { return 0 }
        var room = theme.tickLength
        if !axes.yLabel.isEmpty { room += m.labelHeight + theme.axisLabelGap }
        if showsLabels {
            canvas.use(theme.tickFont)
            room += (ticks.labels.map(canvas.width).max() ?? 0) + theme.tickLabelGap
        }
        return room
    }

    /// The x ticks, and the plot area's left and right edges adjusted for their labels.
    private static func xTicks(
        _ axes: Axes, _ limits: ClosedRange<Double>, left: Double, right: Double,
        bounds: ClosedRange<Double>, showsLabels: Bool, slanted: Bool = false, theme: Theme, canvas: Canvas
    ) -> (Ticks, left: Double, right: Double) {
        let target = min(max((right - left) / theme.xTickSpacing, 3), 8)
        if let given = axes.xTickOverride {
            let ticks = given.inside(limits)
            guard showsLabels else { return (ticks, left, right) }
            if slanted {
                return fitSlantedXTicks(ticks, limits, scale: axes.xScale, left: left, right: right, bounds: bounds, theme: theme, canvas: canvas)
            }
            return fitXTicks([ticks], limits, scale: axes.xScale, left: left, right: right, bounds: bounds, theme: theme, canvas: canvas)
        }
        let candidates = { (l: Double, r: Double) in
            TickLocator.candidates(for: limits, scale: axes.xScale, target: min(max((r - l) / theme.xTickSpacing, 3), 8))
        }
        guard showsLabels else {
            return (TickLocator.candidates(for: limits, scale: axes.xScale, target: target)[0], left, right)
        }
        return fitXTicks(
            candidates(left, right), limits, scale: axes.xScale, left: left, right: right, bounds: bounds,
            theme: theme, canvas: canvas)
    }

    /// Takes the best candidate whose labels do not overlap, then narrows the plot area
    /// until the outermost labels stay inside `bounds` (a few rounds settle it). In a
    /// figure too narrow for its labels, any label that still collides is left blank.
    private static func fitXTicks(
        _ candidates: [Ticks], _ limits: ClosedRange<Double>, scale: Scale, left: Double, right: Double,
        bounds: ClosedRange<Double>, theme: Theme, canvas: Canvas
    ) -> (Ticks, left: Double, right: Double) {
        canvas.use(theme.tickFont)
        let gap = theme.tickLabelSpacing * theme.tickFont.size
        var (left, right) = (left, right)
        var ticks: Ticks
        var round = 0
        repeat {
            let map = ScaleMap(scale: scale, domain: limits, range: (left, right))
            ticks =
                candidates.first { overlapping($0, map: map, gap: gap, canvas: canvas).isEmpty }
                ?? candidates.min { $0.values.count < $1.values.count }!
            let overhang = overhang(ticks, map: map, canvas: canvas)
            let newLeft = max(left, (bounds.lowerBound + overhang.left).rounded(.up))
            let newRight = min(right, (bounds.upperBound - overhang.right).rounded(.down))
            if (newLeft, newRight) == (left, right) || newRight - newLeft < 1 { break }
            (left, right) = (newLeft, newRight)
            round += 1
        } while round < 4
        let map = ScaleMap(scale: scale, domain: limits, range: (left, right))
        for i in overlapping(ticks, map: map, gap: gap, canvas: canvas, within: bounds) {
            ticks.labels[i] = ""
        }
        return (ticks, left, right)
    }

    /// The sine (and cosine) of the 45° at which crowded category labels are slanted.
    static let slant = 0.5.squareRoot()

    /// How far below its anchor the deepest of `labels` reaches when slanted: a label
    /// of width `w` and height `h` turned 45° spans `(w + h)·sin 45°` vertically.
    private static func slantedDepth(_ labels: [String], m: Metrics, theme: Theme, canvas: Canvas) -> Double {
        canvas.use(theme.tickFont)
        let widest = labels.map(canvas.width).max() ?? 0
        return (slant * (widest + m.tickLabelHeight)).rounded(.up)
    }

    /// Slanted labels end at their ticks and run down to the left, `w·cos 45°` wide: the
    /// plot area moves right until the first of them stays inside `bounds`. Neighbours
    /// are parallel strips `Δx·sin 45°` apart; a label that would still touch the one
    /// kept before it is left blank.
    private static func fitSlantedXTicks(
        _ ticks: Ticks, _ limits: ClosedRange<Double>, scale: Scale, left: Double, right: Double,
        bounds: ClosedRange<Double>, theme: Theme, canvas: Canvas
    ) -> (Ticks, left: Double, right: Double) {
        canvas.use(theme.tickFont)
        let height = canvas.capHeight + canvas.descent
        var ticks = ticks, left = left
        for _ in 0..<4 {
            let map = ScaleMap(scale: scale, domain: limits, range: (left, right))
            var reach = left
            for (value, label) in zip(ticks.values, ticks.labels) where !label.isEmpty {
                reach = min(reach, map(value) - slant * canvas.width(of: label))
            }
            let newLeft = max(left, (left + bounds.lowerBound - reach).rounded(.up))
            if newLeft == left || right - newLeft < 1 { break }
            left = newLeft
        }
        let map = ScaleMap(scale: scale, domain: limits, range: (left, right))
        let gap = (theme.tickLabelSpacing - 1) * theme.tickFont.size
        var previous = -Double.infinity
        for i in ticks.values.indices where !ticks.labels[i].isEmpty {
            let position = map(ticks.values[i])
            if slant * (position - previous) < height + gap {
                ticks.labels[i] = ""
            } else {
                previous = position
            }
        }
        return (ticks, left, right)
    }

    /// Indices of x tick labels that would come closer than `gap` to the previous label
    /// kept, or leave `bounds`; labels are kept greedily from the left.
    private static func overlapping(
        _ ticks: Ticks, map: ScaleMap, gap: Double, canvas: Canvas,
        within bounds: ClosedRange<Double> = -.infinity...(.infinity)
    ) -> [Int] {
        var previousEnd = -Double.infinity
        var rejected: [Int] = []
        for (i, (value, label)) in zip(ticks.values, ticks.labels).enumerated() where !label.isEmpty {
            let half = canvas.width(of: label) / 2
            let start = map(value) - half, end = map(value) + half
            if start < previousEnd + gap || start < bounds.lowerBound || end > bounds.upperBound {
                rejected.append(i)
            } else {
                previousEnd = end
            }
        }
        return rejected
    }

    /// How far the outermost x tick labels reach beyond the plot area on each side.
    private static func overhang(_ ticks: Ticks, map: ScaleMap, canvas: Canvas) -> (left: Double, right: Double) {
        var left = 0.0, right = 0.0
        for (value, label) in zip(ticks.values, ticks.labels) where !label.isEmpty {
            let half = canvas.width(of: label) / 2
            left = max(left, map.range.start - (map(value) - half))
            right = max(right, map(value) + half - map.range.end)
        }
        return (left, right)
    }

    /// `area` shrunk so that a unit of x is as long as a unit of y: centred across, and
    /// kept at the top, so that its title stays on one line with its neighbours'.
    private static func equalAspect(
        _ area: Rect, limits: (x: ClosedRange<Double>, y: ClosedRange<Double>), scales: (Scale, Scale)
    ) -> Rect {
        let xSpan = scales.0.forward(limits.x.upperBound) - scales.0.forward(limits.x.lowerBound)
        let ySpan = scales.1.forward(limits.y.upperBound) - scales.1.forward(limits.y.lowerBound)
        guard xSpan > 0, ySpan > 0, xSpan.isFinite, ySpan.isFinite else { return area }
        let unit = min(area.width / xSpan, area.height / ySpan)
        let width = (unit * xSpan).rounded(), height = (unit * ySpan).rounded()
        let dx = ((area.width - width) / 2).rounded(.down)
        return Rect(minX: area.minX + dx, minY: area.minY, maxX: area.minX + dx + width, maxY: area.minY + height)
    }

    /// `font`, shrunk in proportion if `text` would be wider than `room` at its size.
    static func fitting(_ text: String, _ font: Theme.Font, _ room: Double, _ canvas: Canvas) -> Theme.Font {
        canvas.use(font)
        let width = canvas.width(of: text)
        guard width > room, room > 0 else { return font }
        var fitted = font
        fitted.size = (font.size * room / width * 1000).rounded(.down) / 1000
        return fitted
    }
}

extension Ticks {
    /// The ticks whose values lie inside `limits` (explicit ticks outside are dropped).
    func inside(_ limits: ClosedRange<Double>) -> Ticks {
        let keep = values.indices.filter { limits.contains(values[$0]) }
        return Ticks(values: keep.map { values[$0] }, labels: keep.map { labels[$0] }, minor: minor.filter(limits.contains))
    }
}
