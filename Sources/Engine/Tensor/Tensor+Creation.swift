extension Tensor {
    /// A tensor of the given shape with every element equal to `value`.
    ///
    /// ```swift
    /// print(Tensor<Float>.full([2, 2], value: 7))  // [[7.0, 7.0], [7.0, 7.0]]
    /// ```
    ///
    /// Stops the program when a dimension is negative.
    public static func full(_ shape: [Int], value: Scalar) -> Tensor {
        _ = checked { try ShapeRules.count(of: shape, operation: "full") }
        return Tensor(shape: shape) { Scalar.fill(value, into: $0) }
    }

    /// A tensor of the given shape filled with zeros.
    ///
    /// ```swift
    /// print(Tensor<Double>.zeros([3]))  // [0.0, 0.0, 0.0]
    /// ```
    public static func zeros(_ shape: [Int]) -> Tensor { full(shape, value: 0) }

    /// A tensor of the given shape filled with ones.
    ///
    /// ```swift
    /// print(Tensor<Double>.ones([2, 1]))  // [[1.0], [1.0]]
    /// ```
    public static func ones(_ shape: [Int]) -> Tensor { full(shape, value: 1) }

    /// The vector `start, start + step, …` of the values below `end` (above it when `step`
    /// is negative), like `stride(from:to:by:)` and NumPy's `arange`.
    ///
    /// ```swift
    /// print(Tensor<Float>.arange(to: 4))                        // [0.0, 1.0, 2.0, 3.0]
    /// print(Tensor<Float>.arange(from: 1, to: 2, by: 0.25))     // [1.0, 1.25, 1.5, 1.75]
    /// ```
    ///
    /// Element `i` is computed as `start + i * step`, so errors do not accumulate.
    public static func arange(
        from start: Scalar = 0, to end: Scalar, by step: Scalar = 1
    ) -> Tensor {
        guard step != 0 else { fatalError("arange: step must not be zero") }
        let count = Swift.max(0, Int(((end - start) / step).rounded(.up)))
        return Tensor(shape: [count]) { Scalar.ramp(start: start, step: step, into: $0) }
    }

    /// The vector of `count` evenly spaced values from `start` through `end`, both
    /// included, like `stride(from:through:by:)` and NumPy's `linspace`.
    ///
    /// ```swift
    /// print(Tensor<Double>.linspace(from: 0, through: 1, count: 5))
    /// // [0.0, 0.25, 0.5, 0.75, 1.0]
    /// ```
    public static func linspace(from start: Scalar, through end: Scalar, count: Int) -> Tensor {
        guard count >= 0 else { fatalError("linspace: count \(count) is negative") }
        let step = count > 1 ? (end - start) / Scalar(count - 1) : 0
        var result = Tensor(shape: [count]) { Scalar.ramp(start: start, step: step, into: $0) }
        // `start + (count - 1) * step` can miss `end` by rounding; the end is promised.
        if count > 1 { result.storage[count - 1] = end }
        return result
    }
}
