/// Why a figure could not be drawn, with a message that names the series or axis at fault.
///
/// Adding data never fails: ``Axes/line(x:y:label:color:style:width:marker:)`` records what it is given, and the
/// problems are reported when the figure is rendered by ``Figure/svg()``,
/// ``Figure/png(scale:)`` or ``Figure/write(to:)``. Non-finite points (NaN, ±∞) are not
/// errors: they are skipped, breaking the line, and listed in ``Figure/notes``.
///
///     do { _ = try figure.png() } catch { print(error) }   // error is a PlotError
///     // line "train": x has 100 values but y has 99
public enum PlotError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A series was given no points at all.
    ///
    ///     axes.line(y: [Double]())   // line 1 has no points
    case emptySeries(series: String)
    /// A series' x and y arrays have different lengths.
    ///
    ///     axes.line(x: [1, 2, 3], y: [1, 2], label: "train")
    case lengthMismatch(series: String, xCount: Int, yCount: Int)
    /// An axes has series, but not one point of theirs is finite, and no limits were set.
    ///
    ///     axes.line(y: [Double.nan, .nan])
    case noFiniteData(axes: String)
    /// An axes has no series and no limits, so there is nothing to draw.
    ///
    ///     try Figure().svg()
    case nothingToPlot(axes: String)
    /// Explicit limits that are not finite or have zero width.
    ///
    ///     axes.yLimits = 2...2
    case invalidLimits(axis: String, lower: Double, upper: Double)
    /// A figure size that is not positive and finite.
    ///
    ///     Figure(size: Figure.Size(width: 0, height: 400))
    case invalidSize(width: Double, height: Double)
    /// A PNG scale that is not positive and finite, or gives more than 16384 pixels a side.
    ///
    ///     try figure.png(scale: 0)
    case invalidScale(Double)
    /// ``Figure/write(to:)`` was given a file name that does not end in `.svg` or `.png`.
    ///
    ///     try figure.write(to: URL(fileURLWithPath: "plot.jpg"))
    case unsupportedFormat(path: String)
    /// A second array of a series (colours, sizes, errors, heights…) whose length differs
    /// from the first.
    ///
    ///     axes.scatter(x: [1, 2], y: [3, 4], values: [1])   // values has 1 value but x has 2
    case countMismatch(series: String, what: String, count: Int, expected: Int, of: String)
    /// A matrix or image stack of the wrong rank, or with rows of different lengths.
    ///
    ///     axes.image([[1, 2], [3]])   // image 1: rows have different lengths (2 and 1)
    case invalidShape(series: String, detail: String)
    /// A log axis with data, but none of it positive, and no limits set.
    ///
    ///     axes.yScale = .log; axes.line(y: [-1, 0])
    case nothingPositive(axes: String, axis: String)
    /// An argument outside its allowed range, explained in the message.
    ///
    ///     axes.histogram(values, bins: 0)   // histogram 1: bins must be at least 1, got 0
    case invalidArgument(String)
    /// Cairo reported an error while drawing or encoding, such as running out of memory.
    ///
    ///     PlotError.cairo("out of memory").description   // Cairo error: out of memory
    case cairo(String)

    /// A one-line explanation naming what was wrong.
    ///
    ///     PlotError.emptySeries(series: #"line "loss""#).description
    ///     // line "loss" has no points
    public var description: String {
        switch self {
        case .emptySeries(let series):
            return "\(series) has no points"
        case .lengthMismatch(let series, let xCount, let yCount):
            return "\(series): x has \(xCount) values but y has \(yCount)"
        case .noFiniteData(let axes):
            return "\(axes): no finite points to plot (every value is NaN or ±∞) "
                + "and no xLimits/yLimits were set"
        case .nothingToPlot(let axes):
            return "\(axes): nothing to plot; add a mark such as a line, or set both xLimits and yLimits"
        case .invalidLimits(let axis, let lower, let upper):
            return "\(axis)Limits \(lower)...\(upper) must be finite with lower < upper"
        case .invalidSize(let width, let height):
            return "figure size \(width) × \(height) must be positive and finite"
        case .invalidScale(let scale):
            return "PNG scale \(scale) must be positive, finite and give at most 16384 pixels a side"
        case .unsupportedFormat(let path):
            return "cannot write \(path): the file name must end in .svg or .png"
        case .countMismatch(let series, let what, let count, let expected, let of):
            return "\(series): \(what) has \(count) values but \(of) has \(expected)"
        case .invalidShape(let series, let detail):
            return "\(series): \(detail)"
        case .nothingPositive(let axes, let axis):
            return "\(axes): the \(axis) axis is logarithmic but no \(axis) value is positive "
                + "and no \(axis)Limits were set"
        case .invalidArgument(let message):
            return message
        case .cairo(let message):
            return "Cairo error: \(message)"
        }
    }
}
