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
}
