import Engine
import Testing

/// The default relative tolerance of the closeness helpers: 100 units in the last place
/// (about 1e-5 for Float, 2e-14 for Double), room for a few roundings but not for a bug.
public func defaultTolerance<T: BinaryFloatingPoint>(_: T.Type = T.self) -> T {
    100 * T.ulpOfOne
}

/// Whether `a` and `b` agree: `|a − b| ≤ max(absolute, relative · max(|a|, |b|))`.
/// Equal values (infinities included) are close, and so are two NaNs, so that a test
/// can expect a NaN where the maths gives one.
///
/// ```swift
/// isClose(Float(0.1) + 0.2, 0.3)  // true
/// ```
public func isClose<T: BinaryFloatingPoint>(
    _ a: T, _ b: T, relativeTolerance: T = defaultTolerance(), absoluteTolerance: T = 0
) -> Bool {
    if a == b || (a.isNaN && b.isNaN) { return true }
    let scale = Swift.max(Swift.abs(a), Swift.abs(b))
    return Swift.abs(a - b) <= Swift.max(absoluteTolerance, relativeTolerance * scale)
}

/// Whether two arrays have the same count and are close element by element.
///
/// ```swift
/// isClose([1.0, 2.0], [1.0, 2.0 + 1e-15])  // true
/// ```
public func isClose<T: BinaryFloatingPoint>(
    _ a: [T], _ b: [T], relativeTolerance: T = defaultTolerance(), absoluteTolerance: T = 0
) -> Bool {
    a.count == b.count && zip(a, b).allSatisfy {
        isClose($0, $1, relativeTolerance: relativeTolerance, absoluteTolerance: absoluteTolerance)
    }
}

/// Records a test issue naming the first element that differs, unless the arrays are
/// close.
///
/// ```swift
/// assertClose(exp(Tensor<Double>([0])).scalars, [1])
/// ```
public func assertClose<T: BinaryFloatingPoint>(
    _ actual: [T], _ expected: [T], relativeTolerance: T = defaultTolerance(),
    absoluteTolerance: T = 0, sourceLocation: SourceLocation = #_sourceLocation
) {
    guard actual.count == expected.count else {
        Issue.record(
            "counts differ: \(actual.count) elements, expected \(expected.count)",
            sourceLocation: sourceLocation)
        return
    }
    for (index, (a, e)) in zip(actual, expected).enumerated() {
        let close = isClose(
            a, e, relativeTolerance: relativeTolerance, absoluteTolerance: absoluteTolerance)
        guard !close else { continue }
        Issue.record(
            "element \(index) is \(a), expected \(e) (difference \(a - e))",
            sourceLocation: sourceLocation)
        return
    }
}

/// Records a test issue unless two scalars are close.
///
/// ```swift
/// assertClose(Tensor<Float>([1, 2]).mean().scalar, 1.5)
/// ```
public func assertClose<T: BinaryFloatingPoint>(
    _ actual: T, _ expected: T, relativeTolerance: T = defaultTolerance(),
    absoluteTolerance: T = 0, sourceLocation: SourceLocation = #_sourceLocation
) {
    assertClose(
        [actual], [expected], relativeTolerance: relativeTolerance,
        absoluteTolerance: absoluteTolerance, sourceLocation: sourceLocation)
}

/// Records a test issue unless two tensors have the same shape and close elements.
///
/// ```swift
/// assertClose(Tensor<Float>([1, 2]) * 2, Tensor<Float>([2, 4]))
/// ```
public func assertClose<T: TensorScalar>(
    _ actual: Tensor<T>, _ expected: Tensor<T>, relativeTolerance: T = defaultTolerance(),
    absoluteTolerance: T = 0, sourceLocation: SourceLocation = #_sourceLocation
) {
    guard actual.shape == expected.shape else {
        Issue.record(
            "shapes differ: \(actual.shape), expected \(expected.shape)",
            sourceLocation: sourceLocation)
        return
    }
    assertClose(
        actual.scalars, expected.scalars, relativeTolerance: relativeTolerance,
        absoluteTolerance: absoluteTolerance, sourceLocation: sourceLocation)
}
