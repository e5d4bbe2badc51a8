import Foundation
import Testing

@testable import Plot

/// Ticks for limits, with the target a column-width y axis gets (6).
private func ticks(_ limits: ClosedRange<Double>) -> Ticks {
    TickLocator.ticks(for: limits, target: 6)
}

@Test func unitIntervalGetsStepsOfTwoTenths() {
    let t = ticks(-0.05...1.05)
    #expect(t.values == [0, 0.2, 0.4, 0.6, 0.8, 1])
    #expect(t.labels == ["0.0", "0.2", "0.4", "0.6", "0.8", "1.0"])
}

@Test func decimalTicksHaveNoRoundingNoise() {
    let t = ticks(0.1...0.3)
    #expect(t.values == [0.1, 0.15, 0.2, 0.25, 0.3])
    #expect(t.labels == ["0.10", "0.15", "0.20", "0.25", "0.30"])
}

@Test func tinySpanUsesScientificLabels() {
    let t = ticks(0...1e-9)
    #expect(t.values == [0, 2e-10, 4e-10, 6e-10, 8e-10, 1e-9])
    #expect(t.labels == ["0", "2e−10", "4e−10", "6e−10", "8e−10", "1e−9"])
}

@Test func hugeSpanUsesScientificLabels() {
    let t = ticks(0...1e9)
    #expect(t.values == [0, 2e8, 4e8, 6e8, 8e8, 1e9])
    #expect(t.labels == ["0", "2e8", "4e8", "6e8", "8e8", "1e9"])
}

@Test func negativeRangeUsesMinusSign() {
    let t = ticks(-3 ... -1)
    #expect(t.values == [-3, -2.5, -2, -1.5, -1])
    #expect(t.labels == ["−3.0", "−2.5", "−2.0", "−1.5", "−1.0"])
}

@Test func rangeCrossingZeroHasATickAtZero() {
    let t = ticks(-1...2)
    #expect(t.values == [-1, -0.5, 0, 0.5, 1, 1.5, 2])
    #expect(t.labels[2] == "0.0")
}

@Test func constantDataGetsACentredAxis() {
    let limits = AxisLimits.fitted(lower: 5, upper: 5, padding: 0.05)
    #expect(limits == 4.5...5.5)
    #expect(ticks(limits).values == [4.6, 4.8, 5, 5.2, 5.4])
    #expect(AxisLimits.fitted(lower: 0, upper: 0, padding: 0.05) == -1...1)
    #expect(ticks(-1...1).values == [-1, -0.5, 0, 0.5, 1])
}

@Test func tinySpanAroundAnOffsetKeepsEnoughDecimals() {
    let t = ticks(1...(1 + 1e-9))
    #expect(t.labels.first == "1.0000000000")
    #expect(t.labels.last == "1.0000000010")
    #expect(Set(t.labels).count == t.labels.count)
}

@Test func twoAndAHalfIsUsedWhenItIsTheOnlyGoodFit() {
    // 0...10 with 4 ticks wanted: 0, 2.5, 5, 7.5, 10 beats 0, 5, 10.
    let t = TickLocator.ticks(for: 0...10, target: 4.5)
    #expect(t.labels == ["0.0", "2.5", "5.0", "7.5", "10.0"])
}

/// Over limits from 1e-12 to 1e12 wide, at many offsets: ticks are inside the limits,
/// evenly spaced at a nice step, 4 to 8 of them, and their labels read back as their values.
@Test func ticksAreNiceAndInsideLimitsOverManyRanges() {
    var seed: UInt64 = 42
    func uniform() -> Double {  // a small linear congruential generator: fixed sequence
        seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return Double(seed >> 11) / Double(1 << 53)
    }
    for _ in 0..<2000 {
        let span = pow(10, uniform() * 24 - 12)
        let lower = (uniform() * 2 - 1) * span * pow(10, uniform() * 3)
        let limits = lower...(lower + span)
        let t = ticks(limits)
        #expect((4...8).contains(t.values.count), "\(limits): \(t.labels)")
        #expect(t.values.allSatisfy { limits.contains($0) || abs($0 - lower) < 1e-9 * span })
        let steps = zip(t.values, t.values.dropFirst()).map { $1 - $0 }
        let step = steps[0]
        #expect(steps.allSatisfy { abs($0 - step) <= 1e-6 * step })
        let mantissa = step / pow(10, floor(log10(step)))
        #expect([1, 2, 2.5, 5, 10].contains { abs(mantissa - $0) < 1e-6 }, "step \(step)")
        for (value, label) in zip(t.values, t.labels) {
            let parsed = Double(label.replacingOccurrences(of: "−", with: "-"))!
            #expect(abs(parsed - value) <= 1e-9 * step, "\(label) for \(value)")
        }
    }
}
