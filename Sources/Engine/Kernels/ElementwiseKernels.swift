#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// The binary elementwise kernels of `TensorScalar` for Float and Double: arithmetic,
// maximum and minimum, powers and comparisons, same-shape and broadcast, and `select`.
//
// The loops are written once, generically, and marked `@inline(__always)`; the Float and
// Double witnesses in `ElementwiseWitnesses.swift` call them, and the broadcasting
// kernel below calls them per contiguous run. Swift cannot prove
// that the buffers do not alias (they may: `+=` writes over its input), so the loops
// load and store `SIMD16` vectors explicitly rather than hoping for auto-vectorisation.

/// Elements per vector step: 16 Floats fill one AVX-512 register, 16 Doubles two.
typealias Vector<T: SIMDScalar> = SIMD16<T>

@inline(__always)
private func map<T: TensorScalar>(
    _ lhs: UnsafeBufferPointer<T>, _ rhs: UnsafeBufferPointer<T>,
    into output: UnsafeMutableBufferPointer<T>,
    _ vector: (Vector<T>, Vector<T>) -> Vector<T>, _ scalar: (T, T) -> T
) {
    let count = output.count
    guard count > 0 else { return }
    let l = UnsafeRawPointer(lhs.baseAddress!), r = UnsafeRawPointer(rhs.baseAddress!)
    let o = UnsafeMutableRawPointer(output.baseAddress!)
    let width = Vector<T>.scalarCount, stride = MemoryLayout<T>.stride
    var i = 0
    while i + width <= count {
        let offset = i * stride
        let result = vector(
            l.loadUnaligned(fromByteOffset: offset, as: Vector<T>.self),
            r.loadUnaligned(fromByteOffset: offset, as: Vector<T>.self))
        o.storeBytes(of: result, toByteOffset: offset, as: Vector<T>.self)
        i += width
    }
    while i < count {
        output[i] = scalar(lhs[i], rhs[i])
        i += 1
    }
}

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

/// A plain loop, for `pow` and the comparisons with a scalar.
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

/// The larger of two elements, NaN if either is NaN (as NumPy's `maximum`).
@inline(__always)
private func vectorMaximum<T: TensorScalar>(_ a: Vector<T>, _ b: Vector<T>) -> Vector<T> {
    a.replacing(with: b, where: (a .< b) .| (b .!= b))
}

@inline(__always)
private func vectorMinimum<T: TensorScalar>(_ a: Vector<T>, _ b: Vector<T>) -> Vector<T> {
    a.replacing(with: b, where: (a .> b) .| (b .!= b))
}

@inline(__always)
private func scalarMaximum<T: TensorScalar>(_ a: T, _ b: T) -> T { a < b || b.isNaN ? b : a }

@inline(__always)
private func scalarMinimum<T: TensorScalar>(_ a: T, _ b: T) -> T { a > b || b.isNaN ? b : a }

let floatMath = ScalarMath<Float>(
    exp: expf, log: logf, tanh: tanhf, log1p: log1pf, expm1: expm1f, erf: erff, erfc: erfcf,
    sin: sinf, cos: cosf, pow: powf)

let doubleMath = ScalarMath<Double>(
    exp: exp, log: log, tanh: tanh, log1p: log1p, expm1: expm1, erf: erf, erfc: erfc,
    sin: sin, cos: cos, pow: pow)

/// The libm functions a type's kernels use where there is no vector form.
struct ScalarMath<T: TensorScalar>: Sendable {
    typealias Function = @Sendable (T) -> T
    let exp: Function, log: Function, tanh: Function, log1p: Function, expm1: Function
    let erf: Function, erfc: Function, sin: Function, cos: Function
    let pow: @Sendable (T, T) -> T
}

/// `a ⊕ b` for one pair of elements.
@inline(__always)
private func combine<T: TensorScalar>(_ operation: BinaryOperation, _ a: T, _ b: T, _ math: ScalarMath<T>)
    -> T
{
    switch operation {
    case .add: a + b
    case .subtract: a - b
    case .multiply: a * b
    case .divide: a / b
    case .maximum: scalarMaximum(a, b)
    case .minimum: scalarMinimum(a, b)
    case .power: math.pow(a, b)
    case .less: a < b ? 1 : 0
    case .lessOrEqual: a <= b ? 1 : 0
    case .greater: a > b ? 1 : 0
    case .greaterOrEqual: a >= b ? 1 : 0
    case .equal: a == b ? 1 : 0
    case .notEqual: a != b ? 1 : 0
    }
}

