import Foundation

/// The HTML of a lesson's figures: a still image with a numbered caption, or, for an
/// animated figure, its frames with a slider to scrub through them.
///
/// Images carry their width and height, read from the SVG, so the page never shifts
/// when they load; their alternative text is the caption unless the lesson gave one.
/// A still image links to itself, for a reader who wants it full size.
struct FigureRenderer {
    /// Where the run wrote the figure files (to read their sizes), if known.
    var figureFolder: URL?

    /// Figures at least this wide (in CSS pixels) are shown across the page rather
    /// than in the text column, as if their block were marked `wide`.
    static let wideWidth = 800.0

    /// A figure numbered `number`; `wide` spans the page rather than the text column.
    func html(_ figure: RunTranscript.Figure, number: Int, block: Int, wide: Bool) -> String {
        let id = "figure-\(number)"
        let size = figure.width.flatMap { width in figure.height.map { (Int(width.rounded()), Int($0.rounded())) } }
            ?? figureFolder.flatMap { Self.svgSize(at: $0.appendingPathComponent(figure.file)) }
        let dimensions = size.map { " width=\"\($0.0)\" height=\"\($0.1)\"" } ?? ""
        let isWide = wide || (figure.width ?? 0) >= Self.wideWidth
        let classes = ["figure"] + (isWide ? ["l-page"] : []) + (figure.frames.isEmpty ? [] : ["scrubber"])
        let imageClass = figure.file.lowercased().hasSuffix(".svg") ? " class=\"plot\"" : ""
        let image = "<img\(imageClass) src=\"figures/\(HTML.escape(figure.file))\" alt=\"\(HTML.escape(figure.alt))\"\(dimensions) decoding=\"async\">"
        let caption = "<figcaption><span class=\"figure-number\">Figure \(number).</span> \(HTML.escape(figure.caption))</figcaption>"
        guard !figure.frames.isEmpty else {
            // The image opens on its own, full size, where a phone shrinks a wide figure
            // to a third of its width: a tap gives back readable labels to zoom into.
            let link = "<a class=\"figure-zoom\" href=\"figures/\(HTML.escape(figure.file))\">\(image)</a>"
            return "<figure class=\"\(classes.joined(separator: " "))\" id=\"\(id)\">" + link + caption + "</figure>"
        }
        // Without scripts the figure is its still image (`file`, the frame the lesson
        // chose) and the slider stays hidden; with them, the slider starts on that frame.
        let count = figure.frames.count
        let start = figure.frames.firstIndex(of: figure.file) ?? 0
        let labels = figure.frameLabels.count == count ? figure.frameLabels : (1...count).map { "\($0) / \(count)" }
        let frames = Self.jsonArray(figure.frames.map { "figures/" + $0 })
        return "<figure class=\"\(classes.joined(separator: " "))\" id=\"\(id)\" data-frames=\"\(HTML.escape(frames))\" data-labels=\"\(HTML.escape(Self.jsonArray(labels)))\">"
            + image
            + "<div class=\"scrubber-controls\" hidden>"
            + "<input type=\"range\" min=\"0\" max=\"\(count - 1)\" value=\"\(start)\" step=\"1\" aria-label=\"Frame of figure \(number)\">"
            + "<output>\(HTML.escape(labels[start]))</output></div>"
            + caption + "</figure>" + Self.scrubberScript
    }

    /// The script that brings a scrubbable figure to life. It runs right after its
    /// figure is parsed, so the slider is in place before the page is first drawn and
    /// nothing moves when it appears.
    static let scrubberScript = """
        <script>
        (figure => {
          const frames = JSON.parse(figure.dataset.frames), labels = JSON.parse(figure.dataset.labels);
          const image = figure.querySelector('img'), controls = figure.querySelector('.scrubber-controls');
          const slider = controls.querySelector('input'), label = controls.querySelector('output');
          let preloaded = false;
          controls.hidden = false;
          slider.addEventListener('input', () => {
            if (!preloaded) { preloaded = true; frames.forEach(src => { new Image().src = src; }); }
            image.src = frames[slider.value];
            label.textContent = labels[slider.value];
          });
        })(document.currentScript.previousElementSibling);
        </script>
        """

    /// The width and height of an SVG file in CSS pixels, from its `viewBox` or its
    /// `width` and `height` attributes.
    static func svgSize(at url: URL) -> (width: Int, height: Int)? {
        guard let handle = try? FileHandle(forReadingFrom: url) else { return nil }
        defer { try? handle.close() }
        guard let data = try? handle.read(upToCount: 4096) else { return nil }
        return svgSize(String(decoding: data, as: UTF8.self))
    }

    static func svgSize(_ text: String) -> (width: Int, height: Int)? {
        guard let open = text.range(of: "<svg"), let close = text[open.upperBound...].firstIndex(of: ">") else { return nil }
        let tag = text[open.upperBound..<close]
        func attribute(_ name: String) -> String? {
            guard let start = tag.range(of: " \(name)=\"") else { return nil }
            let rest = tag[start.upperBound...]
            return rest.firstIndex(of: "\"").map { String(rest[..<$0]) }
        }
        func number(_ value: String?) -> Double? {
            guard let value else { return nil }
            let digits = value.prefix { $0.isNumber || $0 == "." }
            guard let number = Double(digits) else { return nil }
            return value.hasSuffix("pt") ? number * 4 / 3 : number
        }
        if let width = number(attribute("width")), let height = number(attribute("height")), width > 0, height > 0,
            !(attribute("width") ?? "").hasSuffix("%")
        {
            return (Int(width.rounded()), Int(height.rounded()))
        }
        if let box = attribute("viewBox")?.split(whereSeparator: { $0 == " " || $0 == "," }).compactMap({ Double($0) }),
            box.count == 4, box[2] > 0, box[3] > 0
        {
            return (Int(box[2].rounded()), Int(box[3].rounded()))
        }
        return nil
    }

    /// A JSON array of strings.
    static func jsonArray(_ items: [String]) -> String {
        let data = (try? JSONSerialization.data(withJSONObject: items, options: [.withoutEscapingSlashes])) ?? Data("[]".utf8)
        return String(decoding: data, as: UTF8.self)
    }
}
