/// A point in data coordinates.
struct DataPoint: Equatable, Sendable {
    var x: Double
    var y: Double
}

/// One line as recorded by ``Axes/line(x:y:label:)``: coordinates already converted to
/// `Double`, checked only when the figure is rendered.
struct LineSeries: Sendable {
    /// The legend entry; empty for a series without one.
    var label: String
    var x: [Double]
    var y: [Double]
    /// Position among the axes' series, which picks the palette colour.
    var index: Int

    /// How messages refer to this series: `line "train"` or `line 2` when unlabelled.
    var name: String {
        label.isEmpty ? "line \(index + 1)" : "line \"\(label)\""
    }

    /// Throws when the series cannot be drawn at all: no points, or x and y of
    /// different lengths.
    func validate() throws(PlotError) {
        if x.count != y.count {
            throw .lengthMismatch(series: name, xCount: x.count, yCount: y.count)
        }
        if y.isEmpty { throw .emptySeries(series: name) }
    }

    /// Indices of points with a NaN or infinite coordinate; they are skipped when drawing.
    var nonFiniteIndices: [Int] {
        (0..<min(x.count, y.count)).filter { !x[$0].isFinite || !y[$0].isFinite }
    }

    /// Runs of consecutive finite points. A non-finite point ends a run, so the line is
    /// broken there rather than joined across the gap.
    var runs: [[DataPoint]] {
        var runs: [[DataPoint]] = []
        var current: [DataPoint] = []
        for (px, py) in zip(x, y) {
            if px.isFinite && py.isFinite {
                current.append(DataPoint(x: px, y: py))
            } else if !current.isEmpty {
                runs.append(current)
                current = []
            }
        }
        if !current.isEmpty { runs.append(current) }
        return runs
    }

    /// A note for the reader of the figure's output when points were skipped, else nil.
    var note: String? {
        let skipped = nonFiniteIndices
        guard x.count == y.count, !skipped.isEmpty else { return nil }
        let shown = skipped.prefix(5).map(String.init).joined(separator: ", ")
        let more = skipped.count > 5 ? ", …" : ""
        return "\(name): skipped \(skipped.count) of \(y.count) points with NaN or ±∞ "
            + "(at index \(shown)\(more)); the line is broken there"
    }
}
