import Foundation
import Crypto

/// Compiles a lesson into a program, runs it under its time budget, and caches the
/// results by the program's text and the runtime library it was built against.
public struct LessonRunner: Sendable {
    public var toolchain: Toolchain
    /// The folder for executables, transcripts and figures, e.g. `.build/underbrace`.
    public var workFolder: URL
    /// Whether to reuse the results of an identical earlier run.
    public var useCache: Bool

    public init(toolchain: Toolchain, workFolder: URL, useCache: Bool = true) {
        self.toolchain = toolchain
        self.workFolder = workFolder
        self.useCache = useCache
    }

    /// A lesson compiled and ready to run.
    public struct CompiledLesson: Sendable {
        public var lesson: Lesson
        var executable: URL
        var folder: URL
        var compileSeconds: Double
        var figures: URL { folder.appendingPathComponent("figures") }
        var transcriptFile: URL { folder.appendingPathComponent("transcript.json") }
    }

    /// What ``prepare(_:notebookDigest:)`` gives: a finished run (from the cache, or
    /// a failed compile), or a program to execute.
    public enum Preparation: Sendable {
        case finished(LessonRun)
        case compiled(CompiledLesson)
    }

    /// Compiles and runs `lesson` (or fetches its cached results); never throws for the
    /// lesson's own faults, which come back in ``LessonRun/errors``.
    public func run(_ lesson: Lesson, notebookDigest: String) -> LessonRun {
        switch prepare(lesson, notebookDigest: notebookDigest) {
        case .finished(let run): return run
        case .compiled(let compiled): return execute(compiled)
        }
    }

    /// Looks the lesson up in the cache, or compiles it. Safe to call concurrently.
    public func prepare(_ lesson: Lesson, notebookDigest: String) -> Preparation {
        if useCache, let run = cached(lesson, notebookDigest: notebookDigest) { return .finished(run) }
        return compile(lesson, notebookDigest: notebookDigest)
    }

    /// The cached results of `lesson`, if an identical run was cached; never compiles.
    public func cached(_ lesson: Lesson, notebookDigest: String) -> LessonRun? {
        let entry = entry(for: lesson, program: LessonProgram(lesson: lesson), notebookDigest: notebookDigest)
        guard let data = try? Data(contentsOf: entry.transcriptFile),
            let transcript = try? JSONDecoder().decode(RunTranscript.self, from: data)
        else { return nil }
        return LessonRun(transcript: transcript, figureFolder: entry.figures, errors: [], fromCache: true)
    }

    /// Where the lesson's program, executable and results live: a folder named by a
    /// digest of the program and of the runtime it links against.
    private func entry(for lesson: Lesson, program: LessonProgram, notebookDigest: String) -> CompiledLesson {
        let key = cacheKey(program: program, notebookDigest: notebookDigest)
        let folder = workFolder.appendingPathComponent("lessons/\(lesson.slug)/\(key)")
        return CompiledLesson(
            lesson: lesson, executable: folder.appendingPathComponent("lesson"), folder: folder, compileSeconds: 0)
    }

    private func compile(_ lesson: Lesson, notebookDigest: String) -> Preparation {
        let program = LessonProgram(lesson: lesson)
        var compiled = entry(for: lesson, program: program, notebookDigest: notebookDigest)
        let folder = compiled.folder, executable = compiled.executable
        // Only the newest entry of a lesson is worth keeping: remove the others.
        let fileManager = FileManager.default
        let lessonFolder = folder.deletingLastPathComponent()
        for old in (try? fileManager.contentsOfDirectory(atPath: lessonFolder.path)) ?? [] {
            try? fileManager.removeItem(at: lessonFolder.appendingPathComponent(old))
        }
        do {
            try fileManager.createDirectory(at: compiled.figures, withIntermediateDirectories: true)
            try Data(program.source.utf8).write(to: folder.appendingPathComponent("main.swift"))
        } catch {
            return .finished(failure(.file(lesson.location(line: nil), "cannot write to \(folder.path): \(error)"), compiled.figures))
        }

        let outcome: ChildProcess.Outcome
        do {
            outcome = try ChildProcess(
                executable: URL(fileURLWithPath: "/usr/bin/env"),
                arguments: toolchain.compilerArguments(
                    source: folder.appendingPathComponent("main.swift"), output: executable),
                workingDirectory: folder
            ).run()
        } catch {
            return .finished(failure(.toolchain("cannot start swiftc: \(error)"), compiled.figures))
        }
        compiled.compileSeconds = outcome.seconds
        guard outcome.status == 0 else {
            let output = String(decoding: outcome.stderr + outcome.stdout, as: UTF8.self)
            var run = LessonRun(
                transcript: RunTranscript(), figureFolder: compiled.figures,
                errors: CompilerDiagnostics.errors(in: output, lesson: lesson, program: program), fromCache: false)
            run.compileSeconds = outcome.seconds
            return .finished(run)
        }
        return .compiled(compiled)
    }

