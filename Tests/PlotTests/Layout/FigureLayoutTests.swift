import Foundation
import Testing

@testable import Plot

private func layout(_ figure: Figure) throws -> FigureLayout {
    try CairoRenderer(figure: figure).layout()
}

@Test func equalAspectMakesUnitsTheSameLength() throws {
    var figure = Figure(size: .wide)
    figure.axes.line(x: [0, 4], y: [0, 1])
    figure.axes.xLimits = 0...4
    figure.axes.yLimits = 0...1
    figure.axes.aspect = .equal
    let panel = try layout(figure).panels[0]!
    let unitX = panel.plotArea.width / 4, unitY = panel.plotArea.height / 1
    #expect(abs(unitX - unitY) / unitY < 0.02)
}

@Test func sharedAxesGetTheSameLimitsAndAlignedPlotAreas() throws {
    var figure = Figure(rows: 2, columns: 2, sharesX: true, sharesY: true)
    figure[0, 0].line(x: [0, 1], y: [0, 1])
    figure[0, 1].line(x: [0, 10], y: [0, 1000])
    figure[1, 0].line(x: [-5, 1], y: [0, 1])
    figure[1, 1].line(x: [0, 1], y: [-3, 1])
    figure[1, 0].yLabel = "a long y label"
    let panels = try layout(figure).panels.map { $0! }
    #expect(Set(panels.map { $0.x.scale.domain }).count == 1)
    #expect(Set(panels.map { $0.y.scale.domain }).count == 1)
    #expect(panels[0].plotArea.minX == panels[2].plotArea.minX)
    #expect(panels[1].plotArea.minX == panels[3].plotArea.minX)
    #expect(panels[0].plotArea.minY == panels[1].plotArea.minY)
    #expect(panels[0].plotArea.maxY == panels[1].plotArea.maxY)
    #expect(!panels[0].showsXTickLabels && panels[2].showsXTickLabels)
    #expect(panels[0].showsYTickLabels && !panels[1].showsYTickLabels)
}

@Test func sharedAxesShowTheSameTicksInEveryPanel() throws {
    // Only the first column has y tick labels, so its plot area is the narrowest and
    // would choose fewer x ticks on its own.
    var figure = Figure(rows: 1, columns: 3, size: Figure.Size(width: 960, height: 220), sharesX: true, sharesY: true)
    for panel in 0..<3 { figure[0, panel].line(x: [0, 6], y: [-1234.5, 1234.5]) }
    figure[0, 2].setXTicks([1, 5])
    let panels = try layout(figure).panels.map { $0! }
    #expect(panels[0].x.ticks == panels[1].x.ticks)
    #expect(panels[0].y.ticks == panels[1].y.ticks && panels[1].y.ticks == panels[2].y.ticks)
    #expect(panels[2].x.ticks.values == [1, 5])
}

@Test func colourBarFitsInsideTheFigureWithItsLabels() throws {
    var figure = Figure()
    figure.axes.image([[0, 1000], [2000, 3000]])
    figure.axes.colorBar(label: "a colour bar label")
    let panel = try layout(figure).panels[0]!
    let bar = try #require(panel.colorBar)
    #expect(bar.bar.minX > panel.plotArea.maxX)
    let canvas = Canvas(measuringWith: .standard)
    canvas.use(Theme.standard.tickFont)
    let labelsRight = bar.bar.maxX + 8 + (bar.ticks.labels.map(canvas.width).max() ?? 0)
    #expect(labelsRight < bar.label!.anchor.x - 9)
    #expect(bar.label!.anchor.x + 4 <= figure.size.width)
}

@Test func figureTitleSitsAboveThePanels() throws {
    var figure = Figure(rows: 1, columns: 2)
    figure.title = "Two panels"
    figure[0, 0].title = "left"
    figure[0, 0].line(y: [1, 2])
    figure[0, 1].line(y: [2, 1])
    let l = try layout(figure)
    let title = try #require(l.title)
    #expect(title.anchor.y < l.panels[0]!.title!.anchor.y - 10)
    #expect(l.panels[0]!.title!.font.size < title.font.size)
}

@Test func imageGridLeavesUnusedCellsEmptyAndKeepsPicturesSquare() throws {
    let images = (0..<5).map { k in [[Double(k), 1], [2, 3]] }
    let figure = Figure.imageGrid(images, columns: 3, titles: ["a", "b", "c", "d", "e"])
    #expect(figure.rows == 2 && figure.columns == 3)
    let l = try layout(figure)
    #expect(l.panels[5] == nil)
    for panel in l.panels.compactMap({ $0 }) {
        #expect(abs(panel.plotArea.width - panel.plotArea.height) <= 1)
        #expect(!panel.showsAxes)
    }
}

@Test func framesGetCommonLimits() throws {
    let frames = (1...3).map { k in Figure { $0.line(y: (0..<10).map { Double($0 * k) }) } }
    let common = Figure.withCommonLimits(frames)
    #expect(Set(common.map { $0.axes.yLimits }).count == 1)
    #expect(common[0].axes.yLimits!.upperBound >= 27)
    let layouts = try common.map { try layout($0).panels[0]!.plotArea }
    #expect(Set(layouts.map(\.minX)).count == 1)
}

@Test func legendListsEveryClassOfAClassScatter() throws {
    var figure = Figure()
    figure.axes.scatter(x: [0, 1, 2], y: [0, 1, 2], classes: [0, 2, 1], names: ["cat", "dog"])
    let legend = try #require(try layout(figure).panels[0]!.legend)
    #expect(legend.entries.map(\.label) == ["cat", "dog", "class 2"])
}

@Test func panelTitlesInARowStayOnOneLineWhenOneKeepsAnEqualAspect() throws {
    // Data four times wider than tall in a tall-ish cell: the equal aspect shrinks the
    // left plot area vertically; it keeps its top, so the titles stay on one line.
    var figure = Figure(rows: 1, columns: 2, size: Figure.Size(width: 640, height: 420))
    figure[0, 0].title = "equal aspect"
    figure[0, 0].aspect = .equal
    figure[0, 0].scatter(x: [0, 4], y: [0, 1])
    figure[0, 1].title = "free"
    figure[0, 1].line(x: [0, 1], y: [0, 1])
    let panels = try layout(figure).panels.map { $0! }
    #expect(panels[0].plotArea.maxY < panels[1].plotArea.maxY - 20, "the equal aspect should shrink vertically here")
    #expect(panels[0].plotArea.minY == panels[1].plotArea.minY)
    #expect(panels[0].title!.anchor.y == panels[1].title!.anchor.y)
}
