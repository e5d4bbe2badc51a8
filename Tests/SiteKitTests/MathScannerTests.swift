import Testing
@testable import SiteKit

@Suite struct MathScannerTests {
    @Test func findsInlineAndDisplayFormulas() {
        let scanner = MathScanner("Energy $E = mc^2$ here.\n\n$$\n\\sum_i x_i\n$$\nafter")
        #expect(scanner.formulas.map(\.tex) == ["E = mc^2", "\\sum_i x_i"])
        #expect(scanner.formulas.map(\.display) == [false, true])
        #expect(scanner.formulas.map(\.line) == [1, 3])
        #expect(scanner.text == "Energy MATHPLACEHOLDER0X here.\n\nMATHPLACEHOLDER1X\n\n\nafter")
    }

    @Test func keepsTheLineCount() {
        let text = "a $x$\n$$\ny\n$$\nb"
        let scanner = MathScanner(text)
        #expect(scanner.text.split(separator: "\n", omittingEmptySubsequences: false).count
                == text.split(separator: "\n", omittingEmptySubsequences: false).count)
    }

    @Test func leavesCodeAlone() {
        let scanner = MathScanner("`$x$` and\n```swift\nlet s = \"$a$\"\n```\n$y$")
        #expect(scanner.formulas.map(\.tex) == ["y"])
        #expect(scanner.formulas.first?.line == 5)
    }

    @Test func dollarsThatAreNotMath() {
        #expect(MathScanner("costs $5 and $6 today").formulas.isEmpty)
        #expect(MathScanner("escaped \\$x\\$ dollars").formulas.isEmpty)
        #expect(MathScanner("a $ b $ c").formulas.isEmpty)
        #expect(MathScanner("unclosed $x\n\nacross a paragraph$").formulas.isEmpty)
        #expect(MathScanner("unclosed $x at the end\n").formulas.isEmpty)
    }

    @Test func anInlineFormulaMayWrapOntoTheNextLine() {
        let scanner = MathScanner("where $a +\nb = c$ holds\n$d$")
        #expect(scanner.formulas.map(\.tex) == ["a +\nb = c", "d"])
        #expect(scanner.formulas.map(\.line) == [1, 3])
        #expect(scanner.text == "where MATHPLACEHOLDER0X\n holds\nMATHPLACEHOLDER1X")
    }
}
