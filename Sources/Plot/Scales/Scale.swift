import Foundation

/// How an axis spaces its values: evenly, by powers of ten, or a symmetric log that
/// handles zero and negative values.
///
///     axes.yScale = .log                          // 1, 10, 100 equally spaced
///     axes.xScale = .symlog(linearWidth: 0.01)    // linear in −0.01...0.01, log outside
public enum Scale: Sendable, Equatable {
    /// Equal distances for equal differences.
    case linear
    /// Equal distances for equal ratios; only positive values can be shown, others are
    /// skipped with a note.
    case log
    /// Linear within `−linearWidth...linearWidth` and logarithmic outside it, for data
    /// spanning decades on both sides of zero (matplotlib's `symlog`).
    case symlog(linearWidth: Double = 1)

    /// Whether `value` has a position on this scale (finite, and positive for `.log`).
    func accepts(_ value: Double) -> Bool {
        guard value.isFinite else { return false }
        if case .log = self { return value > 0 }
        return true
    }

    /// The value in the space where the axis is linear: itself, log₁₀ of it, or
    /// sign(v)·(1 + log₁₀(|v|/w)) beyond the symlog's linear width w (v/w inside it).
    func forward(_ value: Double) -> Double {
        switch self {
        case .linear: return value
        case .log: return value > 0 ? log10(value) : -.infinity
        case .symlog(let width):
            let magnitude = abs(value)
            let t = magnitude <= width ? magnitude / width : 1 + log10(magnitude / width)
            return value < 0 ? -t : t
        }
    }

    /// The inverse of ``forward(_:)``.
    func inverse(_ t: Double) -> Double {
        switch self {
        case .linear: return t
        case .log: return pow(10, t)
        case .symlog(let width):
            let magnitude = abs(t)
            let v = magnitude <= 1 ? magnitude * width : width * pow(10, magnitude - 1)
            return t < 0 ? -v : v
        }
    }

    /// Throws when the scale's own parameter is unusable.
    func validate(axis: String) throws(PlotError) {
        if case .symlog(let width) = self, !(width > 0 && width.isFinite) {
            throw .invalidArgument("\(axis)Scale: symlog linearWidth \(width) must be positive and finite")
        }
    }
}

/// Maps data values onto positions in points along one axis, through a ``Scale``: the
/// scale's forward transform, then a linear map from the transformed limits onto
/// `range`. For a y axis the range runs from the plot area's bottom to its top.
struct ScaleMap: Sendable {
    var scale: Scale = .linear
    var domain: ClosedRange<Double>
    /// Positions of `domain.lowerBound` and `domain.upperBound`.
    var range: (start: Double, end: Double)

    init(scale: Scale = .linear, domain: ClosedRange<Double>, range: (start: Double, end: Double)) {
        self.scale = scale
        self.domain = domain
        self.range = range
    }

    /// The position of `value`; NaN for a value the scale cannot show.
    func callAsFunction(_ value: Double) -> Double {
        guard scale.accepts(value) else { return .nan }
        let a = scale.forward(domain.lowerBound), b = scale.forward(domain.upperBound)
        let t = (scale.forward(value) - a) / (b - a)
        return range.start + t * (range.end - range.start)
    }

    /// The data value at position `p`.
    func value(at p: Double) -> Double {
        let a = scale.forward(domain.lowerBound), b = scale.forward(domain.upperBound)
        return scale.inverse(a + (p - range.start) / (range.end - range.start) * (b - a))
    }

    /// Points per unit of data, for a linear scale.
    var pointsPerUnit: Double {
        abs(range.end - range.start) / (domain.upperBound - domain.lowerBound)
    }
}
