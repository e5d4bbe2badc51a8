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
        colors[index % colors.count]
    }

    static let okabeIto = Palette(colors: [
        Color(hex: 0x0072B2),  // blue
        Color(hex: 0xD55E00),  // vermillion
        Color(hex: 0x009E73),  // bluish green
        Color(hex: 0xCC79A7),  // reddish purple
        Color(hex: 0xE69F00),  // orange
        Color(hex: 0x56B4E9),  // sky blue
        Color(hex: 0xF0E442),  // yellow
    ])
}
