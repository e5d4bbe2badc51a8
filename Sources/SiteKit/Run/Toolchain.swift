import Foundation
import Crypto

/// Where the built Notebook runtime and the Swift compiler are, and how lessons are
/// compiled against them.
///
/// The runtime (`libNotebook.so` and the `.swiftmodule` files of the modules it
/// re-exports) sits in the same build folder as the program using SiteKit: the `site`
/// executable or the test bundle. Lessons compile against exactly that build.
public struct Toolchain: Sendable {
    /// The build products folder, e.g. `.build/x86_64-unknown-linux-gnu/debug`.
    public var productsFolder: URL
    /// The package root, whose `Sources/C*` folders hold the C module maps.
    public var packageRoot: URL

    public init(productsFolder: URL, packageRoot: URL) {
        self.productsFolder = productsFolder
        self.packageRoot = packageRoot
    }

    /// The toolchain of the running executable, for a package rooted at `packageRoot`.
    public static func current(packageRoot: URL) -> Toolchain {
        let executable = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var folder = executable.deletingLastPathComponent()
        // A test bundle on Linux is `<products>/<Package>PackageTests.xctest`, a file.
        if folder.pathExtension == "xctest" { folder.deleteLastPathComponent() }
        return Toolchain(productsFolder: folder.standardizedFileURL, packageRoot: packageRoot)
    }

    /// The runtime library every lesson links against.
    public var notebookLibrary: URL { productsFolder.appendingPathComponent("libNotebook.so") }

    /// `debug` or `release`: the configuration the products folder was built with.
    public var configuration: String { productsFolder.lastPathComponent }

    /// Builds (or confirms up to date) the Notebook library with `swift build`.
    ///
    /// `swift run site` does not build a dynamic library that nothing depends on, so the
    /// site tool asks for it. Never call this under `swift test`, which holds the build
    /// folder's lock: the nested build would wait forever.
    public func buildNotebook() throws {
        let scratch = productsFolder.deletingLastPathComponent().deletingLastPathComponent()
        let outcome = try ChildProcess(
            executable: URL(fileURLWithPath: "/usr/bin/env"),
            arguments: [
                "swift", "build", "--product", "Notebook", "-c", configuration,
                "--scratch-path", scratch.path,
            ],
            workingDirectory: packageRoot
        ).run()
        guard outcome.status == 0 else {
            let log = String(decoding: outcome.stdout + outcome.stderr, as: UTF8.self)
            throw LessonError.toolchain("`swift build --product Notebook` failed:\n\(log)")
        }
        try? Data().write(to: notebookCheckStamp)
    }

    /// Folders of `Sources/` that the Notebook runtime is not built from (the site tool
    /// and the benchmark); every other one counts, so a new module is never missed.
    static let foldersOutsideNotebook: Set<String> = ["SiteKit", "site", "bench"]

    /// Written after each successful ``buildNotebook()``: SwiftPM leaves the library
    /// untouched when an edit compiles to the same code, and the check below must not
    /// then ask SwiftPM again on every build.
    var notebookCheckStamp: URL { productsFolder.appendingPathComponent("underbrace-notebook.checked") }

    /// Whether the Notebook runtime may be older than what it is built from: it is
    /// missing, or a file or folder it is built from under `Sources/`, `Package.swift` or
    /// `Package.resolved` changed after it was last built or checked (a folder changes
    /// when a file in it is added, removed or renamed). When this is false,
    /// ``buildNotebook()`` would find nothing to do, and asking SwiftPM costs more than
    /// half a second.
    public func notebookMayBeStale() -> Bool {
        func modified(_ url: URL) -> Date? {
            (try? url.resourceValues(forKeys: [.contentModificationDateKey]))?.contentModificationDate
        }
        guard let library = modified(notebookLibrary) else { return true }
        let built = max(library, modified(notebookCheckStamp) ?? library)
        let sources = packageRoot.appendingPathComponent("Sources")
        var inputs = [sources, packageRoot.appendingPathComponent("Package.swift"),
                      packageRoot.appendingPathComponent("Package.resolved")]
        let modules = (try? FileManager.default.contentsOfDirectory(
            at: sources, includingPropertiesForKeys: nil)) ?? []
        for module in modules where !Self.foldersOutsideNotebook.contains(module.lastPathComponent) {
            inputs.append(module)
            let walk = FileManager.default.enumerator(at: module, includingPropertiesForKeys: [.contentModificationDateKey])
            while let url = walk?.nextObject() as? URL { inputs.append(url) }
        }
        return inputs.contains { url in modified(url).map { $0 > built } ?? false }
    }

    /// Checks that the runtime has been built, with a hint if not.
    public func requireNotebook() throws {
        guard FileManager.default.fileExists(atPath: notebookLibrary.path) else {
            throw LessonError.toolchain(
                "\(notebookLibrary.path) does not exist; run `swift build` (or `swift run site`) first")
        }
    }

    /// A digest of the built runtime; cached lesson results are valid only for it.
    public func notebookDigest() throws -> String {
        let data = try Data(contentsOf: notebookLibrary, options: .mappedIfSafe)
        return SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
    }

    /// The `swiftc` arguments that compile a lesson's `main.swift` into `output`.
    ///
    /// `-O -g` gives optimised code whose crash backtraces still name Markdown lines;
    /// `-assert-config Debug` keeps the message of a failed check ("Index out of
    /// range") that `-O` alone would drop; frame pointers let the backtrace climb out of
    /// the runtime's failure handler back to the lesson's own frame; Swift 5 mode spares a lesson's top-level
    /// code the strict-concurrency rules of Swift 6, which have nothing to teach here.
    public func compilerArguments(source: URL, output: URL) -> [String] {
        let cModules = ["CBLAS", "CCairo", "CCmark", "CMalloc", "CZlib"].flatMap {
            ["-I", packageRoot.appendingPathComponent("Sources/\($0)").path]
        }
        return ["swiftc", "-O", "-g", "-assert-config", "Debug", "-Xcc", "-fno-omit-frame-pointer",
                "-swift-version", "5",
                "-diagnostic-style", "llvm", "-module-name", "Lesson",
                "-I", productsFolder.appendingPathComponent("Modules").path]
            + cModules
            + ["-L", productsFolder.path, "-lNotebook",
               "-Xlinker", "-rpath", "-Xlinker", productsFolder.path,
               source.path, "-o", output.path]
    }
}
