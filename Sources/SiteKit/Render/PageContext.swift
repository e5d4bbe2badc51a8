import Foundation

/// The values the Mustache templates of `Templates/` see: `lesson.mustache` gets
/// ``lesson(_:transcript:verification:page:)``, `index.mustache` gets ``index(_:)``.
///
/// Nothing here depends on when the site is built, so the same inputs give the same
/// bytes: dates are the lesson's own and the day its outputs were last verified.
enum PageContext {
    static func lesson(_ lesson: Lesson, transcript: RunTranscript, verification: Verification?,
                       page: LessonRenderer.Page) -> [String: Any]
    {
        let front = lesson.frontMatter
        let statuses = verification?.statuses.values.map { $0 } ?? []
        let verified = statuses.filter { $0 == .verified }.count
        let ran = statuses.filter { $0 != .notRun }.count
        var context: [String: Any] = [
            "root": "../",
            "slug": lesson.slug,
            "title": front.title,
            "partNumeral": Curriculum.numeral(ofPart: front.part),
            "partName": Curriculum.name(ofPart: front.part),
            "authors": front.authors.map { ["name": $0] },
            "authorList": front.authors.joined(separator: ", "),
            "readingTime": readingMinutes(lesson),
            "verifiedBlocks": verified,
            "runBlocks": ran,
            "allVerified": verified == ran,
            "engineVersion": transcript.engineVersion.isEmpty ? "unknown" : transcript.engineVersion,
            "runTime": duration(transcript.totalSeconds),
            "body": page.body,
            "footnotes": page.footnotes.map { ["id": $0.id, "number": $0.number, "html": $0.html] },
            "references": page.references.map { ["id": $0.id, "number": $0.number, "html": $0.html] },
            "bibtex": bibtex(lesson),
        ]
        if !front.description.isEmpty { context["description"] = front.description }
        if !page.contentsHTML.isEmpty { context["contents"] = page.contentsHTML }
        if !front.date.isEmpty {
            context["date"] = ["iso": front.date, "text": readableDate(front.date)]
        }
        if !transcript.date.isEmpty {
            context["runDate"] = ["iso": transcript.date, "text": readableDate(transcript.date)]
        }
        return context
    }

    static func link(_ lesson: Lesson) -> [String: Any] {
        ["slug": lesson.slug, "title": lesson.frontMatter.title,
         "part": "Part \(Curriculum.numeral(ofPart: lesson.frontMatter.part))"]
    }

    /// The index: every part of the curriculum, its written lessons linked and the
    /// planned ones listed as still to come.
    static func index(_ lessons: [(lesson: Lesson, verification: Verification?)]) -> [String: Any] {
        let written = Set(lessons.map(\.lesson.slug))
        var parts: [[String: Any]] = []
        for (offset, part) in Curriculum.parts.enumerated() {
            let number = offset + 1
            let own = lessons.filter { $0.lesson.frontMatter.part == number }
            let planned = part.lessons.filter { !written.contains($0.slug) }.map { ["title": $0.title] }
            var context: [String: Any] = [
                "numeral": Curriculum.numeral(ofPart: number),
                "name": part.name,
                "id": "part-\(number)",
                "lessons": own.map { item -> [String: Any] in
                    let outputs = item.verification?.statuses.values.filter { $0 == .verified }.count ?? 0
                    var lesson: [String: Any] = [
                        "slug": item.lesson.slug, "title": item.lesson.frontMatter.title,
                        "readingTime": readingMinutes(item.lesson),
                        "verifiedOutputs": outputs,
                    ]
                    if !item.lesson.frontMatter.description.isEmpty {
                        lesson["description"] = item.lesson.frontMatter.description
                    }
                    return lesson
                },
            ]
            context["planned"] = planned
            parts.append(context)
        }
        return ["root": "", "parts": parts, "lessonCount": lessons.count,
                "plannedCount": Curriculum.parts.reduce(0) { $0 + $1.lessons.count }]
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

    static let months = ["January", "February", "March", "April", "May", "June", "July", "August",
                         "September", "October", "November", "December"]

    /// `2026-11-25` → `November 25, 2026`.
    static func readableDate(_ iso: String) -> String {
        let parts = iso.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3, (1...12).contains(parts[1]) else { return iso }
        return "\(months[parts[1] - 1]) \(parts[2]), \(parts[0])"
    }

    /// A BibTeX entry for citing the lesson itself.
    static func bibtex(_ lesson: Lesson) -> String {
        let front = lesson.frontMatter
        let year = front.date.prefix(4)
        let key = "underbrace\(year)\(lesson.slug.replacingOccurrences(of: "-", with: ""))"
        var lines = ["@misc{\(key),", "  title  = {\(front.title)},"]
        if !front.authors.isEmpty { lines.append("  author = {\(front.authors.joined(separator: " and "))},") }
        if !year.isEmpty { lines.append("  year   = {\(year)},") }
        lines.append("  note   = {Underbrace: machine learning from first principles}")
        return lines.joined(separator: "\n") + "\n}"
    }
}
