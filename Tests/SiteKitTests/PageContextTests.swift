import Foundation
import Testing
@testable import SiteKit

@Suite struct PageContextTests {
    @Test func writesDatesForReaders() {
        #expect(PageContext.readableDate("2026-11-25") == "November 25, 2026")
        #expect(PageContext.readableDate("soon") == "soon")
    }

    @Test func theIndexListsPlannedLessonsWithoutLinks() throws {
        let lesson = try LessonParser.parse("---\ntitle: Floating point\npart: 1\n---\nText.\n", path: "floating-point.md", slug: "floating-point")
        let context = PageContext.index([(lesson, nil)])
        let parts = try #require(context["parts"] as? [[String: Any]])
        #expect(parts.count == 7)
        let first = parts[0]
        #expect((first["lessons"] as? [[String: Any]])?.map { $0["slug"] as? String } == ["floating-point"])
        let planned = (first["planned"] as? [[String: String]])?.map { $0["title"] } ?? []
        #expect(!planned.contains("Floating point"))
        #expect(planned.contains("Matrix multiplication"))
        #expect((parts[6]["lessons"] as? [[String: Any]])?.isEmpty == true)
    }

    @Test func offersABibTeXEntryForTheLesson() throws {
        let lesson = try LessonParser.parse("---\ntitle: Reverse mode\nauthors: [A, B]\ndate: 2026-11-25\n---\n", path: "r.md", slug: "reverse-mode")
        #expect(PageContext.bibtex(lesson) == """
            @misc{underbrace2026reversemode,
              title  = {Reverse mode},
              author = {A and B},
              year   = {2026},
              note   = {Underbrace: machine learning from first principles}
            }
            """)
    }
}

@Suite struct KatexAssetsTests {
    @Test func katexStylesheetNamesOnlyTheShippedWOFF2Files() {
        let css = """
            @font-face{font-family:KaTeX_AMS;src:url(fonts/KaTeX_AMS-Regular.woff2) format('woff2'),url(fonts/KaTeX_AMS-Regular.woff) format('woff'),url(fonts/KaTeX_AMS-Regular.ttf) format('truetype');font-weight:400}\
            @font-face{font-family:KaTeX_Size1;src:url(fonts/KaTeX_Size1-Regular.woff2) format('woff2'),url(fonts/KaTeX_Size1-Regular.ttf) format('truetype')}
            """
        #expect(SiteWriter.woff2Only(css) == """
            @font-face{font-family:KaTeX_AMS;src:url(fonts/KaTeX_AMS-Regular.woff2) format('woff2');font-weight:400}\
            @font-face{font-family:KaTeX_Size1;src:url(fonts/KaTeX_Size1-Regular.woff2) format('woff2')}
            """)
    }
}
