// Sums and means, over all elements or along one axis. Full reductions return a rank-0
// tensor (read it with `.scalar`), so that results stay tensors and compose.

extension Tensor {
    /// The sum of all elements, as a rank-0 tensor; pairwise, so accurate for long sums.
    ///
    /// ```swift
    /// try Tensor<Float>([[1, 2], [3, 4]]).sum()         // 10.0
    /// try Tensor<Float>([[1, 2], [3, 4]]).sum().scalar  // 10.0 as a Float
    /// ```
    public func sum() -> Tensor {
        Tensor(storage.withUnsafeBufferPointer { Scalar.sum($0) })
    }

    /// The mean of all elements, as a rank-0 tensor (`nan` for an empty tensor).
    ///
    /// ```swift
    /// try Tensor<Float>([[1, 2], [3, 4]]).mean()  // 2.5
    /// ```
    public func mean() -> Tensor {
        Tensor(storage.withUnsafeBufferPointer { Scalar.sum($0) } / Scalar(count))
    }

    /// The sums along one axis (negative counts from the end); the axis is removed.
    ///
    /// ```swift
    /// let m = try Tensor<Float>([[1, 2, 3], [4, 5, 6]])
    /// m.sum(axis: 0)   // [5.0, 7.0, 9.0]
    /// m.sum(axis: -1)  // [6.0, 15.0]
    /// ```
    ///
    /// Stops the program when the axis is out of range:
    /// `sum: axis 2 is out of range for shape [2, 3]`.
    public func sum(axis: Int) -> Tensor {
        summed(along: checked { try AxisSplit("sum", shape, axis: axis) })
    }

    /// The means along one axis (negative counts from the end); the axis is removed.
    ///
    /// ```swift
    /// let m = try Tensor<Float>([[1, 2, 3], [4, 5, 6]])
    /// m.mean(axis: 1)  // [2.0, 5.0]
    /// ```
    public func mean(axis: Int) -> Tensor {
        let split = checked { try AxisSplit("mean", shape, axis: axis) }
        var sums = summed(along: split)
        sums.update(.divide, Scalar(split.length))
        return sums
    }

    func summed(along split: AxisSplit) -> Tensor {
        Tensor(shape: split.resultShape) { output in
            storage.withUnsafeBufferPointer {
                Scalar.sum(
                    $0, outer: split.outer, length: split.length, inner: split.inner, into: output)
            }
        }
    }
}
