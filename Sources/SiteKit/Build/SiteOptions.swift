import Foundation

/// Where a build reads from and writes to, and which lessons it takes.
public struct SiteOptions: Sendable {
    /// The folder of lesson Markdown files, as the user typed it (used in messages).
    public var content = "Content"
    /// The folder the site is written to; replaced whole when the build completes.
    public var output = "site"
    /// The folder of Mustache templates and static assets.
    public var templates = "Templates"
    /// Slugs or file names of the lessons to take; empty takes all.
    public var filter: [String] = []
    /// How many lessons compile at once; lessons run one at a time, so that a
    /// lesson's timings are its own.
    public var jobs = max(1, ProcessInfo.processInfo.activeProcessorCount)
    /// Whether to reuse results of identical earlier runs, and typesetting of formulas
    /// and code seen in earlier builds.
    public var useCache = true
    /// Whether a lesson whose `data:` is missing fails rather than being skipped; on by
    /// default in CI (`CI=true`), where every data set must be present.
    public var requireData = ProcessInfo.processInfo.environment["CI"] == "true"
    /// Where executables, cached results and the staging folder live.
    public var workFolder = ".build/underbrace"
    /// KaTeX's and highlight.js's scripts, run under node at build time.
    public var typesetter = Typesetter()

    public init() {}
}
