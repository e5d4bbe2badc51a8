import Foundation
import SiteKit

/// Paths of the package these tests belong to.
enum PackagePaths {
    /// The package root, three folders above this file.
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A path under the root, relative when the tests run from the root (as `swift test`
    /// does), so that messages read `Content/<file>.md:<line>`.
    static func path(_ relative: String) -> String {
        let here = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).standardizedFileURL.path
        return here == root.standardizedFileURL.path ? relative : root.appendingPathComponent(relative).path
    }

    /// The Notebook runtime built alongside this test bundle. Never built from here:
    /// `swift test` holds the build folder's lock, so a nested `swift build` would hang.
    static let toolchain = Toolchain.current(packageRoot: root)

    /// Site options for a test, with their own work folder under `.build`.
    static func options(content: String, work: String) -> SiteOptions {
        var options = SiteOptions()
        options.content = content
        options.templates = path("Templates")
        options.workFolder = root.appendingPathComponent(".build/\(work)").path
        return options
    }
}
