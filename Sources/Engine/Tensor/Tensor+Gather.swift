// Gathering and scattering by integer indices: embedding lookups, the logit of each
// label in cross-entropy, one-hot encodings. Indices are plain `[Int]` arrays, checked
// against the axis they index. The primitives come in adjoint pairs — gathering rows
// and scatter-adding them, picking one element per slice and placing it back — so each
// one's VJP is the other, and both are differentiable to any order.

extension Tensor {
    /// The axis split and a check of every index against the axis length.
    private func indexing(
        _ operation: String, _ indices: [Int], axis: Int
    ) -> AxisSplit {
        let split = checked { try AxisSplit(operation, shape, axis: axis) }
        if let bad = indices.first(where: { $0 < 0 || $0 >= split.length }) {
            fatalError(
                ShapeError.indexOutOfAxis(operation: operation, index: bad, axis: axis, shape: shape)
                    .description)
        }
        return split
    }

    /// The slices at `indices` along `axis`, in that order (NumPy's `take`): an
    /// embedding lookup is `table.gathering(tokens)`. The result has `indices.count` in
    /// place of the axis. The gradient scatter-adds back, summing repeated indices.
    ///
    /// ```swift
    /// let table = try Tensor<Float>([[0, 0], [1, 1], [2, 2]])
    /// table.gathering([2, 0, 2])  // [[2.0, 2.0], [0.0, 0.0], [2.0, 2.0]]
    /// ```
    ///
    /// Stops the program when an index is out of range:
    /// `gathering: index 3 is out of range for axis 0 of shape [3, 2]`.
    public func gathering(_ indices: [Int], axis: Int = 0) -> Tensor {
        let split = indexing("gathering", indices, axis: axis)
        var resultShape = shape
        let position = checked { try ShapeRules.normalized(axis, "gathering", shape) }
        resultShape[position] = indices.count
        let value = Tensor(shape: resultShape) { output in
            storage.withUnsafeBytes { input in
                LayoutKernels.gather(
                    input.baseAddress!, outer: split.outer, length: split.length,
                    inner: split.inner, indices: indices, elementSize: MemoryLayout<Scalar>.stride,
                    into: UnsafeMutableRawPointer(output.baseAddress!))
            }
        }
        let length = split.length
        return .unaryPrimitive(
            "gathering", self, value,
            vjp: { g, _, _ in g.scatterAdded(indices, axis: axis, length: length) },
            jvp: { t, _, _ in t.gathering(indices, axis: axis) })
    }

    /// Zeros of this shape with `length` in place of `axis`, plus this tensor's slice `j`
    /// added at `indices[j]`: the adjoint of ``gathering(_:axis:)``.
    func scatterAdded(_ indices: [Int], axis: Int, length: Int) -> Tensor {
        let split = checked { try AxisSplit("scatterAdding", shape, axis: axis) }
        guard split.length == indices.count else {
            fatalError(
                ShapeError.wrongIndexCount(
                    operation: "scatterAdding", expected: split.length, count: indices.count,
                    shape: shape
                ).description)
        }
        var resultShape = shape
        resultShape[checked { try ShapeRules.normalized(axis, "scatterAdding", shape) }] = length
        var value = Tensor.zeros(resultShape)
        let inner = split.inner
        storage.withUnsafeBufferPointer { source in
            value.storage.withUnsafeMutableBufferPointer { output in
                for o in 0..<split.outer {
                    for (j, index) in indices.enumerated() {
                        guard index >= 0, index < length else {
                            fatalError(
                                ShapeError.indexOutOfAxis(
                                    operation: "scatterAdding", index: index, axis: axis,
                                    shape: resultShape
                                ).description)
                        }
                        let row = UnsafeMutableBufferPointer(
                            rebasing: output[((o * length + index) * inner)...].prefix(inner))
                        let update = UnsafeBufferPointer(
                            rebasing: source[((o * indices.count + j) * inner)...].prefix(inner))
                        Scalar.apply(.add, UnsafeBufferPointer(row), update, into: row)
                    }
                }
            }
        }
        return .unaryPrimitive(
            "scatterAdding", self, value,
            vjp: { g, _, _ in g.gathering(indices, axis: axis) },
            jvp: { t, _, _ in t.scatterAdded(indices, axis: axis, length: length) })
    }

