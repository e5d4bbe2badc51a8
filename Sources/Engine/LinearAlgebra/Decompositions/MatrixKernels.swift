#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// The per-element matrix loops of `LinearAlgebraScalar` for Float and Double. As in
// `Kernels/ElementwiseKernels.swift`, each loop is written once, generically, marked
// `@inline(__always)`, and called from the concrete witnesses in this same file, so it
// is specialised here even without whole-module optimisation. They are O(n²) passes
// beside O(n³) factorisations: plain loops, no SIMD.

@inline(__always)
private func allFinite<T: LinearAlgebraScalar>(_ input: UnsafeBufferPointer<T>) -> Bool {
    for value in input where !value.isFinite { return false }
    return true
}

@inline(__always)
private func triangle<T: LinearAlgebraScalar>(
    _ input: UnsafeBufferPointer<T>, _ inputStride: Int, _ rows: Int, _ columns: Int,
    _ part: TrianglePart, _ diagonal: TriangleDiagonal, _ output: UnsafeMutableBufferPointer<T>
) {
    for i in 0..<rows {
        for j in 0..<columns {
            let kept = part == .lower ? j <= i : j >= i
            var value = kept ? input[i * inputStride + j] : 0
            if i == j {
                switch diagonal {
                case .keep: break
                case .unit: value = 1
                case .halved: value /= 2
                case .zero: value = 0
                }
            }
            output[i * columns + j] = value
        }
    }
}

@inline(__always)
private func scaleRows<T: LinearAlgebraScalar>(
    _ input: UnsafeBufferPointer<T>, _ rows: Int, _ columns: Int,
    _ scales: UnsafeBufferPointer<T>, _ output: UnsafeMutableBufferPointer<T>
) {
    for i in 0..<rows {
        let scale = scales[i]
        for j in 0..<columns { output[i * columns + j] = scale * input[i * columns + j] }
    }
}

@inline(__always)
private func logAbsDiagonalProduct<T: LinearAlgebraScalar>(
    _ input: UnsafeBufferPointer<T>, _ n: Int, _ stride: Int, log: (T) -> T
) -> (sign: T, logAbs: T) {
    var sign: T = 1
    var logAbs: T = 0
    for i in 0..<n {
        let value = input[i * stride + i]
        if value == 0 { return (0, -.infinity) }
        if value < 0 { sign = -sign }
        logAbs += log(Swift.abs(value))
    }
    return (sign, logAbs)
}

@inline(__always)
private func diagonalProduct<T: LinearAlgebraScalar>(
    _ input: UnsafeBufferPointer<T>, _ n: Int, _ stride: Int
) -> T {
    var product: T = 1
    for i in 0..<n { product *= input[i * stride + i] }
    return product
}

@inline(__always)
private func columnSumsOfSquares<T: LinearAlgebraScalar>(
    _ input: UnsafeBufferPointer<T>, _ rows: Int, _ columns: Int,
    _ output: UnsafeMutableBufferPointer<T>
) {
    for j in 0..<columns { output[j] = 0 }
    for i in 0..<rows {
        for j in 0..<columns {
            let value = input[i * columns + j]
            output[j] += value * value
        }
    }
}

/// The matrix-loop ``LinearAlgebraScalar`` kernels for `Float`.
extension Float {
    public static func allFinite(_ input: UnsafeBufferPointer<Float>) -> Bool {
        Engine.allFinite(input)
    }

    public static func triangle(
        _ input: UnsafeBufferPointer<Float>, inputStride: Int, rows: Int, columns: Int,
        part: TrianglePart, diagonal: TriangleDiagonal,
        into output: UnsafeMutableBufferPointer<Float>
    ) { Engine.triangle(input, inputStride, rows, columns, part, diagonal, output) }

    public static func scaleRows(
        _ input: UnsafeBufferPointer<Float>, rows: Int, columns: Int,
        by scales: UnsafeBufferPointer<Float>, into output: UnsafeMutableBufferPointer<Float>
    ) { Engine.scaleRows(input, rows, columns, scales, output) }

    public static func logAbsDiagonalProduct(
        _ input: UnsafeBufferPointer<Float>, n: Int, stride: Int
    ) -> (sign: Float, logAbs: Float) {
        Engine.logAbsDiagonalProduct(input, n, stride, log: logf)
    }

    public static func diagonalProduct(
        _ input: UnsafeBufferPointer<Float>, n: Int, stride: Int
    ) -> Float { Engine.diagonalProduct(input, n, stride) }

    public static func columnSumsOfSquares(
        _ input: UnsafeBufferPointer<Float>, rows: Int, columns: Int,
        into output: UnsafeMutableBufferPointer<Float>
    ) { Engine.columnSumsOfSquares(input, rows, columns, output) }
}

/// The matrix-loop ``LinearAlgebraScalar`` kernels for `Double`.
extension Double {
    public static func allFinite(_ input: UnsafeBufferPointer<Double>) -> Bool {
        Engine.allFinite(input)
    }

    public static func triangle(
        _ input: UnsafeBufferPointer<Double>, inputStride: Int, rows: Int, columns: Int,
        part: TrianglePart, diagonal: TriangleDiagonal,
        into output: UnsafeMutableBufferPointer<Double>
    ) { Engine.triangle(input, inputStride, rows, columns, part, diagonal, output) }

    public static func scaleRows(
        _ input: UnsafeBufferPointer<Double>, rows: Int, columns: Int,
        by scales: UnsafeBufferPointer<Double>, into output: UnsafeMutableBufferPointer<Double>
    ) { Engine.scaleRows(input, rows, columns, scales, output) }

    public static func logAbsDiagonalProduct(
        _ input: UnsafeBufferPointer<Double>, n: Int, stride: Int
    ) -> (sign: Double, logAbs: Double) {
        Engine.logAbsDiagonalProduct(input, n, stride, log: log)
    }

    public static func diagonalProduct(
        _ input: UnsafeBufferPointer<Double>, n: Int, stride: Int
    ) -> Double { Engine.diagonalProduct(input, n, stride) }

    public static func columnSumsOfSquares(
        _ input: UnsafeBufferPointer<Double>, rows: Int, columns: Int,
        into output: UnsafeMutableBufferPointer<Double>
    ) { Engine.columnSumsOfSquares(input, rows, columns, output) }
}
