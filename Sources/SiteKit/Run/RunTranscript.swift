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
            case .figure(let block, let file, let caption, let alt):
                blocks[block, default: BlockResult()].figures.append(Figure(file: file, caption: caption, alt: alt))
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
