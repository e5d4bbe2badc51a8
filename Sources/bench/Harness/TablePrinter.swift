import Foundation

/// Prints sections as aligned plain-text tables: the workload, our figure, and for each
/// reference its figure and the speed ratio (above 1: ours is faster).
enum TablePrinter {
    static func render(_ section: Section) -> String {
        var header = ["workload", "ours"]
        for reference in section.references { header += [reference, "ratio"] }
        var lines = [header]
        for row in section.rows {
            var cells = [row.workload, text(row.ours)]
            for (index, reference) in row.references.enumerated() {
                cells.append(text(reference))
                cells.append(ratioText(row.ours, reference, section, isFirst: index == 0))
            }
            lines.append(cells)
        }
        let widths = (0..<header.count).map { column in
            lines.map { $0.indices.contains(column) ? $0[column].count : 0 }.max() ?? 0
        }
        var output = "\(section.title) — \(section.unit), "
            + (section.direction == .higherIsBetter ? "higher is better" : "lower is better")
            + "; ratio = speed of ours ÷ speed of the reference (above 1: ours is faster)\n"
        for (index, cells) in lines.enumerated() {
            let padded = cells.enumerated().map { column, cell in
                column == 0
                    ? cell.padding(toLength: widths[column], withPad: " ", startingAt: 0)
                    : String(repeating: " ", count: widths[column] - cell.count) + cell
            }
            output += "  " + padded.joined(separator: "  ") + "\n"
            if index == 0 {
                output += "  " + widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ") + "\n"
            }
        }
        for note in section.notes { output += "  · \(note)\n" }
        return output
    }

    static func text(_ figure: Figure) -> String {
        switch figure {
        case let .measured(value):
            if value >= 100 { return String(format: "%.1f", value) }
            if value >= 1 { return String(format: "%.2f", value) }
            return String(format: "%.3f", value)
        case .notInstalled: return "not installed"
        case let .pending(reason): return reason
        case let .failed(reason): return "failed: \(reason)"
        }
    }

    private static func ratioText(
        _ ours: Figure, _ reference: Figure, _ section: Section, isFirst: Bool
    ) -> String {
        guard let ours = ours.value, let reference = reference.value, ours > 0, reference > 0 else {
            return "—"
        }
        let ratio = section.direction.speedRatio(ours: ours, reference: reference)
        var text = String(format: "%.2f", ratio)
        if isFirst, let goal = section.goal { text += ratio >= goal ? " ok" : " BELOW \(goal)" }
        return text
    }
}
