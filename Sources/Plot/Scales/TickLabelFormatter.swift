import Foundation

/// Writes tick labels exactly from their decimal value, compactly.
///
/// Plain decimals carry as many decimal places as the step needs, the same on every
/// label of an axis (0.0, 0.5, 1.0). Values of a million or more, or all below 0.001,
/// use scientific notation with a trimmed mantissa (2e6, 2.5e−7). Negative numbers use
/// the typographic minus sign U+2212, as in printed mathematics.
enum TickLabelFormatter {
    static let minus = "\u{2212}"

    /// Labels for ticks `indices × step`.
    static func labels(indices: ClosedRange<Int>, step: TickStep) -> [String] {
        let significands = indices.map { $0 * step.digits }
        let largest = significands.map { abs($0) }.max() ?? 0
        let magnitude = TickStep.decimal(largest, step.exponent)
        let scientific = magnitude >= 1e6 || (magnitude > 0 && magnitude < 1e-3)
        return significands.map {
            scientific
                ? self.scientific($0, step.exponent) : fixed($0, exponent: step.exponent)
        }
    }

    /// `significand × 10^exponent` as a plain decimal with exactly −exponent decimal
    /// places, or as a whole number when the exponent is not negative: (5, −1) → 0.5.
    static func fixed(_ significand: Int, exponent: Int) -> String {
        let sign = significand < 0 ? minus : ""
        var digits = String(significand.magnitude)
        if exponent >= 0 {
            return significand == 0 ? "0" : sign + digits + String(repeating: "0", count: exponent)
        }
        let decimals = -exponent
        if digits.count <= decimals {
            digits = String(repeating: "0", count: decimals + 1 - digits.count) + digits
        }
        let point = digits.index(digits.endIndex, offsetBy: -decimals)
        return (significand == 0 ? "" : sign) + digits[..<point] + "." + digits[point...]
    }

    /// `significand × 10^exponent` as `d.ddde±x`, without trailing zeros: 2.5e−7, 1e9.
    static func scientific(_ significand: Int, _ exponent: Int) -> String {
        guard significand != 0 else { return "0" }
        var mantissa = significand.magnitude
        var power = exponent
        while mantissa % 10 == 0 {
            mantissa /= 10
            power += 1
        }
        let digits = String(mantissa)
        power += digits.count - 1
        let written = digits.count == 1 ? digits : "\(digits.first!).\(digits.dropFirst())"
        let sign = significand < 0 ? minus : ""
        return sign + written + "e" + (power < 0 ? minus : "") + String(power.magnitude)
    }

    /// Labels for ticks `m × 10^e` on a log axis: plain decimals (0.01, 200) when every
    /// tick lies between 0.001 and 10000, otherwise powers of ten with superscript
    /// exponents (10⁻⁶, 2×10⁵), which DejaVu Sans draws.
    static func powerLabels(_ ticks: [(significand: Int, exponent: Int)]) -> [String] {
        let plain = ticks.allSatisfy { (-3...4).contains($0.exponent) }
        return ticks.map { m, e in
            if plain { return fixed(m, exponent: e) }
            let power = "10" + superscript(e)
            return m == 1 ? power : "\(m)×" + power
        }
    }

    /// `exponent` in superscript digits, with a superscript minus: −12 → ⁻¹².
    static func superscript(_ exponent: Int) -> String {
        let digits: [Character] = ["⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"]
        let body = String(exponent.magnitude).map { digits[Int(String($0))!] }
        return (exponent < 0 ? "⁻" : "") + String(body)
    }

    /// Short labels for arbitrary tick values (a symlog axis, a colour bar's levels):
    /// up to 6 significant digits, no trailing zeros, scientific outside 0.001...10⁶.
    static func compactLabels(_ values: [Double]) -> [String] {
        values.map(compact)
    }

    /// One value written shortly: 0.25, −3, 1.5e−7, 2e6.
    static func compact(_ value: Double) -> String {
        if value == 0 { return "0" }
        let magnitude = abs(value)
        let sign = value < 0 ? minus : ""
        if magnitude >= 1e6 || magnitude < 1e-3 {
            let exponent = Int(floor(log10(magnitude)))
            var mantissa = trimmed(String(format: "%.5f", magnitude / pow(10, Double(exponent))))
            var power = exponent
            if mantissa == "10" { mantissa = "1"; power += 1 }
            return sign + mantissa + "e" + (power < 0 ? minus : "") + String(power.magnitude)
        }
        let decimals = max(0, 5 - Int(floor(log10(magnitude))))
        return sign + trimmed(String(format: "%.\(decimals)f", magnitude))
    }

    /// A decimal without trailing zeros or a trailing point: "2.500" → "2.5", "3.0" → "3".
    private static func trimmed(_ text: String) -> String {
        guard text.contains(".") else { return text }
        var text = Substring(text)
        while text.last == "0" { text = text.dropLast() }
        if text.last == "." { text = text.dropLast() }
        return String(text)
    }
}
