import Foundation

/// What a running lesson tells the site tool, besides the text it prints.
///
/// The Notebook runtime writes each event to standard output as one line: the byte
/// 0x1E (ASCII record separator), a JSON object, and a newline. Everything else on
/// standard output is the text the current block printed. The two sides of this
/// protocol are `Sources/Notebook/Runtime/Events.swift` and this file.
public enum LessonEvent: Sendable, Equatable, Decodable {
    case beginBlock(Int)
    case endBlock(Int, seconds: Double)
    /// A figure the block showed. An animated figure (Notebook's `show(frames:)`) also
    /// lists its frames' files in order, and may name them (`frameLabels`); `file` is
    /// then the frame shown to readers without scripts. `width` and `height` are the
    /// figure's size in points, when the runtime reports it.
    case figure(block: Int, RunTranscript.Figure)
    case finish(engineVersion: String)

    /// The byte that starts an event line.
    public static let marker: UInt8 = 0x1E

    private enum CodingKeys: String, CodingKey {
        case event, block, seconds, file, caption, alt, frames, frameLabels, width, height, engineVersion
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        switch try container.decode(String.self, forKey: .event) {
        case "beginBlock":
            self = .beginBlock(try container.decode(Int.self, forKey: .block))
        case "endBlock":
            self = .endBlock(
                try container.decode(Int.self, forKey: .block),
                seconds: try container.decode(Double.self, forKey: .seconds))
        case "figure":
            self = .figure(
                block: try container.decode(Int.self, forKey: .block),
                RunTranscript.Figure(
                    file: try container.decode(String.self, forKey: .file),
                    caption: try container.decode(String.self, forKey: .caption),
                    alt: try container.decode(String.self, forKey: .alt),
                    frames: try container.decodeIfPresent([String].self, forKey: .frames) ?? [],
                    frameLabels: try container.decodeIfPresent([String].self, forKey: .frameLabels) ?? [],
                    width: try container.decodeIfPresent(Double.self, forKey: .width),
                    height: try container.decodeIfPresent(Double.self, forKey: .height)))
        case "finish":
            self = .finish(engineVersion: try container.decode(String.self, forKey: .engineVersion))
        case let other:
            throw DecodingError.dataCorruptedError(
                forKey: .event, in: container, debugDescription: "unknown event \(other)")
        }
    }
}
