import Foundation

/// Writes the Markdown of a new lesson: front matter, a first paragraph and one Swift
/// block with its recorded output, so that `site check` passes on it at once.
public enum LessonScaffold {
    /// Whether `slug` is a lowercase, hyphen-separated name such as `linear-solves`.
    public static func isValid(slug: String) -> Bool {
        slug.range(of: #"^[a-z0-9]+(-[a-z0-9]+)*$"#, options: .regularExpression) != nil
    }

    /// The text of a new lesson called `slug`, dated `date` (`YYYY-MM-DD`).
    public static func text(slug: String, date: String) -> String {
        let title = slug.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
        return """
            ---
            title: \(title)
            description: One sentence that tells the reader what they will understand.
            part: 1
            order: 99
            authors: [Underbrace]
            date: \(date)
            ---

            Start with the question this lesson answers, and why a reader should care.

            ```swift
            let x = Tensor<Double>([1, 2, 3, 4])
            print(x.sum())
            ```
            ```output
            10.0
            ```

            """
    }

    /// Creates `folder/slug.md`; refuses to overwrite an existing lesson.
    public static func create(slug: String, in folder: String, date: String) throws -> String {
        guard isValid(slug: slug) else {
            throw LessonError.file(
                SourceLocation(file: folder), "`\(slug)` is not a valid slug: use lowercase words joined by hyphens")
        }
        let path = "\(folder)/\(slug).md"
        guard !FileManager.default.fileExists(atPath: path) else {
            throw LessonError.file(SourceLocation(file: path), "the lesson already exists")
        }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try Data(text(slug: slug, date: date).utf8).write(to: URL(fileURLWithPath: path), options: .withoutOverwriting)
        return path
    }
}
