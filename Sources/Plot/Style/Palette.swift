/// Categorical colours for series, safe for the common forms of colour blindness.
///
/// The colours are Okabe & Ito's "Color Universal Design" palette (M. Okabe and K. Ito,
/// 2008, https://jfly.uni-koeln.de/color/; popularised by B. Wong, "Points of view:
/// Color blindness", Nature Methods 8, 441, 2011). They are reordered so that the first
/// few series contrast strongly on white, and the yellow, which is faint on white, comes
/// last. Black is left out: it is the colour of text and would read as an annotation.
struct Palette: Sendable {
    var colors: [Color]

    /// The colour of the series at `index`, cycling when there are more series than colours.
    subscript(index: Int) -> Color {
        colors[((index % colors.count) + colors.count) % colors.count]
    }

    static let okabeIto = Palette(colors: [
        .blue, .vermillion, .green, .purple, .orange, .skyBlue, .yellow,
    ])
}
