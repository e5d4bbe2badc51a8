/// The result of `check`, `build` or `update`, for the command line to print.
public struct SiteReport: Sendable {
    public var outcomes: [LessonOutcome] = []
    /// Problems that concern no single lesson (templates, toolchain, writing the site).
    public var errors: [LessonError] = []
    /// Wall-clock seconds for the whole command.
    public var seconds = 0.0

    /// Every error, lesson by lesson, then the global ones.
    public var allErrors: [LessonError] { outcomes.flatMap(\.errors) + errors }

    public var succeeded: Bool { allErrors.isEmpty }

    /// A one-line summary such as `3 lessons: 3 verified (1 run, 2 cached) in 4.1 s`.
    public var summary: String {
        let failed = outcomes.filter { !$0.errors.isEmpty }.count
        let ran = outcomes.filter { $0.run != nil && $0.run?.fromCache == false }.count
        let cached = outcomes.filter { $0.run?.fromCache == true }.count
        let rewritten = outcomes.filter(\.rewritten).count
        let skipped = outcomes.filter(\.isSkipped).count
        var text = "\(outcomes.count) lesson\(outcomes.count == 1 ? "" : "s"): "
        text += "\(outcomes.count - failed - skipped) verified"
        if failed > 0 { text += ", \(failed) failed" }
        if skipped > 0 { text += ", \(skipped) skipped for missing data" }
        text += " (\(ran) run, \(cached) cached)"
        if rewritten > 0 { text += ", \(rewritten) updated" }
        if !errors.isEmpty { text += ", \(errors.count) other error\(errors.count == 1 ? "" : "s")" }
        return text + " in " + String(format: "%.1f s", seconds)
    }
}
