#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// The unary elementwise kernels of `TensorScalar` for Float and Double. The generic loops
// and the vector functions live in this file beside the witnesses that call them, so
// that they are specialised and inlined even without whole-module optimisation (a
// helper in another file would not be).
//
// Float's exp, log and their kin are vectorised here: glibc's `expf`, `logf` and `tanhf` cost about 20 ns a call, and in a tiny network's
// training step they are most of the time (see ARCHITECTURE.md, "Engine speed"). These
// work on 16 lanes at once, with range reduction and short polynomials in the style of
// Cephes (Moshier, "Methods and Programs for Mathematical Functions", 1989). Only plain
// multiplies, adds, divides, compares and integer shifts are used: Engine is compiled for
// baseline x86-64 (SSE2), where a fused multiply-add or a vector `round` would become a
// library call per lane.
//
// Error bounds, measured against libm in Double rounded to Float on about a million
// arguments spread over every binade (`Tests/EngineTests/Kernels/VectorMathTests.swift`): exp, expm1 and log within
// 1 ulp, log1p, tanh and sigmoid within 2 ulp; about 2 ns an element against 20 ns for
// a libm call. NaN gives NaN, and infinities and zeros give the limits libm gives.
// Double keeps libm: lessons and gradient checks in Double want every digit.

@inline(__always)
private func map<T: TensorScalar>(
    _ input: UnsafeBufferPointer<T>, into output: UnsafeMutableBufferPointer<T>,
    _ vector: (Vector<T>) -> Vector<T>, _ scalar: (T) -> T
) {
    let count = output.count
    guard count > 0 else { return }
    let x = UnsafeRawPointer(input.baseAddress!)
    let o = UnsafeMutableRawPointer(output.baseAddress!)
    let width = Vector<T>.scalarCount, stride = MemoryLayout<T>.stride
    var i = 0
    while i + width <= count {
        let offset = i * stride
        let result = vector(x.loadUnaligned(fromByteOffset: offset, as: Vector<T>.self))
        o.storeBytes(of: result, toByteOffset: offset, as: Vector<T>.self)
        i += width
    }
    while i < count {
        output[i] = scalar(input[i])
        i += 1
    }
}

/// A plain loop, for functions with no vector form (libm's `erf`, `sin`, `pow`).
@inline(__always)
private func map<T: TensorScalar>(
    _ input: UnsafeBufferPointer<T>, into output: UnsafeMutableBufferPointer<T>,
    _ scalar: (T) -> T
) {
    for i in 0..<output.count { output[i] = scalar(input[i]) }
}

/// 1 where `mask` holds, 0 elsewhere.
@inline(__always)
private func indicator<T: TensorScalar>(_ mask: SIMDMask<Vector<T>.MaskStorage>) -> Vector<T> {
    Vector<T>(repeating: 0).replacing(with: 1, where: mask)
}

/// The unary kernels that are the same for both types; the transcendental functions
/// come from `math` (libm), unless a type's witness has a vector form of its own.
@inline(__always)
private func unary<T: TensorScalar>(
    _ function: ElementwiseFunction, _ input: UnsafeBufferPointer<T>,
    _ output: UnsafeMutableBufferPointer<T>, _ math: ScalarMath<T>
) {
    switch function {
    case .negate: map(input, into: output, { -$0 }, { -$0 })
    case .abs: map(input, into: output, { Swift.abs($0) })
    case .square: map(input, into: output, { $0 * $0 }, { $0 * $0 })
    case .sqrt: map(input, into: output, { $0.squareRoot() }, { $0.squareRoot() })
    case .exp: map(input, into: output, math.exp)
    case .log: map(input, into: output, math.log)
    case .tanh: map(input, into: output, math.tanh)
    case .log1p: map(input, into: output, math.log1p)
    case .expm1: map(input, into: output, math.expm1)
    case .erf: map(input, into: output, math.erf)
    case .sin: map(input, into: output, math.sin)
    case .cos: map(input, into: output, math.cos)
    case .sigmoid:
        // 1/(1 + e⁻ˣ), written so that the exponential never overflows.
        map(input, into: output) { x in
            let e = math.exp(-Swift.abs(x))
            return x >= 0 ? 1 / (1 + e) : e / (1 + e)
        }
    case .gelu:
        // x·Φ(x) with Φ(x) = erfc(−x/√2)/2, accurate where Φ is tiny.
        map(input, into: output) { x in x * math.erfc(-x * 0.707_106_781_186_547_5) / 2 }
    case .relu:
        map(input, into: output, { $0.replacing(with: 0, where: $0 .< 0) }, { $0 < 0 ? 0 : $0 })
    case .sign:
        map(input, into: output, {
            Vector<T>(repeating: 0).replacing(with: 1, where: $0 .> 0)
                .replacing(with: -1, where: $0 .< 0).replacing(with: $0, where: $0 .!= $0)
        }, { $0 > 0 ? 1 : $0 < 0 ? -1 : $0.isNaN ? $0 : 0 })
    case .step: map(input, into: output, { indicator($0 .> 0) }, { $0 > 0 ? 1 : 0 })
    case .isFinite:
        map(input, into: output, { x in indicator((x - x) .== 0) }, { $0.isFinite ? 1 : 0 })
    }
}

