import Foundation
import Testing

@testable import Plot

private func grid(_ n: Int, _ f: (Double, Double) -> Double) -> (x: [Double], y: [Double], z: Matrix) {
    let xs = (0..<n).map { -2 + 4 * Double($0) / Double(n - 1) }
    let values = xs.flatMap { y in xs.map { x in f(x, y) } }
    return (xs, xs, Matrix(rows: n, columns: n, values: values))
}

@Test func isolineOfAConeIsACircleOfTheRightRadius() {
    let g = grid(41) { x, y in (x * x + y * y).squareRoot() }
    let lines = MarchingSquares.isolines(g.z, x: g.x, y: g.y, level: 1, closed: false)
    #expect(lines.count == 1)
    let ring = lines[0]
    #expect(ring.first == ring.last)  // closed on itself
    for p in ring { #expect(abs((p.x * p.x + p.y * p.y).squareRoot() - 1) < 0.01) }
}

@Test func closedRingsFollowTheGridEdgeWhereTheRegionTouchesIt() {
    // z = x: the region x ≥ 0 is the right half of the square, bounded by one ring.
    let g = grid(11) { x, _ in x }
    let rings = MarchingSquares.isolines(g.z, x: g.x, y: g.y, level: 0, closed: true)
    #expect(rings.count == 1)
    let xs = rings[0].map(\.x), ys = rings[0].map(\.y)
    #expect(xs.min()! == 0 && xs.max()! == 2 && ys.min()! == -2 && ys.max()! == 2)
    // Everything above the lowest level: one ring around the whole grid.
    let all = MarchingSquares.isolines(g.z, x: g.x, y: g.y, level: -5, closed: true)
    #expect(all.count == 1)
    #expect(all[0].allSatisfy { abs($0.x) == 2 || abs($0.y) == 2 })
}

@Test func saddleIsResolvedByTheCentreValue() {
    // Two bumps on a diagonal: the level below the saddle joins them, above separates them.
    func bump(_ x: Double, _ y: Double) -> Double { exp(-(x * x + y * y) / 0.3) }
    let g = grid(41) { x, y in bump(x - 0.7, y - 0.7) + bump(x + 0.7, y + 0.7) }
    #expect(MarchingSquares.isolines(g.z, x: g.x, y: g.y, level: 0.05, closed: false).count == 1)
    #expect(MarchingSquares.isolines(g.z, x: g.x, y: g.y, level: 0.5, closed: false).count == 2)
}

@Test func automaticLevelsAreRoundAndSpanTheData() {
    var axes = Axes()
    axes.contour(x: 0...1, y: 0...1, resolution: 10) { x, y in 3 * x + y - 0.2 }
    let mark = axes.marks[0] as! ContourMark
    let levels = mark.levels
    #expect(levels.first! <= -0.2 && levels.last! >= 3.8)
    #expect((5...18).contains(levels.count))
    let steps = Set(zip(levels, levels.dropFirst()).map { ($1 - $0 * 1).rounded(toPlaces: 9) })
    #expect(steps.count == 1)
}

@Test func histogramBinsHaveRoundEdgesAndCountEveryValue() {
    let values = (0..<1000).map { sin(Double($0)) * 3 }
    let bins = HistogramBins.make(values, bins: nil, range: nil)!
    #expect(bins.counts.reduce(0, +) == 1000)
    let width = bins.edges[1] - bins.edges[0]
    let mantissa = width / pow(10, floor(log10(width)))
    #expect([1, 2, 2.5, 5].contains { abs(mantissa - $0) < 1e-9 })
    #expect(bins.edges.first! <= values.min()! && bins.edges.last! >= values.max()!)
    // The last bin includes its right edge.
    #expect(HistogramBins.make([0, 1, 2], bins: 2, range: nil)!.counts == [1, 2])
}

extension Double {
    fileprivate func rounded(toPlaces places: Int) -> Double {
        let scale = pow(10, Double(places))
        return (self * scale).rounded() / scale
    }
}
