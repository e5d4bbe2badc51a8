import Foundation

/// Renders lessons into pages and writes the whole site, atomically as far as a file
/// system allows: into a staging folder under the work folder first, which then
/// replaces the output folder. A failed build never leaves a half-written site.
struct SiteWriter {
    var options: SiteOptions
    var templates: SiteTemplates

    init(options: SiteOptions) throws {
        self.options = options
        templates = try SiteTemplates(folder: URL(fileURLWithPath: options.templates), displayPath: options.templates)
    }

    /// Writes pages for the renderable lessons and the index; returns the outcomes with
    /// any math errors added.
    func write(_ outcomes: [LessonOutcome]) throws -> [LessonOutcome] {
        var outcomes = outcomes
        let pages = outcomes.indices.filter { outcomes[$0].isRenderable }.sorted {
            let a = outcomes[$0].lesson!, b = outcomes[$1].lesson!
            return (a.frontMatter.part, a.frontMatter.order, a.slug) < (b.frontMatter.part, b.frontMatter.order, b.slug)
        }

        // Typeset every formula of the build in one KaTeX process.
        let renderers = Dictionary(uniqueKeysWithValues: pages.map { index in
            let outcome = outcomes[index]
            return (index, LessonRenderer(lesson: outcome.lesson!, transcript: outcome.run?.transcript,
                                          verification: outcome.verification))
        })
        let formulas = renderers.mapValues(\.formulas)
        let requests = formulas.values.flatMap { $0.map { KatexRenderer.Request(tex: $0.tex, display: $0.display) } }
        let typeset = try KatexRenderer(katexScript: options.katex).render(requests)
        var math: [KatexRenderer.Request: String] = [:]
        for (request, result) in typeset {
            if case .success(let html) = result { math[request] = html }
        }
        for (index, lessonFormulas) in formulas {
            for formula in lessonFormulas {
                let request = KatexRenderer.Request(tex: formula.tex, display: formula.display)
                if case .failure(let error)? = typeset[request] {
                    outcomes[index].errors.append(
                        .math(outcomes[index].lesson!.location(line: formula.line), error.message))
                }
            }
        }

        let work = URL(fileURLWithPath: options.workFolder, isDirectory: true)
        let staging = work.appendingPathComponent("staging-site", isDirectory: true)
        let fileManager = FileManager.default
        try? fileManager.removeItem(at: staging)
        try fileManager.createDirectory(at: staging, withIntermediateDirectories: true)

        for (position, index) in pages.enumerated() {
            let outcome = outcomes[index]
            let lesson = outcome.lesson!
            let folder = staging.appendingPathComponent(lesson.slug, isDirectory: true)
            try fileManager.createDirectory(at: folder.appendingPathComponent("figures"), withIntermediateDirectories: true)
            let transcript = outcome.run!.transcript
            for figure in transcript.blocks.values.flatMap(\.figures) {
                try fileManager.copyItem(
                    at: outcome.run!.figureFolder.appendingPathComponent(figure.file),
                    to: folder.appendingPathComponent("figures/\(figure.file)"))
            }
            var context = pageContext(lesson, transcript: transcript, verification: outcome.verification)
            context["body"] = renderers[index]!.body(math: math)
            if position > 0 { context["previous"] = link(outcomes[pages[position - 1]].lesson!) }
            if position + 1 < pages.count { context["next"] = link(outcomes[pages[position + 1]].lesson!) }
            try write(templates.render("lesson", context), to: folder.appendingPathComponent("index.html"))
        }
        try write(templates.render("index", indexContext(pages.map { outcomes[$0].lesson! })),
                  to: staging.appendingPathComponent("index.html"))
        try copyAssets(into: staging.appendingPathComponent("assets", isDirectory: true))
        try replaceOutput(with: staging)
        return outcomes
    }

    private func write(_ text: String, to url: URL) throws {
        try Data(text.utf8).write(to: url)
    }

    private func link(_ lesson: Lesson) -> [String: Any] {
        ["slug": lesson.slug, "title": lesson.frontMatter.title]
    }

