import Foundation

/// Typesets a build's formulas and highlights its code, in one `node` process:
///
/// - TeX to HTML with MathML (kept for screen readers) by the KaTeX of Debian's
///   `libjs-katex`;
/// - code to HTML spans by the highlight.js of Debian's `node-highlight.js`.
///
/// Starting node costs tens of milliseconds, a formula or a block a fraction of one,
/// so every page of a build is done in a single process.
public struct Typesetter: Sendable {
    /// KaTeX's CommonJS build.
    public var katexScript: URL
    /// highlight.js's CommonJS entry point.
    public var highlightScript: URL

    public static let debianKatex = URL(fileURLWithPath: "/usr/share/javascript/katex/katex.js")
    public static let debianHighlight = URL(fileURLWithPath: "/usr/share/nodejs/highlight.js/lib/index.js")

    public init(katexScript: URL = Typesetter.debianKatex, highlightScript: URL = Typesetter.debianHighlight) {
        self.katexScript = katexScript
        self.highlightScript = highlightScript
    }

    /// A formula to typeset.
    public struct Formula: Hashable, Sendable, Codable {
        public var tex: String
        public var display: Bool

        public init(tex: String, display: Bool) {
            self.tex = tex
            self.display = display
        }
    }

    /// Code to highlight, in a language highlight.js may know (`swift`, `python`, …).
    public struct Code: Hashable, Sendable, Codable {
        public var text: String
        public var language: String

        public init(text: String, language: String) {
            self.text = text
            self.language = language
        }
    }

    /// What a run produced.
    public struct Output: Sendable {
        /// The HTML of each formula, or KaTeX's error message for it.
        public var math: [Formula: Result<String, KatexError>] = [:]
        /// The highlighted HTML of each piece of code whose language highlight.js knows.
        public var code: [Code: String] = [:]

        public init() {}

        /// The typeset formulas that succeeded.
        public var typesetMath: [Formula: String] {
            math.compactMapValues { try? $0.get() }
        }
    }

    /// KaTeX's complaint about a formula, e.g. `Undefined control sequence: \frak`.
    public struct KatexError: Error, Hashable, Sendable {
        public var message: String
    }

    public func run(math: [Formula], code: [Code]) throws -> Output {
        guard !math.isEmpty || !code.isEmpty else { return Output() }
        for (script, package) in [(katexScript, "libjs-katex"), (highlightScript, "node-highlight.js")]
        where !FileManager.default.fileExists(atPath: script.path) {
            throw LessonError.toolchain(
                "\(script.lastPathComponent) is missing (\(script.path)); install it with `apt-get install \(package)`")
        }
        let formulas = Array(Set(math)).sorted { ($0.tex, $0.display ? 1 : 0) < ($1.tex, $1.display ? 1 : 0) }
        let snippets = Array(Set(code)).sorted { ($0.language, $0.text) < ($1.language, $1.text) }
        let request = Request(math: formulas, code: snippets)
        var environment = ProcessInfo.processInfo.environment
        environment["HLJS_HIDE_UPGRADE_WARNING"] = "1"
        let outcome = try ChildProcess(
            executable: URL(fileURLWithPath: "/usr/bin/env"),
            arguments: ["node", "-e", Self.script, katexScript.path, highlightScript.path],
            environment: environment,
            input: try JSONEncoder().encode(request)
        ).run()
        guard outcome.status == 0 else {
            throw LessonError.toolchain(
                "node could not run KaTeX and highlight.js (is `nodejs` installed?):\n"
                    + String(decoding: outcome.stderr, as: UTF8.self))
        }
        let reply = try JSONDecoder().decode(Reply.self, from: outcome.stdout)
        var output = Output()
        for (formula, answer) in zip(formulas, reply.math) {
            if let html = answer.html {
                output.math[formula] = .success(html)
            } else {
                output.math[formula] = .failure(KatexError(message: answer.error ?? "unknown KaTeX error"))
            }
        }
        for (snippet, html) in zip(snippets, reply.code) {
            if let html { output.code[snippet] = html }
        }
        return output
    }

    private struct Request: Encodable {
        var math: [Formula]
        var code: [Code]
    }

    private struct Reply: Decodable {
        struct Answer: Decodable {
            var html: String?
            var error: String?
        }
        var math: [Answer]
        var code: [String?]
    }

    /// Reads `{math: [...], code: [...]}` on stdin and writes the answers in order.
    static let script = """
        const katex = require(process.argv[1]);
        const hljs = require(process.argv[2]);
        hljs.configure({ hideUpgradeWarningAcceptNoSupportOrSecurityUpdates: true });
        let input = '';
        process.stdin.setEncoding('utf8');
        process.stdin.on('data', chunk => { input += chunk; });
        process.stdin.on('end', () => {
          const request = JSON.parse(input);
          const math = request.math.map(formula => {
            try {
              return { html: katex.renderToString(formula.tex,
                { displayMode: formula.display, throwOnError: true, output: 'htmlAndMathml' }) };
            } catch (error) {
              return { error: String(error.message || error) };
            }
          });
          const code = request.code.map(snippet => {
            if (!hljs.getLanguage(snippet.language)) return null;
            try {
              return hljs.highlight(snippet.language, snippet.text, true).value;
            } catch (error) {
              return null;
            }
          });
          process.stdout.write(JSON.stringify({ math, code }));
        });
        """
}
