/// A lesson as read from its Markdown file: front matter, body and Swift blocks.
///
/// Parsing never runs anything; see ``LessonParser`` for how the file is read and
/// ``LessonProgram`` for the program its blocks become.
public struct Lesson: Sendable {
    /// The file name without `.md`; also the page's folder in the site.
    public var slug: String
    /// The path used in messages, e.g. `Content/floating-point.md`.
    public var path: String
    /// The file's whole text, byte for byte.
    public var source: String
    /// The Markdown body, with the front matter's lines blanked so line numbers match.
    public var body: String
    public var frontMatter: FrontMatter
    /// Every fenced Swift block, in order.
    public var blocks: [CodeBlock]

    /// The blocks that run, in order.
    public var runnableBlocks: [CodeBlock] { blocks.filter(\.runs) }

    /// The location of a line in this lesson's file.
    public func location(line: Int?) -> SourceLocation {
        SourceLocation(file: path, line: line)
    }
}
