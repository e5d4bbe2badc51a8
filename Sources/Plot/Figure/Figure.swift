/// A figure: a canvas of a given size holding one ``Axes`` or a grid of them, rendered
/// to SVG or PNG.
///
/// Sizes are in points, which are CSS pixels in the SVG output: the default 640 × 400
/// fills the ~640 px reading column, and ``Size/wide`` breaks out of it.
///
///     var figure = Figure()
///     figure.axes.title = "sin and cos"
///     figure.axes.line(x: xs, y: xs.map(sin), label: "sin")
///     figure.axes.line(x: xs, y: xs.map(cos), label: "cos")
///     try figure.write(to: URL(fileURLWithPath: "trig.svg"))
///
/// A grid of axes, sharing the y axis:
///
///     var grid = Figure(rows: 1, columns: 3, size: .wide, sharesY: true)
///     for (k, lr) in [0.01, 0.1, 1].enumerated() {
///         grid[0, k].title = "learning rate \(lr)"
///         grid[0, k].line(y: runs[k])
///     }
public struct Figure: Sendable {
    /// A figure's width and height in points (CSS pixels in SVG).
    ///
    ///     let size = Figure.Size(width: 480, height: 320)
    public struct Size: Equatable, Sendable {
        /// Width in points.
        ///
        ///     figure.size.width = 480
        public var width: Double
        /// Height in points.
        ///
        ///     figure.size.height = 300
        public var height: Double

        /// Creates a size in points.
        ///
        ///     let square = Figure.Size(width: 400, height: 400)
        public init(width: Double, height: Double) {
            self.width = width
            self.height = height
        }

        /// 640 × 400: the width of the reading column.
        ///
        ///     let figure = Figure(size: .column)
        public static let column = Size(width: 640, height: 400)
        /// 960 × 400: a figure that breaks out of the column.
        ///
        ///     let figure = Figure(size: .wide)
        public static let wide = Size(width: 960, height: 400)
    }

    /// The figure's size in points.
    ///
    ///     figure.size = .wide
    public var size: Size
    /// A title over the whole figure, above the panels' own titles; empty for none.
    ///
    ///     figure.title = "Three learning rates"
    public var title = ""
    /// Number of rows of panels.
    public let rows: Int
    /// Number of columns of panels.
    public let columns: Int
    /// The panels, row by row.
    ///
    ///     for k in figure.panels.indices { figure.panels[k].showsGrid = false }
    public var panels: [Axes]
    /// Whether all panels get the same x limits; x tick labels then appear only under
    /// the bottom row.
    ///
    ///     figure.sharesX = true
    public var sharesX: Bool
    /// Whether all panels get the same y limits; y tick labels then appear only beside
    /// the left column.
    ///
    ///     figure.sharesY = true
    public var sharesY: Bool

    /// Creates a figure with one axes.
    ///
    ///     var figure = Figure(size: .wide)
    public init(size: Size = .column, axes: Axes = Axes()) {
        self.size = size
        rows = 1
        columns = 1
        panels = [axes]
        sharesX = false
        sharesY = false
    }

    /// Creates a figure and fills its axes in a closure.
    ///
    ///     let figure = Figure { axes in
    ///         axes.title = "Loss"
    ///         axes.line(y: losses, label: "train")
    ///     }
    public init(size: Size = .column, _ build: (inout Axes) throws -> Void) rethrows {
        self.init(size: size)
        try build(&panels[0])
    }

    /// Creates a figure with a `rows` × `columns` grid of empty axes (at least 1 × 1).
    ///
    ///     var figure = Figure(rows: 2, columns: 2, sharesX: true, sharesY: true)
    public init(
        rows: Int, columns: Int, size: Size = .column, sharesX: Bool = false, sharesY: Bool = false
    ) {
        self.size = size
        self.rows = max(rows, 1)
        self.columns = max(columns, 1)
        panels = Array(repeating: Axes(), count: self.rows * self.columns)
        self.sharesX = sharesX
        self.sharesY = sharesY
    }

    /// The first (for a one-axes figure, the only) axes.
    ///
    ///     figure.axes.line(y: [3, 1, 2])
    public var axes: Axes {
        get { panels[0] }
        _modify { yield &panels[0] }
        set { panels[0] = newValue }
    }

    /// The axes in `row`, `column`, counted from 0 at the top left.
    ///
    ///     figure[0, 1].scatter(x: xs, y: ys)
    public subscript(row: Int, column: Int) -> Axes {
        get { panels[index(row, column)] }
        _modify { yield &panels[index(row, column)] }
        set { panels[index(row, column)] = newValue }
    }

    private func index(_ row: Int, _ column: Int) -> Int {
        precondition(
            (0..<rows).contains(row) && (0..<columns).contains(column),
            "Figure[\(row), \(column)]: the figure has \(rows) × \(columns) panels")
        return row * columns + column
    }

    /// Remarks about data that was drawn differently from what was given, such as
    /// skipped NaN points, one per line; empty when everything was drawn.
    ///
    ///     for note in figure.notes { print("note:", note) }
    public var notes: [String] {
        panels.flatMap(\.notes)
    }

    /// How messages refer to the panel at `index`: its title, or its grid position.
    func panelName(_ index: Int) -> String {
        let axes = panels[index]
        if !axes.title.isEmpty || panels.count == 1 { return axes.name }
        return "axes [\(index / columns), \(index % columns)]"
    }
}
