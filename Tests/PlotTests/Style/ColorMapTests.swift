import Testing

@testable import Plot

@Test func viridisAndMagmaEndsAreThePublishedColours() {
    // The first and last entries of matplotlib's 256-colour tables.
    #expect(ColorMap.viridis(0).hex == 0x440154)
    #expect(ColorMap.viridis(1).hex == 0xFDE725)
    #expect(ColorMap.magma(0).hex == 0x000004)
    #expect(ColorMap.magma(1).hex == 0xFCFDBF)
    #expect(ColorMap.viridis.stops.count == 256)
    #expect(ColorMap.magma.stops.count == 256)
    // Entry 128 of viridis is #21918C; 128/255 of the way lands on it.
    #expect(ColorMap.viridis(128.0 / 255).hex == 0x21918C)
}

@Test func divergingMapIsWhiteInTheMiddleAndBlueBelowRedAbove() {
    let map = ColorMap.diverging
    #expect(map(0.5).hex == 0xF7F7F7)
    let low = map(0), high = map(1)
    #expect(low.blue > low.red && high.red > high.blue)
    #expect(map.isDiverging)
}

@Test func greysRunFromBlackToWhiteAndReversedSwapsTheEnds() {
    #expect(ColorMap.greys(0).hex == 0x000000)
    #expect(ColorMap.greys(1).hex == 0xFFFFFF)
    #expect(ColorMap.greys(0.5).hex == 0x808080)
    #expect(ColorMap.viridis.reversed()(0).hex == 0xFDE725)
}

@Test func valuesOutsideTheRangeAreClampedAndNaNIsTransparent() {
    #expect(ColorMap.viridis(-3) == ColorMap.viridis(0))
    #expect(ColorMap.viridis(7) == ColorMap.viridis(1))
    #expect(ColorMap.viridis(.nan).alpha == 0)
}

@Test func automaticRangeIsSymmetricForADivergingMap() {
    #expect(ColorScale.range(nil, values: [-1, 3, .nan], map: .diverging) == -3...3)
    #expect(ColorScale.range(nil, values: [-1, 3, .infinity], map: .viridis) == -1...3)
    #expect(ColorScale.range(nil, values: [2, 2], map: .viridis) == 1.5...2.5)
    #expect(ColorScale.range(0...10, values: [2, 3], map: .viridis) == 0...10)
}

@Test func paletteIsOkabeItoAndCycles() {
    #expect(Color.palette(0).hex == 0x0072B2)
    #expect(Color.palette(1).hex == 0xD55E00)
    #expect(Color.palette(7) == Color.palette(0))
    #expect(Set((0..<7).map { Color.palette($0).hex }).count == 7)
}
