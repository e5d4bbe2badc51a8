// Changing a tensor's precision, as `Double(_:)` and `SIMD4<Double>(_:)` do for scalars
// and vectors.

extension Tensor {
    /// The same tensor in another precision: `Tensor<Double>(x)` widens a `Float` tensor
    /// exactly; `Tensor<Float>(y)` rounds every element to the nearest `Float`, as
    /// `Float(_:)` does (magnitudes beyond `Float`'s range become infinities).
    ///
    /// ```swift
    /// let x = Tensor<Float>([0.1, 2])
    /// print(Tensor<Double>(x))  // [0.10000000149011612, 2.0]
    /// ```
    ///
    /// Typical use: a reference result computed in `Double` for a `Float` computation.
    /// A change of precision is not recorded for differentiation (the graph is typed by
    /// its scalar), so it stops the program when `source` is being differentiated;
    /// convert its `detached()` copy to use the value as a constant.
    public init<Source: TensorScalar>(_ source: Tensor<Source>) {
        guard !source.isTracked else {
            fatalError(
                "Tensor<\(Scalar.self)>(_:): cannot change the precision of a "
                    + "Tensor<\(Source.self)> that is being differentiated; convert its "
                    + "detached() copy")
        }
        // The element loops are the concrete `map`s below, specialised in Engine; the
        // casts only re-label an array whose element type has just been checked.
        let storage: [Scalar]
        if Source.self == Scalar.self {
            storage = unsafeBitCast(source.storage, to: [Scalar].self)
        } else if Source.self == Float.self, Scalar.self == Double.self {
            let widened = unsafeBitCast(source.storage, to: [Float].self).map(Double.init)
            storage = unsafeBitCast(widened, to: [Scalar].self)
        } else if Source.self == Double.self, Scalar.self == Float.self {
            let rounded = unsafeBitCast(source.storage, to: [Double].self).map(Float.init)
            storage = unsafeBitCast(rounded, to: [Scalar].self)
        } else {
            storage = source.storage.map { Scalar($0) }
        }
        self.init(unchecked: source.shape, storage: storage)
    }
}
