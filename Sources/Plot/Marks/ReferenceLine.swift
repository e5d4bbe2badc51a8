/// A horizontal or vertical line across the whole plot area at a data value: a target,
/// a chance level, a threshold. It does not stretch the limits.
struct ReferenceLine: Mark {
    var value: Double
    var horizontal: Bool
    var color: Color
    var style: LineStyle
    var label: String

    var name: String { label.isEmpty ? "reference line at \(value)" : "reference line \"\(label)\"" }

    func validate() throws(PlotError) {
        if !value.isFinite { throw .invalidArgument("\(name): the value must be finite") }
    }

    func bounds(x: Scale, y: Scale) -> DataBounds? { nil }

    var legendEntries: [LegendEntry] {
        label.isEmpty ? [] : [LegendEntry(label: label, swatch: .line(color, width: 1.25, style: style, marker: nil))]
    }

    private func segment(_ t: PlotTransform, _ area: Rect) -> (Point, Point)? {
        if horizontal {
            let y = t.y(value)
            return y.isFinite ? (Point(x: area.minX, y: y), Point(x: area.maxX, y: y)) : nil
        }
        let x = t.x(value)
        return x.isFinite ? (Point(x: x, y: area.minY), Point(x: x, y: area.maxY)) : nil
    }

    func draw(in context: DrawContext) {
        guard let (a, b) = segment(context.transform, context.plotArea) else { return }
        context.canvas.strokePolyline([a, b], color: color, width: 1.25, dashes: style.dashes(width: 1.25))
    }

    func obstacles(_ transform: PlotTransform) -> [(Point, Point)] {
        let area = Rect(
            minX: min(transform.x.range.start, transform.x.range.end), minY: min(transform.y.range.start, transform.y.range.end),
            maxX: max(transform.x.range.start, transform.x.range.end), maxY: max(transform.y.range.start, transform.y.range.end))
        return segment(transform, area).map { [$0] } ?? []
    }
}

extension Axes {
    /// Draws a horizontal line across the plot at `y` (dashed grey by default).
    ///
    ///     axes.horizontalLine(y: 0.1, label: "chance")
    public mutating func horizontalLine(
        y: Double, label: String = "", color: Color = .gray, style: LineStyle = .dashed
    ) {
        add(ReferenceLine(value: y, horizontal: true, color: color, style: style, label: label))
    }

    /// Draws a vertical line across the plot at `x` (dashed grey by default).
    ///
    ///     axes.verticalLine(x: 30, label: "learning rate drop")
    public mutating func verticalLine(
        x: Double, label: String = "", color: Color = .gray, style: LineStyle = .dashed
    ) {
        add(ReferenceLine(value: x, horizontal: false, color: color, style: style, label: label))
    }
}
