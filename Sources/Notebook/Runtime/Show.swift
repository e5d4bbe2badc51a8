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
    do {
        try figure.svg().write(to: session.figureFolder.appendingPathComponent(name), options: .atomic)
    } catch {
        fatalError("show: cannot draw the figure “\(caption)”: \(error)")
    }
    // What the figure had to leave out (NaN points, say) is printed with the block's
    // output, so the reader sees it and the recorded output pins it down.
    for note in figure.notes { print("note: \(note)") }
    Events.emit([
        "event": "figure", "block": session.currentBlock, "file": name,
        "caption": caption, "alt": alt ?? caption,
    ])
}