/// `output[i] = lhs[i] ⊕ rhs[i]`.
@inline(__always)
private func binary<T: TensorScalar>(
    _ operation: BinaryOperation, _ lhs: UnsafeBufferPointer<T>,
    _ rhs: UnsafeBufferPointer<T>, _ output: UnsafeMutableBufferPointer<T>, _ math: ScalarMath<T>
) {
    switch operation {
    case .add: map(lhs, rhs, into: output, +, +)
    case .subtract: map(lhs, rhs, into: output, -, -)
    case .multiply: map(lhs, rhs, into: output, *, *)
    case .divide: map(lhs, rhs, into: output, /, /)
    case .maximum: map(lhs, rhs, into: output, vectorMaximum, scalarMaximum)
    case .minimum: map(lhs, rhs, into: output, vectorMinimum, scalarMinimum)
    case .power: for i in 0..<output.count { output[i] = math.pow(lhs[i], rhs[i]) }
    case .less: map(lhs, rhs, into: output, { indicator($0 .< $1) }, { $0 < $1 ? 1 : 0 })
    case .lessOrEqual: map(lhs, rhs, into: output, { indicator($0 .<= $1) }, { $0 <= $1 ? 1 : 0 })
    case .greater: map(lhs, rhs, into: output, { indicator($0 .> $1) }, { $0 > $1 ? 1 : 0 })
    case .greaterOrEqual:
        map(lhs, rhs, into: output, { indicator($0 .>= $1) }, { $0 >= $1 ? 1 : 0 })
    case .equal: map(lhs, rhs, into: output, { indicator($0 .== $1) }, { $0 == $1 ? 1 : 0 })
    case .notEqual: map(lhs, rhs, into: output, { indicator($0 .!= $1) }, { $0 != $1 ? 1 : 0 })
    }
}

/// `output[i] = lhs[i] ⊕ rhs`.
@inline(__always)
private func binary<T: TensorScalar>(
    _ operation: BinaryOperation, _ lhs: UnsafeBufferPointer<T>, _ rhs: T,
    _ output: UnsafeMutableBufferPointer<T>, _ math: ScalarMath<T>
) {
    let r = Vector<T>(repeating: rhs)
    switch operation {
    case .add: map(lhs, into: output, { $0 + r }, { $0 + rhs })
    case .subtract: map(lhs, into: output, { $0 - r }, { $0 - rhs })
    case .multiply: map(lhs, into: output, { $0 * r }, { $0 * rhs })
    case .divide: map(lhs, into: output, { $0 / r }, { $0 / rhs })
    case .maximum: map(lhs, into: output, { vectorMaximum($0, r) }, { scalarMaximum($0, rhs) })
    case .minimum: map(lhs, into: output, { vectorMinimum($0, r) }, { scalarMinimum($0, rhs) })
    case .power: map(lhs, into: output) { math.pow($0, rhs) }
    default: map(lhs, into: output, { combine(operation, $0, rhs, math) })
    }
}

/// `output[i] = lhs ⊕ rhs[i]`.
@inline(__always)
private func binary<T: TensorScalar>(
    _ operation: BinaryOperation, _ lhs: T, _ rhs: UnsafeBufferPointer<T>,
    _ output: UnsafeMutableBufferPointer<T>, _ math: ScalarMath<T>
) {
    let l = Vector<T>(repeating: lhs)
    switch operation {
    case .add: map(rhs, into: output, { l + $0 }, { lhs + $0 })
    case .subtract: map(rhs, into: output, { l - $0 }, { lhs - $0 })
    case .multiply: map(rhs, into: output, { l * $0 }, { lhs * $0 })
    case .divide: map(rhs, into: output, { l / $0 }, { lhs / $0 })
    default: map(rhs, into: output, { combine(operation, lhs, $0, math) })
    }
}

@inline(__always)
private func ramp<T: TensorScalar>(_ start: T, _ step: T, _ output: UnsafeMutableBufferPointer<T>) {
    for i in 0..<output.count { output[i] = start + T(i) * step }
}