typealias Floats = SIMD16<Float>
typealias Int32s = SIMD16<Int32>

@inline(__always)
private func splat(_ x: Float) -> Floats { Floats(repeating: x) }

@inline(__always)
private func bits(_ x: Floats) -> Int32s { unsafeBitCast(x, to: Int32s.self) }

@inline(__always)
private func float(bits: Int32s) -> Floats { unsafeBitCast(bits, to: Floats.self) }

/// 1.5·2²³: adding it to |x| < 2²² leaves round(x) in the low bits of the fraction.
private let magic: Float = 12_582_912

/// Rounds to the nearest integer (ties to even) for |x| < 2²²: adding and subtracting
/// 1.5·2²³ pushes the fraction bits out. SSE2 has no vector `round`.
@inline(__always)
private func roundedToInteger(_ x: Floats) -> Floats { (x + magic) - magic }

/// The integer value of integral `n` (|n| < 2²²), read from the bits of n + 1.5·2²³ with
/// no float-to-integer conversion (which Swift checks lane by lane).
@inline(__always)
private func integer(_ n: Floats) -> Int32s { bits(n + magic) &- bits(splat(magic)) }

/// The Float value of `k` in 0..<2²², the same trick backwards.
@inline(__always)
private func floatValue(_ k: Int32s) -> Floats { float(bits: k &+ bits(splat(magic))) - magic }

/// 2ⁿ for integral `n` in −126...127, built from the exponent bits.
@inline(__always)
private func powerOfTwo(_ n: Floats) -> Floats {
    float(bits: (integer(n) &+ 127) &<< 23)
}

/// Cody–Waite split of ln 2: the high part has 9 significant bits, so n·ln2Hi is exact.
private let ln2Hi: Float = 0.693_359_375
private let ln2Lo: Float = -2.121_944_4e-4
private let log2e: Float = 1.442_695_04

/// eʳ − 1 − r for |r| ≤ ln2/2, as r²·(1/2 + r/6 + …): Cephes `expf`'s minimax polynomial.
@inline(__always)
private func expTail(_ r: Floats) -> Floats {
    var p = splat(1.987_569_15e-4)
    p = p * r + splat(1.398_199_950_7e-3)
    p = p * r + splat(8.333_451_907_3e-3)
    p = p * r + splat(4.166_579_589_4e-2)
    p = p * r + splat(1.666_666_545_9e-1)
    p = p * r + splat(5.000_000_120_1e-1)
    return p * (r * r)
}

/// eˣ: x = n·ln 2 + r with |r| ≤ ln2/2, eˣ = 2ⁿ·eʳ. The scale is applied as two powers of
/// two so that results in the subnormal range and near overflow come out right.
@inline(__always)
func vectorExp(_ x: Floats) -> Floats {
    let clamped = x.replacing(with: 89, where: x .> 89).replacing(with: -104, where: x .< -104)
    let n = roundedToInteger(clamped * log2e)
    let r = clamped - n * ln2Hi - n * ln2Lo
    let er = expTail(r) + r + 1
    let half = roundedToInteger(n * 0.5 - 0.25)  // ⌊n/2⌋ for integral n
    var result = er * powerOfTwo(half) * powerOfTwo(n - half)
    result.replace(with: x, where: x .!= x)  // NaN stays NaN
    return result
}

/// eˣ − 1 without cancellation near 0: for |x| ≤ 24·ln 2, with x = n·ln 2 + r,
/// eˣ − 1 = 2ⁿ·(eʳ − 1) + (2ⁿ − 1), where 2ⁿ − 1 is exact and eʳ − 1 comes straight from
/// the polynomial; beyond that eˣ − 1 loses nothing.
@inline(__always)
func vectorExpm1(_ x: Floats) -> Floats {
    let limit: Float = 16.5
    let clamped = x.replacing(with: limit, where: x .> limit)
        .replacing(with: -limit, where: x .< -limit)
    let n = roundedToInteger(clamped * log2e)
    let r = clamped - n * ln2Hi - n * ln2Lo
    let em1r = expTail(r) + r
    let scale = powerOfTwo(n)
    var result = scale * em1r + (scale - 1)
    let far = (x .> limit) .| (x .< -limit)
    if any(far) { result.replace(with: vectorExp(x) - 1, where: far) }
    result.replace(with: x, where: x .!= x)
    return result
}

