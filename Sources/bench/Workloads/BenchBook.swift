import Foundation

/// The three lessons of the site benchmark (BENCHMARKS.md S), written as a reader of
/// the README would write them, and the edits the benchmark makes to them.
///
/// Each page has about 60 lines of prose, two display formulas, four code blocks that
/// print and one line plot, like the pages `Scripts/bench/jupyter_book_site.py` gives
/// Jupyter Book. Edits replace one marked piece of a page: the build number in a code
/// comment (a clean build: code never run before), a word in the prose, or the width
/// of the plotted line (a number in one code block that changes no printed output).
struct BenchBook {
    let runToken: String
    /// Which clean build this is; part of every page's code.
    var build = 0
    /// How many prose-only edits page 1 has had.
    var proseEdits = 0
    /// How many times the line width in page 2's plot has changed.
    var lineWidthEdits = 0
    /// The pages as `site update` recorded them, outputs included.
    private var recorded: [String: String] = [:]

    static let slugs = ["bench-one", "bench-two", "bench-three"]

    init(runToken: String) {
        self.runToken = runToken
    }

    /// Slug and Markdown of every page, with the current edits applied.
    var pages: [(String, String)] {
        Self.slugs.enumerated().map { index, slug in
            var text = recorded[slug] ?? Self.page(index + 1, runToken: runToken)
            text = text.replacingOccurrences(of: "build 0 of run", with: "build \(build) of run")
            if index == 0 { text = text.replacingOccurrences(of: "(draft 0)", with: "(draft \(proseEdits))") }
            if index == 1 {
                text = text.replacingOccurrences(
                    of: "width: 1.00", with: String(format: "width: %.2f", 1 + 0.25 * Double(lineWidthEdits)))
            }
            return (slug, text)
        }
    }

    /// Keeps the pages as `site update` wrote them into `folder`.
    mutating func recordOutputs(from folder: URL) {
        for slug in Self.slugs {
            recorded[slug] = try? String(contentsOf: folder.appendingPathComponent("\(slug).md"), encoding: .utf8)
        }
    }

    /// Page `number` (1…3) without recorded outputs.
    static func page(_ number: Int, runToken: String) -> String {
        let scale = Double(number)
        var text = """
            ---
            title: Benchmark page \(number)
            description: A page of the site benchmark.
            part: 7
            order: \(number)
            authors: [Underbrace]
            date: 2026-11-25
            ---

            """
        for block in 0..<4 {
            text += prose(paragraph: block, page: number) + "\n"
            if block < 2 {
                text += block == 0
                    ? "$$\n\\bar x = \\frac{1}{n} \\sum_{i=1}^{n} x_i\n$$\n\n"
                    : "$$\n\\sigma^2 = \\frac{1}{n} \\sum_{i=1}^{n} (x_i - \\bar x)^2\n$$\n\n"
            }
            text += """
                ```swift
                // build 0 of run \(runToken), block \(block)
                let x\(block) = Tensor<Double>((0..<1000).map { Double($0) * \(scale) / 1000 })
                print("sum", x\(block).sum().scalar, "mean", x\(block).mean().scalar)
                ```


                """
        }
        text += prose(paragraph: 4, page: number) + "\n"
        text += """
            ```swift
            let grid = (0...200).map { Double($0) / 20 }
            var figure = Figure()
            figure.axes.line(x: grid, y: grid.map { sin(\(scale) * $0) }, width: 1.00)
            show(figure, caption: "A sine wave, drawn from 201 points.")
            ```

            """
        text += prose(paragraph: 5, page: number)
        return text
    }

    /// The sentences the prose is made of, shared with the Jupyter Book side
    /// (`Scripts/bench/site-book-prose.txt`) so that both build the same text.
    static let sentences: [String] = {
        let file = PythonReference.packageRoot.appendingPathComponent("Scripts/bench/site-book-prose.txt")
        guard let text = try? String(contentsOf: file, encoding: .utf8) else {
            fatalError("bench: cannot read \(file.path), which the site benchmark's pages are made of")
        }
        return text.split(separator: "\n").map(String.init).filter { !$0.isEmpty }
    }()

    /// Ten lines of prose from ``sentences`` (and a status line in the first paragraph).
    private static func prose(paragraph: Int, page: Int) -> String {
        let lines = (0..<10).map { line in sentences[(line + paragraph + page) % sentences.count] }
        let status = paragraph == 0 ? ["This page is in its first version (draft 0)."] : []
        return (lines + status).joined(separator: "\n") + "\n"
    }
}
