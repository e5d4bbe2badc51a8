/// The legend's box and entries, placed in the corner of the plot area that hides the
/// least data.
struct LegendLayout: Sendable {
    /// One row: a short stroke of the series' colour, then its label.
    struct Entry: Sendable {
        var label: String
        var color: Color
        var swatch: (from: Point, to: Point)
        /// Left end of the label's baseline.
        var text: Point
    }

    var box: Rect
    var entries: [Entry]

    /// Nil when no series has a label.
    ///
    /// Each corner is scored by how many line segments would pass under the box; the
    /// first corner with the lowest score wins, in the order upper right, upper left,
    /// lower right, lower left (matplotlib's `loc="best"` does the same over more spots).
    init?(axes: Axes, plotArea: Rect, x: LinearScale, y: LinearScale, theme: Theme, canvas: Canvas) {
        let labelled = axes.lines.filter { !$0.label.isEmpty }
        guard !labelled.isEmpty else { return nil }
        canvas.use(theme.legendFont)
        let textGap = 6.0
        let widest = labelled.map { canvas.width(of: $0.label) }.max() ?? 0
        let width = 2 * theme.legendPadding + theme.legendSwatch + textGap + widest
        let height = 2 * theme.legendPadding + Double(labelled.count) * theme.legendRowHeight

        let inset = theme.legendInset
        let left = plotArea.minX + inset, right = plotArea.maxX - inset - width
        let top = plotArea.minY + inset, bottom = plotArea.maxY - inset - height
        let corners = [(right, top), (left, top), (right, bottom), (left, bottom)].map {
            Rect(minX: $0.0, minY: $0.1, maxX: $0.0 + width, maxY: $0.1 + height)
        }
        let segments = axes.lines.flatMap { line in
            line.runs.flatMap { run in
                let points = run.map { Point(x: x($0.x), y: y($0.y)) }
                return points.count == 1 ? [(points[0], points[0])] : Array(zip(points, points.dropFirst()))
            }
        }
        let scores = corners.map { box in segments.count { box.intersects(from: $0.0, to: $0.1) } }
        let box = corners[scores.indices.min { scores[$0] < scores[$1] }!]
        self.box = box

        let cap = canvas.capHeight
        entries = labelled.enumerated().map { row, line in
            let middle = box.minY + theme.legendPadding + (Double(row) + 0.5) * theme.legendRowHeight
            let swatchStart = box.minX + theme.legendPadding
            return Entry(
                label: line.label, color: theme.palette[line.index],
                swatch: (Point(x: swatchStart, y: middle), Point(x: swatchStart + theme.legendSwatch, y: middle)),
                text: Point(x: swatchStart + theme.legendSwatch + textGap, y: middle + cap / 2))
        }
    }
}