/// `output[i] = mask[i] != 0 ? lhs[i] : rhs[i]`.
@inline(__always)
private func select<T: TensorScalar>(
    _ mask: UnsafeBufferPointer<T>, _ lhs: UnsafeBufferPointer<T>,
    _ rhs: UnsafeBufferPointer<T>, _ output: UnsafeMutableBufferPointer<T>
) {
    let count = output.count
    guard count > 0 else { return }
    let m = UnsafeRawPointer(mask.baseAddress!)
    let l = UnsafeRawPointer(lhs.baseAddress!), r = UnsafeRawPointer(rhs.baseAddress!)
    let o = UnsafeMutableRawPointer(output.baseAddress!)
    let width = Vector<T>.scalarCount, stride = MemoryLayout<T>.stride
    var i = 0
    while i + width <= count {
        let offset = i * stride
        let chosen = r.loadUnaligned(fromByteOffset: offset, as: Vector<T>.self).replacing(
            with: l.loadUnaligned(fromByteOffset: offset, as: Vector<T>.self),
            where: m.loadUnaligned(fromByteOffset: offset, as: Vector<T>.self) .!= 0)
        o.storeBytes(of: chosen, toByteOffset: offset, as: Vector<T>.self)
        i += width
    }
    while i < count {
        output[i] = mask[i] != 0 ? lhs[i] : rhs[i]
        i += 1
    }
}

/// The index of the first element that is infinite or NaN.
@inline(__always)
private func firstNonFinite<T: TensorScalar>(_ x: UnsafeBufferPointer<T>) -> Int? {
    let count = x.count
    guard count > 0 else { return nil }
    let raw = UnsafeRawPointer(x.baseAddress!)
    let width = Vector<T>.scalarCount, stride = MemoryLayout<T>.stride
    var i = 0
    while i + width <= count {
        let v = raw.loadUnaligned(fromByteOffset: i * stride, as: Vector<T>.self)
        // x − x is 0 for finite x and NaN for infinities and NaN.
        if any((v - v) .!= 0) { break }
        i += width
    }
    while i < count {
        if !x[i].isFinite { return i }
        i += 1
    }
    return nil
}

/// Calls `body(outputOffset, lhsOffset, rhsOffset)` for each innermost run of the layout.
@inline(__always)
private func forEachRun(_ layout: BroadcastLayout, _ body: (Int, Int, Int) -> Void) {
    let shape = layout.shape, rank = shape.count
    let inner = shape[rank - 1]
    let runs = shape.dropLast().reduce(1, *)
    var index = [Int](repeating: 0, count: rank)
    var lhs = 0, rhs = 0
    for run in 0..<runs {
        body(run * inner, lhs, rhs)
        var axis = rank - 2
        while axis >= 0 {
            index[axis] += 1
            lhs += layout.lhsStrides[axis]
            rhs += layout.rhsStrides[axis]
            if index[axis] < shape[axis] { break }
            lhs -= layout.lhsStrides[axis] * shape[axis]
            rhs -= layout.rhsStrides[axis] * shape[axis]
            index[axis] = 0
            axis -= 1
        }
    }
}

/// `output = lhs ⊕ rhs` over a broadcast layout.
@inline(__always)
private func broadcastBinary<T: TensorScalar>(
    _ operation: BinaryOperation, _ lhs: UnsafeBufferPointer<T>, _ rhs: UnsafeBufferPointer<T>,
    _ layout: BroadcastLayout, _ output: UnsafeMutableBufferPointer<T>, _ math: ScalarMath<T>
) {
    guard !output.isEmpty, let l = lhs.baseAddress, let r = rhs.baseAddress,
        let o = output.baseAddress
    else { return }
    let inner = layout.shape[layout.shape.count - 1]
    let lhsStride = layout.lhsStrides.last!, rhsStride = layout.rhsStrides.last!
    forEachRun(layout) { out, left, right in
        let result = UnsafeMutableBufferPointer(start: o + out, count: inner)
        switch (lhsStride, rhsStride) {
        case (0, 0):
            let value = combine(operation, l[left], r[right], math)
            result.initialize(repeating: value)
        case (0, _):
            binary(operation, l[left], UnsafeBufferPointer(start: r + right, count: inner), result, math)
        case (_, 0):
            binary(operation, UnsafeBufferPointer(start: l + left, count: inner), r[right], result, math)
        default:
            binary(
                operation, UnsafeBufferPointer(start: l + left, count: inner),
                UnsafeBufferPointer(start: r + right, count: inner), result, math)
        }
    }
}

