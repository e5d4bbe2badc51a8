/// An n-dimensional array of `Float` or `Double`, stored row-major and contiguous.
///
/// A tensor is a value: copies are cheap, and a copy that is changed gets its own
/// storage (copy-on-write, as `Array`). Its methods are a thin façade that checks shapes
/// and calls one ``TensorScalar`` kernel, which does the per-element work inside Engine
/// (see ``TensorScalar`` for why).
///
/// A tensor can also take part in automatic differentiation: it may carry a reference
/// to the graph node that recorded it (reverse mode, see ``requiringGradient()`` and
/// ``valueAndGradient(at:in:)``) and a tangent (forward mode, see
/// ``valueAndJVP(at:along:in:)``). Both ride along with the value; the elements
/// themselves stay plain values.
///
/// ```swift
/// let x = try Tensor<Float>(shape: [2, 3], scalars: [1, 2, 3, 4, 5, 6])
/// print(x.shape, x.count, x.rank)  // [2, 3] 6 2
/// print(x[1, 2])                   // 6.0
/// print((x * 2).sum(axis: 0))      // [10.0, 14.0, 18.0]
/// ```
public struct Tensor<Scalar: TensorScalar>: Sendable {
    /// The length of each axis, outermost first; `[]` for a single scalar.
    ///
    /// ```swift
    /// Tensor<Float>.zeros([2, 3]).shape  // [2, 3]
    /// ```
    public let shape: [Int]

    /// The elements in row-major order; `storage.count` is the product of `shape`.
    var storage: [Scalar]

    /// The reverse-mode graph node that recorded this value: a leaf for a tensor that
    /// requires gradients, an operation for a result computed from one. `nil` for a
    /// constant. Copies share it, as they share a leaf's accumulated gradient.
    var node: GraphNode<Scalar>?

    /// The forward-mode tangent carried alongside the value inside ``valueAndJVP(at:along:in:)``.
    var tangentBox: TangentBox<Scalar>?

    /// Wraps storage whose count the caller has checked against `shape`.
    init(unchecked shape: [Int], storage: [Scalar]) {
        self.shape = shape
        self.storage = storage
    }

    /// Allocates a tensor of `shape` and lets `kernel` write every element; the
    /// allocation the façade uses, so that no element is written twice.
    @_specialize(where Scalar == Float)
    @_specialize(where Scalar == Double)
    init(shape: [Int], initializingWith kernel: (UnsafeMutableBufferPointer<Scalar>) -> Void) {
        let count = shape.reduce(1, *)
        LargeAllocations.prepare(bytes: count * MemoryLayout<Scalar>.stride)
        self.shape = shape
        self.storage = [Scalar](unsafeUninitializedCapacity: count) { buffer, initializedCount in
            kernel(buffer)
            initializedCount = count
        }
    }

    /// A tensor of the given shape holding `scalars` in row-major order.
    ///
    /// ```swift
    /// let m = try Tensor<Double>(shape: [2, 2], scalars: [1, 2, 3, 4])
    /// print(m)  // [[1.0, 2.0], [3.0, 4.0]]
    /// ```
    ///
    /// Throws ``ShapeError`` when a dimension is negative or the count does not match.
    public init(shape: [Int], scalars: [Scalar]) throws(ShapeError) {
        let count = try ShapeRules.count(of: shape, operation: "Tensor(shape:scalars:)")
        guard scalars.count == count else {
            throw .countMismatch(
                operation: "Tensor(shape:scalars:)", shape: shape, count: scalars.count)
        }
        self.init(unchecked: shape, storage: scalars)
    }

    /// A vector (rank 1) holding `scalars`.
    ///
    /// ```swift
    /// let v = Tensor<Float>([1, 2, 3])  // shape [3]
    /// ```
    public init(_ scalars: [Scalar]) {
        self.init(unchecked: [scalars.count], storage: scalars)
    }

