import Foundation
import Testing

@testable import SiteKit

@Suite struct ToolchainTests {
    /// A package root with one source file and a products folder, in a fresh folder.
    private func package() throws -> (Toolchain, URL) {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("toolchain-\(UUID().uuidString)")
        let products = root.appendingPathComponent(".build/debug")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("Sources/Engine"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: products, withIntermediateDirectories: true)
        try Data("let x = 1\n".utf8).write(to: root.appendingPathComponent("Sources/Engine/Tensor.swift"))
        try Data("// manifest\n".utf8).write(to: root.appendingPathComponent("Package.swift"))
        return (Toolchain(productsFolder: products, packageRoot: root), root)
    }

    private func setModified(_ url: URL, _ date: Date) throws {
        try FileManager.default.setAttributes([.modificationDate: date], ofItemAtPath: url.path)
    }

    @Test func theRuntimeIsStaleWhenMissingOrOlderThanASourceOrFolder() throws {
        let (toolchain, root) = try package()
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(toolchain.notebookMayBeStale())  // not built yet

        let past = Date(timeIntervalSinceNow: -3600)
        for path in ["Sources/Engine/Tensor.swift", "Sources/Engine", "Sources", "Package.swift"] {
            try setModified(root.appendingPathComponent(path), past)
        }
        try Data("so".utf8).write(to: toolchain.notebookLibrary)
        #expect(!toolchain.notebookMayBeStale())

        // An edit to a source file.
        try setModified(root.appendingPathComponent("Sources/Engine/Tensor.swift"), Date(timeIntervalSinceNow: 60))
        #expect(toolchain.notebookMayBeStale())
        try setModified(root.appendingPathComponent("Sources/Engine/Tensor.swift"), past)
        #expect(!toolchain.notebookMayBeStale())

        // A file removed: only its folder's time tells.
        try setModified(root.appendingPathComponent("Sources/Engine"), Date(timeIntervalSinceNow: 60))
        #expect(toolchain.notebookMayBeStale())
        try setModified(root.appendingPathComponent("Sources/Engine"), past)

        // The site tool's own sources are not part of the runtime.
        try FileManager.default.createDirectory(at: root.appendingPathComponent("Sources/SiteKit"), withIntermediateDirectories: true)
        try Data("let y = 2\n".utf8).write(to: root.appendingPathComponent("Sources/SiteKit/Site.swift"))
        try setModified(root.appendingPathComponent("Sources"), past)
        #expect(!toolchain.notebookMayBeStale())

        // An edit that SwiftPM found compiles to the same library: checked, so fresh.
        try setModified(root.appendingPathComponent("Sources/Engine/Tensor.swift"), Date(timeIntervalSinceNow: 60))
        try Data().write(to: toolchain.notebookCheckStamp)
        try setModified(toolchain.notebookCheckStamp, Date(timeIntervalSinceNow: 120))
        #expect(!toolchain.notebookMayBeStale())

        // A changed manifest.
        try setModified(root.appendingPathComponent("Package.swift"), Date(timeIntervalSinceNow: 180))
        #expect(toolchain.notebookMayBeStale())
    }
}
