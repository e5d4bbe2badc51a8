import Foundation

/// The tiny data files in `Tests/Fixtures/datasets` (written by `make_fixtures.py` there).
enum Fixture {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // Support
        .deletingLastPathComponent()  // DatasetsTests
        .deletingLastPathComponent()  // Tests
        .appendingPathComponent("Fixtures/datasets", isDirectory: true)

    /// The URL of fixture `name`.
    static func url(_ name: String) -> URL { folder.appendingPathComponent(name) }

    /// The path of fixture `name`, as it appears in error messages.
    static func path(_ name: String) -> String { url(name).path }

    /// A fresh temporary folder, removed by the caller.
    static func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("underbrace-datasets-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }
}
