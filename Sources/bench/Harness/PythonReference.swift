import Foundation

/// Runs a reference script from `Scripts/bench/` under Python and reads the JSON object
/// it prints on its last line.
///
/// The interpreter is `$UNDERBRACE_BENCH_PYTHON` if set, else the package's
/// `.venv-bench/bin/python` if it exists, else `python3` on the `PATH`. A script prints
/// `{"missing": "torch"}` when its library does not import; that is reported as
/// "not installed" beside our figure, never as a crash.
struct PythonReference {
    enum Outcome {
        case results([String: Any])
        case notInstalled(String)
        case failed(String)
    }

    /// The package root, found from this file's path (`Sources/bench/Harness/…`).
    static let packageRoot: URL = {
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
    }()

    static var interpreter: String {
        if let override = ProcessInfo.processInfo.environment["UNDERBRACE_BENCH_PYTHON"] {
            return override
        }
        let venv = packageRoot.appendingPathComponent(".venv-bench/bin/python").path
        return FileManager.default.isExecutableFile(atPath: venv) ? venv : "python3"
    }

    /// Runs `Scripts/bench/<script>` with `arguments` and parses its output.
    static func run(_ script: String, _ arguments: [String]) -> Outcome {
        let path = packageRoot.appendingPathComponent("Scripts/bench/\(script)").path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [interpreter, path] + arguments
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        do { try process.run() } catch {
            return .notInstalled("cannot start \(interpreter): \(error)")
        }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let errorText = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let lastLine = String(decoding: data, as: UTF8.self)
            .split(separator: "\n").last.map(String.init) ?? ""
        guard process.terminationStatus == 0 else {
            // 127: env found no interpreter at all.
            if process.terminationStatus == 127 { return .notInstalled("no \(interpreter)") }
            let reason = errorText.split(separator: "\n").last.map(String.init) ?? "exit \(process.terminationStatus)"
            return .failed(reason)
        }
        guard let object = try? JSONSerialization.jsonObject(with: Data(lastLine.utf8)),
              let results = object as? [String: Any]
        else { return .failed("unreadable output from \(script)") }
        if let missing = results["missing"] as? String { return .notInstalled(missing) }
        return .results(results)
    }
}

extension PythonReference.Outcome {
    /// The figure at `key` of the results, or the outcome's status as a figure.
    func figure(_ keys: String...) -> Figure {
        switch self {
        case .notInstalled: return .notInstalled
        case let .failed(reason): return .failed(reason)
        case let .results(results):
            var value: Any? = results
            for key in keys { value = (value as? [String: Any])?[key] }
            if let number = value as? Double { return .measured(number) }
            if let number = value as? Int { return .measured(Double(number)) }
            return .failed("no \(keys.joined(separator: ".")) in the output")
        }
    }

    /// The reference's name with its version when known, e.g. "NumPy 2.4.6".
    func label(_ name: String, versionKey: String) -> String {
        if case let .results(results) = self, let version = results[versionKey] as? String {
            return "\(name) \(version)"
        }
        return name
    }
}
