import Foundation

/// Notices edits under a few folders (the lessons, the templates) by looking at
/// their files' sizes and modification times twice a second.
///
/// Polling is plain and portable, and for a few hundred files it costs nothing; a
/// change is reported once the files have been still for a moment, so that an editor
/// saving several files, or writing one in pieces, causes one rebuild.
public final class ContentWatcher: @unchecked Sendable {
    public let folders: [URL]
    public var interval: TimeInterval = 0.5

    private let lock = NSLock()
    private var running = false

    public init(folders: [URL]) {
        self.folders = folders
    }

    /// A summary of every file's path, size and modification time.
    public func fingerprint() -> [String: String] {
        var result: [String: String] = [:]
        let keys: [URLResourceKey] = [.contentModificationDateKey, .fileSizeKey, .isRegularFileKey]
        for folder in folders {
            guard let files = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: keys) else { continue }
            for case let file as URL in files {
                guard let values = try? file.resourceValues(forKeys: Set(keys)), values.isRegularFile == true else { continue }
                let time = values.contentModificationDate?.timeIntervalSinceReferenceDate ?? 0
                result[file.path] = "\(values.fileSize ?? 0) \(time)"
            }
        }
        return result
    }

    /// Calls `onChange` (on a background thread) after each settled change, until ``stop()``.
    public func start(onChange: @escaping @Sendable () -> Void) {
        lock.withLock { running = true }
        let thread = Thread { [self] in
            var last = fingerprint()
            while lock.withLock({ running }) {
                Thread.sleep(forTimeInterval: interval)
                var now = fingerprint()
                guard now != last else { continue }
                // Wait for the files to settle.
                while true {
                    Thread.sleep(forTimeInterval: 0.2)
                    let again = fingerprint()
                    if again == now { break }
                    now = again
                }
                last = now
                if lock.withLock({ running }) { onChange() }
            }
        }
        thread.name = "ContentWatcher"
        thread.start()
    }

    public func stop() {
        lock.withLock { running = false }
    }
}
