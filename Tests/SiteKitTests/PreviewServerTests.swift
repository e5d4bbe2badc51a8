import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing
@testable import SiteKit

@Suite struct PreviewServerTests {
    /// A folder holding a tiny site: an index, a lesson page and a stylesheet.
    func makeSite() throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("ub-serve-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("lesson"), withIntermediateDirectories: true)
        try Data("<!DOCTYPE html><html><body><p>Index</p></body></html>".utf8).write(to: root.appendingPathComponent("index.html"))
        try Data("<html><body>Lesson</body></html>".utf8).write(to: root.appendingPathComponent("lesson/index.html"))
        try Data("p { color: red }".utf8).write(to: root.appendingPathComponent("style.css"))
        return root
    }

    @Test func servesFilesAndAddsTheReloadScriptToPages() throws {
        let root = try makeSite()
        defer { try? FileManager.default.removeItem(at: root) }
        let server = PreviewServer(root: root, port: 0)

        let page = server.respond(to: .init(method: "GET", target: "/"))
        #expect(page.status == 200)
        #expect(page.headers["Content-Type"] == "text/html; charset=utf-8")
        let html = String(decoding: page.body, as: UTF8.self)
        #expect(html.contains("<p>Index</p><script>"))
        #expect(html.contains("fetch('/__underbrace/reload?since=' + seen"))
        #expect(html.hasSuffix("</script>\n</body></html>"))

        let css = server.respond(to: .init(method: "GET", target: "/style.css?v=1"))
        #expect(css.status == 200)
        #expect(css.headers["Content-Type"] == "text/css; charset=utf-8")
        #expect(css.body == Data("p { color: red }".utf8))

        #expect(server.respond(to: .init(method: "GET", target: "/lesson")).headers["Location"] == "/lesson/")
        #expect(server.respond(to: .init(method: "GET", target: "/lesson/")).status == 200)
        #expect(server.respond(to: .init(method: "GET", target: "/missing.html")).status == 404)
        #expect(server.respond(to: .init(method: "GET", target: "/../etc/passwd")).status == 404)
        #expect(server.respond(to: .init(method: "GET", target: "/lesson/%2e%2e/%2e%2e/etc/passwd")).status == 404)
        #expect(server.respond(to: .init(method: "POST", target: "/")).status == 405)
    }

    @Test func aReloadAnswersTheWaitingPoll() throws {
        let root = try makeSite()
        defer { try? FileManager.default.removeItem(at: root) }
        let server = PreviewServer(root: root, port: 0)
        server.pollTimeout = 10
        // The poll blocks, as it does on a server thread: give it a thread of its own.
        let answered = DispatchSemaphore(value: 0)
        let answer = Answer()
        Thread {
            answer.set(server.respond(to: .init(method: "GET", target: "/__underbrace/reload?since=0")))
            answered.signal()
        }.start()
        Thread.sleep(forTimeInterval: 0.2)
        server.reload()
        #expect(answered.wait(timeout: .now() + 5) == .success)
        #expect(answer.body == "1")
        // A page served now carries the new generation, and its poll waits for the next.
        #expect(String(decoding: server.respond(to: .init(method: "GET", target: "/")).body, as: UTF8.self).contains("})(1);"))
    }

    /// A response handed from the polling thread to the test.
    final class Answer: @unchecked Sendable {
        private let lock = NSLock()
        private var response: PreviewServer.Response?
        func set(_ value: PreviewServer.Response) { lock.withLock { response = value } }
        var body: String? { lock.withLock { response.map { String(decoding: $0.body, as: UTF8.self) } } }
    }

    @Test func answersOverARealSocket() async throws {
        let root = try makeSite()
        defer { try? FileManager.default.removeItem(at: root) }
        let server = PreviewServer(root: root, port: 0)
        try server.start()
        defer { server.stop() }
        #expect(server.port != 0)
        let url = URL(string: "http://127.0.0.1:\(server.port)/style.css")!
        let (data, response) = try await URLSession.shared.data(from: url)
        #expect((response as? HTTPURLResponse)?.statusCode == 200)
        #expect(data == Data("p { color: red }".utf8))
    }

    @Test func theWatcherNoticesAnEdit() throws {
        let root = try makeSite()
        defer { try? FileManager.default.removeItem(at: root) }
        let watcher = ContentWatcher(folders: [root])
        let before = watcher.fingerprint()
        #expect(before.count == 3)
        try Data("p { color: blue; }".utf8).write(to: root.appendingPathComponent("style.css"))
        #expect(watcher.fingerprint() != before)
    }
}
