/// Where every panel of a ``Figure`` goes: the figure's title on top, then a grid of
/// equal cells, one ``AxesLayout`` per cell.
///
/// Limits are resolved first (shared ones from the union of the panels' data). Each
/// panel is then laid out in its cell; a second pass gives the panels of a row the same
/// top and bottom margins and those of a column the same left and right margins, so that
/// plot areas line up across the grid, as matplotlib's constrained layout does.
struct FigureLayout: Sendable {
    var size: Figure.Size
    var title: PlacedText?
    /// One layout per panel, row by row; nil for an empty panel that hides its axes.
    var panels: [AxesLayout?]

    /// The first panel's plot area (the only one of a one-axes figure).
    var plotArea: Rect { panels.compactMap { $0 }.first!.plotArea }

    init(figure: Figure, theme: Theme, canvas: Canvas) throws(PlotError) {
        size = figure.size
        guard size.width > 0, size.height > 0, size.width.isFinite, size.height.isFinite else {
            throw .invalidSize(width: size.width, height: size.height)
        }
        var top = 0.0
        if !figure.title.isEmpty {
            let m = AxesLayout.Metrics(theme: theme, canvas: canvas)
            let font = AxesLayout.fitting(figure.title, theme.titleFont, size.width - 2 * theme.outerPadding, canvas)
            top = theme.outerPadding + m.titleHeight
            title = PlacedText(
                text: figure.title, font: font,
                anchor: Point(x: theme.outerPadding, y: theme.outerPadding + m.titleHeight - m.titleDescent))
        }

        // Limits, shared or each panel's own.
        let count = figure.panels.count
        var bounds: [DataBounds?] = []
        var empty: [Bool] = []
        for axes in figure.panels {
            bounds.append(try AxisLimits.dataBounds(axes))
            empty.append(axes.marks.isEmpty && !axes.showsAxes)
        }
        let union = bounds.compactMap { $0 }.reduce(nil) { (u: DataBounds?, b) in u?.union(b) ?? b }
        var limits: [(x: ClosedRange<Double>, y: ClosedRange<Double>)?] = []
        for (i, axes) in figure.panels.enumerated() {
            guard !empty[i] else {
                limits.append(nil)
                continue
            }
            var own = try AxisLimits.resolve(axes, name: figure.panelName(i), bounds: bounds[i], padding: theme.dataPadding)
            if figure.sharesX || figure.sharesY, let union {
                let shared = try AxisLimits.resolve(axes, name: figure.panelName(i), bounds: union, padding: theme.dataPadding)
                if figure.sharesX { own.x = shared.x }
                if figure.sharesY { own.y = shared.y }
            }
            limits.append(own)
        }

        // Cells.
        let cellWidth = size.width / Double(figure.columns)
        let cellHeight = (size.height - top) / Double(figure.rows)
        func frame(_ i: Int) -> Rect {
            let row = Double(i / figure.columns), column = Double(i % figure.columns)
            return Rect(
                minX: column * cellWidth, minY: top + row * cellHeight,
                maxX: (column + 1) * cellWidth, maxY: top + (row + 1) * cellHeight)
        }
        // Panel titles in a grid are a step smaller than a figure's title.
        var panelTheme = theme
        if count > 1 { panelTheme.titleFont = Theme.Font(size: theme.labelFont.size, bold: true) }
        var allAxes = figure.panels
        func layout(_ i: Int, _ minimum: Insets) -> AxesLayout? {
            guard let l = limits[i] else { return nil }
            let row = i / figure.columns, column = i % figure.columns
            return AxesLayout(
                axes: allAxes[i], frame: frame(i), limits: l, theme: panelTheme, canvas: canvas,
                showsXTickLabels: !figure.sharesX || row == figure.rows - 1,
                showsYTickLabels: !figure.sharesY || column == 0, minimumInsets: minimum)
        }
        var panels = (0..<count).map { layout($0, Insets()) }

        // Align margins along rows and columns (panels with equal aspect keep their own).
        var minimumInsets = [Insets](repeating: Insets(), count: count)
        func aligned() -> [AxesLayout?] {
            var rowTop = [Double](repeating: 0, count: figure.rows), rowBottom = rowTop
            var columnLeft = [Double](repeating: 0, count: figure.columns), columnRight = columnLeft
            for (i, panel) in panels.enumerated() {
                guard let panel, figure.panels[i].aspect == .auto else { continue }
                let r = i / figure.columns, c = i % figure.columns, insets = panel.insets
                rowTop[r] = max(rowTop[r], insets.top)
                rowBottom[r] = max(rowBottom[r], insets.bottom)
                columnLeft[c] = max(columnLeft[c], insets.left)
                columnRight[c] = max(columnRight[c], insets.right)
            }
            return (0..<count).map { i in
                guard figure.panels[i].aspect == .auto else { return panels[i] }
                let r = i / figure.columns, c = i % figure.columns
                minimumInsets[i] = Insets(top: rowTop[r], left: columnLeft[c], bottom: rowBottom[r], right: columnRight[c])
                return layout(i, minimumInsets[i])
            }
        }
        if count > 1 {
            for _ in 0..<2 { panels = aligned() }
            // Shared axes tick alike: panels with the same limits take the sparsest
            // choice among them, which fits the narrowest (a panel's own ticks still win).
            var changed = false
            for i in 0..<count {
                guard let panel = panels[i], let own = limits[i] else { continue }
                if figure.sharesX, allAxes[i].xTickOverride == nil,
                    let ticks = Self.sparsest((0..<count).filter { limits[$0]?.x == own.x }.compactMap { panels[$0]?.x.ticks }),
                    ticks.values != panel.x.ticks.values
                {
                    allAxes[i].xTickOverride = ticks
                    changed = true
                }
                if figure.sharesY, allAxes[i].yTickOverride == nil,
                    let ticks = Self.sparsest((0..<count).filter { limits[$0]?.y == own.y }.compactMap { panels[$0]?.y.ticks }),
                    ticks.values != panel.y.ticks.values
                {
                    allAxes[i].yTickOverride = ticks
                    changed = true
                }
            }
            if changed { panels = (0..<count).map { layout($0, minimumInsets[$0]) } }
        }
        self.panels = panels
    }

    /// The tick set with the fewest values; labels a crowded panel blanked are written
    /// back, since the panel taking them may have room for them.
    private static func sparsest(_ candidates: [Ticks]) -> Ticks? {
        guard var fewest = candidates.min(by: { $0.values.count < $1.values.count }) else { return nil }
        if fewest.labels.contains("") { fewest.labels = TickLabelFormatter.compactLabels(fewest.values) }
        return fewest
    }
}
