/// A line diff in the unified format, for showing a stale output.
///
/// ```
/// --- recorded
/// +++ fresh
/// @@ -1,2 +1,2 @@
///  loss 0.25
/// -accuracy 0.91
/// +accuracy 0.93
/// ```
public enum UnifiedDiff {
    /// The diff of `old` and `new`, with `context` unchanged lines around each change.
    public static func make(
        old: String, new: String, oldName: String = "recorded", newName: String = "fresh", context: Int = 3
    ) -> String {
        let a = old.split(separator: "\n", omittingEmptySubsequences: false)
        let b = new.split(separator: "\n", omittingEmptySubsequences: false)
        let edits = script(a, b)
        var lines = ["--- \(oldName)", "+++ \(newName)"]

        // Group the edits into hunks of changes with their surrounding context.
        var position = 0
        while position < edits.count {
            guard let firstChange = edits[position...].firstIndex(where: { $0.kind != .same }) else { break }
            var end = firstChange
            var lastChange = firstChange
            while end < edits.count {
                if edits[end].kind != .same { lastChange = end }
                if end - lastChange > 2 * context { break }
                end += 1
            }
            let start = max(position, firstChange - context)
            let stop = min(edits.count, lastChange + context + 1)
            let hunk = edits[start..<stop]
            let oldStart = hunk.first!.oldLine, newStart = hunk.first!.newLine
            let oldCount = hunk.filter { $0.kind != .insert }.count
            let newCount = hunk.filter { $0.kind != .delete }.count
            lines.append("@@ -\(oldStart + (oldCount > 0 ? 1 : 0)),\(oldCount) +\(newStart + (newCount > 0 ? 1 : 0)),\(newCount) @@")
            for edit in hunk {
                switch edit.kind {
                case .same: lines.append(" " + edit.text)
                case .delete: lines.append("-" + edit.text)
                case .insert: lines.append("+" + edit.text)
                }
            }
            position = stop
        }
        return lines.joined(separator: "\n")
    }

    struct Edit {
        enum Kind { case same, delete, insert }
        var kind: Kind
        var text: Substring
        /// Lines of old and new consumed before this edit (0-based positions).
        var oldLine: Int
        var newLine: Int
    }

    /// The shortest edit script by the longest common subsequence. Outputs are small;
    /// past a few million line pairs the table would not be, and the script becomes
    /// "delete all, insert all".
    static func script(_ a: [Substring], _ b: [Substring]) -> [Edit] {
        let n = a.count, m = b.count
        if n * m > 4_000_000 {
            return a.enumerated().map { Edit(kind: .delete, text: $1, oldLine: $0, newLine: 0) }
                + b.enumerated().map { Edit(kind: .insert, text: $1, oldLine: n, newLine: $0) }
        }
        var lcs = [[Int]](repeating: [Int](repeating: 0, count: m + 1), count: n + 1)
        for i in stride(from: n - 1, through: 0, by: -1) {
            for j in stride(from: m - 1, through: 0, by: -1) {
                lcs[i][j] = a[i] == b[j] ? lcs[i + 1][j + 1] + 1 : max(lcs[i + 1][j], lcs[i][j + 1])
            }
        }
        var edits: [Edit] = []
        var i = 0, j = 0
        while i < n || j < m {
            if i < n, j < m, a[i] == b[j] {
                edits.append(Edit(kind: .same, text: a[i], oldLine: i, newLine: j))
                i += 1; j += 1
            } else if i < n, j == m || lcs[i + 1][j] >= lcs[i][j + 1] {
                edits.append(Edit(kind: .delete, text: a[i], oldLine: i, newLine: j))
                i += 1
            } else {
                edits.append(Edit(kind: .insert, text: b[j], oldLine: i, newLine: j))
                j += 1
            }
        }
        return edits
    }
}
