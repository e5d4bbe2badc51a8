/// An sRGB colour with opacity, each component in 0...1.
///
/// Series take the next colour of the categorical palette by themselves; pass a colour
/// only to tie a mark to another one (a band to its line, a fit to its data).
///
///     axes.line(y: fit, label: "fit", color: .black, style: .dashed)
///     axes.scatter(x: xs, y: ys, color: Color(hex: 0x0072B2, alpha: 0.5))
public struct Color: Hashable, Sendable {
    /// Red, 0...1.
    public var red: Double
    /// Green, 0...1.
    public var green: Double
    /// Blue, 0...1.
    public var blue: Double
    /// Opacity, 0 (transparent) ... 1 (opaque).
    public var alpha: Double

    /// A colour from its components, each in 0...1.
    ///
    ///     let orange = Color(red: 0.9, green: 0.6, blue: 0)
    public init(red: Double, green: Double, blue: Double, alpha: Double = 1) {
        self.red = red
        self.green = green
        self.blue = blue
        self.alpha = alpha
    }

    /// A colour from a 24-bit `0xRRGGBB` value, as colours are written in CSS.
    ///
    ///     let vermillion = Color(hex: 0xD55E00)
    public init(hex: UInt32, alpha: Double = 1) {
        red = Double((hex >> 16) & 0xFF) / 255
        green = Double((hex >> 8) & 0xFF) / 255
        blue = Double(hex & 0xFF) / 255
        self.alpha = alpha
    }

    /// The same colour with opacity `alpha`.
    ///
    ///     let faint = Color.blue.opacity(0.2)
    public func opacity(_ alpha: Double) -> Color {
        Color(red: red, green: green, blue: blue, alpha: alpha)
    }

    /// This colour mixed with white: 0 leaves it, 1 gives white. An opaque tint, for
    /// fills that must not darken where they overlap.
    ///
    ///     let background = Color.orange.tinted(0.75)
    public func tinted(_ amount: Double) -> Color {
        Color(
            red: red + (1 - red) * amount, green: green + (1 - green) * amount,
            blue: blue + (1 - blue) * amount, alpha: alpha)
    }

    /// The colour as `0xRRGGBB`, each component rounded to 8 bits (opacity dropped).
    ///
    ///     Color.blue.hex   // 0x0072B2
    public var hex: UInt32 {
        func byte(_ c: Double) -> UInt32 { UInt32((min(max(c, 0), 1) * 255).rounded()) }
        return byte(red) << 16 | byte(green) << 8 | byte(blue)
    }

    /// Relative luminance (WCAG 2), 0 for black and 1 for white; decides whether text
    /// drawn on this colour should be dark or light.
    var luminance: Double {
        func linear(_ c: Double) -> Double { c <= 0.04045 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4) }
        return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue)
    }

    /// The `index`-th colour of the categorical palette (cycling), the colour the
    /// `index`-th series of an axes gets.
    ///
    ///     let second = Color.palette(1)   // vermillion
    public static func palette(_ index: Int) -> Color { Palette.okabeIto[index] }

    /// Palette blue, the first series' colour.
    public static let blue = Color(hex: 0x0072B2)
    /// Palette vermillion, the second series' colour.
    public static let vermillion = Color(hex: 0xD55E00)
    /// Palette bluish green, the third series' colour.
    public static let green = Color(hex: 0x009E73)
    /// Palette reddish purple, the fourth series' colour.
    public static let purple = Color(hex: 0xCC79A7)
    /// Palette orange, the fifth series' colour.
    public static let orange = Color(hex: 0xE69F00)
    /// Palette sky blue, the sixth series' colour.
    public static let skyBlue = Color(hex: 0x56B4E9)
    /// Palette yellow, the seventh series' colour (faint on white).
    public static let yellow = Color(hex: 0xF0E442)
    /// Near-black, the colour of text, for reference lines and annotations.
    public static let black = Color(hex: 0x222222)
    /// Mid grey, for secondary reference lines.
    public static let gray = Color(hex: 0x888888)
    /// White.
    public static let white = Color(hex: 0xFFFFFF)
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
