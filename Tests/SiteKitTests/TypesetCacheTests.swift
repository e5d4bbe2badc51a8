import Foundation
import Testing

@testable import SiteKit

@Suite struct TypesetCacheTests {
    /// A typesetter whose scripts do not exist: any call that reaches node throws.
    private let offline = Typesetter(
        katexScript: URL(fileURLWithPath: "/nonexistent/katex.js"),
        highlightScript: URL(fileURLWithPath: "/nonexistent/highlight.js"))

    private func temporaryFile() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("typeset-\(UUID().uuidString).json")
    }

    @Test func aBuildThatSawEverythingBeforeNeedsNoNode() throws {
        let file = temporaryFile()
        defer { try? FileManager.default.removeItem(at: file) }
        let sum = Typesetter.Formula(tex: "\\sum_i x_i", display: true)
        let broken = Typesetter.Formula(tex: "\\frak", display: false)
        let code = Typesetter.Code(text: "let x = 1", language: "swift")
        let unknownLanguage = Typesetter.Code(text: "x", language: "klingon")

        var answers = Typesetter.Output()
        answers.math[sum] = .success("<span>sum</span>")
        answers.math[broken] = .failure(.init(message: "Undefined control sequence: \\frak"))
        answers.code[code] = "<span>let</span> x = 1"
        var cache = TypesetCache(file: file, typesetter: offline)
        cache.store(answers, math: [sum, broken], code: [code, unknownLanguage])
        cache.save()

        var reloaded = TypesetCache(file: file, typesetter: offline)
        let output = try offline.run(math: [sum, broken, sum], code: [code, unknownLanguage], cache: &reloaded)
        #expect(try output.math[sum]?.get() == "<span>sum</span>")
        #expect(output.math[broken].map { if case .failure(let e) = $0 { e.message } else { "" } }
                == "Undefined control sequence: \\frak")
        #expect(output.code[code] == "<span>let</span> x = 1")
        #expect(output.code[unknownLanguage] == nil)

        // Something new still goes to node (here: whose scripts are missing).
        #expect(throws: LessonError.self) {
            _ = try offline.run(math: [Typesetter.Formula(tex: "y", display: false)], code: [], cache: &reloaded)
        }
    }

    @Test func answersFromOtherScriptsAreDropped() throws {
        let file = temporaryFile()
        defer { try? FileManager.default.removeItem(at: file) }
        let formula = Typesetter.Formula(tex: "x", display: false)
        var answers = Typesetter.Output()
        answers.math[formula] = .success("<i>x</i>")
        var cache = TypesetCache(file: file, typesetter: offline)
        cache.store(answers, math: [formula], code: [])
        cache.save()
        let other = Typesetter(
            katexScript: URL(fileURLWithPath: "/elsewhere/katex.js"), highlightScript: offline.highlightScript)
        #expect(TypesetCache(file: file, typesetter: other).lookUp(math: [formula], code: []).missingMath == [formula])
        #expect(TypesetCache(file: file, typesetter: offline).lookUp(math: [formula], code: []).missingMath.isEmpty)
    }
}
