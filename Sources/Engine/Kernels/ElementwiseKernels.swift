#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// The elementwise kernels of `TensorScalar` for Float and Double.
//
// The loops are written once, generically, and marked `@inline(__always)`; the Float and
// Double witnesses below call them from this same file, so the optimiser specialises them
// here even without whole-module optimisation. Swift cannot prove that the buffers do not
// alias (they may: `+=` writes over its input), so the loops load and store `SIMD16`
// vectors explicitly rather than hoping for auto-vectorisation.

/// Elements per vector step: 16 Floats fill one AVX-512 register, 16 Doubles two.
private typealias Vector<T: SIMDScalar> = SIMD16<T>

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

/// A plain loop, for functions with no vector form (libm's `exp`, `log`, `tanh`).
@inline(__always)
private func map<T: TensorScalar>(
    _ input: UnsafeBufferPointer<T>, into output: UnsafeMutableBufferPointer<T>,
    _ scalar: (T) -> T
) {
    for i in 0..<output.count { output[i] = scalar(input[i]) }
}

@inline(__always)
private func binary<T: TensorScalar>(
    _ operation: BinaryOperation, _ lhs: UnsafeBufferPointer<T>,
    _ rhs: UnsafeBufferPointer<T>, _ output: UnsafeMutableBufferPointer<T>
) {
    switch operation {
    case .add: map(lhs, rhs, into: output, +, +)
    case .subtract: map(lhs, rhs, into: output, -, -)
    case .multiply: map(lhs, rhs, into: output, *, *)
    case .divide: map(lhs, rhs, into: output, /, /)
    }
}

@inline(__always)
private func binary<T: TensorScalar>(
    _ operation: BinaryOperation, _ lhs: UnsafeBufferPointer<T>, _ rhs: T,
    _ output: UnsafeMutableBufferPointer<T>
) {
    switch operation {
    case .add: map(lhs, into: output, { $0 + rhs }, { $0 + rhs })
    case .subtract: map(lhs, into: output, { $0 - rhs }, { $0 - rhs })
    case .multiply: map(lhs, into: output, { $0 * rhs }, { $0 * rhs })
    case .divide: map(lhs, into: output, { $0 / rhs }, { $0 / rhs })
    }
}

@inline(__always)
private func binary<T: TensorScalar>(
    _ operation: BinaryOperation, _ lhs: T, _ rhs: UnsafeBufferPointer<T>,
    _ output: UnsafeMutableBufferPointer<T>
) {
    switch operation {
    case .add: map(rhs, into: output, { lhs + $0 }, { lhs + $0 })
    case .subtract: map(rhs, into: output, { lhs - $0 }, { lhs - $0 })
    case .multiply: map(rhs, into: output, { lhs * $0 }, { lhs * $0 })
    case .divide: map(rhs, into: output, { lhs / $0 }, { lhs / $0 })
    }
}

/// The unary kernels; `exp`, `log` and `tanh` are libm's, passed in by each type.
@inline(__always)
private func unary<T: TensorScalar>(
    _ function: ElementwiseFunction, _ input: UnsafeBufferPointer<T>,
    _ output: UnsafeMutableBufferPointer<T>,
    exp: (T) -> T, log: (T) -> T, tanh: (T) -> T
) {
    switch function {
    case .negate: map(input, into: output, { -$0 }, { -$0 })
    case .abs: map(input, into: output, { Swift.abs($0) })
    case .square: map(input, into: output, { $0 * $0 }, { $0 * $0 })
    case .sqrt: map(input, into: output, { $0.squareRoot() }, { $0.squareRoot() })
    case .exp: map(input, into: output, exp)
    case .log: map(input, into: output, log)
    case .tanh: map(input, into: output, tanh)
    }
}

@inline(__always)
private func ramp<T: TensorScalar>(_ start: T, _ step: T, _ output: UnsafeMutableBufferPointer<T>) {
    for i in 0..<output.count { output[i] = start + T(i) * step }
}

/// The elementwise ``TensorScalar`` kernels for `Float`.
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
    ) { binary(operation, lhs, rhs, output) }

    public static func apply(
        _ operation: BinaryOperation, _ lhs: UnsafeBufferPointer<Float>, _ rhs: Float,
        into output: UnsafeMutableBufferPointer<Float>
    ) { binary(operation, lhs, rhs, output) }

    public static func apply(
        _ operation: BinaryOperation, _ lhs: Float, _ rhs: UnsafeBufferPointer<Float>,
        into output: UnsafeMutableBufferPointer<Float>
    ) { binary(operation, lhs, rhs, output) }

    public static func apply(
        _ function: ElementwiseFunction, _ input: UnsafeBufferPointer<Float>,
        into output: UnsafeMutableBufferPointer<Float>
    ) { unary(function, input, output, exp: expf, log: logf, tanh: tanhf) }
}

/// The elementwise ``TensorScalar`` kernels for `Double`.
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
    ) { binary(operation, lhs, rhs, output) }

    public static func apply(
        _ operation: BinaryOperation, _ lhs: UnsafeBufferPointer<Double>, _ rhs: Double,
        into output: UnsafeMutableBufferPointer<Double>
    ) { binary(operation, lhs, rhs, output) }

    public static func apply(
        _ operation: BinaryOperation, _ lhs: Double, _ rhs: UnsafeBufferPointer<Double>,
        into output: UnsafeMutableBufferPointer<Double>
    ) { binary(operation, lhs, rhs, output) }

    public static func apply(
        _ function: ElementwiseFunction, _ input: UnsafeBufferPointer<Double>,
        into output: UnsafeMutableBufferPointer<Double>
    ) { unary(function, input, output, exp: exp, log: log, tanh: tanh) }
}
