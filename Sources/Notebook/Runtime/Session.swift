import Foundation

/// The state of the running lesson: which block runs, when it began, what it showed.
///
/// Lessons are single-threaded top-level code, and the generated program calls these
/// hooks from the main thread only.
final class Session: @unchecked Sendable {
    static let shared = Session()

    var lesson = "lesson"
    var currentBlock = 0
    var figuresInBlock = 0
    var blockStart = Date()

    /// Where figures are written: `$UNDERBRACE_FIGURES`, set by the site tool, or a
    /// `figures` folder in the working directory when a lesson is run by hand.
    lazy var figureFolder: URL = {
        let path = ProcessInfo.processInfo.environment["UNDERBRACE_FIGURES"] ?? "figures"
        let url = URL(fileURLWithPath: path, isDirectory: true)
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }()
}

/// Called once by the generated program before the first block.
public func _notebookStart(lesson: String) {
    // Line-buffer standard output: if the lesson crashes, what it printed so far has
    // reached the site tool and is shown next to the error.
    setvbuf(stdout, nil, _IOLBF, 0)
    Session.shared.lesson = lesson
}

/// Marks the start of a block's output (called by the generated program).
public func _notebookBeginBlock(_ index: Int) {
    let session = Session.shared
    session.currentBlock = index
    session.figuresInBlock = 0
    Events.emit(["event": "beginBlock", "block": index])
    session.blockStart = Date()
}

/// Marks the end of a block's output (called by the generated program).
public func _notebookEndBlock(_ index: Int) {
    let seconds = Date().timeIntervalSince(Session.shared.blockStart)
    Events.emit(["event": "endBlock", "block": index, "seconds": seconds])
}

/// Marks the end of the lesson (called by the generated program).
public func _notebookFinish() {
    Events.emit(["event": "finish", "engineVersion": engineVersion])
}
