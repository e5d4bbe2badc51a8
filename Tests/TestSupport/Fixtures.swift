import Engine
import Foundation
import Testing

/// Committed reference fixtures in `Tests/Fixtures/`, found next to this source file so
/// that tests read them wherever the package is checked out (no bundle resources).
public enum Fixtures {
    /// The URL of `Tests/Fixtures/<name>`.
    public static func url(_ name: String, filePath: String = #filePath) -> URL {
        URL(fileURLWithPath: filePath)
            .deletingLastPathComponent()  // TestSupport
            .deletingLastPathComponent()  // Tests
            .appendingPathComponent("Fixtures").appendingPathComponent(name)
    }

    /// Decodes `Tests/Fixtures/<name>` as JSON.
    public static func load<T: Decodable>(_ type: T.Type, _ name: String) throws -> T {
        try JSONDecoder().decode(type, from: Data(contentsOf: url(name)))
    }
}

/// A tensor as fixtures store it: its shape and its elements in row-major order.
public struct ReferenceTensor: Decodable, Sendable {
    public let shape: [Int]
    public let values: [Double]

    /// The tensor in the requested precision (fixture inputs are exact in Float too).
    public func tensor<Scalar: TensorScalar>(_: Scalar.Type = Scalar.self) -> Tensor<Scalar> {
        try! Tensor(shape: shape, scalars: values.map { Scalar($0) })
    }
}

/// Whether `actual` matches `expected` to `tolerance` relative to the larger of the
/// element and the tensor's largest magnitude, recording an issue naming `what` if not.
public func assertClose<Scalar: TensorScalar>(
    _ actual: Tensor<Scalar>, _ expected: ReferenceTensor, tolerance: Double, _ what: String,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    let values = actual.scalars.map { Double($0) }
    assertCloseNormwise(
        try! Tensor(shape: actual.shape, scalars: values), expected.tensor(Double.self),
        tolerance: tolerance, what, sourceLocation: sourceLocation)
}
