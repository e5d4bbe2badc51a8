/// Numbers printed by the generators when their tests were written; a change here means
/// a generator (or the engine's random stream) changed.
enum PinnedValues {
    /// makeMoons(count: 200, noise: 0.1), seed 42: x and y of the first point.
    static let moons = (0.927_378_086_175_521_4, -0.021_119_691_823_195_987)
    /// makeCircles(count: 100, noise: 0.05, factor: 0.3), seed 1: first x, last y.
    static let circles = (1.094_219_805_239_398_8, -0.074_440_018_629_874_6)
    /// makeBlobs(count: 2001, centers: [(-5, 0), (5, 2)], standardDeviation: 0.5), seed 3: first x.
    static let blobs = -4.304_339_035_576_489
    /// makeSpirals(count: 300, classes: 3, noise: 0.2), seed 0: x of point 50, y of the last point.
    static let spirals = (0.491_047_281_879_206_93, 0.896_084_768_679_677_8)
}