/// The binary elementwise ``TensorScalar`` kernels for `Float`.
extension Float {
    public static func fill(_ value: Float, into output: UnsafeMutableBufferPointer<Float>) {
        output.initialize(repeating: value)
    }

    public static func ramp(
        start: Float, step: Float, into output: UnsafeMutableBufferPointer<Float>
    ) { Engine.ramp(start, step, output) }

    public static func apply(
        _ operation: BinaryOperation, _ lhs: UnsafeBufferPointer<Float>,
        _ rhs: UnsafeBufferPointer<Float>, into output: UnsafeMutableBufferPointer<Float>
    ) { binary(operation, lhs, rhs, output, floatMath) }

    public static func apply(
        _ operation: BinaryOperation, _ lhs: UnsafeBufferPointer<Float>, _ rhs: Float,
        into output: UnsafeMutableBufferPointer<Float>
    ) { binary(operation, lhs, rhs, output, floatMath) }

    public static func apply(
        _ operation: BinaryOperation, _ lhs: Float, _ rhs: UnsafeBufferPointer<Float>,
        into output: UnsafeMutableBufferPointer<Float>
    ) { binary(operation, lhs, rhs, output, floatMath) }

    public static func apply(
        _ operation: BinaryOperation, _ lhs: UnsafeBufferPointer<Float>,
        _ rhs: UnsafeBufferPointer<Float>, layout: BroadcastLayout,
        into output: UnsafeMutableBufferPointer<Float>
    ) { broadcastBinary(operation, lhs, rhs, layout, output, floatMath) }

    public static func select(
        _ mask: UnsafeBufferPointer<Float>, _ lhs: UnsafeBufferPointer<Float>,
        _ rhs: UnsafeBufferPointer<Float>, into output: UnsafeMutableBufferPointer<Float>
    ) { Engine.select(mask, lhs, rhs, output) }

    public static func firstNonFinite(_ input: UnsafeBufferPointer<Float>) -> Int? {
        Engine.firstNonFinite(input)
    }
}

/// The binary elementwise ``TensorScalar`` kernels for `Double`.
extension Double {
    public static func fill(_ value: Double, into output: UnsafeMutableBufferPointer<Double>) {
        output.initialize(repeating: value)
    }

    public static func ramp(
        start: Double, step: Double, into output: UnsafeMutableBufferPointer<Double>
    ) { Engine.ramp(start, step, output) }

    public static func apply(
        _ operation: BinaryOperation, _ lhs: UnsafeBufferPointer<Double>,
        _ rhs: UnsafeBufferPointer<Double>, into output: UnsafeMutableBufferPointer<Double>
    ) { binary(operation, lhs, rhs, output, doubleMath) }

    public static func apply(
        _ operation: BinaryOperation, _ lhs: UnsafeBufferPointer<Double>, _ rhs: Double,
        into output: UnsafeMutableBufferPointer<Double>
    ) { binary(operation, lhs, rhs, output, doubleMath) }

    public static func apply(
        _ operation: BinaryOperation, _ lhs: Double, _ rhs: UnsafeBufferPointer<Double>,
        into output: UnsafeMutableBufferPointer<Double>
    ) { binary(operation, lhs, rhs, output, doubleMath) }

    public static func apply(
        _ operation: BinaryOperation, _ lhs: UnsafeBufferPointer<Double>,
        _ rhs: UnsafeBufferPointer<Double>, layout: BroadcastLayout,
        into output: UnsafeMutableBufferPointer<Double>
    ) { broadcastBinary(operation, lhs, rhs, layout, output, doubleMath) }

    public static func select(
        _ mask: UnsafeBufferPointer<Double>, _ lhs: UnsafeBufferPointer<Double>,
        _ rhs: UnsafeBufferPointer<Double>, into output: UnsafeMutableBufferPointer<Double>
    ) { Engine.select(mask, lhs, rhs, output) }

    public static func firstNonFinite(_ input: UnsafeBufferPointer<Double>) -> Int? {
        Engine.firstNonFinite(input)
    }
}
