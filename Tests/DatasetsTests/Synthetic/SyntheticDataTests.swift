import Engine
import Foundation
import Testing
import Datasets

/// The generators' geometry is checked without noise; with noise, each test replays the
/// generator's stream by hand to pin the order of the draws, and pins a few numbers so
/// that a change to any generator shows up here.
struct SyntheticDataTests {
    @Test func moonsWithoutNoiseLieOnTwoHalfCircles() {
        var rng = SeededGenerator(seed: 0)
        let (points, labels) = makeMoons(count: 7, noise: 0, generator: &rng)
        let p = points.scalars
        #expect(points.shape == [7, 2])
        #expect(labels == [0, 0, 0, 1, 1, 1, 1])
        #expect(p[0] == 1 && p[1] == 0)                      // outer moon starts at (1, 0)
        #expect(p[4] == -1 && abs(p[5]) < 1e-15)             // and ends at (−1, 0)
        #expect(p[6] == 0 && p[7] == 0.5)                    // inner moon starts at (0, 0.5)
        #expect(p[12] == 2 && abs(p[13] - 0.5) < 1e-15)      // and ends at (2, 0.5)
    }

    @Test func moonsAddNormalNoiseToEachCoordinateInOrder() {
        var rng = SeededGenerator(seed: 42)
        let (points, _) = makeMoons(count: 200, noise: 0.1, generator: &rng)
        var replay = SeededGenerator(seed: 42)
        let dx = replay.normal(mean: 0, standardDeviation: 0.1)
        let dy = replay.normal(mean: 0, standardDeviation: 0.1)
        #expect(points.scalars[0] == 1 + dx && points.scalars[1] == 0 + dy)
        #expect(isClose(points.scalars[0], PinnedValues.moons.0) && isClose(points.scalars[1], PinnedValues.moons.1))
    }

    @Test func sameSeedGivesTheSamePointsAndAnotherSeedDoesNot() {
        var a = SeededGenerator(seed: 7), b = SeededGenerator(seed: 7), c = SeededGenerator(seed: 8)
        let first = makeSpirals(count: 90, classes: 3, noise: 0.2, generator: &a).points.scalars
        #expect(first == makeSpirals(count: 90, classes: 3, noise: 0.2, generator: &b).points.scalars)
        #expect(first != makeSpirals(count: 90, classes: 3, noise: 0.2, generator: &c).points.scalars)
    }

    @Test func circlesWithoutNoiseHaveRadiusOneAndFactor() {
        var rng = SeededGenerator(seed: 0)
        let (points, labels) = makeCircles(count: 9, noise: 0, factor: 0.5, generator: &rng)
        #expect(labels == [0, 0, 0, 0, 1, 1, 1, 1, 1])
        for (i, label) in labels.enumerated() {
            let radius = hypot(points.scalars[2 * i], points.scalars[2 * i + 1])
            #expect(abs(radius - (label == 0 ? 1 : 0.5)) < 1e-15)
        }
        #expect(points.scalars[2] == cos(.pi / 2) && points.scalars[3] == 1)  // a quarter turn
    }

    @Test func circlesPinnedWithNoise() {
        var rng = SeededGenerator(seed: 1)
        let (points, _) = makeCircles(count: 100, noise: 0.05, factor: 0.3, generator: &rng)
        #expect(isClose(points.scalars[0], PinnedValues.circles.0) && isClose(points.scalars[199], PinnedValues.circles.1))
    }

    @Test func blobsSplitPointsEvenlyAndCentreOnTheirCentres() {
        var rng = SeededGenerator(seed: 3)
        let centers = [(x: -5.0, y: 0.0), (x: 5.0, y: 2.0)]
        let (points, labels) = makeBlobs(count: 2001, centers: centers, standardDeviation: 0.5, generator: &rng)
        #expect(labels.count { $0 == 0 } == 1001 && labels.count { $0 == 1 } == 1000)
        for (label, center) in centers.enumerated() {
            let rows = labels.indices.filter { labels[$0] == label }
            let meanX = rows.map { points.scalars[2 * $0] }.reduce(0, +) / Double(rows.count)
            let meanY = rows.map { points.scalars[2 * $0 + 1] }.reduce(0, +) / Double(rows.count)
            // The standard error of each mean is 0.5 / √1000 ≈ 0.016.
            #expect(abs(meanX - center.x) < 0.08 && abs(meanY - center.y) < 0.08)
        }
        var replay = SeededGenerator(seed: 3)
        #expect(points.scalars[0] == replay.normal(mean: -5, standardDeviation: 0.5))
        #expect(isClose(points.scalars[0], PinnedValues.blobs))
    }

    @Test func blobsWithRandomCentresDrawTheCentresFirst() {
        var rng = SeededGenerator(seed: 5)
        let (points, labels) = makeBlobs(count: 3, centers: 3, standardDeviation: 0, generator: &rng)
        var replay = SeededGenerator(seed: 5)
        let x0 = replay.uniform(in: -10..<10), y0 = replay.uniform(in: -10..<10)
        #expect(labels == [0, 1, 2])
        #expect(points.scalars[0] == x0 && points.scalars[1] == y0)
    }

    @Test func spiralsWithoutNoiseFollowTheirArms() {
        var rng = SeededGenerator(seed: 0)
        let (points, labels) = makeSpirals(count: 10, classes: 2, noise: 0, generator: &rng)
        let p = points.scalars
        #expect(labels == [0, 0, 0, 0, 0, 1, 1, 1, 1, 1])
        #expect(p[0] == 0 && p[1] == 0)                      // each arm starts at the centre
        #expect(p[8] == sin(4) && p[9] == cos(4))            // arm 0 ends at r = 1, θ = 4
        #expect(p[18] == sin(8) && p[19] == cos(8))          // arm 1 ends at r = 1, θ = 8
    }

    @Test func spiralsPinnedWithNoise() {
        var rng = SeededGenerator(seed: 0)
        let (points, _) = makeSpirals(count: 300, classes: 3, noise: 0.2, generator: &rng)
        #expect(isClose(points.scalars[100], PinnedValues.spirals.0) && isClose(points.scalars[599], PinnedValues.spirals.1))
    }
}

private func isClose(_ a: Double, _ b: Double) -> Bool { abs(a - b) <= 1e-12 * max(1, abs(b)) }
