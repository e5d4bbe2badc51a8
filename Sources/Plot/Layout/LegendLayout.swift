/// The legend's box and entries, placed in a corner of the plot area: the one asked for,
/// or the one that hides the least data.
struct LegendLayout: Sendable {
    /// One row: a small picture of the mark, then its label.
    struct Row: Sendable {
        var entry: LegendEntry
        /// The swatch's area: a `legendSwatch`-wide box centred on the row.
        var swatch: Rect
        /// Left end of the label's baseline.
        var text: Point
        var label: String { entry.label }
    }

    var box: Rect
    var entries: [Row]

    /// Nil when there are no entries.
    ///
    /// For `.best`, each corner is scored by how many obstacle segments (line pieces,
    /// scatter points, bar outlines) pass under the box; the first corner with the
    /// lowest score wins, in the order upper right, upper left, lower right, lower left
    /// (matplotlib's `loc="best"` does the same over more spots).
    init?(
        entries: [LegendEntry], position: Axes.LegendPosition, plotArea: Rect,
        obstacles: [(Point, Point)], theme: Theme, canvas: Canvas
    ) {
        guard !entries.isEmpty else { return nil }
        canvas.use(theme.legendFont)
        let textGap = 6.0
        let widest = entries.map { canvas.width(of: $0.label) }.max() ?? 0
        let width = 2 * theme.legendPadding + theme.legendSwatch + textGap + widest
        let height = 2 * theme.legendPadding + Double(entries.count) * theme.legendRowHeight

        let inset = theme.legendInset
        let left = plotArea.minX + inset, right = plotArea.maxX - inset - width
        let top = plotArea.minY + inset, bottom = plotArea.maxY - inset - height
        let corners = [(right, top), (left, top), (right, bottom), (left, bottom)].map {
            Rect(minX: $0.0, minY: $0.1, maxX: $0.0 + width, maxY: $0.1 + height)
        }
        let box: Rect
        switch position {
        case .upperRight: box = corners[0]
        case .upperLeft: box = corners[1]
        case .lowerRight: box = corners[2]
        case .lowerLeft: box = corners[3]
        case .best, .hidden:
            let scores = corners.map { box in obstacles.count { box.intersects(from: $0.0, to: $0.1) } }
            box = corners[scores.indices.min { scores[$0] < scores[$1] }!]
        }
        self.box = box

        let cap = canvas.capHeight
        self.entries = entries.enumerated().map { row, entry in
            let middle = box.minY + theme.legendPadding + (Double(row) + 0.5) * theme.legendRowHeight
            let start = box.minX + theme.legendPadding
            return Row(
                entry: entry,
                swatch: Rect(minX: start, minY: middle - 5, maxX: start + theme.legendSwatch, maxY: middle + 5),
                text: Point(x: start + theme.legendSwatch + textGap, y: middle + cap / 2))
        }
    }
}
