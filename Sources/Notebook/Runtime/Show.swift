import Foundation

/// Shows a figure after the current block, with a caption that states its conclusion.
///
/// The figure is written as SVG into the lesson's figure folder, and the site places it
/// under the block's output. The caption doubles as the image's alternative text unless
/// `alt` describes the picture separately. Points the figure skipped (NaN, ±∞) are
/// reported as a `note:` line in the block's output.
///
/// ```swift
/// var figure = Figure()
/// figure.axes.line(y: losses, label: "training loss")
/// show(figure, caption: "The loss falls by half in the first ten steps.")
/// ```
public func show(_ figure: Figure, caption: String, alt: String? = nil) {
    let session = Session.shared
    session.figuresInBlock += 1
    let name = "\(session.lesson)-\(session.currentBlock)-\(session.figuresInBlock).svg"
    write(figure, to: name, caption: caption)
    // What the figure had to leave out (NaN points, say) is printed with the block's
    // output, so the reader sees it and the recorded output pins it down.
    for note in figure.notes { print("note: \(note)") }
    Events.emit(figureEvent(name, figure: figure, caption: caption, alt: alt))
}

/// Shows a sequence of figures as one scrubbable figure: the site draws a slider that
/// steps through `frames` (a decision boundary per epoch, a distribution per step).
///
/// Every frame is written as its own SVG. Limits the frames leave to their data are
/// made common to all frames (see ``Figure/withCommonLimits(_:)``), so scrubbing moves
/// the data, not the axes. `labels` name the frames on the slider ("epoch 1", …); by
/// default they are numbered from 1. Readers without scripts see the last frame. Notes
/// are printed once per distinct note.
///
/// ```swift
/// let frames = snapshots.map { model in boundaryFigure(model) }
/// show(frames: frames, caption: "The boundary bends around the inner circle by epoch 20.",
///      labels: epochs.map { "epoch \($0)" })
/// ```
public func show(frames: [Figure], caption: String, alt: String? = nil, labels: [String]? = nil) {
    guard !frames.isEmpty else { fatalError("show(frames:): no frames to show for “\(caption)”") }
    if let labels, labels.count != frames.count {
        fatalError("show(frames:): \(labels.count) labels for \(frames.count) frames in “\(caption)”")
    }
    let session = Session.shared
    session.figuresInBlock += 1
    let stem = "\(session.lesson)-\(session.currentBlock)-\(session.figuresInBlock)"
    let aligned = Figure.withCommonLimits(frames)
    var names: [String] = []
    var seen: Set<String> = []
    for (k, frame) in aligned.enumerated() {
        let name = "\(stem)-f\(k).svg"
        write(frame, to: name, caption: caption)
        names.append(name)
        for note in frame.notes where seen.insert(note).inserted { print("note: frame \(k + 1): \(note)") }
    }
    var event = figureEvent(names[names.count - 1], figure: aligned[aligned.count - 1], caption: caption, alt: alt)
    event["frames"] = names
    event["frameLabels"] = labels ?? (1...frames.count).map { "\($0) / \(frames.count)" }
    Events.emit(event)
}

/// Writes `figure` as SVG into the lesson's figure folder, or stops the lesson with the
/// reason it cannot be drawn.
private func write(_ figure: Figure, to name: String, caption: String) {
    do {
        try figure.svg().write(to: Session.shared.figureFolder.appendingPathComponent(name), options: .atomic)
    } catch {
        fatalError("show: cannot draw the figure “\(caption)”: \(error)")
    }
}

/// The figure event: the file, its caption and alternative text, and its size in
/// points (CSS pixels), which tells the site a wide figure from a column one.
private func figureEvent(_ name: String, figure: Figure, caption: String, alt: String?) -> [String: Any] {
    [
        "event": "figure", "block": Session.shared.currentBlock, "file": name,
        "caption": caption, "alt": alt ?? caption,
        "width": figure.size.width, "height": figure.size.height,
    ]
}
