/// How a line is stroked: solid, or a dash pattern that scales with the line's width.
///
///     axes.line(y: validation, label: "validation", style: .dashed)
public enum LineStyle: Sendable, Equatable {
    /// An unbroken line.
    case solid
    /// Long dashes.
    case dashed
    /// Round dots.
    case dotted
    /// Alternating dashes and dots.
    case dashDot

    /// On and off lengths in points for a line of `width` points (round caps add half
    /// a width at each end of each dash, which the gaps allow for).
    func dashes(width: Double) -> [Double] {
        switch self {
        case .solid: return []
        case .dashed: return [3.7 * width, 2.6 * width]
        case .dotted: return [0.01, 2 * width]
        case .dashDot: return [3.7 * width, 2 * width, 0.01, 2 * width]
        }
    }
}

/// The shape drawn at each point of a scatter or a line with markers.
///
///     axes.line(x: steps, y: errors, marker: .circle)
///     axes.scatter(x: xs, y: ys, marker: .triangle)
public enum Marker: Sendable, Equatable, CaseIterable {
    case circle, square, triangle, diamond, plus, cross
    /// A hollow circle, to ring points another mark has drawn (support vectors,
    /// outliers): `axes.scatter(x: xs, y: ys, color: .black, marker: .ring, size: 13)`.
    case ring

    /// Whether the shape is drawn as strokes rather than filled.
    var isStroked: Bool { self == .plus || self == .cross || self == .ring }

    /// The marker for class `index`, so classes differ in shape as well as colour
    /// (for readers who cannot tell the colours apart, and for print in grey).
    static func forClass(_ index: Int) -> Marker {
        [Marker.circle, .square, .triangle, .diamond][((index % 4) + 4) % 4]
    }
}
