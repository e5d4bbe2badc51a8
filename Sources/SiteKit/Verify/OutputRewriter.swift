/// Writes fresh outputs into a lesson's Markdown, changing nothing but output blocks.
///
/// A stale output block is replaced, a missing one is inserted after its Swift block
/// (separated by nothing, as `site new` writes them), and a recorded output of a block
/// that now prints nothing is removed. Outputs that still match within tolerance are
/// left as they are, so `update` does not churn last digits. Every other byte of the
/// file, line endings included, stays the same.
public enum OutputRewriter {
    /// The lesson's new text, or `nil` when nothing needs to change.
    public static func rewrite(_ lesson: Lesson, transcript: RunTranscript) -> String? {
        let verification = Verification(lesson: lesson, transcript: transcript)
        // Split keeping each line's terminator, so the untouched lines are copied verbatim.
        // (By bytes: Swift reads "\r\n" as one Character.)
        var lines: [Substring] = []
        let utf8 = lesson.source.utf8
        var start = utf8.startIndex
        for index in utf8.indices where utf8[index] == UInt8(ascii: "\n") {
            let next = utf8.index(after: index)
            lines.append(lesson.source[start..<next])
            start = next
        }
        if start < utf8.endIndex { lines.append(lesson.source[start...]) }
        let newline = lines.first { $0.utf8.suffix(2).elementsEqual("\r\n".utf8) } != nil ? "\r\n" : "\n"

        // Edits as (first line, last line, replacement), 1-based and inclusive; applied
        // from the bottom up so earlier line numbers stay valid.
        var edits: [(first: Int, last: Int, text: String)] = []
        for block in lesson.blocks {
            guard let status = verification.statuses[block.index], let result = transcript.blocks[block.index]
            else { continue }
            let fresh = OutputComparison.normalized(result.output)
            switch (status, block.recorded) {
            case (.stale, let recorded?):
                if fresh.isEmpty {
                    edits.append((recorded.fenceLine, recorded.closingFenceLine, ""))
                } else {
                    edits.append((recorded.fenceLine, recorded.closingFenceLine, outputBlock(fresh, newline: newline)))
                }
            case (.missing, nil):
                edits.append((block.closingFenceLine + 1, block.closingFenceLine, outputBlock(fresh, newline: newline)))
            default:
                continue
            }
        }
        guard !edits.isEmpty else { return nil }

        for edit in edits.sorted(by: { $0.first > $1.first }) {
            // A closing fence on the file's last line may lack a line ending.
            if edit.last >= 1, edit.last <= lines.count, edit.first > edit.last,
                lines[edit.last - 1].utf8.last != UInt8(ascii: "\n")
            {
                lines[edit.last - 1] += Substring(newline)
            }
            let replacement = edit.text.isEmpty ? [] : [Substring(edit.text)]
            let range = (edit.first - 1)..<min(edit.last, lines.count)
            lines.replaceSubrange(range.lowerBound..<max(range.lowerBound, range.upperBound), with: replacement)
        }
        return lines.joined()
    }

    /// A fenced `output` block holding `text`, its fence longer than any run of
    /// backticks inside, ending with a line terminator.
    static func outputBlock(_ text: String, newline: String) -> String {
        var longest = 0, run = 0
        for character in text {
            run = character == "`" ? run + 1 : 0
            longest = max(longest, run)
        }
        let fence = String(repeating: "`", count: max(3, longest + 1))
        let body = text.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: newline)
        return fence + "output" + newline + body + newline + fence + newline
    }
}
