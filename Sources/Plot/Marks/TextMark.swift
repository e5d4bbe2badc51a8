/// Text placed at a point in data coordinates: an annotation, or a value in a heatmap cell.
struct TextMark: Mark {
    var text: String
    var x: Double
    var y: Double
    var horizontal: TextAnchor.Horizontal
    var vertical: TextAnchor.Vertical
    var color: Color?
    var size: Double?
    var clipped: Bool

    var name: String { "text \"\(text)\"" }
    var isClipped: Bool { clipped }

    func validate() throws(PlotError) {
        if !(x.isFinite && y.isFinite) {
            throw .invalidArgument("\(name): position (\(x), \(y)) must be finite")
        }
    }

    /// Text does not stretch the limits: it annotates data that is already there.
    func bounds(x: Scale, y: Scale) -> DataBounds? { nil }

    func draw(in context: DrawContext) {
        let p = context.transform(x, y)
        guard p.x.isFinite, p.y.isFinite else { return }
        var font = context.theme.annotationFont
        if let size { font.size = size }
        context.canvas.use(font)
        context.canvas.draw(
            text, at: p, anchor: TextAnchor(horizontal: horizontal, vertical: vertical),
            color: color ?? context.theme.annotationColor)
    }
}

/// An arrow from one point to another in data coordinates, with optional text at its tail.
struct ArrowMark: Mark {
    var from: DataPoint
    var to: DataPoint
    var text: String
    var color: Color?

    var name: String { text.isEmpty ? "arrow" : "arrow \"\(text)\"" }
    var isClipped: Bool { false }

    func validate() throws(PlotError) {
        if ![from.x, from.y, to.x, to.y].allSatisfy(\.isFinite) {
            throw .invalidArgument("\(name): end points must be finite")
        }
    }

    func bounds(x: Scale, y: Scale) -> DataBounds? { nil }

    func draw(in context: DrawContext) {
        let t = context.transform
        let tail = t(from.x, from.y), head = t(to.x, to.y)
        guard tail.x.isFinite, tail.y.isFinite, head.x.isFinite, head.y.isFinite else { return }
        let color = color ?? context.theme.annotationColor
        let canvas = context.canvas
        var start = tail
        if !text.isEmpty {
            // Text sits at the tail, on the side away from the head; the shaft starts
            // just outside the text.
            canvas.use(context.theme.annotationFont)
            let width = canvas.width(of: text), cap = canvas.capHeight
            let dx = head.x - tail.x, dy = head.y - tail.y
            let horizontal: TextAnchor.Horizontal = abs(dx) < 0.3 * abs(dy) ? .center : (dx > 0 ? .right : .left)
            let vertical: TextAnchor.Vertical = abs(dy) < 0.3 * abs(dx) ? .middle : (dy > 0 ? .baseline : .top)
            canvas.draw(text, at: tail, anchor: TextAnchor(horizontal: horizontal, vertical: vertical), color: color)
            let length = (dx * dx + dy * dy).squareRoot()
            // Leave the text's half-extent along the arrow's direction, plus a gap.
            let reach = min(abs(dx) > 0 ? (width / 2 + 4) / abs(dx / length) : .infinity,
                            abs(dy) > 0 ? (cap / 2 + 5) / abs(dy / length) : .infinity)
            let offset = horizontal == .center && vertical == .middle ? reach : min(reach, length / 2) * 0.5 + 4
            start = Point(x: tail.x + dx / length * offset, y: tail.y + dy / length * offset)
        }
        canvas.arrow(from: start, to: head, color: color, width: 1.1, headLength: 7)
    }
}

extension Axes {
    /// Writes `text` at (x, y) in data coordinates, centred there unless anchored
    /// otherwise. Text is drawn over the data and may reach outside the plot area.
    ///
    ///     axes.text("saddle point", x: 0, y: 0.1, horizontal: .center, vertical: .baseline)
    public mutating func text(
        _ text: String, x: Double, y: Double, horizontal: TextAnchor.Horizontal = .center,
        vertical: TextAnchor.Vertical = .middle, color: Color? = nil, size: Double? = nil
    ) {
        add(TextMark(text: text, x: x, y: y, horizontal: horizontal, vertical: vertical, color: color, size: size, clipped: false))
    }

    /// Draws an arrow pointing at `point`, from `textAt` where `text` is written.
    ///
    ///     axes.annotate("global minimum", point: (1, 1), textAt: (-0.5, 2.2))
    public mutating func annotate(
        _ text: String, point: (x: Double, y: Double), textAt: (x: Double, y: Double), color: Color? = nil
    ) {
        add(ArrowMark(from: DataPoint(x: textAt.x, y: textAt.y), to: DataPoint(x: point.x, y: point.y), text: text, color: color))
    }
}
