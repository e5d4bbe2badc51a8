import Foundation

/// The folders where Underbrace looks for data sets, in order: `$UNDERBRACE_DATA`, the
/// user cache folder `~/.cache/underbrace/data` (under `$XDG_CACHE_HOME` when set), and
/// `/usr/share/datasets`, where Debian's data packages install.
///
/// The lesson runtime (`Datasets.DataLocator`) finds files here, and the site tool asks
/// the same question before it runs a lesson that declares `data:` in its front matter,
/// so the two never disagree about what is installed.
///
/// ```swift
/// DataFolders.search(environment: ["UNDERBRACE_DATA": "/data"]).first?.path  // "/data"
/// ```
public enum DataFolders {
    /// The search folders for the given environment variables.
    public static func search(environment: [String: String] = ProcessInfo.processInfo.environment) -> [URL] {
        var folders: [URL] = []
        if let data = environment["UNDERBRACE_DATA"], !data.isEmpty {
            folders.append(URL(fileURLWithPath: data, isDirectory: true))
        }
        let cache = environment["XDG_CACHE_HOME"].flatMap { $0.isEmpty ? nil : URL(fileURLWithPath: $0, isDirectory: true) }
            ?? FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent(".cache", isDirectory: true)
        folders.append(cache.appendingPathComponent("underbrace/data", isDirectory: true))
        folders.append(URL(fileURLWithPath: "/usr/share/datasets", isDirectory: true))
        return folders
    }

    /// The first search folder holding `relativePath`, or `nil` when none does.
    public static func locate(_ relativePath: String, in folders: [URL] = search()) -> URL? {
        folders.map { $0.appendingPathComponent(relativePath) }
            .first { FileManager.default.fileExists(atPath: $0.path) }
    }
}
