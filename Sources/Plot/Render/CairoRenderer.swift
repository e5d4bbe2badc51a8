internal import CCairo

/// Lays a figure out and draws it onto a Cairo surface: background, figure title, then
/// each panel with ``AxesRenderer``.
struct CairoRenderer {
    var figure: Figure
    var theme: Theme = .standard

    /// The figure's layout, measured on a scratch surface at scale 1 so that every output
    /// format and scale gets exactly the same layout.
    func layout() throws(PlotError) -> FigureLayout {
        try FigureLayout(figure: figure, theme: theme, canvas: Canvas(measuringWith: theme))
    }

    /// Draws the figure with `layout` onto `surface`, `scale` device units per point.
    func draw(_ layout: FigureLayout, on surface: OpaquePointer, scale: Double) throws(PlotError) {
        let canvas = Canvas(surface: surface, scale: scale, theme: theme)
        let size = figure.size
        canvas.fill(Rect(minX: 0, minY: 0, maxX: size.width, maxY: size.height), color: theme.background)
        if let title = layout.title {
            canvas.use(title.font)
            canvas.draw(
                title.text, at: title.anchor, anchor: TextAnchor(horizontal: .left, vertical: .baseline),
                color: theme.titleColor)
        }
        for (axes, panel) in zip(figure.panels, layout.panels) {
            guard let panel else { continue }
            AxesRenderer(axes: axes, layout: panel, theme: theme, canvas: canvas).draw()
        }
        if let error = canvas.error { throw error }
    }
}
