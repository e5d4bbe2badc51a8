import Testing
@testable import SiteKit

@Suite struct OutputComparisonTests {
    let exact = OutputComparison(tolerance: 0)
    let loose = OutputComparison(tolerance: 1e-3)

    @Test func identicalTextMatches() {
        #expect(exact.matches("loss 0.25\nacc 91%", "loss 0.25\nacc 91%"))
    }

    @Test func trailingWhitespaceAndBlankLinesAreIgnored() {
        #expect(exact.matches("a  \nb\n\n", "a\nb"))
        #expect(!exact.matches(" a", "a"))
    }

    @Test func numbersWithinRelativeToleranceMatch() {
        #expect(loose.matches("loss 1.0004", "loss 1.0"))
        #expect(!loose.matches("loss 1.002", "loss 1.0"))
        #expect(loose.matches("[1.0001, -2.0, 3e-5]", "[1.0, -2.0002, 3.00001e-5]"))
    }

    @Test func zeroToleranceStillAcceptsTheSameValueWrittenAlike() {
        #expect(exact.matches("0.30000000000000004", "0.30000000000000004"))
        #expect(!exact.matches("0.30000000000000004", "0.3"))
    }

    @Test func absoluteToleranceCoversValuesNearZero() {
        let comparison = OutputComparison(tolerance: 1e-6, absoluteTolerance: 1e-12)
        #expect(comparison.matches("error 3e-17", "error -1e-16"))
        #expect(!OutputComparison(tolerance: 1e-6).matches("error 3e-17", "error -1e-16"))
    }

    @Test func textAroundNumbersMustMatchExactly() {
        #expect(!loose.matches("loss 1.0", "Loss 1.0"))
        #expect(!loose.matches("1.0 2.0", "1.0 2.0 3.0"))
    }

    @Test func digitsInsideWordsAreText() {
        let tokens = OutputComparison.tokens("float32 x1 v2.0 -3 a-1")
        #expect(tokens == [
            .text("float32 x1 v2.0 "), .number(-3, "-3"), .text(" a-"), .number(1, "1"),
        ])
    }

    @Test func tokenizesSignsExponentsAndBrackets() {
        let tokens = OutputComparison.tokens("[-1.5e-3, .25]")
        #expect(tokens == [.text("["), .number(-1.5e-3, "-1.5e-3"), .text(", "), .number(0.25, ".25"), .text("]")])
    }

    @Test func nanAndInfinityAreText() {
        #expect(loose.matches("nan inf", "nan inf"))
        #expect(!loose.matches("nan", "inf"))
    }
}
