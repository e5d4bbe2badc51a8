/// A place in a Markdown lesson: the path as the user typed it and a 1-based line.
///
/// Every error SiteKit reports carries one, so a message reads like a compiler's:
/// `Content/floating-point.md:42: error: ...`.
public struct SourceLocation: Sendable, Hashable, CustomStringConvertible {
    /// The file's path, relative to the working directory when it was given that way.
    public var file: String
    /// The 1-based line, or `nil` when the problem concerns the whole file.
    public var line: Int?

    public init(file: String, line: Int? = nil) {
        self.file = file
        self.line = line
    }

    public var description: String {
        if let line { return "\(file):\(line)" }
        return file
    }
}
