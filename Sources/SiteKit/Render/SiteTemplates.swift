import Foundation
import Mustache

/// The Mustache templates of `Templates/`: `lesson`, `index`, and the partials they
/// include (`head`, `header`, `footer`).
struct SiteTemplates {
    private var library = MustacheLibrary()
    let folder: URL

    /// Loads every `*.mustache` file of `folder`; a syntax error names file and line.
    init(folder: URL, displayPath: String) throws {
        self.folder = folder
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
                .filter { $0.hasSuffix(".mustache") }.sorted()
        } catch {
            throw LessonError.file(SourceLocation(file: displayPath), "cannot read the templates folder: \(error.localizedDescription)")
        }
        for name in names {
            let path = "\(displayPath)/\(name)"
            let text: String
            do {
                text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
                try library.register(text, named: String(name.dropLast(".mustache".count)))
            } catch let error as MustacheTemplate.ParserError {
                throw LessonError.file(
                    SourceLocation(file: path, line: error.context.lineNumber), "template syntax: \(error.error)")
            } catch {
                throw LessonError.file(SourceLocation(file: path), "cannot read the template: \(error)")
            }
        }
        for required in ["lesson", "index"] where library.getTemplate(named: required) == nil {
            throw LessonError.file(SourceLocation(file: "\(displayPath)/\(required).mustache"), "the template is missing")
        }
    }

    func render(_ name: String, _ context: [String: Any]) -> String {
        library.render(context, withTemplate: name) ?? ""
    }
}
