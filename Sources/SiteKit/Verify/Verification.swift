/// The verdict on each block's recorded output, given what the block printed.
public struct Verification: Sendable {
    /// The state of one block's output.
    public enum Status: Sendable, Equatable {
        /// The recorded output matches (or the block prints nothing and records nothing).
        case verified
        /// The recorded output differs from what the block printed.
        case stale(diff: String)
        /// The block printed output and the Markdown records none.
        case missing
        /// The block did not run (`norun`, or the lesson stopped before it).
        case notRun
    }

    /// Status by block index, for every block of the lesson.
    public var statuses: [Int: Status]
    /// The stale and missing outputs, as errors located in the Markdown.
    public var errors: [LessonError]

    public init(lesson: Lesson, transcript: RunTranscript) {
        var statuses: [Int: Status] = [:]
        var errors: [LessonError] = []
        for block in lesson.blocks {
            guard block.runs, let result = transcript.blocks[block.index] else {
                statuses[block.index] = .notRun
                continue
            }
            let fresh = OutputComparison.normalized(result.output)
            if let recorded = block.recorded {
                if OutputComparison(options: block.options).matches(fresh, recorded.text) {
                    statuses[block.index] = .verified
                } else {
                    let diff = UnifiedDiff.make(old: OutputComparison.normalized(recorded.text), new: fresh)
                    statuses[block.index] = .stale(diff: diff)
                    errors.append(.staleOutput(lesson.location(line: recorded.fenceLine), diff: diff))
                }
            } else if fresh.isEmpty {
                statuses[block.index] = .verified
            } else {
                statuses[block.index] = .missing
                errors.append(.missingOutput(lesson.location(line: block.fenceLine), output: fresh))
            }
        }
        self.statuses = statuses
        self.errors = errors
    }

    /// Whether every block that ran matched its record.
    public var allVerified: Bool { errors.isEmpty }
}
