/// An array of numbers with a shape, such as a matrix: what ``Axes/image(_:colorMap:range:)``,
/// ``Axes/heatmap(_:rowLabels:columnLabels:colorMap:range:showsValues:)``,
/// ``Figure/imageGrid(_:columns:titles:colorMap:range:size:)`` and the contour marks take.
///
/// Nested arrays `[[Double]]`, `[[Float]]`, `[[Int]]`… conform (rows of equal length
/// are a matrix). The `Notebook` module makes the engine's `Tensor` conform, so a tensor
/// can be drawn directly:
///
///     axes.image([[1, 2], [3, 4]])
///     axes.image(weights)          // a Tensor<Float> of shape [28, 28]
///
/// Other types conform by giving their shape and their values in row-major order.
public protocol PlotData {
    /// The length of each dimension, outermost first: `[rows, columns]` for a matrix.
    ///
    ///     [[1, 2, 3], [4, 5, 6]].plotShape   // [2, 3]
    var plotShape: [Int] { get }
    /// The values in row-major order, as `Double`s.
    ///
    ///     [[1, 2], [3, 4]].plotValues   // [1, 2, 3, 4]
    var plotValues: [Double] { get }
}

extension Array: PlotData where Element: Collection, Element.Element: PlotValue {
    /// `[rows, columns]`, with the first row's length as the column count (rows of
    /// other lengths are reported when the figure is drawn).
    ///
    ///     [[0.5, 1.5]].plotShape   // [1, 2]
    public var plotShape: [Int] { [count, first?.count ?? 0] }

    /// The rows, concatenated.
    ///
    ///     [[1, 2], [3]].plotValues   // [1, 2, 3]
    public var plotValues: [Double] { flatMap { $0.map(\.plotCoordinate) } }
}

/// A matrix taken from ``PlotData``: rows × columns values in row-major order.
struct Matrix: Sendable, Equatable {
    var rows: Int
    var columns: Int
    var values: [Double]

    subscript(row: Int, column: Int) -> Double { values[row * columns + column] }

    /// The matrix in `data`, or the reason it is not one (`name` says whose it is).
    static func from(_ data: some PlotData, name: String) -> Result<Matrix, PlotError> {
        let shape = data.plotShape, values = data.plotValues
        guard shape.count == 2 else {
            return .failure(.invalidShape(series: name, detail: "expected a matrix [rows, columns], got shape \(shape)"))
        }
        guard values.count == shape[0] * shape[1] else {
            return .failure(.invalidShape(
                series: name,
                detail: "rows have different lengths (\(values.count) values do not fill \(shape[0]) rows of \(shape[1]))"))
        }
        guard shape[0] > 0, shape[1] > 0 else { return .failure(.emptySeries(series: name)) }
        return .success(Matrix(rows: shape[0], columns: shape[1], values: values))
    }

    /// The smallest and largest finite values, or nil when there is none.
    var finiteRange: ClosedRange<Double>? {
        var low = Double.infinity, high = -Double.infinity
        for v in values where v.isFinite {
            low = min(low, v)
            high = max(high, v)
        }
        return low <= high ? low...high : nil
    }

    /// How many values are NaN or infinite.
    var nonFiniteCount: Int { values.count { !$0.isFinite } }
}
