import Foundation
import Testing
import SiteKit

/// Each mistake a lesson author will make is reported at its Markdown file and line, and
/// never stops the other lessons of the folder from building.
@Suite struct LessonErrorTests {
    /// A folder of lessons, one good and one per kind of mistake, built once for the suite.
    final class Fixture: Sendable {
        let folder: URL
        let report: SiteReport
        let output: URL

        init() {
            folder = FileManager.default.temporaryDirectory.appendingPathComponent("ub-lessons-\(UUID().uuidString)")
            output = folder.appendingPathComponent("out")
            let content = folder.appendingPathComponent("Content")
            try! FileManager.default.createDirectory(at: content, withIntermediateDirectories: true)
            for (name, text) in Self.lessons {
                try! Data(text.utf8).write(to: content.appendingPathComponent("\(name).md"))
            }
            try! Data(Self.bibliography.utf8).write(to: content.appendingPathComponent("references.bib"))
            var options = PackagePaths.options(content: content.path, work: "underbrace-errortests")
            options.output = output.path
            options.useCache = false
            report = SiteBuilder(options: options, toolchain: PackagePaths.toolchain).build()
        }

        deinit { try? FileManager.default.removeItem(at: folder) }

        static let lessons: [String: String] = [
            "good": "---\ntitle: Good\n---\nProse $x^2$.\n\n```swift\nprint(6 * 7)\n```\n```output\n42\n```\n",
            "type-error": "---\ntitle: Type error\n---\n\n```swift\nlet ok = 1\n```\n\n```swift\nlet s: String = ok\n```\n",
            "trap": "---\ntitle: Trap\n---\n```swift\nlet xs = [1, 2, 3]\nprint(\"before\")\n```\n```output\nbefore\n```\n\n```swift\nlet i = xs.count + 2\nprint(xs[i])\n```\n",
            "fatal": "---\ntitle: Fatal\n---\n```swift\nprint(1)\n\nfatalError(\"the reason\")\n```\n",
            "endless": "---\ntitle: Endless\nbudget: 2\n---\n```swift\nprint(\"start\")\n```\n```output\nstart\n```\n\n```swift\nvar n = 0\nwhile n >= 0 { n = (n &+ 1) % 7 }\n```\n",
            "bad-front-matter": "---\ntitle: Bad\norder: [1,\n---\n```swift\nprint(1)\n```\n",
            "unterminated": "---\ntitle: Unterminated\n---\nProse.\n\n```swift\nprint(1)\n",
            "missing-data": "---\ntitle: Missing data\n---\n```swift\nlet url = try DataLocator.file(\"no-such-set/data.csv\")\nprint(url)\n```\n",
            "shape": "---\ntitle: Shape\n---\n```swift\nlet a = Tensor<Double>([1, 2])\nlet b = matmul(a, Tensor<Double>([1, 2, 3]))\n```\n",
            "stale": "---\ntitle: Stale\n---\n```swift\nprint(41 + 1)\n```\n```output\n41\n```\n",
            "bad-math": "---\ntitle: Bad math\n---\nFine $a$.\n\nBroken $\\frac{1}{$ here.\n",
            "citing": "---\ntitle: Citing\npart: 2\n---\nAs shown [@good2020].^[A margin note.]\n\n```swift\nlet x = 1\nprint(x)\n```\n```output\n1\n```\n",
            "bad-citation": "---\ntitle: Bad citation\n---\nFine.\n\nAs shown [@nokey].\n",
        ]

        static let bibliography = """
            @article{good2020,
              author = {Good, Author},
              title  = {A Good Paper},
              year   = {2020}
            }

            @article{broken2021,
              title = {Missing its closing brace},
              year  = 2021

            @book{after2022, title = {Read after the broken one}}
            """

        func errors(_ name: String) -> [LessonError] {
            report.outcomes.first { $0.path.hasSuffix("/\(name).md") }?.errors ?? []
        }

        func path(_ name: String) -> String { folder.appendingPathComponent("Content/\(name).md").path }
    }

    static let fixture = Fixture()
    var fixture: Fixture { Self.fixture }

