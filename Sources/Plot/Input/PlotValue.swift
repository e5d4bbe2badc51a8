/// A number that can be plotted; it becomes a `Double` coordinate at the API boundary.
///
/// The standard floating-point and integer types conform, so `[Float]`, `[Double]`,
/// `[Int]` and ranges such as `0..<100` can be passed to ``Axes/line(x:y:label:)``
/// directly. Any other `BinaryFloatingPoint` or `BinaryInteger` type conforms with an
/// empty extension:
///
///     extension MyFixedPoint: PlotValue {}
///     axes.line(y: [1, 4, 9, 16])   // [Int]
public protocol PlotValue {
    /// This value as a `Double` coordinate.
    ///
    ///     let x = Float(0.5).plotCoordinate   // 0.5
    var plotCoordinate: Double { get }
}

extension PlotValue where Self: BinaryFloatingPoint {
    /// This value converted to `Double` (NaN and infinities are kept, and later skipped).
    ///
    ///     Float.nan.plotCoordinate.isNaN   // true
    public var plotCoordinate: Double { Double(self) }
}

extension PlotValue where Self: BinaryInteger {
    /// This value converted to the nearest `Double`.
    ///
    ///     UInt8(200).plotCoordinate   // 200.0
    public var plotCoordinate: Double { Double(self) }
}

extension Double: PlotValue {}
extension Float: PlotValue {}
#if !((os(macOS) || targetEnvironment(macCatalyst)) && arch(x86_64))
extension Float16: PlotValue {}
#endif
extension Int: PlotValue {}
extension Int8: PlotValue {}
extension Int16: PlotValue {}
extension Int32: PlotValue {}
extension Int64: PlotValue {}
extension UInt: PlotValue {}
extension UInt8: PlotValue {}
extension UInt16: PlotValue {}
extension UInt32: PlotValue {}
extension UInt64: PlotValue {}
