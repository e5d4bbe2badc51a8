// Reductions over all elements or along one axis. Full reductions return a rank-0 tensor
// (read it with `.scalar`), so that results stay tensors and compose. `sum` is the
// primitive; mean, max, logsumexp and variance are composed from primitives and get
// their derivatives from them.

extension Tensor {
    /// The sum of all elements, as a rank-0 tensor; pairwise, so accurate for long sums.
    ///
    /// ```swift
    /// try Tensor<Float>([[1, 2], [3, 4]]).sum()         // 10.0
    /// try Tensor<Float>([[1, 2], [3, 4]]).sum().scalar  // 10.0 as a Float
    /// ```
    public func sum() -> Tensor {
        .unaryPrimitive(
            "sum", self, Tensor(storage.withUnsafeBufferPointer { Scalar.sum($0) }),
            vjp: { g, _, x in g.broadcast(to: x.shape) }, jvp: { t, _, _ in t.sum() })
    }

    /// The mean of all elements, as a rank-0 tensor (`nan` for an empty tensor).
    ///
    /// ```swift
    /// try Tensor<Float>([[1, 2], [3, 4]]).mean()  // 2.5
    /// ```
    public func mean() -> Tensor { sum() / Scalar(count) }

    /// The sums along one axis (negative counts from the end); the axis is removed, or
    /// kept with length 1 when `keepDims` is true.
    ///
    /// ```swift
    /// let m = try Tensor<Float>([[1, 2, 3], [4, 5, 6]])
    /// m.sum(axis: 0)                  // [5.0, 7.0, 9.0]
    /// m.sum(axis: -1)                 // [6.0, 15.0]
    /// m.sum(axis: 1, keepDims: true)  // [[6.0], [15.0]]
    /// ```
    ///
    /// Stops the program when the axis is out of range:
    /// `sum: axis 2 is out of range for shape [2, 3]`.
    public func sum(axis: Int, keepDims: Bool = false) -> Tensor {
        let split = checked { try AxisSplit("sum", shape, axis: axis) }
        var value = summed(along: split)
        let kept = keptShape(axis)
        if keepDims { value = Tensor(unchecked: kept, storage: value.storage) }
        return .unaryPrimitive(
            "sum", self, value,
            vjp: { g, _, x in g.reshaped(kept).broadcast(to: x.shape) },
            jvp: { t, _, _ in t.sum(axis: axis, keepDims: keepDims) })
    }

    /// The means along one axis; see ``sum(axis:keepDims:)``.
    ///
    /// ```swift
    /// let m = try Tensor<Float>([[1, 2, 3], [4, 5, 6]])
    /// m.mean(axis: 1)  // [2.0, 5.0]
    /// ```
    public func mean(axis: Int, keepDims: Bool = false) -> Tensor {
        let split = checked { try AxisSplit("mean", shape, axis: axis) }
        return sum(axis: axis, keepDims: keepDims) / Scalar(split.length)
    }

    /// The largest element, as a rank-0 tensor (NaN if there is one). The gradient goes
    /// to the first largest element.
    ///
    /// ```swift
    /// Tensor<Float>([3, 7, 5]).max()  // 7.0
    /// ```
    public func max() -> Tensor { reshaped([count]).max(axis: 0) }

    /// The largest elements along one axis; the gradient goes to the first largest element
    /// of each slice. Stops the program when the axis is empty.
    ///
    /// ```swift
    /// try Tensor<Float>([[1, 9], [8, 2]]).max(axis: 1)  // [9.0, 8.0]
    /// ```
    public func max(axis: Int, keepDims: Bool = false) -> Tensor {
        let picked = picking(argmax(axis: axis, operation: "max"), axis: axis)
        return keepDims ? picked.reshaped(keptShape(axis)) : picked
    }

    /// The smallest element, as a rank-0 tensor.
    public func min() -> Tensor { -(-self).max() }

    /// The smallest elements along one axis; see ``max(axis:keepDims:)``.
    public func min(axis: Int, keepDims: Bool = false) -> Tensor {
        -(-self).max(axis: axis, keepDims: keepDims)
    }

