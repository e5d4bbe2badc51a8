/// Stops the lesson unless `actual` is within tolerance of `expected`.
///
/// Lessons use it to check a claim the prose makes (a gradient against finite
/// differences, an estimator against a reference) so that a broken claim fails the
/// build at the Markdown line of the check, with both numbers:
///
/// ```swift
/// expectClose(analytic, numeric, tolerance: 1e-6, "d loss / d w")
/// ```
///
/// The test passes when `|actual − expected| ≤ tolerance · max(|actual|, |expected|)`
/// or `|actual − expected| ≤ absoluteTolerance`.
public func expectClose<T: BinaryFloatingPoint>(
    _ actual: T, _ expected: T, tolerance: Double = 1e-9, absoluteTolerance: Double = 0,
    _ what: @autoclosure () -> String = "value", file: StaticString = #filePath, line: UInt = #line
) {
    let a = Double(actual), e = Double(expected)
    let difference = abs(a - e)
    guard difference <= tolerance * max(abs(a), abs(e)) || difference <= absoluteTolerance else {
        fatalError(
            "expectClose: \(what()) is \(a), expected \(e) (difference \(difference), tolerance \(tolerance))",
            file: file, line: line)
    }
}

/// Stops the lesson unless `condition` holds, naming what was expected.
public func expect(
    _ condition: @autoclosure () -> Bool, _ what: @autoclosure () -> String,
    file: StaticString = #filePath, line: UInt = #line
) {
    guard condition() else { fatalError("expect: \(what())", file: file, line: line) }
}
