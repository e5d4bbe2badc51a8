import Testing

@testable import Plot

@Test func fixedLabelsCarryTheStepsDecimals() {
    #expect(TickLabelFormatter.fixed(5, exponent: -1) == "0.5")
    #expect(TickLabelFormatter.fixed(-25, exponent: -2) == "−0.25")
    #expect(TickLabelFormatter.fixed(0, exponent: -2) == "0.00")
    #expect(TickLabelFormatter.fixed(120, exponent: -1) == "12.0")
    #expect(TickLabelFormatter.fixed(3, exponent: 2) == "300")
    #expect(TickLabelFormatter.fixed(0, exponent: 1) == "0")
}

@Test func scientificLabelsTrimTheMantissa() {
    #expect(TickLabelFormatter.scientific(25, -8) == "2.5e−7")
    #expect(TickLabelFormatter.scientific(10, 8) == "1e9")
    #expect(TickLabelFormatter.scientific(-3, -6) == "−3e−6")
    #expect(TickLabelFormatter.scientific(0, -6) == "0")
    #expect(TickLabelFormatter.scientific(125, 0) == "1.25e2")
}

@Test func scientificNotationStartsAtAMillionAndBelowAThousandth() {
    let millions = TickLabelFormatter.labels(indices: 0...2, step: TickStep(digits: 5, exponent: 5))
    #expect(millions == ["0", "5e5", "1e6"])
    let thousands = TickLabelFormatter.labels(indices: 0...2, step: TickStep(digits: 2, exponent: 5))
    #expect(thousands == ["0", "200000", "400000"])
    let small = TickLabelFormatter.labels(indices: 1...3, step: TickStep(digits: 25, exponent: -5))
    #expect(small == ["2.5e−4", "5e−4", "7.5e−4"])
}
