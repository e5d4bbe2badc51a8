/// A distance between ticks that is a "nice number": 1, 2, 2.5 or 5 times a power of ten.
///
/// The step is kept as an exact decimal, `digits × 10^exponent` with digits 1, 2, 25 or 5,
/// so tick values and labels come from integers and never show rounding noise such as
/// `0.30000000000000004`.
struct TickStep: Equatable, Sendable {
    /// 1, 2, 5, or 25 (which stands for 2.5 one decade up).
    var digits: Int
    var exponent: Int

    /// The step as a `Double`.
    var value: Double { Self.decimal(digits, exponent) }

    /// The value of tick number `index` (tick 0 is zero), the `Double` nearest to the
    /// decimal `index × digits × 10^exponent`.
    func tick(_ index: Int) -> Double {
        Self.decimal(index * digits, exponent)
    }

    /// The `Double` nearest to `significand × 10^exponent`, correctly rounded by
    /// parsing the decimal literal.
    static func decimal(_ significand: Int, _ exponent: Int) -> Double {
        Double("\(significand)e\(exponent)")!
    }
}
