// Raw access to a tensor's elements, for kernels written outside the façade (other
// modules' hot loops, LAPACK bridges). Nothing here is recorded for differentiation.

extension Tensor {
    /// Calls `body` with the elements in row-major order.
    ///
    /// ```swift
    /// let total = x.withUnsafeBufferPointer { $0.reduce(0, +) }
    /// ```
    public func withUnsafeBufferPointer<Result>(
        _ body: (UnsafeBufferPointer<Scalar>) throws -> Result
    ) rethrows -> Result {
        try storage.withUnsafeBufferPointer(body)
    }

    /// A tensor of `shape` whose every element `body` writes (row-major); like
    /// `Array(unsafeUninitializedCapacity:initializingWith:)`, `body` must initialise all
    /// of them. Stops the program when a dimension is negative.
    ///
    /// ```swift
    /// let squares = Tensor<Double>(unsafeUninitializedShape: [4]) { buffer in
    ///     for i in buffer.indices { buffer[i] = Double(i * i) }
    /// }
    /// ```
    public init(
        unsafeUninitializedShape shape: [Int],
        initializingWith body: (UnsafeMutableBufferPointer<Scalar>) throws -> Void
    ) rethrows {
        let count = checked { try ShapeRules.count(of: shape, operation: "Tensor(unsafeUninitializedShape:)") }
        self.init(
            unchecked: shape,
            storage: try [Scalar](unsafeUninitializedCapacity: count) { buffer, initialized in
                try body(buffer)
                initialized = count
            })
    }
}
