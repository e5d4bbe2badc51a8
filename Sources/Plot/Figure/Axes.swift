/// One plotting area: its series, labels and optional fixed limits.
///
/// Axes limits are chosen from the data (padded a little) unless `xLimits` or `yLimits`
/// are set. A legend appears when any series has a label.
///
///     var figure = Figure()
///     figure.axes.title = "Training loss"
///     figure.axes.xLabel = "epoch"
///     figure.axes.line(y: losses, label: "train")
public struct Axes: Sendable {
    /// Title shown above the plot area; empty for none.
    ///
    ///     axes.title = "Gradient descent on a quadratic"
    public var title: String
    /// Label under the x axis; empty for none.
    ///
    ///     axes.xLabel = "step"
    public var xLabel: String
    /// Label beside the y axis, written upwards; empty for none.
    ///
    ///     axes.yLabel = "loss"
    public var yLabel: String
    /// Fixed x-axis limits, used exactly; nil to fit the data.
    ///
    ///     axes.xLimits = 0...1
    public var xLimits: ClosedRange<Double>?
    /// Fixed y-axis limits, used exactly; nil to fit the data.
    ///
    ///     axes.yLimits = -1...1
    public var yLimits: ClosedRange<Double>?

    /// The lines in the order they were added (the order of colours and legend entries).
    private(set) var lines: [LineSeries] = []

    /// Creates empty axes with optional labels.
    ///
    ///     let axes = Axes(title: "Loss", xLabel: "epoch", yLabel: "cross-entropy")
    public init(
        title: String = "", xLabel: String = "", yLabel: String = "",
        xLimits: ClosedRange<Double>? = nil, yLimits: ClosedRange<Double>? = nil
    ) {
        self.title = title
        self.xLabel = xLabel
        self.yLabel = yLabel
        self.xLimits = xLimits
        self.yLimits = yLimits
    }

    /// Adds a line through the points `(x[i], y[i])`, drawn in the next palette colour.
    ///
    /// Points with NaN or ±∞ are skipped and break the line (see ``Figure/notes``);
    /// empty data or x and y of different lengths make rendering throw ``PlotError``.
    ///
    ///     axes.line(x: [0, 0.5, 1], y: [0, 0.25, 1], label: "x²")
    ///     axes.line(x: 0..<3, y: [Float](repeating: 1, count: 3))
    public mutating func line<X: Sequence, Y: Sequence>(x: X, y: Y, label: String = "")
    where X.Element: PlotValue, Y.Element: PlotValue {
        lines.append(
            LineSeries(
                label: label, x: x.map(\.plotCoordinate), y: y.map(\.plotCoordinate),
                index: lines.count))
    }

    /// Adds a line through `y` against its index: x = 0, 1, 2, …
    ///
    ///     axes.line(y: losses, label: "train")
    public mutating func line<Y: Sequence>(y: Y, label: String = "") where Y.Element: PlotValue {
        let values = y.map(\.plotCoordinate)
        lines.append(
            LineSeries(
                label: label, x: values.indices.map(Double.init), y: values, index: lines.count))
    }

    /// How messages refer to these axes: by title when there is one.
    var name: String {
        title.isEmpty ? "axes" : "axes \"\(title)\""
    }
}
