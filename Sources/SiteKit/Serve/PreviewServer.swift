import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A small HTTP server for previewing the built site on this machine.
///
/// It serves the files of one folder on 127.0.0.1, and gives every HTML page a
/// few lines of script that wait (by long polling `/__underbrace/reload`) for the
/// next ``reload()`` and then reload the page. The pages on disk stay as the build
/// wrote them: the script is added only to what is sent.
///
/// It is deliberately plain — blocking sockets, a thread per request, `GET` and
/// `HEAD` only — since it only ever talks to the author's own browser.
public final class PreviewServer: @unchecked Sendable {
    /// The folder whose files are served.
    public let root: URL
    /// The port the server listens on (known after ``start()``).
    public private(set) var port: UInt16

    private var listener: Int32 = -1
    private let condition = NSCondition()
    private var generation = 0
    private var stopped = false

    /// How long a reload poll waits before answering "no change".
    public var pollTimeout: TimeInterval = 25

    /// A server for `root` on `port` (0 picks a free port).
    public init(root: URL, port: UInt16 = 8000) {
        self.root = root.standardizedFileURL
        self.port = port
    }

    deinit { stop() }

    /// Binds 127.0.0.1:`port` and starts accepting connections in the background.
    public func start() throws {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { throw ServerError("cannot create a socket: \(errnoText())") }
        var yes: Int32 = 1
        setsockopt(socket, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0 else {
            let reason = errnoText()
            close(socket)
            throw ServerError("cannot listen on 127.0.0.1:\(port): \(reason) (is another server using the port? try --port)")
        }
        guard listen(socket, 64) == 0 else {
            close(socket)
            throw ServerError("cannot listen: \(errnoText())")
        }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(socket, $0, &length) }
        }
        port = UInt16(bigEndian: address.sin_port)
        listener = socket
        let thread = Thread { [weak self] in self?.acceptLoop(socket) }
        thread.name = "PreviewServer"
        thread.start()
    }

    /// Stops accepting connections and releases every waiting poll.
    public func stop() {
        condition.lock()
        stopped = true
        condition.broadcast()
        condition.unlock()
        if listener >= 0 {
            shutdown(listener, Int32(SHUT_RDWR))
            close(listener)
            listener = -1
        }
    }

    /// Tells every open page to reload.
    public func reload() {
        condition.lock()
        generation += 1
        condition.broadcast()
        condition.unlock()
    }

    // MARK: - Connections

    private func acceptLoop(_ socket: Int32) {
        while true {
            let connection = accept(socket, nil, nil)
            if connection < 0 {
                if errno == EINTR { continue }
                return  // the listener was closed
            }
            var timeout = timeval(tv_sec: 10, tv_usec: 0)
            setsockopt(connection, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
            DispatchQueue.global().async { [weak self] in
                self?.handle(connection)
                close(connection)
            }
        }
    }

    private func handle(_ connection: Int32) {
        guard let request = readRequest(connection) else { return }
        let response = respond(to: request)
        var data = Data("HTTP/1.1 \(response.status) \(Self.reason(response.status))\r\n".utf8)
        var headers = response.headers
        headers["Content-Length"] = String(response.body.count)
        headers["Connection"] = "close"
        headers["Cache-Control"] = "no-store"
        for (name, value) in headers.sorted(by: { $0.key < $1.key }) {
            data += Data("\(name): \(value)\r\n".utf8)
        }
        data += Data("\r\n".utf8)
        if request.method != "HEAD" { data += response.body }
        data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let sent = send(connection, buffer.baseAddress! + offset, buffer.count - offset, Int32(MSG_NOSIGNAL))
                if sent <= 0 { return }
                offset += sent
            }
        }
    }

    /// A request: its method and its path with the query.
    struct Request {
        var method: String
        var target: String
    }

    private func readRequest(_ connection: Int32) -> Request? {
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 4096)
        while data.count < 65536 {
            let count = recv(connection, &buffer, buffer.count, 0)
            if count <= 0 { return nil }
            data.append(contentsOf: buffer[0..<count])
            if data.range(of: Data("\r\n\r\n".utf8)) != nil { break }
        }
        guard let line = String(decoding: data, as: UTF8.self).split(separator: "\r\n").first else { return nil }
        let parts = line.split(separator: " ")
        guard parts.count >= 2 else { return nil }
        return Request(method: String(parts[0]), target: String(parts[1]))
    }

    /// An answer to send.
    struct Response {
        var status: Int
        var headers: [String: String] = [:]
        var body = Data()
    }

    func respond(to request: Request) -> Response {
        guard request.method == "GET" || request.method == "HEAD" else {
            return Response(status: 405, headers: ["Allow": "GET, HEAD"], body: Data("only GET and HEAD\n".utf8))
        }
        let (path, query) = Self.split(request.target)
        if path == "/__underbrace/reload" {
            let since = query.flatMap { Int($0.replacingOccurrences(of: "since=", with: "")) } ?? 0
            return Response(status: 200, headers: ["Content-Type": "text/plain; charset=utf-8"],
                            body: Data(String(waitForReload(after: since)).utf8))
        }
        if !path.hasSuffix("/"), let file = resolve(path), file.lastPathComponent == "index.html",
            !path.hasSuffix("/index.html")
        {
            // A folder without its slash: redirect, so the page's relative links resolve.
            return Response(status: 301, headers: ["Location": path + "/" + (query.map { "?" + $0 } ?? "")])
        }
        guard let file = resolve(path) else {
            return Response(status: 404, headers: ["Content-Type": "text/plain; charset=utf-8"],
                            body: Data("not found: \(path)\n".utf8))
        }
        guard var body = try? Data(contentsOf: file) else {
            return Response(status: 403, headers: ["Content-Type": "text/plain; charset=utf-8"], body: Data("cannot read \(path)\n".utf8))
        }
        let type = Self.contentType(file.pathExtension)
        if file.pathExtension == "html" {
            body = Self.injectingReloadScript(into: body, generation: currentGeneration)
        }
        return Response(status: 200, headers: ["Content-Type": type], body: body)
    }

    private var currentGeneration: Int {
        condition.lock()
        defer { condition.unlock() }
        return generation
    }

    /// Waits until the generation passes `since` (or the poll times out); returns it.
    private func waitForReload(after since: Int) -> Int {
        let deadline = Date().addingTimeInterval(pollTimeout)
        condition.lock()
        defer { condition.unlock() }
        while generation <= since, !stopped, condition.wait(until: deadline) {}
        return generation
    }

    /// The file for a URL path, or `nil` when there is none or it lies outside the root.
    func resolve(_ path: String) -> URL? {
        guard let decoded = path.removingPercentEncoding, !decoded.contains("\0") else { return nil }
        var components: [String] = []
        for part in decoded.split(separator: "/") {
            switch part {
            case ".": continue
            case "..": return nil
            default: components.append(String(part))
            }
        }
        var url = root
        for component in components { url.appendPathComponent(component) }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else { return nil }
        if isDirectory.boolValue {
            url.appendPathComponent("index.html")
            guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        }
        guard url.standardizedFileURL.path.hasPrefix(root.path) else { return nil }
        return url
    }

    static func split(_ target: String) -> (path: String, query: String?) {
        guard let mark = target.firstIndex(of: "?") else { return (target, nil) }
        return (String(target[..<mark]), String(target[target.index(after: mark)...]))
    }

    /// The page with the live-reload script before its `</body>`.
    static func injectingReloadScript(into page: Data, generation: Int) -> Data {
        let script = """
            <script>
            (function poll(seen) {
              fetch('/__underbrace/reload?since=' + seen, { cache: 'no-store' })
                .then(response => response.text())
                .then(text => { const now = Number(text); if (now > seen) location.reload(); else poll(seen); })
                .catch(() => setTimeout(() => poll(seen), 1000));
            })(\(generation));
            </script>

            """
        let html = String(decoding: page, as: UTF8.self)
        guard let end = html.range(of: "</body>", options: .backwards) else { return Data((html + script).utf8) }
        return Data(html.replacingCharacters(in: end.lowerBound..<end.lowerBound, with: script).utf8)
    }

    static func contentType(_ pathExtension: String) -> String {
        switch pathExtension.lowercased() {
        case "html": return "text/html; charset=utf-8"
        case "css": return "text/css; charset=utf-8"
        case "js": return "text/javascript; charset=utf-8"
        case "svg": return "image/svg+xml"
        case "png": return "image/png"
        case "jpg", "jpeg": return "image/jpeg"
        case "woff2": return "font/woff2"
        case "woff": return "font/woff"
        case "json": return "application/json"
        case "txt": return "text/plain; charset=utf-8"
        default: return "application/octet-stream"
        }
    }

    static func reason(_ status: Int) -> String {
        switch status {
        case 200: return "OK"
        case 301: return "Moved Permanently"
        case 403: return "Forbidden"
        case 404: return "Not Found"
        case 405: return "Method Not Allowed"
        default: return "Error"
        }
    }

    private func errnoText() -> String { String(cString: strerror(errno)) }

    /// The server could not start.
    public struct ServerError: Error, CustomStringConvertible {
        public var description: String
        init(_ description: String) { self.description = description }
    }
}
