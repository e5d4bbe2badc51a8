/// Follows fenced code blocks line by line, so that the scanners of prose
/// (``MathScanner``, ``AnnotationScanner``) leave code alone.
struct FenceTracker {
    private var fence: (character: Character, length: Int)?

    /// Whether `line` is part of a fenced code block: its opening fence, a line inside,
    /// or its closing fence. Call it once for each line, in order.
    mutating func isCode(_ line: Substring) -> Bool {
        let content = line.drop { $0 == " " || $0 == ">" }
        if let open = fence {
            let run = content.prefix { $0 == open.character }
            if run.count >= open.length, content.dropFirst(run.count).allSatisfy(\.isWhitespace) {
                fence = nil
            }
            return true
        }
        if let first = content.first, first == "`" || first == "~" {
            let run = content.prefix { $0 == first }.count
            if run >= 3 {
                fence = (first, run)
                return true
            }
        }
        return false
    }
}
