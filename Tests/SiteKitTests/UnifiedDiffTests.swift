import Testing
@testable import SiteKit

@Suite struct UnifiedDiffTests {
    @Test func showsAChangedLineWithContext() {
        let diff = UnifiedDiff.make(old: "a\nb\nc", new: "a\nB\nc")
        #expect(diff == """
            --- recorded
            +++ fresh
            @@ -1,3 +1,3 @@
             a
            -b
            +B
             c
            """)
    }

    @Test func separatesDistantChangesIntoHunks() {
        let old = (1...20).map(String.init).joined(separator: "\n")
        let new = old.replacingOccurrences(of: "\n2\n", with: "\ntwo\n").replacingOccurrences(of: "\n19\n", with: "\nnineteen\n")
        let diff = UnifiedDiff.make(old: old, new: new, context: 1)
        #expect(diff.components(separatedBy: "@@ ").count - 1 == 2)
        #expect(diff.contains("-2\n+two"))
        #expect(diff.contains("-19\n+nineteen"))
    }

    @Test func handlesInsertionIntoEmpty() {
        #expect(UnifiedDiff.make(old: "", new: "x").contains("+x"))
    }
}
