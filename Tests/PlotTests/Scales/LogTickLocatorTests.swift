import Foundation
import Testing

@testable import Plot

private func logTicks(_ limits: ClosedRange<Double>, target: Double = 5) -> Ticks {
    TickLocator.candidates(for: limits, scale: .log, target: target)[0]
}

@Test func logAxisGetsDecadesWithPlainLabelsNearOne() {
    let t = logTicks(0.0008...1200)
    #expect(t.values == [0.001, 0.01, 0.1, 1, 10, 100, 1000])
    #expect(t.labels == ["0.001", "0.01", "0.1", "1", "10", "100", "1000"])
    #expect(t.minor.contains(2) && t.minor.contains(0.005) && !t.minor.contains(10))
}

@Test func farDecadesUseSuperscriptPowers() {
    let t = logTicks(1e-7...2e-2)
    #expect(t.labels.first == "10⁻⁷" || t.labels.first == "10⁻⁶")
    #expect(t.labels.allSatisfy { $0.hasPrefix("10") })
    #expect(TickLabelFormatter.powerLabels([(1, 12), (2, -5)]) == ["10¹²", "2×10⁻⁵"])
}

@Test func hugeLogRangesAreThinnedToEveryFewDecades() {
    let t = logTicks(1e-300...1e300)
    #expect((2...8).contains(t.values.count))
    let exponents = t.values.map { log10($0).rounded() }
    let steps = Set(zip(exponents, exponents.dropFirst()).map { $1 - $0 })
    #expect(steps.count == 1 && steps.first! >= 50)
}

@Test func lessThanADecadeGetsOneTwoFiveSteps() {
    let t = logTicks(0.87...18.4, target: 3.2)
    #expect(t.values == [1, 2, 5, 10])
    let narrow = logTicks(3...7)  // no power of ten inside: falls back to linear ticks
    #expect(narrow.values.count >= 2 && narrow.values.allSatisfy { (3...7).contains($0) })
}

@Test func symlogTicksAreZeroAndSymmetricDecades() {
    let t = TickLocator.candidates(for: -2000...2000, scale: .symlog(linearWidth: 1), target: 7)[0]
    #expect(t.values.contains(0))
    #expect(t.values == t.values.reversed().map { -$0 })
    #expect(t.labels.contains("100") && t.labels.contains("−100"))
    #expect(t.values.allSatisfy { $0 == 0 || [1.0, 10, 100, 1000].contains(abs($0)) })
}

@Test func scalesRoundTripAndRejectWhatTheyCannotShow() {
    for scale in [Scale.linear, .log, .symlog(linearWidth: 0.5)] {
        for v in [0.001, 0.7, 3, 12_345.6] {
            #expect(abs(scale.inverse(scale.forward(v)) - v) <= 1e-12 * v)
        }
    }
    #expect(Scale.symlog(linearWidth: 2).forward(-1) == -0.5)
    #expect(Scale.symlog(linearWidth: 2).forward(-20) == -2)
    #expect(!Scale.log.accepts(0) && !Scale.log.accepts(-1) && Scale.symlog().accepts(-1))
    #expect(!Scale.linear.accepts(.nan) && !Scale.linear.accepts(.infinity))
}

/// Over log ranges from a tenth of a decade to 600 decades, at many offsets: ticks are
/// inside the limits, ascending, 2 to 8 of them, with distinct labels.
@Test func logTicksAreInsideLimitsOverManyRanges() {
    var seed: UInt64 = 7
    func uniform() -> Double {
        seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return Double(seed >> 11) / Double(1 << 53)
    }
    for _ in 0..<1000 {
        let decades = pow(10, uniform() * 3.8 - 1)  // 0.1 ... 600
        let start = (uniform() * 2 - 1) * (300 - decades / 2)
        let limits = pow(10, start)...pow(10, start + decades)
        for target in [3.0, 6.0] {
            let t = logTicks(limits, target: target)
            #expect((2...8).contains(t.values.count), "\(limits): \(t.labels)")
            #expect(t.values.allSatisfy { $0 >= limits.lowerBound * (1 - 1e-9) && $0 <= limits.upperBound * (1 + 1e-9) })
            #expect(zip(t.values, t.values.dropFirst()).allSatisfy { $0 < $1 })
            #expect(Set(t.labels).count == t.labels.count, "\(limits): \(t.labels)")
        }
    }
}

@Test func compactLabelsAreShortAndExact() {
    #expect(TickLabelFormatter.compactLabels([0, 0.25, -3, 1e-7 * 1.5, 2e6, 1000]) == ["0", "0.25", "−3", "1.5e−7", "2e6", "1000"])
}