/// ln x: x = m·2ᵉ with m in [√½, √2), ln x = e·ln 2 + ln m, ln m from Cephes `logf`'s
/// polynomial in m − 1. Subnormals are scaled up first.
@inline(__always)
func vectorLog(_ x: Floats) -> Floats {
    let tiny = x .< Float.leastNormalMagnitude  // subnormal (or ≤ 0, handled below)
    let scaled = x.replacing(with: x * 8_388_608, where: tiny)  // · 2²³
    let b = bits(scaled)
    var e = floatValue((b &>> 23) & 0xff) - 126
    e.replace(with: e - 23, where: tiny)
    // m in [0.5, 1): keep the fraction bits, set the exponent of 0.5.
    var m = float(bits: (b & 0x007f_ffff) | 0x3f00_0000)
    let low = m .< 0.707_106_781_186_547_6
    e.replace(with: e - 1, where: low)
    m = m.replacing(with: m + m - 1, where: low).replacing(with: m - 1, where: .!low)
    let z = m * m
    var p = splat(7.037_683_629_2e-2)
    p = p * m - 1.151_461_031_0e-1
    p = p * m + 1.167_699_874_0e-1
    p = p * m - 1.242_014_084_6e-1
    p = p * m + 1.424_932_278_7e-1
    p = p * m - 1.666_805_766_5e-1
    p = p * m + 2.000_071_476_5e-1
    p = p * m - 2.499_999_399_3e-1
    p = p * m + 3.333_333_117_4e-1
    var y = p * m * z
    y = y + e * ln2Lo
    y = y - 0.5 * z
    var result = m + y + e * ln2Hi
    result.replace(with: -.infinity, where: x .== 0)
    result.replace(with: .infinity, where: x .== .infinity)
    result.replace(with: .nan, where: (x .< 0) .| (x .!= x))
    return result
}

/// ln(1 + x) without losing x's digits (Goldberg, "What every computer scientist should
/// know about floating-point arithmetic", 1991, theorem 4): with u = 1 ⊕ x,
/// ln(1 + x) = ln u · x / (u − 1), and x itself when u rounds to 1.
@inline(__always)
func vectorLog1p(_ x: Floats) -> Floats {
    let u = 1 + x
    let d = u - 1
    var result = vectorLog(u) * (x / d)
    result.replace(with: x, where: d .== 0)
    result.replace(with: .infinity, where: x .== .infinity)
    result.replace(with: -.infinity, where: x .== -1)
    return result
}

/// tanh x = −t / (t + 2) with t = e^(−2|x|) − 1, and the sign of x: no overflow, and
/// full relative accuracy near 0, where t ≈ −2|x|.
@inline(__always)
func vectorTanh(_ x: Floats) -> Floats {
    let magnitude = x.replacing(with: -x, where: x .< 0)
    let t = vectorExpm1(-2 * magnitude)
    let positive = -t / (t + 2)
    return positive.replacing(with: -positive, where: x .< 0)
}

/// σ(x) = 1 / (1 + e⁻ˣ) for x ≥ 0 and eˣ / (1 + eˣ) for x < 0, so that the exponential
/// never overflows.
@inline(__always)
func vectorSigmoid(_ x: Floats) -> Floats {
    let magnitude = x.replacing(with: -x, where: x .< 0)
    let e = vectorExp(-magnitude)
    let denominator = 1 + e
    return (1 / denominator).replacing(with: e / denominator, where: x .< 0)
}

/// Applies a 16-lane Float function to every element; the tail goes through the same
/// function in a zero-padded vector, so every element gets the same arithmetic.
@inline(__always)
private func mapFloats(
    _ input: UnsafeBufferPointer<Float>, into output: UnsafeMutableBufferPointer<Float>,
    _ function: (Floats) -> Floats
) {
    let count = output.count
    guard count > 0 else { return }
    let x = UnsafeRawPointer(input.baseAddress!)
    let o = UnsafeMutableRawPointer(output.baseAddress!)
    var i = 0
    while i + 16 <= count {
        let result = function(x.loadUnaligned(fromByteOffset: i * 4, as: Floats.self))
        o.storeBytes(of: result, toByteOffset: i * 4, as: Floats.self)
        i += 16
    }
    guard i < count else { return }
    var tail = Floats()
    for lane in 0..<(count - i) { tail[lane] = input[i + lane] }
    let result = function(tail)
    for lane in 0..<(count - i) { output[i + lane] = result[lane] }
}

/// The unary ``TensorScalar`` kernels for `Float`; exp, log, tanh and their kin use the
/// vectorised approximations above.
extension Float {
    public static func apply(
        _ function: ElementwiseFunction, _ input: UnsafeBufferPointer<Float>,
        into output: UnsafeMutableBufferPointer<Float>
    ) {
        switch function {
        case .exp: mapFloats(input, into: output, vectorExp)
        case .expm1: mapFloats(input, into: output, vectorExpm1)
        case .log: mapFloats(input, into: output, vectorLog)
        case .log1p: mapFloats(input, into: output, vectorLog1p)
        case .tanh: mapFloats(input, into: output, vectorTanh)
        case .sigmoid: mapFloats(input, into: output, vectorSigmoid)
        default: unary(function, input, output, floatMath)
        }
    }
}

/// The unary ``TensorScalar`` kernels for `Double` (libm for the transcendentals).
extension Double {
    public static func apply(
        _ function: ElementwiseFunction, _ input: UnsafeBufferPointer<Double>,
        into output: UnsafeMutableBufferPointer<Double>
    ) { unary(function, input, output, doubleMath) }
}
