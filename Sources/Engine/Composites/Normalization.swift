// Normalisation, composed from primitives.

extension Tensor {
    /// Each slice along `axis` shifted to mean 0 and scaled to variance 1:
    /// (x − mean) / √(variance + ε), the core of layer normalisation (Ba, Kiros & Hinton,
    /// "Layer normalization", 2016) without the learned scale and shift.
    ///
    /// ```swift
    /// Tensor<Double>([1, 2, 3]).normalized(axis: -1)  // [-1.2247..., 0.0, 1.2247...]
    /// ```
    public func normalized(axis: Int = -1, epsilon: Scalar = 1e-5) -> Tensor {
        let centred = self - mean(axis: axis, keepDims: true)
        let variance = square(centred).mean(axis: axis, keepDims: true)
        return centred / sqrt(variance + epsilon)
    }
}
