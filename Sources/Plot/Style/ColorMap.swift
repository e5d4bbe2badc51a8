/// A continuous colour map: values in 0...1 to colours, for heatmaps, contours, colour
/// bars and scatter points coloured by value.
///
/// - ``viridis`` and ``magma`` are perceptually uniform and readable in grey and by
///   colour-blind readers (N. Smith and S. van der Walt, "A better default colormap for
///   matplotlib", SciPy 2015; the 256-entry tables published with matplotlib 1.5).
/// - ``diverging`` runs from blue through white to red, for signed data centred on zero
///   (C. Brewer, ColorBrewer 2.0 "RdBu", 11 classes, reversed so negative is blue).
/// - ``greys`` runs from black to white, for images such as digits and faces.
///
///     axes.image(weights, colorMap: .diverging)
///     let mid = ColorMap.viridis(0.5)   // #21918C
public struct ColorMap: Sendable, Equatable {
    /// The map's name, as matplotlib spells it where it has one.
    ///
    ///     ColorMap.viridis.name   // "viridis"
    public let name: String
    /// Colours at evenly spaced positions from 0 to 1, interpolated linearly between.
    let stops: [Color]
    /// Whether the map is meant for data centred on a midpoint; automatic ranges for a
    /// diverging map are made symmetric about zero.
    ///
    ///     ColorMap.diverging.isDiverging   // true
    public let isDiverging: Bool

    /// A map through `colors`, evenly spaced from 0 to 1.
    ///
    ///     let heat = ColorMap(name: "heat", colors: [.white, .orange, .vermillion])
    public init(name: String, colors: [Color], isDiverging: Bool = false) {
        precondition(colors.count >= 2, "ColorMap \(name) needs at least two colours")
        self.name = name
        stops = colors
        self.isDiverging = isDiverging
    }

    /// The colour at `t`, clamped to 0...1; NaN gives a transparent colour.
    ///
    ///     ColorMap.viridis(0).hex   // 0x440154
    public func callAsFunction(_ t: Double) -> Color {
        guard !t.isNaN else { return Color(hex: 0xFFFFFF, alpha: 0) }
        let position = min(max(t, 0), 1) * Double(stops.count - 1)
        let lower = min(Int(position), stops.count - 2)
        let f = position - Double(lower)
        let a = stops[lower], b = stops[lower + 1]
        return Color(
            red: a.red + (b.red - a.red) * f, green: a.green + (b.green - a.green) * f,
            blue: a.blue + (b.blue - a.blue) * f, alpha: a.alpha + (b.alpha - a.alpha) * f)
    }

    /// The same map run backwards.
    ///
    ///     axes.image(distances, colorMap: ColorMap.magma.reversed())
    public func reversed() -> ColorMap {
        ColorMap(name: name + "_r", colors: stops.reversed(), isDiverging: isDiverging)
    }

    /// Perceptually uniform, dark blue to yellow: the default for heatmaps and contours.
    public static let viridis = ColorMap(name: "viridis", hexTable: ColorMapTables.viridis)
    /// Perceptually uniform, black through purple to pale yellow.
    public static let magma = ColorMap(name: "magma", hexTable: ColorMapTables.magma)
    /// Blue (low) through white to red (high), for signed data.
    public static let diverging = ColorMap(
        name: "RdBu_r",
        colors: [
            0x053061, 0x2166AC, 0x4393C3, 0x92C5DE, 0xD1E5F0, 0xF7F7F7,
            0xFDDBC7, 0xF4A582, 0xD6604D, 0xB2182B, 0x67001F,
        ].map { Color(hex: $0) }, isDiverging: true)
    /// Black (low) to white (high), linear in sRGB.
    public static let greys = ColorMap(name: "gray", colors: [Color(hex: 0x000000), Color(hex: 0xFFFFFF)])

    /// A map from a table of `RRGGBB` hex digits, six per colour.
    init(name: String, hexTable: [String]) {
        let digits = Array(hexTable.joined().utf8)
        let colors = stride(from: 0, to: digits.count, by: 6).map { start in
            Color(hex: UInt32(String(decoding: digits[start..<start + 6], as: UTF8.self), radix: 16)!)
        }
        self.init(name: name, colors: colors)
    }
}
