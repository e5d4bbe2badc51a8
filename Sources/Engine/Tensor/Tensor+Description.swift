// How tensors print. Lessons print tensors and the site compares the printed text with
// the recorded output, so the format is deliberately plain and stable: each element is
// rounded to 6 significant digits and at most 6 after the point for Float (8 and 8 for
// Double, as NumPy), then printed in Swift's shortest round-trip form and laid out by
// `TensorFormatter`.

extension Tensor: CustomStringConvertible {
    /// NumPy-like nested brackets: `[[1.0, 2.0], [3.0, 4.0]]`, one row per line when
    /// that does not fit in 80 columns, and the shape plus a summary with `...` for more
    /// than 1000 elements.
    ///
    /// ```swift
    /// print(try Tensor<Float>([[1, 2], [3, 4]]))  // [[1.0, 2.0], [3.0, 4.0]]
    /// print(Tensor<Double>([1.0 / 3]))             // [0.33333333]
    /// ```
    public var description: String {
        storage.withUnsafeBufferPointer { Scalar.format($0, shape: shape) }
    }
}

extension Tensor: CustomDebugStringConvertible {
    /// The element type, the shape and the elements.
    ///
    /// ```swift
    /// debugPrint(Tensor<Float>([1, 2]))  // Tensor<Float>(shape: [2], [1.0, 2.0])
    /// ```
    public var debugDescription: String {
        "Tensor<\(Scalar.self)>(shape: \(shape), \(description))"
    }
}

/// The printing ``TensorScalar`` kernel for `Float`: 6 significant digits, 6 decimals.
extension Float {
    public static func format(_ elements: UnsafeBufferPointer<Float>, shape: [Int]) -> String {
        TensorFormatter(shape: shape).format { index in
            let value = Double(elements[index])
            return Float(TensorFormatter.rounded(value, significantDigits: 6, fractionDigits: 6))
                .description
        }
    }
}

/// The printing ``TensorScalar`` kernel for `Double`: 8 significant digits, 8 decimals.
extension Double {
    public static func format(_ elements: UnsafeBufferPointer<Double>, shape: [Int]) -> String {
        TensorFormatter(shape: shape).format { index in
            TensorFormatter.rounded(elements[index], significantDigits: 8, fractionDigits: 8)
                .description
        }
    }
}
