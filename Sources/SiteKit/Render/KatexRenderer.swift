import Foundation

/// Typesets TeX formulas to HTML (with MathML for screen readers) at build time, with
/// the KaTeX that Debian's `libjs-katex` installs, run under `node`.
///
/// One node process renders every formula of a build: starting node costs tens of
/// milliseconds, a formula a fraction of one.
public struct KatexRenderer: Sendable {
    /// KaTeX's CommonJS build.
    public var katexScript: URL

    public static let debianKatex = URL(fileURLWithPath: "/usr/share/javascript/katex/katex.js")

    public init(katexScript: URL = KatexRenderer.debianKatex) {
        self.katexScript = katexScript
    }

    /// A formula to typeset.
    public struct Request: Hashable, Sendable, Codable {
        public var tex: String
        public var display: Bool
    }

    /// The HTML of each formula, or KaTeX's error message for it.
    public func render(_ requests: [Request]) throws -> [Request: Result<String, KatexError>] {
        guard !requests.isEmpty else { return [:] }
        guard FileManager.default.fileExists(atPath: katexScript.path) else {
            throw LessonError.toolchain(
                "KaTeX is missing (\(katexScript.path)); install it with `apt-get install libjs-katex`")
        }
        let unique = Array(Set(requests))
        let outcome = try ChildProcess(
            executable: URL(fileURLWithPath: "/usr/bin/env"),
            arguments: ["node", "-e", Self.script, katexScript.path],
            input: try JSONEncoder().encode(unique)
        ).run()
        guard outcome.status == 0 else {
            throw LessonError.toolchain(
                "node could not run KaTeX (is `nodejs` installed?):\n" + String(decoding: outcome.stderr, as: UTF8.self))
        }
        let replies = try JSONDecoder().decode([Reply].self, from: outcome.stdout)
        var results: [Request: Result<String, KatexError>] = [:]
        for (request, reply) in zip(unique, replies) {
            if let html = reply.html {
                results[request] = .success(html)
            } else {
                results[request] = .failure(KatexError(message: reply.error ?? "unknown KaTeX error"))
            }
        }
        return results
    }

    /// KaTeX's complaint about a formula, e.g. `Undefined control sequence: \frak`.
    public struct KatexError: Error, Hashable, Sendable {
        public var message: String
    }

    private struct Reply: Decodable {
        var html: String?
        var error: String?
    }

    /// Reads a JSON array of requests on stdin, writes a JSON array of replies.
    static let script = """
        const katex = require(process.argv[1]);
        let input = '';
        process.stdin.setEncoding('utf8');
        process.stdin.on('data', chunk => { input += chunk; });
        process.stdin.on('end', () => {
          const replies = JSON.parse(input).map(request => {
            try {
              return { html: katex.renderToString(request.tex,
                { displayMode: request.display, throwOnError: true, output: 'htmlAndMathml' }) };
            } catch (error) {
              return { error: String(error.message || error) };
            }
          });
          process.stdout.write(JSON.stringify(replies));
        });
        """
}
