/// Turns the Swift compiler's messages about a lesson's `main.swift` into
/// ``LessonError``s located in the Markdown.
///
/// The program carries `#sourceLocation` directives, so errors inside blocks already
/// name `Content/<file>.md:<line>`. Errors in the generated lines around the blocks
/// (an unbalanced brace runs into them) are put on the block they follow.
enum CompilerDiagnostics {
    /// Parses `swiftc -diagnostic-style llvm` output; returns the errors only.
    static func errors(in output: String, lesson: Lesson, program: LessonProgram) -> [LessonError] {
        var errors: [LessonError] = []
        var current: (location: SourceLocation, message: String, excerpt: [Substring])?
        func finish() {
            if let current {
                errors.append(
                    .compile(current.location, message: current.message,
                             excerpt: current.excerpt.map { "    " + $0 }.joined(separator: "\n")))
            }
            current = nil
        }
        for line in output.split(separator: "\n", omittingEmptySubsequences: false) {
            if let diagnostic = parse(line) {
                if diagnostic.kind == "error" {
                    finish()
                    current = (locate(diagnostic, lesson: lesson, program: program), diagnostic.message, [])
                } else if diagnostic.kind != "note" {
                    finish()
                }
            } else if current != nil, !line.isEmpty {
                current?.excerpt.append(line)
            }
        }
        finish()
        if errors.isEmpty, !output.isEmpty {
            errors.append(.compile(lesson.location(line: nil), message: "the compiler failed", excerpt: output))
        }
        return errors
    }

    private struct Diagnostic {
        var file: Substring
        var line: Int
        var kind: Substring
        var message: String
    }

    /// Reads `file:line:column: kind: message`.
    private static func parse(_ line: Substring) -> Diagnostic? {
        for kind in ["error", "warning", "note"] {
            guard let marker = line.range(of: ": \(kind): ") else { continue }
            let position = line[..<marker.lowerBound].split(separator: ":")
            guard position.count >= 3, let number = Int(position[position.count - 2]) else { continue }
            let file = position.dropLast(2).joined(separator: ":")
            return Diagnostic(
                file: Substring(file), line: number, kind: Substring(kind),
                message: String(line[marker.upperBound...]))
        }
        return nil
    }

    private static func locate(_ diagnostic: Diagnostic, lesson: Lesson, program: LessonProgram) -> SourceLocation {
        if diagnostic.file == lesson.path || diagnostic.file.hasSuffix("/" + lesson.path) {
            return lesson.location(line: diagnostic.line)
        }
        let block = program.block(atGeneratedLine: diagnostic.line)
        return lesson.location(line: block.flatMap { index in lesson.blocks.first { $0.index == index } }?.fenceLine)
    }
}
