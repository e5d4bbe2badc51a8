import Foundation

/// BENCHMARKS.md S: the site tool itself, on a small book of three generated lessons
/// (each about 60 lines of prose, two display formulas, four printing code blocks and
/// one line plot), beside Jupyter Book building the same book from MyST notebooks with
/// its execution cache on (`Scripts/bench/jupyter_book_site.py`).
///
/// Four situations a writer meets, each timed as a whole `site build` process (the
/// median of `repeats`): a clean build (nothing cached, no output folder), a rebuild
/// with no change, a rebuild after a prose-only edit, and one after changing a number
/// in one code block. Ours also verifies every printed output against the one
/// recorded in the page; Jupyter Book records nothing to verify against.
struct SiteWorkload: Workload {
    let name = "site"
    let summary = "S: build a 3-lesson book clean, unchanged, after a prose edit, after a code edit, vs Jupyter Book"

    func run(_ options: BenchOptions) -> Section {
        let repeats = options.quick ? 1 : 3
        var notes: [String] = []
        let situations = [
            ("clean", "S clean build, 3 lessons"),
            ("unchanged", "S rebuild, no change"),
            ("prose", "S rebuild after a prose-only edit"),
            ("code", "S rebuild after one number in one code block"),
        ]
        var ours: [String: Figure] = [:]
        do {
            let seconds = try measureOurs(repeats: repeats)
            for (key, value) in seconds { ours[key] = .measured(value) }
        } catch {
            for (key, _) in situations { ours[key] = .failed("\(error)") }
        }
        let reference = PythonReference.run("jupyter_book_site.py", [String(repeats)])
        if case let .notInstalled(reason) = reference {
            notes.append("Jupyter Book not installed (\(reason)): "
                + ".venv-bench/bin/pip install jupyter-book==1.0.4 matplotlib numpy ipykernel")
        }
        let rows = situations.map { key, title in
            Row(workload: title, ours: ours[key] ?? .failed("not measured"), references: [reference.figure(key)])
        }
        notes.insert(
            "seconds for one `site build` process (median of \(repeats)), which also checks that the "
                + "Notebook runtime is built and verifies every output; `swift run site` adds SwiftPM's "
                + "own up-to-date check", at: 0)
        return Section(
            title: "S. The site itself", unit: "s", direction: .lowerIsBetter,
            references: [reference.label("Jupyter Book", versionKey: "jupyter_book")], goal: nil, rows: rows,
            notes: notes)
    }

    /// Seconds per situation, from a book generated in a temporary folder.
    private func measureOurs(repeats: Int) throws -> [String: Double] {
        let root = PythonReference.packageRoot
        let site = try buildSiteTool(root)
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("underbrace-bench-site-\(ProcessInfo.processInfo.processIdentifier)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let content = folder.appendingPathComponent("content"), output = folder.appendingPathComponent("site")
        try FileManager.default.createDirectory(at: content, withIntermediateDirectories: true)
        let arguments = ["--content", content.path, "--output", output.path]

        // Every clean build gets code never run before (a fresh run token in a comment),
        // so no cached result applies.
        let runToken = UUID().uuidString
        var book = BenchBook(runToken: runToken)
        func write() throws {
            for (slug, text) in book.pages { try text.write(to: content.appendingPathComponent("\(slug).md"), atomically: true, encoding: .utf8) }
        }
        try write()
        try run(site, ["update"] + arguments, in: root)  // records the outputs once
        book.recordOutputs(from: content)

        var results: [String: [Double]] = [:]
        for attempt in 0..<repeats {
            book.build = attempt + 1
            try write()
            try? FileManager.default.removeItem(at: output)
            results["clean", default: []].append(try run(site, ["build"] + arguments, in: root))
        }
        for _ in 0..<repeats {
            results["unchanged", default: []].append(try run(site, ["build"] + arguments, in: root))
        }
        for attempt in 0..<repeats {
            book.proseEdits = attempt + 1
            try write()
            results["prose", default: []].append(try run(site, ["build"] + arguments, in: root))
        }
        for attempt in 0..<repeats {
            book.lineWidthEdits = attempt + 1
            try write()
            results["code", default: []].append(try run(site, ["build"] + arguments, in: root))
        }
        return results.mapValues(median)
    }

    /// Builds the `site` tool (untimed) as `swift run site` does, in the debug
    /// configuration whose engine modules are optimised anyway (Package.swift), and
    /// returns its path: the figures are those of the README's command.
    private func buildSiteTool(_ root: URL) throws -> URL {
        try run(URL(fileURLWithPath: "/usr/bin/env"), ["swift", "build", "--product", "site"], in: root)
        let binPath = Process()
        binPath.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        binPath.arguments = ["swift", "build", "--show-bin-path"]
        binPath.currentDirectoryURL = root
        let pipe = Pipe()
        binPath.standardOutput = pipe
        try binPath.run()
        let folder = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            .trimmingCharacters(in: .whitespacesAndNewlines)
        binPath.waitUntilExit()
        return URL(fileURLWithPath: folder).appendingPathComponent("site")
    }

    /// Runs `executable` to completion in `folder` and returns its wall time in seconds;
    /// a failure throws with the end of its output.
    @discardableResult
    private func run(_ executable: URL, _ arguments: [String], in folder: URL) throws -> Double {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = folder
        let log = FileManager.default.temporaryDirectory.appendingPathComponent("underbrace-bench-site.log")
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        let handle = try FileHandle(forWritingTo: log)
        defer { try? handle.close() }
        process.standardOutput = handle
        process.standardError = handle
        let start = ContinuousClock.now
        try process.run()
        process.waitUntilExit()
        let elapsed = (ContinuousClock.now - start).seconds
        guard process.terminationStatus == 0 else {
            let text = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
            throw SiteBenchError(command: ([executable.lastPathComponent] + arguments).joined(separator: " "),
                                 tail: text.split(separator: "\n").suffix(5).joined(separator: "\n"))
        }
        return elapsed
    }
}

/// A step of the site benchmark that did not succeed.
struct SiteBenchError: Error, CustomStringConvertible {
    let command: String
    let tail: String
    var description: String { "`\(command)` failed: \(tail)" }
}
