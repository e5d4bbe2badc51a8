import DataFolders
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
        searchFolders(environment: ProcessInfo.processInfo.environment)
    }

    /// The folders searched for a relative data path, in order, for the given environment
    /// variables (`UNDERBRACE_DATA`, `XDG_CACHE_HOME`).
    ///
    /// ```swift
    /// DataLocator.searchFolders(environment: ["UNDERBRACE_DATA": "/data"]).first?.path  // "/data"
    /// ```
    public static func searchFolders(environment: [String: String]) -> [URL] {
        DataFolders.search(environment: environment)
    }

    /// The URL of the data file (or folder) at `relativePath`, e.g. `att_faces/s1/1.pgm`.
    ///
    /// ```swift
    /// let url = try DataLocator.file(
    ///     "palmerpenguins/penguins.csv", debianPackage: "r-cran-palmerpenguins",
    ///     systemPath: "/usr/lib/R/site-library/palmerpenguins/extdata/penguins.csv")
    /// ```
    ///
    /// - Parameters:
    ///   - debianPackage: the Debian package that installs the file, named in the error
    ///     when it is missing.
    ///   - systemPath: where that package installs the file, when it is not under
    ///     `/usr/share/datasets`; looked at after the search folders.
    ///   - folders: the folders to search, ``searchFolders`` by default.
    ///   - hint: what the file is and where to get it, added to the error.
    /// - Throws: ``MissingDataError`` listing every place looked in and how to get the file.
    public static func file(
        _ relativePath: String, debianPackage: String? = nil, systemPath: String? = nil,
        searching folders: [URL] = DataLocator.searchFolders, hint: String? = nil
    ) throws -> URL {
        var candidates = folders.map { $0.appendingPathComponent(relativePath) }
        if let systemPath { candidates.append(URL(fileURLWithPath: systemPath)) }
        for candidate in candidates where FileManager.default.fileExists(atPath: candidate.path) {
            return candidate
        }
        throw MissingDataError(
            relativePath: relativePath,
            searched: folders.map(\.path) + (systemPath.map { [$0] } ?? []),
            debianPackage: debianPackage, hint: hint)
    }

    /// Whether ``file(_:debianPackage:systemPath:searching:hint:)`` would find the file, e.g. to
    /// skip a test when a data set is not installed.
    ///
    /// ```swift
    /// @Test(.enabled(if: DataLocator.isAvailable("att_faces"))) func loadsFaces() { ... }
    /// ```
    public static func isAvailable(_ relativePath: String, systemPath: String? = nil) -> Bool {
        (try? file(relativePath, systemPath: systemPath)) != nil
    }
}

/// A data file that is on none of the search paths.
public struct MissingDataError: Error, CustomStringConvertible, Equatable {
    public var relativePath: String
    public var searched: [String]
    public var debianPackage: String?
    /// What the file is and where to get it, when the loader knows more.
    public var hint: String?

    /// An error for `relativePath`, looked for in `searched`.
    public init(relativePath: String, searched: [String], debianPackage: String? = nil, hint: String? = nil) {
        self.relativePath = relativePath
        self.searched = searched
        self.debianPackage = debianPackage
        self.hint = hint
    }

    public var description: String {
        var text = "missing data file `\(relativePath)`; looked in: " + searched.joined(separator: ", ") + ". "
        if let debianPackage {
            text += "Install it with `sudo apt-get install \(debianPackage)`."
        } else {
            text += "Put it under $UNDERBRACE_DATA (the repository's CI uses ../shared/data) "
                + "or ~/.cache/underbrace/data."
        }
        if let hint { text += " " + hint }
        return text
    }
}
