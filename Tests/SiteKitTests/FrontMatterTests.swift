import Testing
@testable import SiteKit

@Suite struct FrontMatterTests {
    let header = """
        ---
        title: Floating point
        description: Why 0.1 + 0.2 is not 0.3.
        part: 1
        order: 2
        authors: [Ada, Alan]
        date: 2026-11-25
        budget: 30
        ---
        Body.
        """

    @Test func readsEveryField() throws {
        let (front, _) = try FrontMatter.split(header, file: "Content/x.md")
        #expect(front.title == "Floating point")
        #expect(front.description == "Why 0.1 + 0.2 is not 0.3.")
        #expect(front.part == 1)
        #expect(front.order == 2)
        #expect(front.authors == ["Ada", "Alan"])
        #expect(front.date == "2026-11-25")
        #expect(front.budget == 30)
    }

    @Test func bodyKeepsFileLineNumbers() throws {
        let (_, body) = try FrontMatter.split(header, file: "Content/x.md")
        let lines = body.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[9] == "Body.")
        #expect(lines[0..<9].allSatisfy { $0.isEmpty })
    }

    @Test func budgetDefaultsToSixtySeconds() throws {
        let (front, _) = try FrontMatter.split("---\ntitle: T\n---\n", file: "a.md")
        #expect(front.budget == 60)
        #expect(front.authors == [])
    }

    @Test func missingOpeningLineIsAnErrorOnLineOne() {
        #expect(throws: LessonError.frontMatter(
            SourceLocation(file: "a.md", line: 1),
            "a lesson must start with a `---` line that opens its YAML front matter")
        ) { try FrontMatter.split("title: T\n", file: "a.md") }
    }

    @Test func unclosedFrontMatterIsAnError() {
        #expect(throws: LessonError.frontMatter(
            SourceLocation(file: "a.md", line: 1), "the front matter opened here is never closed by a `---` line")
        ) { try FrontMatter.split("---\ntitle: T\n", file: "a.md") }
    }

    @Test func invalidYAMLNamesTheFileLine() throws {
        let text = "---\ntitle: T\norder: [1, 2\n---\n"
        do {
            _ = try FrontMatter.split(text, file: "Content/a.md")
            Issue.record("expected an error")
        } catch let error as LessonError {
            #expect(error.location?.file == "Content/a.md")
            #expect(error.location?.line == 4)
            #expect(error.message.hasPrefix("front matter: invalid YAML"))
        }
    }

    @Test func unknownKeyIsNamedWithItsLine() {
        let text = "---\ntitle: T\ntitel: U\n---\n"
        #expect(throws: LessonError.frontMatter(
            SourceLocation(file: "a.md", line: 3),
            "unknown key `titel` (known keys: authors, budget, data, date, description, order, part, title)")
        ) { try FrontMatter.split(text, file: "a.md") }
    }

    @Test func wrongTypesAreErrors() {
        #expect(throws: LessonError.frontMatter(SourceLocation(file: "a.md", line: 3), "`order` must be a whole number")) {
            try FrontMatter.split("---\ntitle: T\norder: first\n---\n", file: "a.md")
        }
        #expect(throws: LessonError.frontMatter(
            SourceLocation(file: "a.md", line: 3), "`budget` must be a positive number of seconds")
        ) { try FrontMatter.split("---\ntitle: T\nbudget: -1\n---\n", file: "a.md") }
        #expect(throws: LessonError.frontMatter(
            SourceLocation(file: "a.md", line: 3), "`date` must be written YYYY-MM-DD, not `25/11/2026`")
        ) { try FrontMatter.split("---\ntitle: T\ndate: 25/11/2026\n---\n", file: "a.md") }
    }

    @Test func titleIsRequired() {
        #expect(throws: LessonError.frontMatter(SourceLocation(file: "a.md", line: 1), "the required key `title` is missing")) {
            try FrontMatter.split("---\norder: 1\n---\n", file: "a.md")
        }
    }
}
