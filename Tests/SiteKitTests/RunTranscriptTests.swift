import Foundation
import Testing
@testable import SiteKit

@Suite struct RunTranscriptTests {
    func event(_ json: String) -> String { "\u{1E}" + json + "\n" }

    @Test func splitsOutputByBlock() {
        let stdout = event(##"{"event":"beginBlock","block":0}"##) + "one\n"
            + event(##"{"event":"endBlock","block":0,"seconds":0.5}"##)
            + event(##"{"event":"beginBlock","block":2}"##) + "two"
            + event(##"{"alt":"A","block":2,"caption":"C","event":"figure","file":"f.svg"}"##)
            + "more\n" + event(##"{"event":"endBlock","block":2,"seconds":0.25}"##)
            + event(##"{"event":"finish","engineVersion":"0.1.0"}"##)
        let transcript = RunTranscript(parsing: Data(stdout.utf8))
        #expect(transcript.blocks[0]?.output == "one\n")
        #expect(transcript.blocks[2]?.output == "twomore\n")
        #expect(transcript.blocks[2]?.figures == [.init(file: "f.svg", caption: "C", alt: "A")])
        #expect(transcript.blocks[1] == nil)
        #expect(transcript.finished)
        #expect(transcript.engineVersion == "0.1.0")
        #expect(transcript.totalSeconds == 0.75)
        #expect(transcript.lastBegunBlock == 2)
    }

    @Test func unfinishedRunKeepsPartialOutput() {
        let stdout = event(##"{"event":"beginBlock","block":0}"##) + "partial"
        let transcript = RunTranscript(parsing: Data(stdout.utf8))
        #expect(!transcript.finished)
        #expect(transcript.blocks[0]?.output == "partial")
        #expect(transcript.lastBegunBlock == 0)
    }

    @Test func malformedEventIsKeptAsText() {
        let stdout = event(##"{"event":"beginBlock","block":0}"##) + "\u{1E}not json\n"
        #expect(RunTranscript(parsing: Data(stdout.utf8)).blocks[0]?.output == "\u{1E}not json\n")
    }

    @Test func readsTheFramesOfAnAnimatedFigure() throws {
        let stdout = event(##"{"event":"beginBlock","block":0}"##)
            + event(##"{"alt":"A","block":0,"caption":"C","event":"figure","file":"a-f1.svg","frameLabels":["one","two"],"frames":["a-f0.svg","a-f1.svg"],"height":400,"width":640}"##)
            + event(##"{"alt":"B","block":0,"caption":"D","event":"figure","file":"b.svg"}"##)
        let transcript = RunTranscript(parsing: Data(stdout.utf8))
        let figures = try #require(transcript.blocks[0]?.figures)
        #expect(figures[0] == .init(file: "a-f1.svg", caption: "C", alt: "A", frames: ["a-f0.svg", "a-f1.svg"],
                                    frameLabels: ["one", "two"], width: 640, height: 400))
        #expect(figures[0].files == ["a-f1.svg", "a-f0.svg"])
        #expect(figures[1].frames.isEmpty)
    }

    @Test func aStillFigureIsStoredAsBeforeFramesExisted() throws {
        let still = RunTranscript.Figure(file: "f.svg", caption: "C", alt: "A")
        let json = String(decoding: try JSONEncoder().encode(still), as: UTF8.self)
        #expect(!json.contains("frames"))
        let old = try JSONDecoder().decode(RunTranscript.Figure.self, from: Data(##"{"file":"f.svg","caption":"C","alt":"A"}"##.utf8))
        #expect(old == still)
        let animated = RunTranscript.Figure(file: "f.svg", caption: "C", alt: "A", frames: ["f0.svg"], frameLabels: ["x"],
                                            width: 640, height: 400)
        #expect(try JSONDecoder().decode(RunTranscript.Figure.self, from: JSONEncoder().encode(animated)) == animated)
    }
}