    @Test func theGoodLessonStillBuilds() throws {
        #expect(fixture.errors("good").isEmpty)
        let page = try String(contentsOf: fixture.output.appendingPathComponent("good/index.html"), encoding: .utf8)
        #expect(page.contains("<code>42</code>"))
        #expect(page.contains("class=\"katex\""))
        let index = try String(contentsOf: fixture.output.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(index.contains("good/index.html"))
        #expect(!index.contains("trap/index.html"))
        #expect(!fixture.report.succeeded)
    }

    @Test func aTypeErrorNamesTheMarkdownLine() throws {
        let errors = fixture.errors("type-error")
        let error = try #require(errors.first)
        #expect(error.location == SourceLocation(file: fixture.path("type-error"), line: 10))
        #expect(error.message.contains("cannot convert value of type 'Int' to specified type 'String'"))
        #expect(error.description.contains("let s: String = ok"))
    }

    @Test func aTrapNamesItsMessageAndBlock() throws {
        let error = try #require(fixture.errors("trap").first)
        guard case .crash(let location, let message, let partial) = error else {
            Issue.record("expected a crash, got \(error)")
            return
        }
        #expect(location.file == fixture.path("trap"))
        #expect(location.line == 14)
        #expect(message.contains("Index out of range"))
        #expect(partial == "")
        #expect(fixture.errors("trap").count == 1)
    }

    @Test func aFatalErrorNamesItsOwnLineAndKeepsThePartialOutput() throws {
        let error = try #require(fixture.errors("fatal").first)
        guard case .crash(let location, let message, let partial) = error else {
            Issue.record("expected a crash, got \(error)")
            return
        }
        #expect(location == SourceLocation(file: fixture.path("fatal"), line: 7))
        #expect(message == "the reason")
        #expect(partial == "1\n")
    }

    @Test func anEndlessLoopIsStoppedAtTheBudget() throws {
        let error = try #require(fixture.errors("endless").first)
        #expect(error == .budgetExceeded(SourceLocation(file: fixture.path("endless"), line: 12), seconds: 2))
        #expect(fixture.errors("endless").count == 1)
    }

    @Test func malformedFrontMatterNamesItsLine() throws {
        let error = try #require(fixture.errors("bad-front-matter").first)
        guard case .frontMatter(let location, _) = error else {
            Issue.record("expected a front matter error, got \(error)")
            return
        }
        #expect(location.file == fixture.path("bad-front-matter"))
        #expect(location.line == 4)
    }

    @Test func anUnterminatedFenceNamesItsOpeningLine() {
        #expect(fixture.errors("unterminated") == [.unterminatedFence(SourceLocation(file: fixture.path("unterminated"), line: 6))])
    }

    @Test func aShapeErrorInTheEngineNamesTheLessonLine() throws {
        let error = try #require(fixture.errors("shape").first)
        guard case .crash(let location, let message, _) = error else {
            Issue.record("expected a crash, got \(error)")
            return
        }
        #expect(location == SourceLocation(file: fixture.path("shape"), line: 6))
        #expect(message == "matmul: [2] x [3] — inner dimensions 2 and 3 differ")
    }

    @Test func aMissingDataFileSaysWhatIsMissing() throws {
        let error = try #require(fixture.errors("missing-data").first)
        guard case .crash(let location, let message, _) = error else {
            Issue.record("expected a crash, got \(error)")
            return
        }
        #expect(location.line == 4)
        #expect(message.contains("missing data file `no-such-set/data.csv`; looked in: "))
    }

    @Test func aStaleOutputShowsADiffAtTheOutputBlock() throws {
        let error = try #require(fixture.errors("stale").first)
        guard case .staleOutput(let location, let diff) = error else {
            Issue.record("expected a stale output, got \(error)")
            return
        }
        #expect(location == SourceLocation(file: fixture.path("stale"), line: 7))
        #expect(diff.contains("-41\n+42"))
        #expect(error.description.contains("swift run site update"))
    }

    @Test func aLatexErrorNamesTheFormulaLine() throws {
        let errors = fixture.errors("bad-math")
        #expect(errors.count == 1)
        let error = try #require(errors.first)
        guard case .math(let location, _) = error else {
            Issue.record("expected a math error, got \(error)")
            return
        }
        #expect(location.line == 6)
    }

    @Test func aMalformedBibliographyEntryNamesTheFileAndLine() throws {
        let error = try #require(fixture.report.errors.first { if case .bibliography = $0 { return true } else { return false } })
        #expect(error.location == SourceLocation(file: fixture.folder.appendingPathComponent("Content").path + "/references.bib", line: 7))
        #expect(error.message == "bibliography: entry `broken2021` is never closed (missing `}`)")
    }

    @Test func anUnknownCitationNamesTheMarkdownLineAndThePageStillBuilds() throws {
        let errors = fixture.errors("bad-citation")
        #expect(errors.count == 1)
        let error = try #require(errors.first)
        guard case .unknownCitation(let location, let key, _, _) = error else {
            Issue.record("expected an unknown citation, got \(error)")
            return
        }
        #expect(location == SourceLocation(file: fixture.path("bad-citation"), line: 6))
        #expect(key == "nokey")
        #expect(FileManager.default.fileExists(atPath: fixture.output.appendingPathComponent("bad-citation/index.html").path))
    }

    @Test func pagesAreHighlightedCitedAndLinkedAsADistillArticle() throws {
        #expect(fixture.errors("citing").isEmpty)
        let page = try String(contentsOf: fixture.output.appendingPathComponent("citing/index.html"), encoding: .utf8)
        #expect(page.contains("<span class=\"hljs-keyword\">let</span>"))
        #expect(page.contains("<li id=\"ref-good2020\">"))
        #expect(page.contains("<span class=\"citation\">[<a href=\"#ref-good2020\">1</a>]"))
        #expect(page.contains("<span class=\"sidenote\" role=\"note\">A margin note.</span>"))
        #expect(page.contains("<html lang=\"en\">"))
        // Assets for reading offline: the stylesheet and KaTeX's fonts.
        for asset in ["assets/style.css", "assets/favicon.svg", "assets/katex/katex.min.css", "assets/katex/fonts/KaTeX_Main-Regular.woff2"] {
            #expect(FileManager.default.fileExists(atPath: fixture.output.appendingPathComponent(asset).path), "\(asset)")
        }
        let katex = try String(contentsOf: fixture.output.appendingPathComponent("assets/katex/katex.min.css"), encoding: .utf8)
        let namesNoMissingFile = !katex.contains(".ttf)") && !katex.contains(".woff)")
        #expect(namesNoMissingFile)
        #expect(page.contains("fonts-loading"))
        // The index links the lessons that exist and lists the planned ones without links.
        let index = try String(contentsOf: fixture.output.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(index.contains("href=\"citing/index.html\""))
        #expect(index.contains("<span class=\"planned-title\">Forward mode</span>"))
        #expect(!index.contains("forward-mode/index.html"))
    }
}
