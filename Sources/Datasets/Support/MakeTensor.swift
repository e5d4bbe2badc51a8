import Engine

/// A tensor from scalars whose count the caller has already made equal to the product of
/// `shape`, so the engine's shape check cannot fail; a failure here is a bug in this
/// module, not bad input.
func makeTensor<Scalar: TensorScalar>(shape: [Int], scalars: [Scalar]) -> Tensor<Scalar> {
    do {
        return try Tensor(shape: shape, scalars: scalars)
    } catch {
        fatalError("Datasets: internal error building a tensor: \(error)")
    }
}
