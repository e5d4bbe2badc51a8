// Slicing and joining. Both are copies of rectangular regions (`LayoutKernels.copyRegion`):
// a slice copies a box out, its adjoint pads it back into zeros, and a concatenation
// copies each input into its box of the result.

/// One entry of a tensor subscript: an index (which removes its axis), a range, or the
/// whole axis.
///
/// ```swift
/// let m = Tensor<Float>.arange(to: 12).reshaped([3, 4])
/// m[1, .all]      // row 1: [4.0, 5.0, 6.0, 7.0]
/// m[.all, 2]      // column 2: [2.0, 6.0, 10.0]
/// m[0..<2, 1...]  // shape [2, 3]
/// ```
public enum TensorIndex: Sendable, Equatable, TensorIndexConvertible {
    /// One position; the axis disappears from the result.
    case index(Int)
    /// The positions `lower..<upper` (`upper` `nil`: to the end of the axis).
    case range(lower: Int, upper: Int?)
    /// The whole axis (written `.all` in a subscript).
    case wholeAxis

    public var tensorIndex: TensorIndex { self }
}

/// A value that can stand in a tensor subscript: `Int`, the integer ranges, `.all`.
public protocol TensorIndexConvertible {
    var tensorIndex: TensorIndex { get }
}

extension TensorIndexConvertible where Self == TensorIndex {
    /// The whole axis, as `:` in NumPy.
    public static var all: TensorIndex { .wholeAxis }
}

extension Int: TensorIndexConvertible {
    public var tensorIndex: TensorIndex { .index(self) }
}

extension Range<Int>: TensorIndexConvertible {
    public var tensorIndex: TensorIndex { .range(lower: lowerBound, upper: upperBound) }
}

extension ClosedRange<Int>: TensorIndexConvertible {
    public var tensorIndex: TensorIndex { .range(lower: lowerBound, upper: upperBound + 1) }
}

extension PartialRangeFrom<Int>: TensorIndexConvertible {
    public var tensorIndex: TensorIndex { .range(lower: lowerBound, upper: nil) }
}

extension PartialRangeUpTo<Int>: TensorIndexConvertible {
    public var tensorIndex: TensorIndex { .range(lower: 0, upper: upperBound) }
}

extension PartialRangeThrough<Int>: TensorIndexConvertible {
    public var tensorIndex: TensorIndex { .range(lower: 0, upper: upperBound + 1) }
}

extension Tensor {
    /// The part of the tensor that the indices select, one entry per leading axis (axes
    /// left out are taken whole); an `Int` removes its axis. A copy, differentiable: the
    /// gradient is the cotangent padded with zeros.
    ///
    /// ```swift
    /// let m = try Tensor<Float>([[1, 2, 3], [4, 5, 6]])
    /// m[1, .all]  // [4.0, 5.0, 6.0]
    /// m[.all, 1...]  // [[2.0, 3.0], [5.0, 6.0]]
    /// ```
    ///
    /// With only `Int`s for every axis, `m[i, j]` is the element itself (a `Scalar`, not
    /// differentiable); `m[i...i, j...j]` keeps a tensor that gradients flow through.
    /// Stops the program when an index or range is outside its axis:
    /// `subscript: range 1..<4 is out of range for axis 1 of shape [2, 3]`.
    public subscript(_ indices: any TensorIndexConvertible...) -> Tensor {
        guard indices.count <= rank else {
            fatalError(
                ShapeError.indexCountMismatch(indices: indices.map { _ in 0 }, shape: shape)
                    .description)
        }
        var origin: [Int] = [], size: [Int] = [], kept: [Int] = []
        for axis in shape.indices {
            let length = shape[axis]
            switch axis < indices.count ? indices[axis].tensorIndex : .wholeAxis {
            case let .index(i):
                guard i >= 0, i < length else {
                    fatalError(
                        ShapeError.indexOutOfAxis(
                            operation: "subscript", index: i, axis: axis, shape: shape
                        ).description)
                }
                origin.append(i)
                size.append(1)
            case let .range(lower, upper):
                let upper = upper ?? length
                guard lower >= 0, lower <= upper, upper <= length else {
                    fatalError(
                        ShapeError.rangeOutOfAxis(
                            operation: "subscript", range: lower..<Swift.max(lower, upper),
                            axis: axis, shape: shape
                        ).description)
                }
                origin.append(lower)
                size.append(upper - lower)
                kept.append(upper - lower)
            case .wholeAxis:
                origin.append(0)
                size.append(length)
                kept.append(length)
            }
        }
        return sliced(origin: origin, size: size).reshaped(kept)
    }

