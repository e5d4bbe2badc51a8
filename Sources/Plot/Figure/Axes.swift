/// One plotting area: its marks, labels, scales and optional fixed limits.
///
/// Marks are added with methods such as ``line(x:y:label:color:style:width:marker:)``,
/// ``scatter(x:y:label:color:marker:size:sizes:opacity:)``, ``image(_:colorMap:range:)``
/// or ``histogram(_:bins:range:density:label:color:)``; each draws in the next colour of
/// a colour-blind-safe palette unless given one. Limits are fitted to the data (padded a
/// little) unless `xLimits` or `yLimits` are set. A legend appears when a mark has a label.
///
///     var figure = Figure()
///     figure.axes.title = "Training loss"
///     figure.axes.xLabel = "epoch"
///     figure.axes.yScale = .log
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
    /// How the x axis spaces values: `.linear` (default), `.log` or `.symlog`.
    ///
    ///     axes.xScale = .log
    public var xScale: Scale = .linear
    /// How the y axis spaces values: `.linear` (default), `.log` or `.symlog`.
    ///
    ///     axes.yScale = .symlog(linearWidth: 1e-3)
    public var yScale: Scale = .linear
    /// `.equal` makes one unit the same length on both axes (circles stay round);
    /// the plot area shrinks to fit, centred in its space.
    ///
    ///     axes.aspect = .equal
    public var aspect: Aspect = .auto
    /// Where the legend goes; `.best` picks the corner that hides the least data.
    ///
    ///     axes.legend = .lowerRight
    public var legend: LegendPosition = .best
    /// Whether light grid lines are drawn at the ticks.
    ///
    ///     axes.showsGrid = false
    public var showsGrid = true
    /// Whether spines, ticks and tick labels are drawn; off for pictures such as
    /// images in a grid.
    ///
    ///     axes.showsAxes = false
    public var showsAxes = true
    /// Draws the y axis from top to bottom, as rows of a matrix are numbered.
    ///
    ///     axes.yInverted = true
    public var yInverted = false

    /// Space kept clear around the panel, when not the theme's (pictures in a grid sit closer).
    var padding: Double?
    /// Whether vertical grid lines are drawn (not between the categories of a bar chart).
    var showsXGrid = true
    /// The marks in the order they were added (the order they are drawn, back to front).
    var marks: [any Mark] = []
    /// Ticks set by ``setXTicks(_:labels:)`` or a categorical mark.
    var xTickOverride: Ticks?
    /// Ticks set by ``setYTicks(_:labels:)`` or a categorical mark.
    var yTickOverride: Ticks?
    /// The colour bar's label, when one was asked for.
    var colorBarLabel: String?
    /// How many palette colours have been handed out.
    private var colorsUsed = 0

    /// Whether equal data lengths along x and y are drawn the same length.
    public enum Aspect: Sendable, Equatable {
        /// Fill the space available.
        case auto
        /// One unit in x as long as one unit in y.
        case equal
    }

    /// Where an axes' legend is placed.
    public enum LegendPosition: Sendable, Equatable {
        case best, upperRight, upperLeft, lowerRight, lowerLeft
        /// No legend, even when marks have labels.
        case hidden
    }

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

    /// Places x ticks at `values`, labelled with `labels` (or the values written
    /// compactly); replaces the automatic ticks.
    ///
    ///     axes.setXTicks([0, 1, 2], labels: ["cat", "dog", "bird"])
    public mutating func setXTicks(_ values: [Double], labels: [String]? = nil) {
        xTickOverride = Ticks(values: values, labels: labels ?? TickLabelFormatter.compactLabels(values))
    }

    /// Places y ticks at `values`, labelled with `labels` (or the values written compactly).
    ///
    ///     axes.setYTicks([0, 0.5, 1])
    public mutating func setYTicks(_ values: [Double], labels: [String]? = nil) {
        yTickOverride = Ticks(values: values, labels: labels ?? TickLabelFormatter.compactLabels(values))
    }

    /// Draws a colour bar beside the plot for the last mark coloured by value (an image,
    /// a contour set, a scatter with `values:`), labelled with `label`.
    ///
    ///     axes.contour(x: -2...2, y: -2...2) { x, y in x * x + 3 * y * y }
    ///     axes.colorBar(label: "loss")
    public mutating func colorBar(label: String = "") {
        colorBarLabel = label
    }

    /// Adds a mark; the mark-specific methods in the `Marks` folder call this.
    mutating func add(_ mark: any Mark) {
        marks.append(mark)
    }

    /// The next colour of the palette, for a mark given no colour.
    mutating func nextColor() -> Color {
        defer { colorsUsed += 1 }
        return Color.palette(colorsUsed)
    }

    /// How many marks of the same kind came before, counting from 1, for names such as
    /// `scatter 2`.
    func ordinal<M: Mark>(of kind: M.Type) -> Int {
        marks.count { $0 is M } + 1
    }

    /// The lines, in order (for tests).
    var lines: [LineMark] { marks.compactMap { $0 as? LineMark } }

    /// How messages refer to these axes: by title when there is one.
    var name: String {
        title.isEmpty ? "axes" : "axes \"\(title)\""
    }

    /// Remarks about data drawn differently from what was given, one per line.
    var notes: [String] {
        marks.flatMap { $0.notes(x: xScale, y: yScale) }
    }
}
