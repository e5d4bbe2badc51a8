import Foundation

extension Axes {
    /// Draws a matrix as a heatmap with labelled rows and columns, such as a confusion
    /// matrix or attention weights: an ``image(_:colorMap:range:)`` with the labels as
    /// ticks and, when `showsValues`, each cell's value written in it (dark on light
    /// cells, light on dark ones).
    ///
    ///     axes.heatmap(confusion, rowLabels: classes, columnLabels: classes, showsValues: true)
    ///     axes.xLabel = "predicted"
    ///     axes.yLabel = "true"
    public mutating func heatmap(
        _ matrix: some PlotData, rowLabels: [String]? = nil, columnLabels: [String]? = nil,
        colorMap: ColorMap = .viridis, range: ClosedRange<Double>? = nil, showsValues: Bool = false
    ) {
        image(matrix, colorMap: colorMap, range: range)
        guard let mark = marks.last as? ImageMark, case .success(let m) = mark.matrix else { return }
        if let columnLabels {
            setXTicks((0..<min(m.columns, columnLabels.count)).map(Double.init), labels: Array(columnLabels.prefix(m.columns)))
        } else {
            setXTicks((0..<m.columns).map(Double.init), labels: (0..<m.columns).map(String.init))
        }
        if let rowLabels {
            setYTicks((0..<min(m.rows, rowLabels.count)).map(Double.init), labels: Array(rowLabels.prefix(m.rows)))
        } else {
            setYTicks((0..<m.rows).map(Double.init), labels: (0..<m.rows).map(String.init))
        }
        guard showsValues, let scale = mark.colorScale else { return }
        let integral = m.values.allSatisfy { !$0.isFinite || $0 == $0.rounded() && abs($0) < 1e15 }
        let decimals = integral ? 0 : (m.finiteRange.map { max(abs($0.lowerBound), abs($0.upperBound)) } ?? 1) >= 10 ? 1 : 2
        for r in 0..<m.rows {
            for c in 0..<m.columns where m[r, c].isFinite {
                let value = m[r, c]
                var text = integral ? String(Int(value)) : String(format: "%.\(decimals)f", value)
                if text.hasPrefix("-") && Double(text) == 0 { text.removeFirst() }  // no "−0.00"
                let background = scale.color(value)
                add(TextMark(
                    text: text.replacingOccurrences(of: "-", with: TickLabelFormatter.minus),
                    x: Double(c), y: Double(r), horizontal: .center, vertical: .middle,
                    color: background.luminance > 0.35 ? Color(hex: 0x222222) : Color(hex: 0xFFFFFF), size: 10,
                    clipped: true))
            }
        }
    }
}
