extension Tensor {
    /// A tensor of uniform samples from `range` (`[0, 1)` by default), drawn in row-major
    /// order from `generator`.
    ///
    /// ```swift
    /// var rng = SeededGenerator(seed: 0)
    /// let w = Tensor<Float>.uniform([3, 2], in: -1..<1, generator: &rng)
    /// ```
    ///
    /// Stops the program when a dimension is negative or the range is empty.
    public static func uniform(
        _ shape: [Int], in range: Range<Scalar> = 0..<1, generator: inout SeededGenerator
    ) -> Tensor {
        _ = checked { try ShapeRules.count(of: shape, operation: "uniform") }
        guard !range.isEmpty else { fatalError("uniform: the range \(range) is empty") }
        return Tensor(shape: shape) { Scalar.fillUniform($0, in: range, generator: &generator) }
    }

    /// A tensor of normal (Gaussian) samples, drawn in row-major order from `generator`.
    ///
    /// ```swift
    /// var rng = SeededGenerator(seed: 0)
    /// let noise = Tensor<Double>.normal([100], mean: 0, standardDeviation: 0.1, generator: &rng)
    /// ```
    ///
    /// Stops the program when a dimension is negative.
    public static func normal(
        _ shape: [Int], mean: Scalar = 0, standardDeviation: Scalar = 1,
        generator: inout SeededGenerator
    ) -> Tensor {
        _ = checked { try ShapeRules.count(of: shape, operation: "normal") }
        return Tensor(shape: shape) {
            Scalar.fillNormal(
                $0, mean: mean, standardDeviation: standardDeviation, generator: &generator)
        }
    }
}
