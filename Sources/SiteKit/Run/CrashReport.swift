import Foundation

/// Reads a crashed lesson's standard error for what went wrong and on which line.
///
/// Swift prints `<file>:<line>: Fatal error: <message>` for `fatalError`, failed
/// preconditions and runtime checks (the lesson is compiled with `-assert-config Debug`
/// to keep those messages), and its backtracer prints frames such as
/// `main + 487 in lesson at Content/b.md:12:7`. The line comes from the first of these
/// that names the lesson's file; failing that, from the block that was running.
struct CrashReport: Equatable {
    var line: Int?
    var message: String

    init(stderr: String, lesson: Lesson, runningBlock: Int?, status: Int32, signaled: Bool) {
        let lines = stderr.split(separator: "\n").map(String.init)
        let fileName = (lesson.path as NSString).lastPathComponent

        var message: String?
        var line: Int?
        for text in lines {
            if message == nil, let range = text.range(of: "Fatal error: ") {
                message = String(text[range.upperBound...])
                let origin = text[..<range.lowerBound].split(separator: ":")
                if origin.count >= 2, origin[0].hasSuffix(fileName), let number = Int(origin[1]) {
                    line = number
                }
            }
            if line == nil, let range = text.range(of: " at \(lesson.path):") {
                line = Int(text[range.upperBound...].prefix(while: \.isNumber))
            }
        }
        if message == nil {
            message = lines.lazy.compactMap(Self.crashBanner).first
        }
        if message == nil {
            message = signaled ? "stopped by signal \(status)" : "exited with status \(status)"
        }
        if line == nil, let block = runningBlock {
            line = lesson.blocks.first { $0.index == block }?.fenceLine
        }
        self.line = line
        self.message = message!
    }

    /// `*** Program crashed: Illegal instruction at 0x... ***` → `Illegal instruction`.
    private static func crashBanner(_ text: String) -> String? {
        guard text.hasPrefix("*** "), text.hasSuffix(" ***"), !text.contains("Backtracing") else { return nil }
        var banner = text.dropFirst(4).dropLast(4)
        if let at = banner.range(of: " at 0x") { banner = banner[..<at.lowerBound] }
        if banner.hasPrefix("Program crashed: ") { banner = banner.dropFirst("Program crashed: ".count) }
        return String(banner)
    }
}
