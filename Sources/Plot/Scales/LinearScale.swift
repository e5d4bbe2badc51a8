/// Maps data values linearly from a domain (axis limits) onto a range (positions in points).
///
/// For a y axis the range runs from the plot area's bottom to its top, so larger values
/// are drawn higher: `LinearScale(domain: 0...1, range: (300, 20))`.
struct LinearScale: Sendable {
    var domain: ClosedRange<Double>
    /// Positions of `domain.lowerBound` and `domain.upperBound`.
    var range: (start: Double, end: Double)

    /// The position of `value`: start + (value − lower) / (upper − lower) · (end − start).
    func callAsFunction(_ value: Double) -> Double {
        let t = (value - domain.lowerBound) / (domain.upperBound - domain.lowerBound)
        return range.start + t * (range.end - range.start)
    }
}
