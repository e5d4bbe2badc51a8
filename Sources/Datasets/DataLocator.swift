import Foundation

/// Finds the data files lessons read, and says exactly what to install when one is missing.
///
/// Data is never downloaded at run time. A file is looked for, in order, under
/// `$UNDERBRACE_DATA`, under the user cache folder `~/.cache/underbrace/data`
/// (`$XDG_CACHE_HOME` when set), and under the system folder a Debian package installs
/// it in (for example `/usr/share/datasets/fashion-mnist` from `dataset-fashion-mnist`).
///
/// ```swift
/// let text = try String(contentsOf: DataLocator.file("tinyshakespeare/input.txt"), encoding: .utf8)
/// ```
public enum DataLocator {
    /// The folders searched for a relative data path, in order.
    public static var searchFolders: [URL] {
        let environment = ProcessInfo.processInfo.environment
        var folders: [URL] = []
        if let data = environment["UNDERBRACE_DATA"], !data.isEmpty {
            folders.append(URL(fileURLWithPath: data, isDirectory: true))
        }
        let cache = environment["XDG_CACHE_HOME"].map { URL(fileURLWithPath: $0, isDirectory: true) }
            ?? FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent(".cache", isDirectory: true)
        folders.append(cache.appendingPathComponent("underbrace/data", isDirectory: true))
        folders.append(URL(fileURLWithPath: "/usr/share/datasets", isDirectory: true))
        return folders
    }

    /// The URL of the data file at `relativePath`, e.g. `att_faces/s1/1.pgm`.
    ///
    /// - Parameter debianPackage: the Debian package that installs the file, named in the
    ///   error when it is missing.
    /// - Throws: ``MissingDataError`` listing every place looked in and how to get the file.
    public static func file(_ relativePath: String, debianPackage: String? = nil) throws -> URL {
        let folders = searchFolders
        for folder in folders {
            let candidate = folder.appendingPathComponent(relativePath)
            if FileManager.default.fileExists(atPath: candidate.path) { return candidate }
        }
        throw MissingDataError(relativePath: relativePath, searched: folders.map(\.path), debianPackage: debianPackage)
    }
}

/// A data file that is on none of the search paths.
public struct MissingDataError: Error, CustomStringConvertible, Equatable {
    public var relativePath: String
    public var searched: [String]
    public var debianPackage: String?

    public var description: String {
        var text = "missing data file `\(relativePath)`; looked in: " + searched.joined(separator: ", ") + ". "
        if let debianPackage {
            text += "Install it with `sudo apt-get install \(debianPackage)`."
        } else {
            text += "Put it under $UNDERBRACE_DATA (the repository's CI uses ../shared/data) "
                + "or ~/.cache/underbrace/data."
        }
        return text
    }
}
