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
    func write(_ outcomes: [LessonOutcome], bibliography: Bibliography) throws -> [LessonOutcome] {
        var outcomes = outcomes
        let pages = outcomes.indices.filter { outcomes[$0].isRenderable }.sorted {
            let a = outcomes[$0].lesson!, b = outcomes[$1].lesson!
            return (a.frontMatter.part, a.frontMatter.order, a.slug) < (b.frontMatter.part, b.frontMatter.order, b.slug)
        }

        // Typeset every formula and highlight every block of the build in one node
        // process, or none when earlier builds saw them all.
        let renderers = pages.map { index in
            let outcome = outcomes[index]
            return LessonRenderer(lesson: outcome.lesson!, transcript: outcome.run?.transcript,
                                  verification: outcome.verification, bibliography: bibliography,
                                  figureFolder: outcome.run?.figureFolder)
        }
        let formulas = renderers.flatMap { $0.formulas.map { Typesetter.Formula(tex: $0.tex, display: $0.display) } }
        let work = URL(fileURLWithPath: options.workFolder, isDirectory: true)
        var cache = TypesetCache(file: work.appendingPathComponent("typeset-cache.json"), typesetter: options.typesetter)
        let typeset = options.useCache
            ? try options.typesetter.run(math: formulas, code: renderers.flatMap(\.code), cache: &cache)
            : try options.typesetter.run(math: formulas, code: renderers.flatMap(\.code))
        cache.save()
        for (position, index) in pages.enumerated() {
            for formula in renderers[position].formulas {
                if case .failure(let error)? = typeset.math[Typesetter.Formula(tex: formula.tex, display: formula.display)] {
                    outcomes[index].errors.append(.math(outcomes[index].lesson!.location(line: formula.line), error.message))
                }
            }
        }

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
            let figureFiles = Set(transcript.blocks.values.flatMap { $0.figures.flatMap(\.files) })
            for file in figureFiles.sorted() {
                try fileManager.copyItem(
                    at: outcome.run!.figureFolder.appendingPathComponent(file),
                    to: folder.appendingPathComponent("figures/\(file)"))
            }
            let page = renderers[position].render(typeset)
            var context = PageContext.lesson(lesson, transcript: transcript, verification: outcome.verification, page: page)
            if position > 0 { context["previous"] = PageContext.link(outcomes[pages[position - 1]].lesson!) }
            if position + 1 < pages.count { context["next"] = PageContext.link(outcomes[pages[position + 1]].lesson!) }
            try write(templates.render("lesson", context), to: folder.appendingPathComponent("index.html"))
        }
        let lessons = pages.map { (lesson: outcomes[$0].lesson!, verification: outcomes[$0].verification) }
        try write(templates.render("index", PageContext.index(lessons)), to: staging.appendingPathComponent("index.html"))
        try copyAssets(into: staging.appendingPathComponent("assets", isDirectory: true))
        try replaceOutput(with: staging)
        return outcomes
    }

    private func write(_ text: String, to url: URL) throws {
        try Data(text.utf8).write(to: url)
    }

    /// The project's own assets (stylesheet, icon) and KaTeX's stylesheet and WOFF2
    /// fonts, so that a page loads nothing from another host. Only WOFF2 is copied
    /// (every current browser reads it), and KaTeX's stylesheet names only WOFF2.
    private func copyAssets(into assets: URL) throws {
        let fileManager = FileManager.default
        let ownAssets = URL(fileURLWithPath: options.templates).appendingPathComponent("assets")
        if fileManager.fileExists(atPath: ownAssets.path) {
            try fileManager.copyItem(at: ownAssets, to: assets)
        } else {
            try fileManager.createDirectory(at: assets, withIntermediateDirectories: true)
        }
        let katexFolder = options.typesetter.katexScript.deletingLastPathComponent()
        let katexAssets = assets.appendingPathComponent("katex/fonts", isDirectory: true)
        try fileManager.createDirectory(at: katexAssets, withIntermediateDirectories: true)
        let stylesheet = try String(contentsOf: katexFolder.appendingPathComponent("katex.min.css"), encoding: .utf8)
        try Data(Self.woff2Only(stylesheet).utf8).write(to: assets.appendingPathComponent("katex/katex.min.css"))
        let fonts = katexFolder.appendingPathComponent("fonts").resolvingSymlinksInPath()
        for font in try fileManager.contentsOfDirectory(atPath: fonts.path).sorted() where font.hasSuffix(".woff2") {
            try fileManager.copyItem(at: fonts.appendingPathComponent(font), to: katexAssets.appendingPathComponent(font))
        }
    }

    /// KaTeX's stylesheet with each font's sources cut to its WOFF2 file, the only one
    /// the site ships.
    static func woff2Only(_ stylesheet: String) -> String {
        stylesheet.replacingOccurrences(
            of: #"(url\(fonts/[A-Za-z0-9_-]+\.woff2\) format\('woff2'\))(,url\([^)]*\) format\('[a-z]+'\))+"#,
            with: "$1", options: .regularExpression)
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