    /// The flat row-major index of the largest element (the first on ties, the first NaN
    /// if any).
    ///
    /// ```swift
    /// Tensor<Float>([3, 7, 5]).argmax()  // 1
    /// ```
    public func argmax() -> Int { reshaped([count]).argmax(axis: 0, operation: "argmax")[0] }

    /// The index of the largest element of each slice along `axis`, in row-major order of
    /// the remaining axes (the result has the shape without `axis`, flattened).
    ///
    /// ```swift
    /// let logits = try Tensor<Float>([[0.1, 2, 0.3], [5, 1, 0]])
    /// logits.argmax(axis: 1)  // [1, 0]: the predicted classes
    /// ```
    public func argmax(axis: Int) -> [Int] { argmax(axis: axis, operation: "argmax") }

    /// The index of the smallest element of each slice along `axis`.
    public func argmin(axis: Int) -> [Int] { (-primal).argmax(axis: axis, operation: "argmin") }

    func argmax(axis: Int, operation: String) -> [Int] {
        let split = checked { try AxisSplit(operation, shape, axis: axis) }
        guard split.length > 0 else {
            fatalError(ShapeError.emptyAxis(operation: operation, axis: axis, shape: shape).description)
        }
        return [Int](unsafeUninitializedCapacity: split.outer * split.inner) { indices, count in
            storage.withUnsafeBufferPointer {
                Scalar.argmax(
                    $0, outer: split.outer, length: split.length, inner: split.inner, into: indices)
            }
            count = split.outer * split.inner
        }
    }

    /// log Σ exp(xᵢ) over all elements, computed stably as m + log Σ exp(xᵢ − m) with m
    /// the maximum, so that it neither overflows nor underflows. Its gradient is the
    /// softmax.
    ///
    /// ```swift
    /// Tensor<Double>([1000, 1000]).logsumexp()  // 1000.6931472
    /// ```
    public func logsumexp() -> Tensor { reshaped([count]).logsumexp(axis: 0) }

    /// log Σ exp along one axis, computed stably; see ``logsumexp()``.
    ///
    /// ```swift
    /// try Tensor<Double>([[0, 0], [1, 1]]).logsumexp(axis: 1)  // [0.69314718, 1.69314718]
    /// ```
    public func logsumexp(axis: Int, keepDims: Bool = false) -> Tensor {
        // The shift is a constant: the result does not depend on it, and neither does the
        // gradient. Rows of −∞ (or +∞) shift by 0 instead, as PyTorch does.
        let shift = maximumShift(axis: axis)
        let result = log(exp(self - shift).sum(axis: axis, keepDims: true)) + shift
        return keepDims ? result : result.reshaped(shape.removing(axisOf: axis))
    }

    /// The variance of all elements, Σ(xᵢ − x̄)²/(n − correction): the population variance
    /// by default (NumPy's `ddof`), the sample variance with `correction: 1`.
    ///
    /// ```swift
    /// Tensor<Double>([1, 2, 3, 4]).variance()  // 1.25
    /// ```
    public func variance(correction: Int = 0) -> Tensor {
        reshaped([count]).variance(axis: 0, correction: correction)
    }

    /// The variance along one axis, by the two-pass formula (the mean first, then the
    /// squared deviations), which does not cancel as E[x²] − E[x]² does.
    public func variance(axis: Int, keepDims: Bool = false, correction: Int = 0) -> Tensor {
        let split = checked { try AxisSplit("variance", shape, axis: axis) }
        let deviations = self - mean(axis: axis, keepDims: true)
        return square(deviations).sum(axis: axis, keepDims: keepDims)
            / Scalar(split.length - correction)
    }

    /// The shape with `axis` kept at length 1.
    func keptShape(_ axis: Int) -> [Int] {
        var kept = shape
        kept[checked { try ShapeRules.normalized(axis, "sum", shape) }] = 1
        return kept
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

extension Array where Element == Int {
    /// The shape without `axis` (which may count from the end).
    func removing(axisOf axis: Int) -> [Int] {
        var result = self
        result.remove(at: axis < 0 ? axis + count : axis)
        return result
    }
}
