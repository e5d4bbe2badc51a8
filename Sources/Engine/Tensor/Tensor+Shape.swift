// Operations that change a tensor's shape or layout but not its elements' values. Each
// one's VJP is its inverse layout change (a reshape back, the inverse permutation, a
// sum over the broadcast axes), and its JVP is itself applied to the tangent.

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
        let resolved = checked { try ShapeRules.reshape(shape, to: newShape) }
        guard isTracked else { return Tensor(unchecked: resolved, storage: storage) }
        return .unaryPrimitive(
            "reshaped", self, Tensor(unchecked: resolved, storage: storage),
            vjp: { g, _, x in g.reshaped(x.shape) }, jvp: { t, y, _ in t.reshaped(y.shape) })
    }

    /// All elements as a vector.
    ///
    /// ```swift
    /// try Tensor<Float>([[1, 2], [3, 4]]).flattened()  // [1.0, 2.0, 3.0, 4.0]
    /// ```
    public func flattened() -> Tensor { reshaped([count]) }

    /// The same elements with a new axis of length 1 inserted at `axis` (which may be
    /// `rank`, or count from the end: −1 appends).
    ///
    /// ```swift
    /// Tensor<Float>([1, 2]).expandedDimensions(axis: 0).shape   // [1, 2]
    /// Tensor<Float>([1, 2]).expandedDimensions(axis: -1).shape  // [2, 1]
    /// ```
    public func expandedDimensions(axis: Int) -> Tensor {
        let position = checked {
            try ShapeRules.normalized(axis, "expandedDimensions", shape + [1])
        }
        var newShape = shape
        newShape.insert(1, at: position)
        return reshaped(newShape)
    }

    /// The same elements without the axis `axis`, which must have length 1.
    ///
    /// ```swift
    /// Tensor<Float>.zeros([3, 1]).squeezed(axis: 1).shape  // [3]
    /// ```
    public func squeezed(axis: Int) -> Tensor {
        let position = checked { try ShapeRules.normalized(axis, "squeezed", shape) }
        guard shape[position] == 1 else {
            fatalError(
                ShapeError.unsupportedRank(
                    operation: "squeezed", expected: "axis \(axis) of length 1", shape: shape
                ).description)
        }
        var newShape = shape
        newShape.remove(at: position)
        return reshaped(newShape)
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
    /// program unless the tensor is a matrix; ``permuted(_:)`` reorders any axes.
    public func transposed() -> Tensor {
        let value = Tensor(shape: checked { try ShapeRules.transpose(shape) }) { output in
            storage.withUnsafeBufferPointer {
                Scalar.transpose($0, rows: shape[0], columns: shape[1], into: output)
            }
        }
        return .unaryPrimitive(
            "transposed", self, value,
            vjp: { g, _, _ in g.transposed() }, jvp: { t, _, _ in t.transposed() })
    }

    /// The same elements with the axes reordered: axis `k` of the result is axis
    /// `axes[k]` of this tensor (NumPy's `transpose(axes)`, PyTorch's `permute`).
    ///
    /// ```swift
    /// Tensor<Float>.zeros([2, 3, 4]).permuted([2, 0, 1]).shape  // [4, 2, 3]
    /// ```
    ///
    /// Stops the program unless `axes` is a permutation of `0..<rank`.
    public func permuted(_ axes: [Int]) -> Tensor {
        let resultShape = checked { try ShapeRules.permute(shape, axes) }
        let value: Tensor
        if axes == Array(shape.indices) {
            value = primal
        } else {
            value = Tensor(shape: resultShape) { output in
                storage.withUnsafeBytes { input in
                    LayoutKernels.permute(
                        input.baseAddress!, shape: shape, permutation: axes,
                        elementSize: MemoryLayout<Scalar>.stride,
                        into: UnsafeMutableRawPointer(output.baseAddress!))
                }
            }
        }
        var inverse = [Int](repeating: 0, count: axes.count)
        for (position, axis) in axes.enumerated() { inverse[axis] = position }
        return .unaryPrimitive(
            "permuted", self, value,
            vjp: { g, _, _ in g.permuted(inverse) }, jvp: { t, _, _ in t.permuted(axes) })
    }

    /// This tensor repeated along axes of length 1 (and new leading axes) to `shape`, by
    /// NumPy's broadcasting rules, as a copy. Arithmetic broadcasts by itself; this is for
    /// when the repeated tensor is wanted.
    ///
    /// ```swift
    /// Tensor<Float>([1, 2]).broadcast(to: [2, 2])  // [[1.0, 2.0], [1.0, 2.0]]
    /// ```
    public func broadcast(to newShape: [Int]) -> Tensor {
        checked { try ShapeRules.broadcast(shape, to: newShape) }
        let value: Tensor
        if shape == newShape {
            value = primal
        } else if count == 1 {
            value = .full(newShape, value: storage[0])
        } else {
            value = Tensor(shape: newShape) { output in
                storage.withUnsafeBytes { input in
                    LayoutKernels.broadcast(
                        input.baseAddress!, shape: shape, to: newShape,
                        elementSize: MemoryLayout<Scalar>.stride,
                        into: UnsafeMutableRawPointer(output.baseAddress!))
                }
            }
        }
        return .unaryPrimitive(
            "broadcast", self, value,
            vjp: { g, _, x in g.summed(toShape: x.shape) },
            jvp: { t, y, _ in t.broadcast(to: y.shape) })
    }

    /// The sum over the axes along which `shape` would be broadcast to this tensor's
    /// shape: the adjoint of ``broadcast(to:)``, and how the gradient of a broadcast
    /// operand is formed.
    ///
    /// ```swift
    /// try Tensor<Float>([[1, 2], [3, 4]]).summed(toShape: [2])     // [4.0, 6.0]
    /// try Tensor<Float>([[1, 2], [3, 4]]).summed(toShape: [2, 1])  // [[3.0], [7.0]]
    /// ```
    public func summed(toShape target: [Int]) -> Tensor {
        checked { try ShapeRules.broadcast(target, to: shape) }
        let value = reducedByKernel(toShape: target)
        return .unaryPrimitive(
            "summed(toShape:)", self, value,
            vjp: { g, _, x in g.broadcast(to: x.shape) },
            jvp: { t, y, _ in t.summed(toShape: y.shape) })
    }

    /// The sums of ``summed(toShape:)`` by axis-sum kernels: neighbouring axes that are
    /// both summed or both kept are merged first, so `[B, T, C] → [C]` is one kernel call.
    private func reducedByKernel(toShape target: [Int]) -> Tensor {
        if target == shape { return primal }
        let aligned = [Int](repeating: 1, count: rank - target.count) + target
        // Groups of neighbouring axes: (length, summed?).
        var groups: [(length: Int, summed: Bool)] = []
        for axis in shape.indices {
            let summed = aligned[axis] == 1 && shape[axis] != 1
            if let last = groups.last, last.summed == summed {
                groups[groups.count - 1].length *= shape[axis]
            } else {
                groups.append((shape[axis], summed))
            }
        }
        var current = Tensor(unchecked: groups.map(\.length), storage: storage)
        for axis in groups.indices.reversed() where groups[axis].summed {
            current = current.summed(along: checked { try AxisSplit("sum", current.shape, axis: axis) })
                .expandedShape(at: axis)
        }
        return Tensor(unchecked: target, storage: current.storage)
    }

    /// The same storage with an axis of length 1 inserted (no recording).
    func expandedShape(at axis: Int) -> Tensor {
        var newShape = shape
        newShape.insert(1, at: axis)
        return Tensor(unchecked: newShape, storage: storage)
    }
}
