import Testing
@testable import SiteKit

@Suite struct FigureRendererTests {
    @Test func aStillFigureHasItsCaptionAsAltTextAndANumber() {
        let html = FigureRenderer().html(.init(file: "f.svg", caption: "Loss falls.", alt: "Loss falls."),
                                         number: 3, block: 0, wide: false)
        #expect(html == ##"<figure class="figure" id="figure-3"><a class="figure-zoom" href="figures/f.svg"><img class="plot" src="figures/f.svg" alt="Loss falls." decoding="async"></a><figcaption><span class="figure-number">Figure 3.</span> Loss falls.</figcaption></figure>"##)
    }

    @Test func aWideFigureSpansThePage() {
        let html = FigureRenderer().html(.init(file: "f.png", caption: "C", alt: "A"), number: 1, block: 0, wide: true)
        #expect(html.hasPrefix(##"<figure class="figure l-page" id="figure-1"><a class="figure-zoom" href="figures/f.png"><img src="figures/f.png""##))
    }

    @Test func anAnimatedFigureShowsItsStillFrameAndASliderForScripts() {
        // As Notebook's show(frames:) sends it: the still image is the last frame.
        let figure = RunTranscript.Figure(
            file: "a-f2.svg", caption: "C", alt: "A", frames: ["a-f0.svg", "a-f1.svg", "a-f2.svg"],
            frameLabels: ["epoch 1", "epoch 2", "epoch 3"], width: 640, height: 400)
        let html = FigureRenderer().html(figure, number: 2, block: 1, wide: false)
        #expect(html.contains(##"<figure class="figure scrubber" id="figure-2" data-frames="[&quot;figures/a-f0.svg&quot;,&quot;figures/a-f1.svg&quot;,&quot;figures/a-f2.svg&quot;]" data-labels="[&quot;epoch 1&quot;,&quot;epoch 2&quot;,&quot;epoch 3&quot;]">"##))
        // Without JavaScript: the still frame, and no control that does nothing.
        #expect(html.contains(##"<img class="plot" src="figures/a-f2.svg" alt="A" width="640" height="400""##))
        #expect(html.contains(##"<div class="scrubber-controls" hidden><input type="range" min="0" max="2" value="2" step="1" aria-label="Frame of figure 2"><output>epoch 3</output></div>"##))
        #expect(html.hasSuffix("</figure>" + FigureRenderer.scrubberScript))
        #expect(FigureRenderer.scrubberScript.contains("controls.hidden = false"))
    }

    @Test func framesWithoutLabelsAreNumberedAndStartAtTheFirst() {
        let figure = RunTranscript.Figure(file: "poster.svg", caption: "C", alt: "A", frames: ["f0.svg", "f1.svg"])
        let html = FigureRenderer().html(figure, number: 1, block: 0, wide: false)
        #expect(html.contains(##"value="0" step="1" aria-label="Frame of figure 1"><output>1 / 2</output>"##))
        #expect(html.contains(##"data-labels="[&quot;1 / 2&quot;,&quot;2 / 2&quot;]""##))
    }

    @Test func aFigureWiderThanTheColumnSpansThePage() {
        let wide = RunTranscript.Figure(file: "w.svg", caption: "C", alt: "A", width: 960, height: 400)
        #expect(FigureRenderer().html(wide, number: 1, block: 0, wide: false).hasPrefix(##"<figure class="figure l-page""##))
        let column = RunTranscript.Figure(file: "c.svg", caption: "C", alt: "A", width: 640, height: 400)
        #expect(FigureRenderer().html(column, number: 1, block: 0, wide: false).hasPrefix(##"<figure class="figure" id"##))
    }

    @Test func readsSVGSizes() {
        #expect(FigureRenderer.svgSize(##"<svg xmlns="x" width="640px" height="400px" viewBox="0 0 640 400">"##)! == (640, 400))
        #expect(FigureRenderer.svgSize(##"<svg width="300pt" height="150pt">"##)! == (400, 200))
        #expect(FigureRenderer.svgSize(##"<svg width="100%" viewBox="0 0 320 240">"##)! == (320, 240))
        #expect(FigureRenderer.svgSize("<svg>") == nil)
    }

    @Test func thePageShipsTheScriptOnlyWithAScrubbableFigure() throws {
        let lesson = try LessonParser.parse("---\ntitle: T\n---\n```swift\nshow()\n```\n", path: "t.md", slug: "t")
        var transcript = RunTranscript()
        transcript.blocks[0] = .init(output: "", figures: [.init(file: "a0.svg", caption: "C", alt: "A", frames: ["a0.svg"])])
        let page = LessonRenderer(lesson: lesson, transcript: transcript, verification: nil).render(Typesetter.Output())
        #expect(page.hasScrubbers)
        #expect(page.body.contains("</figure>" + FigureRenderer.scrubberScript))
        transcript.blocks[0]?.figures[0].frames = []
        let still = LessonRenderer(lesson: lesson, transcript: transcript, verification: nil).render(Typesetter.Output())
        #expect(!still.hasScrubbers)
        #expect(!still.body.contains("<script>"))
    }
}