    private func pageContext(_ lesson: Lesson, transcript: RunTranscript, verification: Verification?) -> [String: Any] {
        let front = lesson.frontMatter
        let statuses = verification?.statuses.values ?? [:].values
        return [
            "root": "../",
            "title": front.title,
            "description": front.description,
            "partNumeral": Curriculum.numeral(ofPart: front.part),
            "partName": Curriculum.name(ofPart: front.part),
            "authors": front.authors.joined(separator: ", "),
            "date": front.date,
            "engineVersion": transcript.engineVersion,
            "verifiedBlocks": statuses.filter { $0 == .verified }.count,
            "runBlocks": statuses.filter { $0 != .notRun }.count,
            "runTime": Self.duration(transcript.totalSeconds) + (transcript.date.isEmpty ? "" : " on \(transcript.date)"),
        ]
    }

    private func indexContext(_ lessons: [Lesson]) -> [String: Any] {
        let parts = Dictionary(grouping: lessons, by: \.frontMatter.part).sorted { $0.key < $1.key }
        return [
            "root": "",
            "parts": parts.map { part, lessons -> [String: Any] in
                [
                    "numeral": Curriculum.numeral(ofPart: part),
                    "name": Curriculum.name(ofPart: part),
                    "lessons": lessons.map { lesson -> [String: Any] in
                        [
                            "slug": lesson.slug, "title": lesson.frontMatter.title,
                            "description": lesson.frontMatter.description,
                            "readingTime": Self.readingMinutes(lesson),
                        ]
                    },
                ]
            },
        ]
    }

    /// `0.042 s`, `3.1 s`: enough digits to be meaningful for short and long runs.
    static func duration(_ seconds: Double) -> String {
        String(format: seconds < 1 ? "%.3f s" : "%.1f s", seconds)
    }

    /// Minutes to read the prose and code at about 200 words a minute.
    static func readingMinutes(_ lesson: Lesson) -> Int {
        let words = lesson.body.split(whereSeparator: \.isWhitespace).count
        return max(1, Int((Double(words) / 200).rounded()))
    }

    /// The project's stylesheet and KaTeX's stylesheet and WOFF2 fonts.
    private func copyAssets(into assets: URL) throws {
        let fileManager = FileManager.default
        let ownAssets = URL(fileURLWithPath: options.templates).appendingPathComponent("assets")
        if fileManager.fileExists(atPath: ownAssets.path) {
            try fileManager.copyItem(at: ownAssets, to: assets)
        } else {
            try fileManager.createDirectory(at: assets, withIntermediateDirectories: true)
        }
        let katexFolder = options.katex.deletingLastPathComponent()
        let katexAssets = assets.appendingPathComponent("katex/fonts", isDirectory: true)
        try fileManager.createDirectory(at: katexAssets, withIntermediateDirectories: true)
        try fileManager.copyItem(
            at: katexFolder.appendingPathComponent("katex.min.css"),
            to: assets.appendingPathComponent("katex/katex.min.css"))
        let fonts = katexFolder.appendingPathComponent("fonts").resolvingSymlinksInPath()
        for font in try fileManager.contentsOfDirectory(atPath: fonts.path) where font.hasSuffix(".woff2") {
            try fileManager.copyItem(at: fonts.appendingPathComponent(font), to: katexAssets.appendingPathComponent(font))
        }
    }

    /// Puts the staged site in place of the output folder.
    private func replaceOutput(with staging: URL) throws {
        let fileManager = FileManager.default
        let output = URL(fileURLWithPath: options.output, isDirectory: true)
        let retired = URL(fileURLWithPath: options.workFolder).appendingPathComponent("retired-site")
        try? fileManager.removeItem(at: retired)
        if fileManager.fileExists(atPath: output.path) {
            try fileManager.moveItem(at: output, to: retired)
        }
        do {
            try fileManager.moveItem(at: staging, to: output)
        } catch {
            if fileManager.fileExists(atPath: retired.path) { try? fileManager.moveItem(at: retired, to: output) }
            throw error
        }
        try? fileManager.removeItem(at: retired)
    }
}
