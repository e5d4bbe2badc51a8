import Foundation

/// What one run of a lesson produced, block by block, read from its standard output.
public struct RunTranscript: Sendable, Equatable, Codable {
    /// What one block printed and showed.
    public struct BlockResult: Sendable, Equatable, Codable {
        public var output = ""
        public var figures: [Figure] = []
        public var seconds = 0.0
    }

    /// A figure a block showed, written into the run's figure folder.
    public struct Figure: Sendable, Equatable, Codable {
        public var file: String
        public var caption: String
        public var alt: String
        /// An animated figure's frame files in order; empty for a still figure.
        public var frames: [String]
        /// Names of the frames for the slider ("epoch 3"); empty to number them.
        public var frameLabels: [String]
        /// The figure's size in points (CSS pixels), when the runtime reported it.
        public var width: Double?
        public var height: Double?

        public init(file: String, caption: String, alt: String, frames: [String] = [], frameLabels: [String] = [],
                    width: Double? = nil, height: Double? = nil)
        {
            self.file = file
            self.caption = caption
            self.alt = alt
            self.frames = frames
            self.frameLabels = frameLabels
            self.width = width
            self.height = height
        }

        private enum CodingKeys: String, CodingKey { case file, caption, alt, frames, frameLabels, width, height }

        // The optional fields are left out when absent, so transcripts cached before
        // they existed still read, and a plain figure's transcript is unchanged.
        public init(from decoder: Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            file = try container.decode(String.self, forKey: .file)
            caption = try container.decode(String.self, forKey: .caption)
            alt = try container.decode(String.self, forKey: .alt)
            frames = try container.decodeIfPresent([String].self, forKey: .frames) ?? []
            frameLabels = try container.decodeIfPresent([String].self, forKey: .frameLabels) ?? []
            width = try container.decodeIfPresent(Double.self, forKey: .width)
            height = try container.decodeIfPresent(Double.self, forKey: .height)
        }

        public func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(file, forKey: .file)
            try container.encode(caption, forKey: .caption)
            try container.encode(alt, forKey: .alt)
            if !frames.isEmpty { try container.encode(frames, forKey: .frames) }
            if !frameLabels.isEmpty { try container.encode(frameLabels, forKey: .frameLabels) }
            try container.encodeIfPresent(width, forKey: .width)
            try container.encodeIfPresent(height, forKey: .height)
        }

        /// Every file the figure needs: the still image and the frames.
        public var files: [String] {
            var files = [file]
            for frame in frames where !files.contains(frame) { files.append(frame) }
            return files
        }
    }

    /// Results by block index; a block that never started has no entry.
    public var blocks: [Int: BlockResult] = [:]
    /// The block that began last (where a crash or a timeout happened).
    public var lastBegunBlock: Int?
    /// Whether the program reached its end.
    public var finished = false
    /// The engine version the lesson ran on, reported when it finished.
    public var engineVersion = ""
    /// Text printed before the first block (by the runtime itself, normally nothing).
    public var preamble = ""
    /// The day the run happened, `YYYY-MM-DD` (set by the runner, not the lesson).
    public var date = ""

    public init() {}

    /// Splits a lesson's standard output into blocks by the runtime's event lines.
    ///
    /// Text a block prints without a final newline still belongs to it: events are found
    /// by their marker byte, not by line.
    public init(parsing stdout: Data) {
        var current: Int?
        var pending = Data()
        func flushText() {
            guard !pending.isEmpty else { return }
            let text = String(decoding: pending, as: UTF8.self)
            if let block = current {
                blocks[block, default: BlockResult()].output += text
            } else {
                preamble += text
            }
            pending.removeAll()
        }
        var index = stdout.startIndex
        while index < stdout.endIndex {
            let byte = stdout[index]
            guard byte == LessonEvent.marker else {
                pending.append(byte)
                index += 1
                continue
            }
            let start = index
            let lineEnd = stdout[index...].firstIndex(of: UInt8(ascii: "\n")) ?? stdout.endIndex
            let json = stdout[(index + 1)..<lineEnd]
            index = lineEnd < stdout.endIndex ? lineEnd + 1 : lineEnd
            guard let event = try? JSONDecoder().decode(LessonEvent.self, from: json) else {
                pending.append(contentsOf: stdout[start..<index])
                continue
            }
            flushText()
            switch event {
            case .beginBlock(let block):
                current = block
                lastBegunBlock = block
                blocks[block] = BlockResult()
            case .endBlock(let block, let seconds):
                blocks[block, default: BlockResult()].seconds = seconds
                current = nil
            case .figure(let block, let figure):
                blocks[block, default: BlockResult()].figures.append(figure)
            case .finish(let version):
                finished = true
                engineVersion = version
            }
        }
        flushText()
    }

    /// The total time spent in blocks, in seconds.
    public var totalSeconds: Double { blocks.values.reduce(0) { $0 + $1.seconds } }
}