    /// Runs a compiled lesson under its budget and caches a successful run's results.
    public func execute(_ compiled: CompiledLesson) -> LessonRun {
        let lesson = compiled.lesson
        var environment = ProcessInfo.processInfo.environment
        environment["UNDERBRACE_FIGURES"] = compiled.figures.path
        let outcome: ChildProcess.Outcome
        do {
            outcome = try ChildProcess(
                executable: compiled.executable, environment: environment,
                workingDirectory: URL(fileURLWithPath: FileManager.default.currentDirectoryPath),
                timeLimit: lesson.frontMatter.budget
            ).run()
        } catch {
            return failure(.toolchain("cannot start the compiled lesson: \(error)"), compiled.figures)
        }

        var transcript = RunTranscript(parsing: outcome.stdout)
        transcript.date = Self.today()
        var run = LessonRun(transcript: transcript, figureFolder: compiled.figures, errors: [], fromCache: false)
        run.compileSeconds = compiled.compileSeconds
        run.runSeconds = outcome.seconds
        run.errors = problems(of: outcome, transcript: transcript, lesson: lesson)
        if run.succeeded, let data = try? JSONEncoder().encode(transcript) {
            // Written last, so an interrupted run never leaves a cache entry behind.
            try? data.write(to: compiled.transcriptFile, options: .atomic)
        }
        return run
    }

    static func today() -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd"
        return formatter.string(from: Date())
    }

    /// What went wrong in a finished child process, if anything.
    func problems(of outcome: ChildProcess.Outcome, transcript: RunTranscript, lesson: Lesson) -> [LessonError] {
        let blockLine = transcript.lastBegunBlock.flatMap { index in
            lesson.blocks.first { $0.index == index }?.fenceLine
        }
        if outcome.timedOut {
            return [.budgetExceeded(lesson.location(line: blockLine), seconds: lesson.frontMatter.budget)]
        }
        if outcome.status == 0, transcript.finished { return [] }
        let report = CrashReport(
            stderr: String(decoding: outcome.stderr, as: UTF8.self), lesson: lesson,
            runningBlock: transcript.lastBegunBlock, status: outcome.status, signaled: outcome.signaled)
        let partial = transcript.lastBegunBlock.flatMap { transcript.blocks[$0]?.output } ?? ""
        let message = outcome.status == 0 ? "the lesson exited before its last block" : report.message
        return [.crash(lesson.location(line: report.line), message: message, partialOutput: partial)]
    }

    private func cacheKey(program: LessonProgram, notebookDigest: String) -> String {
        var hasher = SHA256()
        hasher.update(data: Data(program.source.utf8))
        hasher.update(data: Data(notebookDigest.utf8))
        hasher.update(data: Data(toolchain.compilerArguments(source: URL(fileURLWithPath: "main.swift"),
                                                             output: URL(fileURLWithPath: "lesson")).joined(separator: " ").utf8))
        return hasher.finalize().prefix(12).map { String(format: "%02x", $0) }.joined()
    }

    private func failure(_ error: LessonError, _ figures: URL) -> LessonRun {
        LessonRun(transcript: RunTranscript(), figureFolder: figures, errors: [error], fromCache: false)
    }
}
