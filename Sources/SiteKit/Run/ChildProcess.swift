import Foundation

/// Runs a program as a child process with a time limit, capturing what it prints.
struct ChildProcess {
    /// How a child process ended.
    struct Outcome {
        var status: Int32
        /// True when the process was killed because it ran past its time limit.
        var timedOut: Bool
        /// True when the process ended on a signal (a trap, or the time limit).
        var signaled: Bool
        var stdout: Data
        var stderr: Data
        var seconds: Double
    }

    var executable: URL
    var arguments: [String] = []
    var environment: [String: String]? = nil
    var workingDirectory: URL? = nil
    /// The longest the child may run, in seconds; `nil` waits forever.
    var timeLimit: Double? = nil
    /// Bytes written to the child's standard input, which is then closed.
    var input: Data? = nil

    func run() throws -> Outcome {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let environment { process.environment = environment }
        if let workingDirectory { process.currentDirectoryURL = workingDirectory }
        let stdoutPipe = Pipe(), stderrPipe = Pipe()
        process.standardOutput = stdoutPipe
        process.standardError = stderrPipe
        let inputPipe = input.map { _ in Pipe() }
        process.standardInput = inputPipe ?? FileHandle.nullDevice

        let exited = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in exited.signal() }
        let start = Date()
        try process.run()

        // Drain both pipes on their own threads so a chatty child never blocks on a full pipe.
        let collected = DispatchGroup()
        let output = LockedData(), errors = LockedData()
        for (pipe, sink) in [(stdoutPipe, output), (stderrPipe, errors)] {
            DispatchQueue.global().async(group: collected) {
                sink.set(pipe.fileHandleForReading.readDataToEndOfFile())
            }
        }

        if let inputPipe, let input {
            DispatchQueue.global().async(group: collected) {
                try? inputPipe.fileHandleForWriting.write(contentsOf: input)
                try? inputPipe.fileHandleForWriting.close()
            }
        }

        var timedOut = false
        if let timeLimit {
            if exited.wait(timeout: .now() + timeLimit) == .timedOut {
                timedOut = true
                kill(process.processIdentifier, SIGKILL)
                exited.wait()
            }
        } else {
            exited.wait()
        }
        collected.wait()
        return Outcome(
            status: process.terminationStatus, timedOut: timedOut,
            signaled: process.terminationReason == .uncaughtSignal,
            stdout: output.value, stderr: errors.value, seconds: Date().timeIntervalSince(start))
    }
}

/// A byte buffer written by one thread and read by another after it finished.
private final class LockedData: @unchecked Sendable {
    private let lock = NSLock()
    private var data = Data()
    func set(_ value: Data) { lock.withLock { data = value } }
    var value: Data { lock.withLock { data } }
}
