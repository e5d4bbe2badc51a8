import ArgumentParser
import Foundation
import SiteKit

/// `site`: builds the Underbrace website from the lessons in `Content/`.
@main
struct Site: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run, verify and publish the Markdown lessons as a website.",
        discussion: """
            Each lesson's Swift blocks are compiled and run on the engine; every printed output is \
            compared with the one recorded in the Markdown, and the site is written to site/.
            """,
        subcommands: [Build.self, Check.self, Update.self, Serve.self, New.self, List.self, Clean.self],
        defaultSubcommand: Build.self)
}

/// Options shared by the verbs that run lessons.
struct LessonOptions: ParsableArguments {
    @Option(help: "The folder of lesson Markdown files.")
    var content = "Content"

    @Option(help: "The folder the site is written to.")
    var output = "site"

    @Option(help: "The folder of Mustache templates and assets.")
    var templates = "Templates"

    @Option(help: "How many lessons to compile at once.")
    var jobs = max(1, ProcessInfo.processInfo.activeProcessorCount)

    @Flag(help: "Run every lesson even when an identical run is cached.")
    var noCache = false

    @Flag(help: "Fail, rather than skip, a lesson whose data set is missing (the default when CI=true).")
    var requireData = false

    @Argument(help: "Lessons to take, by slug or file name (default: all).")
    var lessons: [String] = []

    var siteOptions: SiteOptions {
        var options = SiteOptions()
        options.content = content
        options.output = output
        options.templates = templates
        options.jobs = jobs
        options.useCache = !noCache
        if requireData { options.requireData = true }
        options.filter = lessons
        return options
    }

    /// A builder over the runtime next to this executable, which is built first if
    /// any of its sources changed since.
    func builder() throws -> SiteBuilder {
        let toolchain = Toolchain.current(packageRoot: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
        do {
            if toolchain.notebookMayBeStale() { try toolchain.buildNotebook() }
        } catch {
            throw ValidationError("\(error)")
        }
        var builder = SiteBuilder(options: siteOptions, toolchain: toolchain)
        // Progress and errors go to standard error, in the order they happen; the
        // summary goes to standard output.
        builder.log = { line in FileHandle.standardError.write(Data((line + "\n").utf8)) }
        return builder
    }
}

/// Writes a line to standard output at once (unbuffered, so a piped `serve` shows it).
func say(_ line: String) {
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
}

/// Prints a report's errors and summary, and fails the command if there were errors.
func finish(_ report: SiteReport, success: String) throws {
    for error in report.allErrors {
        FileHandle.standardError.write(Data((error.description + "\n\n").utf8))
    }
    print(report.summary)
    if report.succeeded {
        print(success)
    } else {
        throw ExitCode.failure
    }
}

extension Site {
    struct Build: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Run and verify the lessons, then render the site (the default).")
        @OptionGroup var options: LessonOptions

        func run() throws {
            let report = try options.builder().build()
            try finish(report, success: "site written to \(options.output)/index.html")
        }
    }

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Run the lessons and verify every recorded output; write no HTML.")
        @OptionGroup var options: LessonOptions

        func run() throws {
            try finish(try options.builder().check(), success: "all outputs verified")
        }
    }

    struct Update: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Run the lessons and record their fresh outputs in the Markdown.")
        @OptionGroup var options: LessonOptions

        func run() throws {
            try finish(try options.builder().update(), success: "all outputs recorded")
        }
    }

    struct Serve: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Build the site, serve it on 127.0.0.1, and rebuild and reload on every edit.",
            discussion: """
                Edits to the lessons or the templates rebuild the site (running only the lessons whose \
                code changed) and reload the pages open in the browser. Stop with Ctrl-C.
                """)
        @OptionGroup var options: LessonOptions

        @Option(help: "The port to listen on (0 picks a free one).")
        var port: UInt16 = 8000

        func run() throws {
            let builder = try options.builder()
            let rebuild = { @Sendable in
                let report = builder.build()
                for error in report.allErrors {
                    FileHandle.standardError.write(Data((error.description + "\n\n").utf8))
                }
                say(report.summary)
            }
            rebuild()
            let server = PreviewServer(root: URL(fileURLWithPath: options.output), port: port)
            do {
                try server.start()
            } catch {
                throw ValidationError("\(error)")
            }
            say("serving http://127.0.0.1:\(server.port)/ — edits to \(options.content)/ and \(options.templates)/ rebuild it; Ctrl-C stops")
            let watcher = ContentWatcher(folders: [
                URL(fileURLWithPath: options.content), URL(fileURLWithPath: options.templates),
            ])
            watcher.start {
                say("change seen; rebuilding")
                rebuild()
                server.reload()
            }
            // Serve until interrupted.
            while true { sleep(3600) }
        }
    }

    struct New: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Create a new lesson from a template.")
        @Option(help: "The folder of lesson Markdown files.")
        var content = "Content"
        @Argument(help: "The lesson's slug, e.g. linear-solves.")
        var slug: String

        func run() throws {
            let formatter = DateFormatter()
            formatter.dateFormat = "yyyy-MM-dd"
            formatter.locale = Locale(identifier: "en_US_POSIX")
            do {
                let path = try LessonScaffold.create(slug: slug, in: content, date: formatter.string(from: Date()))
                print("created \(path); run `swift run site check \(slug)` to verify it")
            } catch {
                throw ValidationError("\(error)")
            }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the lessons with their part and title.")
        @Option(help: "The folder of lesson Markdown files.")
        var content = "Content"

        func run() throws {
            var options = SiteOptions()
            options.content = content
            let builder = SiteBuilder(options: options, toolchain: .current(packageRoot: URL(fileURLWithPath: ".")))
            for file in try builder.lessonFiles() {
                do {
                    let lesson = try LessonParser.parse(fileAt: file.url, path: file.path)
                    let front = lesson.frontMatter
                    let blocks = lesson.runnableBlocks.count
                    print("\(front.part).\(front.order)\t\(lesson.slug)\t\(front.title)\t(\(blocks) block\(blocks == 1 ? "" : "s"))")
                } catch {
                    print("?\t\(file.path)\t\(error.message)")
                }
            }
        }
    }

    struct Clean: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Remove the generated site and the cached lesson runs.")
        @Option(help: "The folder the site is written to.")
        var output = "site"

        func run() throws {
            for path in [output, SiteOptions().workFolder] where FileManager.default.fileExists(atPath: path) {
                try FileManager.default.removeItem(atPath: path)
                print("removed \(path)")
            }
        }
    }
}
