import DataFolders
import Foundation

/// The site tool's three verbs over a folder of lessons:
///
/// - ``check()`` parses, compiles and runs every lesson and verifies its outputs;
/// - ``build()`` does the same and renders the site;
/// - ``update()`` runs the lessons and writes fresh outputs into their Markdown.
///
/// One lesson's failure never stops the others; its errors are in the report.
public struct SiteBuilder: Sendable {
    public var options: SiteOptions
    public var toolchain: Toolchain
    /// Receives a line of progress as each lesson finishes.
    public var log: @Sendable (String) -> Void = { _ in }

    public init(options: SiteOptions, toolchain: Toolchain) {
        self.options = options
        self.toolchain = toolchain
    }

    var runner: LessonRunner {
        LessonRunner(toolchain: toolchain, workFolder: URL(fileURLWithPath: options.workFolder), useCache: options.useCache)
    }

    /// The lesson files of the content folder, sorted by name, as (file, display path).
    public func lessonFiles() throws -> [(url: URL, path: String)] {
        let folder = URL(fileURLWithPath: options.content, isDirectory: true)
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        } catch {
            throw LessonError.file(SourceLocation(file: options.content), "cannot read the content folder: \(error.localizedDescription)")
        }
        let display = options.content.hasSuffix("/") ? String(options.content.dropLast()) : options.content
        return names.filter { $0.hasSuffix(".md") }.sorted().map {
            (folder.appendingPathComponent($0), "\(display)/\($0)")
        }
    }

    /// Whether the filter selects the lesson file `path` (by slug, file name or path).
    func isSelected(_ path: String) -> Bool {
        options.filter.isEmpty || options.filter.contains { matches($0, path) }
    }

    // MARK: - Verbs

    /// Runs the selected lessons and verifies their outputs.
    public func check() -> SiteReport {
        timed { report in report.outcomes = runSelected(&report, bibliography: loadBibliography(&report)) }
    }

    /// Runs the selected lessons, verifies them and renders the site.
    ///
    /// With a filter, the other lessons are rendered from their cached runs (when they
    /// have one), so building one lesson does not drop the rest of the site.
    public func build() -> SiteReport {
        timed { report in
            let bibliography = loadBibliography(&report)
            var outcomes = runSelected(&report, bibliography: bibliography)
            let selected = Set(outcomes.map(\.path))
            if !options.filter.isEmpty, let files = try? lessonFiles(),
                let digest = try? toolchain.notebookDigest()
            {
                for file in files where !selected.contains(file.path) {
                    guard let lesson = try? LessonParser.parse(fileAt: file.url, path: file.path),
                        let run = runner.cached(lesson, notebookDigest: digest)
                    else { continue }
                    outcomes.append(
                        LessonOutcome(path: file.path, lesson: lesson, run: run,
                                      verification: Verification(lesson: lesson, transcript: run.transcript)))
                }
            }
            do {
                let writer = try SiteWriter(options: options)
                report.outcomes = try writer.write(outcomes, bibliography: bibliography)
            } catch let error as LessonError {
                report.outcomes = outcomes.filter { selected.contains($0.path) }
                report.errors.append(error)
            } catch {
                report.outcomes = outcomes.filter { selected.contains($0.path) }
                report.errors.append(.toolchain("cannot write the site: \(error)"))
            }
            report.outcomes = report.outcomes.filter { selected.contains($0.path) }
        }
    }

    /// Runs the selected lessons and records their fresh outputs in the Markdown.
    public func update() -> SiteReport {
        timed { report in
            var outcomes = runSelected(&report, bibliography: loadBibliography(&report))
            for index in outcomes.indices {
                guard let lesson = outcomes[index].lesson, let run = outcomes[index].run, run.succeeded,
                    let text = OutputRewriter.rewrite(lesson, transcript: run.transcript)
                else { continue }
                let url = URL(fileURLWithPath: lesson.path)
                do {
                    try Data(text.utf8).write(to: url, options: .atomic)
                    outcomes[index].rewritten = true
                    outcomes[index].errors.removeAll {
                        if case .staleOutput = $0 { return true }
                        if case .missingOutput = $0 { return true }
                        return false
                    }
                    log("updated \(lesson.path)")
                } catch {
                    outcomes[index].errors.append(.file(lesson.location(line: nil), "cannot write the file: \(error)"))
                }
            }
            report.outcomes = outcomes
        }
    }

    // MARK: - Running

    private func timed(_ body: (inout SiteReport) -> Void) -> SiteReport {
        let start = Date()
        var report = SiteReport()
        body(&report)
        report.seconds = Date().timeIntervalSince(start)
        return report
    }

    /// The bibliography beside the lessons; its malformed entries go into the report.
    private func loadBibliography(_ report: inout SiteReport) -> Bibliography {
        let (bibliography, errors) = Bibliography.load(contentFolder: options.content)
        report.errors += errors
        return bibliography
    }

    /// Parses, compiles (in parallel) and runs (one at a time) the selected lessons.
    ///
    /// Mistakes in the prose (an unknown citation, an unclosed margin note) are
    /// reported with the lesson's other errors but do not stop it from running.
    private func runSelected(_ report: inout SiteReport, bibliography: Bibliography) -> [LessonOutcome] {
        let allFiles: [(url: URL, path: String)]
        do {
            allFiles = try lessonFiles()
        } catch let error as LessonError {
            report.errors.append(error)
            return []
        } catch {
            return []
        }
        let files = allFiles.filter { isSelected($0.path) }
        for name in options.filter where !allFiles.contains(where: { matches(name, $0.path) }) {
            report.errors.append(.file(SourceLocation(file: options.content), "no lesson named `\(name)`"))
        }

        var outcomes = files.map { file -> LessonOutcome in
            do throws(LessonError) {
                let lesson = try LessonParser.parse(fileAt: file.url, path: file.path)
                let problems = LessonRenderer(lesson: lesson, transcript: nil, verification: nil,
                                              bibliography: bibliography).problems
                return LessonOutcome(path: file.path, lesson: lesson, errors: problems)
            } catch {
                return LessonOutcome(path: file.path, errors: [error])
            }
        }
        checkData(&outcomes)
        guard outcomes.contains(where: { $0.lesson != nil && $0.missingData.isEmpty }) else { return outcomes }

        let digest: String
        do {
            try toolchain.requireNotebook()
            digest = try toolchain.notebookDigest()
        } catch let error as LessonError {
            report.errors.append(error)
            return outcomes
        } catch {
            report.errors.append(.toolchain("cannot read the Notebook library: \(error)"))
            return outcomes
        }

        let runner = self.runner
        let preparations = Preparations(count: outcomes.count)
        // A lesson whose data is missing is not run, whether skipped or failed.
        let lessons = outcomes.map { $0.missingData.isEmpty ? $0.lesson : nil }
        let gate = DispatchSemaphore(value: max(1, options.jobs))
        DispatchQueue.concurrentPerform(iterations: lessons.count) { index in
            guard let lesson = lessons[index] else { return }
            gate.wait()
            defer { gate.signal() }
            preparations.set(index, runner.prepare(lesson, notebookDigest: digest))
        }

        for index in outcomes.indices {
            guard let lesson = outcomes[index].lesson, let preparation = preparations.get(index) else { continue }
            let run: LessonRun
            switch preparation {
            case .finished(let finished): run = finished
            case .compiled(let compiled): run = runner.execute(compiled)
            }
            outcomes[index].run = run
            outcomes[index].errors += run.errors
            if run.succeeded {
                let verification = Verification(lesson: lesson, transcript: run.transcript)
                outcomes[index].verification = verification
                outcomes[index].errors += verification.errors
            }
            log(progressLine(outcomes[index], run: run))
        }
        return outcomes
    }

    /// Marks lessons whose `data:` is on none of the data folders: skipped with a note,
    /// or an error when data is required.
    private func checkData(_ outcomes: inout [LessonOutcome]) {
        let folders = DataFolders.search()
        for index in outcomes.indices {
            guard let lesson = outcomes[index].lesson else { continue }
            let missing = lesson.frontMatter.data.filter { DataFolders.locate($0, in: folders) == nil }
            guard !missing.isEmpty else { continue }
            outcomes[index].missingData = missing
            let searched = folders.map(\.path)
            if options.requireData {
                outcomes[index].errors.append(.missingData(lesson.location(line: 1), names: missing, searched: searched))
            } else {
                log("skip  \(lesson.path): " + LessonError.missingDataMessage(names: missing, searched: searched))
            }
        }
    }

    private func matches(_ name: String, _ path: String) -> Bool {
        let fileName = (path as NSString).lastPathComponent
        return name == path || name == fileName || name == (fileName as NSString).deletingPathExtension
    }

    private func progressLine(_ outcome: LessonOutcome, run: LessonRun) -> String {
        // "stale" when the lesson ran fine and only its recorded outputs are out of date
        // (what `update` fixes); "FAILED" when it did not compile or run.
        let state = outcome.errors.isEmpty ? "ok" : run.succeeded ? "stale" : "FAILED"
        if run.fromCache { return "\(state)  \(outcome.path) (cached)" }
        return "\(state)  \(outcome.path) (compiled in \(String(format: "%.1f", run.compileSeconds)) s, ran in \(String(format: "%.1f", run.runSeconds)) s)"
    }
}

/// Results written by concurrent workers, one slot each.
private final class Preparations: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [LessonRunner.Preparation?]
    init(count: Int) { slots = Array(repeating: nil, count: count) }
    func set(_ index: Int, _ value: LessonRunner.Preparation) { lock.withLock { slots[index] = value } }
    func get(_ index: Int) -> LessonRunner.Preparation? { lock.withLock { slots[index] } }
}
