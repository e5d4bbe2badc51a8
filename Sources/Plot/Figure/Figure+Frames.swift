extension Figure {
    /// Frames of an animation with the same limits in every frame, so that scrubbing
    /// through them moves the data, not the axes.
    ///
    /// For each panel position, limits that a frame leaves to the data are replaced by
    /// the union of that panel's data over all frames, padded once. Frames must have the
    /// same grid; the ones that do not, and limits set explicitly, are left as they are.
    ///
    ///     let frames = Figure.withCommonLimits(epochs.map { boundaryFigure(after: $0) })
    public static func withCommonLimits(_ frames: [Figure]) -> [Figure] {
        guard let first = frames.first else { return frames }
        var frames = frames
        let theme = Theme.standard
        for k in first.panels.indices {
            let same = frames.filter { $0.rows == first.rows && $0.columns == first.columns }
            let bounds = same.compactMap { try? AxisLimits.dataBounds($0.panels[k]) }.reduce(nil) {
                (u: DataBounds?, b: DataBounds) in u?.union(b) ?? b
            }
            guard let bounds else { continue }
            let axes = first.panels[k]
            let limits = (
                x: AxisLimits.fitted(bounds.x, scale: axes.xScale, padding: theme.dataPadding, sticky: bounds.stickyX),
                y: AxisLimits.fitted(bounds.y, scale: axes.yScale, padding: theme.dataPadding, sticky: bounds.stickyY))
            for f in frames.indices where frames[f].rows == first.rows && frames[f].columns == first.columns {
                if frames[f].panels[k].xLimits == nil { frames[f].panels[k].xLimits = limits.x }
                if frames[f].panels[k].yLimits == nil { frames[f].panels[k].yLimits = limits.y }
            }
        }
        return frames
    }
}
