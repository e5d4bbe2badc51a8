/// Everything a build learned about one lesson file.
public struct LessonOutcome: Sendable {
    /// The file's path as messages show it.
    public var path: String
    /// The parsed lesson, unless its Markdown could not be read.
    public var lesson: Lesson?
    /// The run, unless the lesson could not be parsed (or was only taken from the cache).
    public var run: LessonRun?
    public var verification: Verification?
    /// Every problem, in the order found: parsing, compiling, running, verifying, math.
    public var errors: [LessonError] = []
    /// Whether `update` rewrote the file.
    public var rewritten = false
    /// The data sets the lesson needs and the machine lacks; such a lesson is skipped
    /// (not run, not rendered) unless data is required.
    public var missingData: [String] = []

    /// Whether the lesson was left out for want of its data.
    public var isSkipped: Bool { !missingData.isEmpty && errors.isEmpty }

    /// Whether the lesson can be shown as a page (it ran to its end).
    public var isRenderable: Bool { lesson != nil && run?.succeeded == true }
}
