// Operations that change a tensor's shape but not its elements' values.

extension Tensor {
    /// The same elements, in the same row-major order, under a new shape with the same
    /// number of elements; one dimension may be `-1`, inferred from the others.
    ///
    /// ```swift
    /// let v = Tensor<Float>.arange(to: 6)
    /// v.reshaped([2, 3])   // [[0.0, 1.0, 2.0], [3.0, 4.0, 5.0]]
    /// v.reshaped([-1, 2])  // shape [3, 2]
    /// ```
    ///
    /// Shares storage with `self` (no copy). Stops the program when the counts differ:
    /// `reshaped: cannot reshape [6] (6 elements) to [4, 2]`.
    public func reshaped(_ newShape: [Int]) -> Tensor {
        Tensor(unchecked: checked { try ShapeRules.reshape(shape, to: newShape) }, storage: storage)
    }

    /// The transpose of a matrix: element `[i, j]` moves to `[j, i]`.
    ///
    /// ```swift
    /// try Tensor<Float>([[1, 2, 3], [4, 5, 6]]).transposed()
    /// // [[1.0, 4.0], [2.0, 5.0], [3.0, 6.0]]
    /// ```
    ///
    /// This copies; to multiply by a transpose, pass `transposingA:`/`transposingB:` to
    /// ``matmul(_:_:transposingA:transposingB:)`` instead, which copies nothing. Stops the
    /// program unless the tensor is a matrix.
    public func transposed() -> Tensor {
        Tensor(shape: checked { try ShapeRules.transpose(shape) }) { output in
            storage.withUnsafeBufferPointer {
                Scalar.transpose($0, rows: shape[0], columns: shape[1], into: output)
            }
        }
    }
}
