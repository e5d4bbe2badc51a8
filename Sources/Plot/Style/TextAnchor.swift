/// Where a piece of text sits relative to the point it is placed at.
///
///     axes.text("minimum", x: 1, y: 0, horizontal: .left, vertical: .top)
public struct TextAnchor: Sendable, Equatable {
    /// Which part of the text is at the point, left to right.
    public enum Horizontal: Sendable, Equatable {
        /// The point is at the text's left end.
        case left
        /// The point is at the text's middle.
        case center
        /// The point is at the text's right end.
        case right
    }
    /// Which part of the text is at the point, top to bottom.
    public enum Vertical: Sendable, Equatable {
        /// The point is at the top of the capitals.
        case top
        /// The point is halfway up the capitals, so digits look centred on it.
        case middle
        /// The point is on the baseline.
        case baseline
    }
    /// The horizontal placement.
    public var horizontal: Horizontal
    /// The vertical placement.
    public var vertical: Vertical

    /// An anchor from its two placements.
    ///
    ///     let anchor = TextAnchor(horizontal: .center, vertical: .baseline)
    public init(horizontal: Horizontal, vertical: Vertical) {
        self.horizontal = horizontal
        self.vertical = vertical
    }
}
