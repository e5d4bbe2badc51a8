import Foundation

/// The outcome of running one lesson: its transcript and figures, or what stopped it.
public struct LessonRun: Sendable {
    /// What the blocks printed and showed (partial when the run failed).
    public var transcript: RunTranscript
    /// The folder holding the figure files the transcript names.
    public var figureFolder: URL
    /// Compile errors, a crash or a timeout; empty when the lesson ran to its end.
    public var errors: [LessonError]
    /// Whether the results came from the cache rather than a fresh run.
    public var fromCache: Bool
    /// Seconds spent compiling and running (zero for a cache hit).
    public var compileSeconds = 0.0
    public var runSeconds = 0.0

    public var succeeded: Bool { errors.isEmpty }
}
