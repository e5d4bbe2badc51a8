#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A seeded pseudo-random generator whose stream is the same on every machine, so that a
/// lesson prints the same numbers wherever it runs.
///
/// The algorithm is xoshiro256** (Blackman & Vigna, "Scrambled linear pseudorandom
/// number generators", 2021): 256 bits of state, period 2²⁵⁶ − 1, fast and
/// statistically strong for simulation (not for cryptography). The seed is expanded into
/// the state with SplitMix64, as the authors recommend. Everything derived from the
/// 64-bit stream is also defined here, not by the Swift standard library, whose
/// algorithms may change between releases:
///
/// - ``uniform(in:)``: the top 53 bits as a `Double` in `[0, 1)`, then scaled;
/// - ``normal(mean:standardDeviation:)``: Marsaglia's polar method, which keeps the
///   second value of each pair for the next call;
/// - ``int(in:)-(Range<Int>)``: Lemire's unbiased multiply-and-reject method;
/// - ``shuffle(_:)`` and ``permutation(_:)``: Fisher–Yates, from the last element down.
///
/// The integer and uniform streams are bit-identical everywhere; normal samples go
/// through libm's `log` and `sqrt` and agree to the last bit or so.
///
/// ```swift
/// var rng = SeededGenerator(seed: 42)
/// let u = rng.uniform()                  // in [0, 1)
/// let z = rng.normal()                   // standard normal
/// let die = rng.int(in: 1...6)
/// let x = Tensor<Float>.normal([2, 3], generator: &rng)
/// ```
///
/// It is also a `RandomNumberGenerator`, so `Float.random(in: 0..<1, using: &rng)` works;
/// those helpers are the standard library's, so prefer the methods here in lessons.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    @usableFromInline
    var state: (UInt64, UInt64, UInt64, UInt64)

    /// The second sample of the last polar-method pair, not yet returned.
    @usableFromInline
    var spareNormal: Double?

    /// A generator whose whole stream is determined by `seed`.
    ///
    /// ```swift
    /// var rng = SeededGenerator(seed: 0)
    /// ```
    public init(seed: UInt64) {
        // SplitMix64 (Steele, Lea & Flood, 2014): a bijective mix of a Weyl sequence,
        // so four successive outputs are distinct and the state is never all zero.
        var x = seed
        func splitMix() -> UInt64 {
            x &+= 0x9E37_79B9_7F4A_7C15
            var z = x
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        state = (splitMix(), splitMix(), splitMix(), splitMix())
    }

    /// The next 64 random bits of the xoshiro256** stream.
    ///
    /// ```swift
    /// var rng = SeededGenerator(seed: 1)
    /// let bits = rng.next()
    /// ```
    @inlinable
    public mutating func next() -> UInt64 {
        let result = rotateLeft(state.1 &* 5, by: 7) &* 9
        let t = state.1 << 17
        state.2 ^= state.0
        state.3 ^= state.1
        state.1 ^= state.2
        state.0 ^= state.3
        state.2 ^= t
        state.3 = rotateLeft(state.3, by: 45)
        return result
    }

    @inlinable
    func rotateLeft(_ x: UInt64, by k: UInt64) -> UInt64 { (x << k) | (x >> (64 - k)) }

    /// A uniform sample from `range`, `[0, 1)` by default.
    ///
    /// ```swift
    /// var rng = SeededGenerator(seed: 1)
    /// let angle = rng.uniform(in: 0..<2 * .pi)
    /// ```
    public mutating func uniform(in range: Range<Double> = 0..<1) -> Double {
        guard !range.isEmpty else { fatalError("uniform(in:): the range \(range) is empty") }
        let unit = Double(next() >> 11) * 0x1p-53
        let value = range.lowerBound + (range.upperBound - range.lowerBound) * unit
        // Scaling can round up onto the excluded upper bound.
        return value < range.upperBound ? value : range.upperBound.nextDown
    }

    /// A uniform `Float` in `[0, 1)`, from the top 24 bits of the next draw.
    mutating func uniformFloat() -> Float {
        Float(next() >> 40) * 0x1p-24
    }

    /// A normal sample with the given mean and standard deviation, by Marsaglia's polar
    /// method: draw `(u, v)` uniform in the unit disc, then `u·√(−2 ln s / s)` and
    /// `v·√(−2 ln s / s)`, with `s = u² + v²`, are independent standard normals.
    ///
    /// ```swift
    /// var rng = SeededGenerator(seed: 1)
    /// let height = rng.normal(mean: 170, standardDeviation: 10)
    /// ```
    public mutating func normal(mean: Double = 0, standardDeviation: Double = 1) -> Double {
        mean + standardDeviation * standardNormal()
    }

    mutating func standardNormal() -> Double {
        if let spare = spareNormal {
            spareNormal = nil
            return spare
        }
        while true {
            let u = 2 * uniform() - 1
            let v = 2 * uniform() - 1
            let s = u * u + v * v
            guard s < 1, s > 0 else { continue }
            let factor = sqrt(-2 * log(s) / s)
            spareNormal = v * factor
            return u * factor
        }
    }

    /// A uniform integer in `0..<bound`, without modulo bias (Lemire, "Fast random
    /// integer generation in an interval", 2019). `bound` must be positive.
    @inlinable
    mutating func bounded(_ bound: UInt64) -> UInt64 {
        var product = next().multipliedFullWidth(by: bound)
        if product.low < bound {
            let threshold = (0 &- bound) % bound
            while product.low < threshold {
                product = next().multipliedFullWidth(by: bound)
            }
        }
        return product.high
    }

    /// A uniform integer in a half-open range, which must not be empty.
    ///
    /// ```swift
    /// var rng = SeededGenerator(seed: 1)
    /// let index = rng.int(in: 0..<10)
    /// ```
    public mutating func int(in range: Range<Int>) -> Int {
        guard !range.isEmpty else { fatalError("int(in:): the range \(range) is empty") }
        let width = UInt64(bitPattern: Int64(range.upperBound &- range.lowerBound))
        return range.lowerBound &+ Int(bitPattern: UInt(bounded(width)))
    }

    /// A uniform integer in a closed range.
    ///
    /// ```swift
    /// var rng = SeededGenerator(seed: 1)
    /// let die = rng.int(in: 1...6)
    /// ```
    public mutating func int(in range: ClosedRange<Int>) -> Int {
        let width = UInt64(bitPattern: Int64(range.upperBound &- range.lowerBound)) &+ 1
        // A width of 0 means the range covers every Int: any 64 bits will do.
        let offset = width == 0 ? next() : bounded(width)
        return range.lowerBound &+ Int(bitPattern: UInt(offset))
    }

    /// Shuffles a collection in place (Fisher–Yates: for `i` from the last index down,
    /// swap element `i` with a uniform element in `0...i`).
    ///
    /// ```swift
    /// var rng = SeededGenerator(seed: 1)
    /// var deck = Array(1...10)
    /// rng.shuffle(&deck)
    /// ```
    @inlinable
    public mutating func shuffle<C: MutableCollection & RandomAccessCollection>(
        _ collection: inout C
    ) {
        var i = collection.count - 1
        while i > 0 {
            let j = Int(bounded(UInt64(i + 1)))
            collection.swapAt(
                collection.index(collection.startIndex, offsetBy: i),
                collection.index(collection.startIndex, offsetBy: j))
            i -= 1
        }
    }

    /// A random permutation of `0..<count`, e.g. to visit a data set in random order.
    ///
    /// ```swift
    /// var rng = SeededGenerator(seed: 1)
    /// let order = rng.permutation(5)  // the numbers 0...4 in a random order
    /// ```
    public mutating func permutation(_ count: Int) -> [Int] {
        var indices = Array(0..<count)
        shuffle(&indices)
        return indices
    }
}
