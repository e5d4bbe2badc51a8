/// A figure: a canvas of a given size holding one ``Axes``, rendered to SVG or PNG.
///
/// Sizes are in points, which are CSS pixels in the SVG output: the default 640 × 400
/// fills a ~700 px reading column, and ``Size/wide`` breaks out of it.
///
///     var figure = Figure()
///     figure.axes.title = "sin and cos"
///     figure.axes.line(x: xs, y: xs.map(sin), label: "sin")
///     figure.axes.line(x: xs, y: xs.map(cos), label: "cos")
///     try figure.write(to: URL(fileURLWithPath: "trig.svg"))
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
    /// The figure's one plotting area.
    ///
    ///     figure.axes.line(y: [3, 1, 2])
    public var axes: Axes

    /// Creates a figure with empty axes.
    ///
    ///     var figure = Figure(size: .wide)
    public init(size: Size = .column, axes: Axes = Axes()) {
        self.size = size
        self.axes = axes
    }

    /// Creates a figure and fills its axes in a closure.
    ///
    ///     let figure = Figure { axes in
    ///         axes.title = "Loss"
    ///         axes.line(y: losses, label: "train")
    ///     }
    public init(size: Size = .column, _ build: (inout Axes) throws -> Void) rethrows {
        self.init(size: size)
        try build(&axes)
    }

    /// Remarks about data that was drawn differently from what was given, such as
    /// skipped NaN points, one per line; empty when everything was drawn.
    ///
    ///     for note in figure.notes { print("note:", note) }
    public var notes: [String] {
        axes.lines.compactMap(\.note)
    }
}