    /// A matrix (rank 2) from its rows, which must all have the same length.
    ///
    /// ```swift
    /// let m = try Tensor<Float>([[1, 2, 3], [4, 5, 6]])  // shape [2, 3]
    /// ```
    public init(_ rows: [[Scalar]]) throws(ShapeError) {
        let columns = rows.first?.count ?? 0
        if let row = rows.firstIndex(where: { $0.count != columns }) {
            throw .raggedRows(
                operation: "Tensor(_:)", row: row, count: rows[row].count, expected: columns)
        }
        // One memory copy per row: element loops do not belong in generic code.
        self.init(shape: [rows.count, columns]) { output in
            let destination = UnsafeMutableRawPointer(output.baseAddress)
            for (index, row) in rows.enumerated() {
                row.withUnsafeBytes { bytes in
                    guard let destination, let source = bytes.baseAddress else { return }
                    destination.advanced(by: index * bytes.count)
                        .copyMemory(from: source, byteCount: bytes.count)
                }
            }
        }
    }

    /// A tensor of rank 0 holding one scalar.
    ///
    /// ```swift
    /// let s = Tensor<Double>(2.5)  // shape [], prints 2.5
    /// ```
    public init(_ scalar: Scalar) {
        self.init(unchecked: [], storage: [scalar])
    }

    /// The number of elements, the product of ``shape``.
    ///
    /// ```swift
    /// Tensor<Float>.zeros([2, 3]).count  // 6
    /// ```
    public var count: Int { storage.count }

    /// The number of axes: 0 for a scalar, 1 for a vector, 2 for a matrix.
    ///
    /// ```swift
    /// Tensor<Float>.zeros([2, 3]).rank  // 2
    /// ```
    public var rank: Int { shape.count }

    /// All elements in row-major order.
    ///
    /// ```swift
    /// try Tensor<Float>([[1, 2], [3, 4]]).scalars  // [1.0, 2.0, 3.0, 4.0]
    /// ```
    public var scalars: [Scalar] { storage }

    /// The only element of a one-element tensor, such as the result of `sum()`.
    ///
    /// ```swift
    /// let total: Float = Tensor<Float>([1, 2, 3]).sum().scalar  // 6.0
    /// ```
    ///
    /// Stops the program unless the tensor has exactly one element.
    public var scalar: Scalar {
        guard storage.count == 1 else {
            fatalError(ShapeError.notOneElement(shape: shape).description)
        }
        return storage[0]
    }

    /// The element at the given indices, one per axis, each in `0..<shape[axis]`.
    ///
    /// ```swift
    /// var m = try Tensor<Float>([[1, 2], [3, 4]])
    /// m[0, 1] = 20
    /// print(m[0, 1])  // 20.0
    /// ```
    ///
    /// Stops the program when the number of indices differs from the rank or an index is
    /// out of range.
    public subscript(indices: Int...) -> Scalar {
        get { storage[checked { try ShapeRules.offset(of: indices, in: shape) }] }
        set {
            if node.map({ !$0.isLeaf }) ?? false || tangentBox != nil {
                fatalError(
                    "subscript: cannot assign an element of a tensor that is part of a "
                        + "differentiation; build a new tensor (where, scatterAdding), or "
                        + "assign to a detached() copy")
            }
            storage[checked { try ShapeRules.offset(of: indices, in: shape) }] = newValue
        }
    }
}

extension Tensor: Equatable {
    /// Two tensors are equal when their shapes and all their elements are equal.
    ///
    /// ```swift
    /// Tensor<Float>([1, 2]) == Tensor<Float>([1, 2])  // true
    /// ```
    @inlinable
    public static func == (lhs: Tensor, rhs: Tensor) -> Bool {
        // Inlinable so that the element comparison is specialised where it is used.
        lhs.shape == rhs.shape && lhs.scalars == rhs.scalars
    }
}

extension Tensor: ExpressibleByArrayLiteral {
    /// A vector written as an array literal.
    ///
    /// ```swift
    /// let v: Tensor<Double> = [1, 2, 3]
    /// ```
    public init(arrayLiteral scalars: Scalar...) {
        self.init(scalars)
    }
}
