/// A fenced Swift code block of a lesson, with the output recorded under it.
public struct CodeBlock: Sendable, Equatable {
    /// The block's position among the lesson's Swift blocks, from 0.
    public var index: Int
    /// The code, without the fences.
    public var code: String
    public var options: BlockOptions
    /// The line of the opening fence; the code starts on the next line.
    public var fenceLine: Int
    /// The line of the closing fence.
    public var closingFenceLine: Int
    /// The ```` ```output ```` block right after this one, if the Markdown has it.
    public var recorded: RecordedOutput?

    /// The file line of the code's first line.
    public var firstCodeLine: Int { fenceLine + 1 }

    /// Whether the block is part of the lesson's program.
    public var runs: Bool { !options.norun }
}

/// The text of a ```` ```output ```` block, as recorded in the Markdown.
public struct RecordedOutput: Sendable, Equatable {
    public var text: String
    /// The lines of its opening and closing fences, which `site update` replaces.
    public var fenceLine: Int
    public var closingFenceLine: Int
}
