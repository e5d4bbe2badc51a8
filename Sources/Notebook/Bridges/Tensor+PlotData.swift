/// Lets a lesson draw a tensor directly: `axes.image(weights)`, `axes.heatmap(confusion)`,
/// `Figure.imageGrid(stack: samples, columns: 8)`, `axes.scatter(points)` for an
/// [n, 2] tensor. Plot knows nothing of the engine; this is where the two meet.
///
/// ```swift
/// let w = Tensor<Float>.normal([8, 8], generator: &rng)
/// var figure = Figure()
/// figure.axes.image(w, colorMap: .diverging)
/// ```
extension Tensor: PlotData {
    /// The tensor's shape.
    ///
    /// ```swift
    /// Tensor<Float>.zeros([2, 3]).plotShape   // [2, 3]
    /// ```
    public var plotShape: [Int] { shape }

    /// The elements in row-major order, as `Double`s.
    ///
    /// ```swift
    /// Tensor<Float>([1, 2]).plotValues   // [1.0, 2.0]
    /// ```
    public var plotValues: [Double] { scalars.map { Double($0) } }
}