    /// This tensor with slice `j` of `updates` added at `indices[j]` along `axis`;
    /// repeated indices add up (NumPy's `add.at`, PyTorch's `index_add`).
    ///
    /// ```swift
    /// Tensor<Float>.zeros([3]).scatterAdding(Tensor([1, 1, 5]), at: [0, 0, 2])
    /// // [2.0, 0.0, 5.0]
    /// ```
    public func scatterAdding(_ updates: Tensor, at indices: [Int], axis: Int = 0) -> Tensor {
        let length = shape[checked { try ShapeRules.normalized(axis, "scatterAdding", shape) }]
        return self + updates.scatterAdded(indices, axis: axis, length: length)
    }

    /// One element per slice along `axis`: the element at `indices[k]` of the k-th slice,
    /// slices in row-major order of the other axes; the axis is removed. For logits of
    /// shape `[N, C]`, `picking(labels)` is each row's logit of its label.
    ///
    /// ```swift
    /// let logits = try Tensor<Float>([[1, 2, 3], [4, 5, 6]])
    /// logits.picking([2, 0])  // [3.0, 4.0]
    /// ```
    ///
    /// Stops the program when the number of indices is not the number of slices, or an
    /// index is out of range.
    public func picking(_ indices: [Int], axis: Int = -1) -> Tensor {
        let split = indexing("picking", indices, axis: axis)
        guard indices.count == split.outer * split.inner else {
            fatalError(
                ShapeError.wrongIndexCount(
                    operation: "picking", expected: split.outer * split.inner,
                    count: indices.count, shape: shape
                ).description)
        }
        let value = Tensor(shape: split.resultShape) { output in
            storage.withUnsafeBytes { input in
                LayoutKernels.pick(
                    input.baseAddress!, outer: split.outer, length: split.length,
                    inner: split.inner, indices: indices, elementSize: MemoryLayout<Scalar>.stride,
                    into: UnsafeMutableRawPointer(output.baseAddress!))
            }
        }
        let fullShape = shape
        return .unaryPrimitive(
            "picking", self, value,
            vjp: { g, _, _ in g.placed(indices, axis: axis, into: fullShape) },
            jvp: { t, _, _ in t.picking(indices, axis: axis) })
    }

    /// Zeros of `fullShape` with this tensor's elements placed where ``picking(_:axis:)``
    /// would take them: its adjoint.
    func placed(_ indices: [Int], axis: Int, into fullShape: [Int]) -> Tensor {
        let split = checked { try AxisSplit("placing", fullShape, axis: axis) }
        var value = Tensor.zeros(fullShape)
        storage.withUnsafeBytes { input in
            value.storage.withUnsafeMutableBytes { output in
                LayoutKernels.pick(
                    input.baseAddress!, outer: split.outer, length: split.length,
                    inner: split.inner, indices: indices, elementSize: MemoryLayout<Scalar>.stride,
                    into: output.baseAddress!, placing: true)
            }
        }
        return .unaryPrimitive(
            "placing", self, value,
            vjp: { g, _, _ in g.picking(indices, axis: axis) },
            jvp: { t, _, _ in t.placed(indices, axis: axis, into: fullShape) })
    }

    /// The one-hot encoding of `indices`: a `[indices.count, classes]` matrix with a 1 in
    /// each row at its index.
    ///
    /// ```swift
    /// Tensor<Float>.oneHot([2, 0], classes: 3)  // [[0.0, 0.0, 1.0], [1.0, 0.0, 0.0]]
    /// ```
    public static func oneHot(_ indices: [Int], classes: Int) -> Tensor {
        if let bad = indices.first(where: { $0 < 0 || $0 >= classes }) {
            fatalError(
                ShapeError.indexOutOfAxis(
                    operation: "oneHot", index: bad, axis: 1, shape: [indices.count, classes]
                ).description)
        }
        return Tensor.ones([indices.count]).placed(indices, axis: -1, into: [indices.count, classes])
    }
}
