import Engine
import Testing
import TestSupport

#if canImport(Glibc)
import Glibc
#endif

/// Float's vectorised exp, log, expm1, log1p, tanh and sigmoid against libm in Double
/// rounded to Float, on about a million arguments spread over every binade (every
/// 4099th bit pattern) plus the edges; the bounds are the ones `UnaryKernels.swift` states.
@Suite("Vectorised Float functions")
struct VectorMathTests {
    /// Distance in units in the last place, counting through zero.
    func ulps(_ a: Float, _ b: Float) -> Int {
        if a == b || (a.isNaN && b.isNaN) { return 0 }
        if a.isNaN || b.isNaN { return .max }
        func ordered(_ x: Float) -> Int {
            let bits = Int(Int32(bitPattern: x.bitPattern))
            return bits < 0 ? Int(Int32.min) - bits : bits
        }
        return Swift.abs(ordered(a) - ordered(b))
    }

    static let arguments: [Float] = {
        var xs: [Float] = [0, -0.0, .infinity, -.infinity, .nan, 1, -1, 88.72, 88.73, -87.3, -103.9, -104, 1e-30]
        var bits: UInt32 = 0
        while true {
            xs.append(Float(bitPattern: bits))
            let (next, overflow) = bits.addingReportingOverflow(4099)
            if overflow { break }
            bits = next
        }
        return xs
    }()

    func check(
        _ function: ElementwiseFunction, within bound: Int, _ reference: (Double) -> Double,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let x = Tensor<Float>(Self.arguments)
        let y = x.withUnsafeBufferPointer { input in
            Tensor<Float>(unsafeUninitializedShape: x.shape) { Float.apply(function, input, into: $0) }
        }
        var worst = 0, worstArgument: Float = 0
        for (argument, value) in zip(Self.arguments, y.scalars) {
            let error = ulps(value, Float(reference(Double(argument))))
            if error > worst { (worst, worstArgument) = (error, argument) }
        }
        #expect(worst <= bound, "\(function): \(worst) ulp at \(worstArgument)", sourceLocation: sourceLocation)
    }

    @Test func transcendentalsStayWithinTheirStatedBounds() {
        check(.exp, within: 1, Glibc.exp)
        check(.expm1, within: 1, Glibc.expm1)
        check(.log, within: 1, Glibc.log)
        check(.log1p, within: 2, Glibc.log1p)
        check(.tanh, within: 2, Glibc.tanh)
        check(.sigmoid, within: 2) { 1 / (1 + Glibc.exp(-$0)) }
    }
}