    /// The box of `size` starting at `origin` (validated by the caller).
    func sliced(origin: [Int], size: [Int]) -> Tensor {
        let value: Tensor
        if size == shape {
            value = primal
        } else {
            value = Tensor(shape: size) { output in
                storage.withUnsafeBytes { input in
                    LayoutKernels.copyRegion(
                        size, from: input.baseAddress!, shape: shape, origin: origin,
                        into: UnsafeMutableRawPointer(output.baseAddress!), shape: size,
                        origin: size.map { _ in 0 }, elementSize: MemoryLayout<Scalar>.stride)
                }
            }
        }
        let fullShape = shape
        return .unaryPrimitive(
            "slice", self, value,
            vjp: { g, _, _ in g.padded(into: fullShape, at: origin) },
            jvp: { t, _, _ in t.sliced(origin: origin, size: size) })
    }

    /// Zeros of `fullShape` with this tensor copied in at `origin`: the adjoint of a slice.
    func padded(into fullShape: [Int], at origin: [Int]) -> Tensor {
        var value = Tensor.zeros(fullShape)
        if count > 0 {
            storage.withUnsafeBytes { input in
                value.storage.withUnsafeMutableBytes { output in
                    LayoutKernels.copyRegion(
                        shape, from: input.baseAddress!, shape: shape,
                        origin: shape.map { _ in 0 }, into: output.baseAddress!, shape: fullShape,
                        origin: origin, elementSize: MemoryLayout<Scalar>.stride)
                }
            }
        }
        let size = shape
        return .unaryPrimitive(
            "pad", self, value,
            vjp: { g, _, _ in g.sliced(origin: origin, size: size) },
            jvp: { t, _, _ in t.padded(into: fullShape, at: origin) })
    }

    /// The tensors joined along `axis`; they must agree on every other axis.
    ///
    /// ```swift
    /// let a = try Tensor<Float>([[1, 2]]), b = try Tensor<Float>([[3, 4], [5, 6]])
    /// Tensor.concatenated([a, b])  // [[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]]
    /// ```
    ///
    /// Stops the program when they do not:
    /// `concatenated: shapes [1, 2] and [2, 3] differ outside axis 0`.
    public static func concatenated(_ tensors: [Tensor], axis: Int = 0) -> Tensor {
        let resultShape = checked { try ShapeRules.concatenate(tensors.map { $0.shape }, axis: axis) }
        let position = checked { try ShapeRules.normalized(axis, "concatenated", tensors[0].shape) }
        var origins: [[Int]] = []
        var offset = 0
        for tensor in tensors {
            var origin = [Int](repeating: 0, count: resultShape.count)
            origin[position] = offset
            origins.append(origin)
            offset += tensor.shape[position]
        }
        var value = Tensor.zeros(resultShape)
        value.storage.withUnsafeMutableBytes { output in
            for (tensor, origin) in zip(tensors, origins) where tensor.count > 0 {
                tensor.storage.withUnsafeBytes { input in
                    LayoutKernels.copyRegion(
                        tensor.shape, from: input.baseAddress!, shape: tensor.shape,
                        origin: tensor.shape.map { _ in 0 }, into: output.baseAddress!,
                        shape: resultShape, origin: origin, elementSize: MemoryLayout<Scalar>.stride)
                }
            }
        }
        return primitive(
            "concatenated", tensors, value,
            vjp: { g, _, inputs, needs in
                inputs.indices.map { i in
                    needs[i] ? g.sliced(origin: origins[i], size: inputs[i].shape) : nil
                }
            },
            jvp: { tangents, _, inputs in
                concatenated(
                    zip(tangents, inputs).map { $0 ?? .zeros($1.shape) }, axis: position)
            })
    }

    /// The tensors, which must have equal shapes, stacked along a new axis.
    ///
    /// ```swift
    /// Tensor.stacked([Tensor<Float>([1, 2]), Tensor<Float>([3, 4])])  // [[1.0, 2.0], [3.0, 4.0]]
    /// Tensor.stacked([Tensor<Float>([1, 2]), Tensor<Float>([3, 4])], axis: 1)  // [[1.0, 3.0], [2.0, 4.0]]
    /// ```
    public static func stacked(_ tensors: [Tensor], axis: Int = 0) -> Tensor {
        guard let first = tensors.first else {
            fatalError(ShapeError.noTensors(operation: "stacked").description)
        }
        for tensor in tensors where tensor.shape != first.shape {
            fatalError(ShapeError.shapesDiffer(operation: "stacked", first.shape, tensor.shape).description)
        }
        return concatenated(tensors.map { $0.expandedDimensions(axis: axis) }, axis: axis)
    }
}
