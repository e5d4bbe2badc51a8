import Foundation

/// The typesetter's answers from earlier builds, in one JSON file under the work
/// folder, so that a build whose formulas and code were all seen before does not start
/// node at all (loading KaTeX and highlight.js is most of a warm build's time).
///
/// Answers are keyed by the formula (TeX and display mode) or the code (language and
/// text), and are valid only for the KaTeX and highlight.js they came from: the file
/// records those scripts' sizes and modification times, and a mismatch empties it.
/// KaTeX's errors are answers too, so a broken formula is reported again without node.
struct TypesetCache {
    private struct Contents: Codable {
        var engines: String
        var math: [String: Answer] = [:]
        var code: [String: String?] = [:]
    }

    private struct Answer: Codable {
        var html: String?
        var error: String?
    }

    let file: URL
    private var contents: Contents
    private var changed = false

    /// The cache in `file` for `typesetter`'s scripts (empty if the file is missing,
    /// unreadable or from other scripts).
    init(file: URL, typesetter: Typesetter) {
        self.file = file
        let engines = Self.engines(typesetter)
        if let data = try? Data(contentsOf: file),
            let stored = try? JSONDecoder().decode(Contents.self, from: data), stored.engines == engines
        {
            contents = stored
        } else {
            contents = Contents(engines: engines)
        }
    }

    /// What the cache knows of `math` and `code`, and what it does not.
    func lookUp(math: [Typesetter.Formula], code: [Typesetter.Code])
        -> (known: Typesetter.Output, missingMath: [Typesetter.Formula], missingCode: [Typesetter.Code])
    {
        var known = Typesetter.Output()
        var missingMath: [Typesetter.Formula] = [], missingCode: [Typesetter.Code] = []
        for formula in Set(math) {
            if let answer = contents.math[Self.key(formula)] {
                known.math[formula] = answer.html.map { .success($0) }
                    ?? .failure(Typesetter.KatexError(message: answer.error ?? "unknown KaTeX error"))
            } else {
                missingMath.append(formula)
            }
        }
        for snippet in Set(code) {
            if let answer = contents.code[Self.key(snippet)] {
                if let html = answer { known.code[snippet] = html }
            } else {
                missingCode.append(snippet)
            }
        }
        return (known, missingMath, missingCode)
    }

    /// Adds node's answers for the formulas and code it was asked about.
    mutating func store(_ output: Typesetter.Output, math: [Typesetter.Formula], code: [Typesetter.Code]) {
        for formula in math {
            switch output.math[formula] {
            case .success(let html)?: contents.math[Self.key(formula)] = Answer(html: html)
            case .failure(let error)?: contents.math[Self.key(formula)] = Answer(error: error.message)
            case nil: continue
            }
            changed = true
        }
        for snippet in code {
            contents.code[Self.key(snippet)] = .some(output.code[snippet])
            changed = true
        }
    }

    /// Writes the file if anything was added (a failure to write only costs speed).
    func save() {
        guard changed, let data = try? JSONEncoder().encode(contents) else { return }
        try? FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try? data.write(to: file, options: .atomic)
    }

    private static func key(_ formula: Typesetter.Formula) -> String {
        (formula.display ? "display " : "inline ") + formula.tex
    }

    private static func key(_ code: Typesetter.Code) -> String {
        code.language + "\n" + code.text
    }

    /// The identity of the scripts that typeset: their paths, sizes and times.
    private static func engines(_ typesetter: Typesetter) -> String {
        [typesetter.katexScript, typesetter.highlightScript].map { url in
            let values = try? url.resourceValues(forKeys: [.fileSizeKey, .contentModificationDateKey])
            let size = values?.fileSize ?? -1
            let time = values?.contentModificationDate?.timeIntervalSince1970 ?? 0
            return "\(url.path) \(size) \(time)"
        }.joined(separator: "; ")
    }
}

extension Typesetter {
    /// As ``run(math:code:)``, answering from `cache` what it knows and asking node
    /// only for the rest (not at all when the cache knows everything).
    func run(math: [Formula], code: [Code], cache: inout TypesetCache) throws -> Output {
        var (output, missingMath, missingCode) = cache.lookUp(math: math, code: code)
        guard !missingMath.isEmpty || !missingCode.isEmpty else { return output }
        let fresh = try run(math: missingMath, code: missingCode)
        cache.store(fresh, math: missingMath, code: missingCode)
        output.math.merge(fresh.math) { _, new in new }
        output.code.merge(fresh.code) { _, new in new }
        return output
    }
}
