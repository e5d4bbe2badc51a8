import Foundation

/// Reads a lesson's Markdown into a ``Lesson``: front matter, Swift blocks and their
/// recorded outputs, each with the line it stands on.
public enum LessonParser {
    /// Reads and parses a lesson file; `path` is how messages will name it.
    public static func parse(fileAt url: URL, path: String) throws(LessonError) -> Lesson {
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw .file(SourceLocation(file: path), "cannot read the file as UTF-8 text: \(error.localizedDescription)")
        }
        let slug = url.deletingPathExtension().lastPathComponent
        return try parse(text, path: path, slug: slug)
    }

    /// Parses a lesson's text.
    public static func parse(_ text: String, path: String, slug: String) throws(LessonError) -> Lesson {
        let frontMatter: FrontMatter
        let body: String
        do {
            // Windows line endings are read as plain newlines (the line numbers are the
            // same); `source` keeps the original bytes for `site update`.
            (frontMatter, body) = try FrontMatter.split(text.replacingOccurrences(of: "\r\n", with: "\n"), file: path)
        } catch let error as LessonError {
            throw error
        } catch {
            throw .frontMatter(SourceLocation(file: path, line: 1), "\(error)")
        }
        let blocks = try codeBlocks(in: body, path: path)
        return Lesson(slug: slug, path: path, source: text, body: body, frontMatter: frontMatter, blocks: blocks)
    }

    static func codeBlocks(in body: String, path: String) throws(LessonError) -> [CodeBlock] {
        let document = MarkdownDocument(body)
        let lines = body.split(separator: "\n", omittingEmptySubsequences: false)
        var blocks: [CodeBlock] = []
        var claimedOutputLines: Set<Int> = []

        for node in document.nodes() where node.isCodeBlock {
            guard let fence = node.fence else { continue }
            let location = SourceLocation(file: path, line: node.startLine)
            guard isClosed(fence: fence, node: node, lines: lines) else {
                throw .unterminatedFence(location)
            }
            let words = node.fenceInfo.split(whereSeparator: \.isWhitespace)
            switch words.first {
            case "swift":
                let options: BlockOptions
                do {
                    options = try BlockOptions(parsing: Array(words.dropFirst()))
                } catch {
                    throw .badBlockOption(location, error.message)
                }
                var recorded: RecordedOutput?
                if let next = node.next, next.isCodeBlock, let nextFence = next.fence,
                    next.fenceInfo.split(whereSeparator: \.isWhitespace).first == "output"
                {
                    guard isClosed(fence: nextFence, node: next, lines: lines) else {
                        throw .unterminatedFence(SourceLocation(file: path, line: next.startLine))
                    }
                    recorded = RecordedOutput(
                        text: trimmingTrailingNewlines(next.literal),
                        fenceLine: next.startLine, closingFenceLine: next.endLine)
                    claimedOutputLines.insert(next.startLine)
                }
                blocks.append(
                    CodeBlock(
                        index: blocks.count, code: trimmingTrailingNewlines(node.literal), options: options,
                        fenceLine: node.startLine, closingFenceLine: node.endLine, recorded: recorded))
            case "output":
                guard claimedOutputLines.contains(node.startLine) else { throw .strayOutput(location) }
            default:
                continue
            }
        }
        return blocks
    }

    /// Whether the fenced block ends with a closing fence, rather than running to the
    /// end of the document as CommonMark lets an unclosed fence do.
    private static func isClosed(
        fence: (character: Character, length: Int), node: MarkdownNode, lines: [Substring]
    ) -> Bool {
        guard node.endLine > node.startLine, node.endLine <= lines.count else { return false }
        var line = lines[node.endLine - 1].drop(while: { $0 == " " || $0 == ">" || $0 == "\t" })
        let run = line.prefix(while: { $0 == fence.character })
        guard run.count >= fence.length else { return false }
        line = line.dropFirst(run.count)
        return line.allSatisfy(\.isWhitespace)
    }

    static func trimmingTrailingNewlines(_ text: String) -> String {
        var text = Substring(text)
        while text.last == "\n" || text.last == "\r\n" { text = text.dropLast() }
        return String(text)
    }
}
