import Testing
@testable import SiteKit

@Suite struct AnnotationScannerTests {
    @Test func findsMarginNotesAndKeepsTheLineCount() {
        let text = "One ^[a *note* with [brackets]] here.\nTwo ^[spans\ntwo lines] end.\nThree"
        let scanner = AnnotationScanner(text)
        #expect(scanner.sidenotes.map(\.markdown) == ["a *note* with [brackets]", "spans two lines"])
        #expect(scanner.sidenotes.map(\.line) == [1, 2])
        #expect(scanner.text == "One SIDENOTEPLACEHOLDER0X here.\nTwo SIDENOTEPLACEHOLDER1X\nNOTELINEPADX end.\nThree")
        #expect(scanner.text.split(separator: "\n", omittingEmptySubsequences: false).count == 4)
    }

    @Test func aMarginNoteNeverClosedIsReportedAtItsLine() {
        let scanner = AnnotationScanner("Fine.\n\nOpen ^[never closed\n\nNext paragraph.")
        #expect(scanner.sidenotes.isEmpty)
        #expect(scanner.unclosedSidenotes == [3])
        #expect(scanner.text == "Fine.\n\nOpen ^[never closed\n\nNext paragraph.")
    }

    @Test func findsCitationsWithLocatorsAndSeveralKeys() {
        let scanner = AnnotationScanner("As shown [@kahan1965] and [@higham2002, ch. 4; @goldberg1991].\n[@a:b-c.d]")
        #expect(scanner.citations.map { $0.items.map(\.key) } == [["kahan1965"], ["higham2002", "goldberg1991"], ["a:b-c.d"]])
        #expect(scanner.citations[1].items.map(\.locator) == ["ch. 4", nil])
        #expect(scanner.citations.map(\.line) == [1, 1, 2])
        #expect(scanner.text == "As shown CITATIONPLACEHOLDER0X and CITATIONPLACEHOLDER1X.\nCITATIONPLACEHOLDER2X")
    }

    @Test func leavesLinksEmailsAndCodeAlone() {
        let text = """
            A link [@handle](https://example.org), an address [@ somewhere],
            [@ref]: https://example.org
            code `[@inline] ^[not a note]`, and a fence:
            ```swift
            let a = [@escaping] ^[x]
            ```
            escaped \\^[no] and \\[@no]
            """
        let scanner = AnnotationScanner(text)
        #expect(scanner.citations.isEmpty)
        #expect(scanner.sidenotes.isEmpty)
        #expect(scanner.text == text)
    }

    @Test func aCitationBeforeAColonMidSentenceIsACitation() {
        let scanner = AnnotationScanner("The rule is simple [@lloyd1982]: alternate.")
        #expect(scanner.citations.map { $0.items.map(\.key) } == [["lloyd1982"]])
    }

    @Test func citationsInsideAMarginNoteAreFound() {
        let scanner = AnnotationScanner("Text.^[See [@kahan1965].]")
        #expect(scanner.citations.map(\.items.first?.key) == ["kahan1965"])
        #expect(scanner.sidenotes.first?.markdown == "See CITATIONPLACEHOLDER0X.")
    }

    @Test func recordsFootnoteReferencesAndDefinitions() {
        let scanner = AnnotationScanner("Text[^one] and[^two].\n\n[^one]: The note.\n  [^three]: Unused.\n")
        #expect(scanner.footnoteReferences.map(\.label) == ["one", "two"])
        #expect(scanner.footnoteDefinitions.map(\.label) == ["one", "three"])
        #expect(scanner.footnoteDefinitions.map(\.line) == [3, 4])
    }
}
