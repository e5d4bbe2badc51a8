import Engine
import Testing
import TestSupport

#if canImport(Glibc)
import Glibc
#endif

/// Each check runs for Float and Double. The 37-element cases cover both the 16-wide
/// vector loop of the kernels and its scalar tail.
@Suite("Elementwise arithmetic and functions")
struct ArithmeticTests {
    func checkTensorTensorArithmetic<T: TensorScalar>(_: T.Type) {
        let a = Tensor<T>([1, 2, 3, 4]), b = Tensor<T>([8, 4, 2, 1])
        #expect((a + b).scalars == [9, 6, 5, 5])
        #expect((a - b).scalars == [-7, -2, 1, 3])
        #expect((a * b).scalars == [8, 8, 6, 4])
        #expect((a / b).scalars == [0.125, 0.5, 1.5, 4])
        #expect((-a).scalars == [-1, -2, -3, -4])
        #expect((a + b).shape == [4])
    }

    @Test func tensorTensorArithmeticIsElementwise() {
        checkTensorTensorArithmetic(Float.self)
        checkTensorTensorArithmetic(Double.self)
    }

    func checkScalarArithmetic<T: TensorScalar>(_: T.Type) throws {
        let m = try Tensor<T>([[1, 2], [4, 8]])
        #expect((m + 1).scalars == [2, 3, 5, 9])
        #expect((m - 1).scalars == [0, 1, 3, 7])
        #expect((m * 2).scalars == [2, 4, 8, 16])
        #expect((m / 4).scalars == [0.25, 0.5, 1, 2])
        #expect((1 + m).scalars == [2, 3, 5, 9])
        #expect((1 - m).scalars == [0, -1, -3, -7])
        #expect((2 * m).scalars == [2, 4, 8, 16])
        #expect((8 / m).scalars == [8, 4, 2, 1])
        #expect((m * 2).shape == [2, 2])
    }

    @Test func tensorScalarArithmeticAppliesTheScalarToEveryElement() throws {
        try checkScalarArithmetic(Float.self)
        try checkScalarArithmetic(Double.self)
    }

    func checkLongVectors<T: TensorScalar>(_: T.Type) {
        let a = Tensor<T>.arange(to: 37), b = Tensor<T>.arange(from: 1, to: 38)
        let indices = (0..<37).map { T($0) }
        #expect((a + b).scalars == indices.map { 2 * $0 + 1 })
        #expect((a * b).scalars == indices.map { $0 * ($0 + 1) })
        #expect((b - a).scalars == Array(repeating: 1, count: 37))
        #expect((a / 2).scalars == indices.map { $0 / 2 })
        #expect((100 - a).scalars == indices.map { 100 - $0 })
        #expect(square(a).scalars == indices.map { $0 * $0 })
        #expect(sqrt(square(a)).scalars == indices)
    }

    @Test func vectorLoopAndScalarTailAgree() {
        checkLongVectors(Float.self)
        checkLongVectors(Double.self)
    }

    func checkCompoundAssignment<T: TensorScalar>(_: T.Type) {
        let original = Tensor<T>([1, 2, 3])
        var w = original
        w += Tensor<T>([10, 20, 30])
        #expect(w.scalars == [11, 22, 33])
        w -= Tensor<T>([1, 2, 3])
        #expect(w.scalars == [10, 20, 30])
        w *= Tensor<T>([2, 2, 2])
        w /= Tensor<T>([4, 5, 6])
        #expect(w.scalars == [5, 8, 10])
        w += 1
        w -= 2
        w *= 3
        w /= 3
        #expect(w.scalars == [4, 7, 9])
        #expect(original.scalars == [1, 2, 3], "an in-place update must not reach a copy")
        var doubled = original
        doubled += doubled
        #expect(doubled.scalars == [2, 4, 6])
    }

    @Test func compoundAssignmentUpdatesOnlyTheTarget() {
        checkCompoundAssignment(Float.self)
        checkCompoundAssignment(Double.self)
    }

    @Test func elementwiseFunctionsMatchLibm() {
        let xs: [Double] = (0..<37).map { Double($0) * 0.25 - 4 }
        let x = Tensor<Double>(xs)
        #expect(exp(x).scalars == xs.map { Glibc.exp($0) })
        #expect(tanh(x).scalars == xs.map { Glibc.tanh($0) })
        #expect(abs(x).scalars == xs.map { Swift.abs($0) })
        let positive = abs(x) + 0.5
        #expect(log(positive).scalars == positive.scalars.map { Glibc.log($0) })
        #expect(sqrt(positive).scalars == positive.scalars.map { $0.squareRoot() })

        // Float's exp, log and tanh are vectorised approximations within 2 ulp of libm.
        let xf = Tensor<Float>(xs.map { Float($0) })
        let ulp2 = 2 * Float.ulpOfOne
        assertClose(exp(xf).scalars, xf.scalars.map { expf($0) }, relativeTolerance: ulp2)
        assertClose(tanh(xf).scalars, xf.scalars.map { tanhf($0) }, relativeTolerance: ulp2)
        let shifted = abs(xf) + 1
        assertClose(log(shifted).scalars, shifted.scalars.map { logf($0) }, relativeTolerance: ulp2)
    }

    @Test func elementwiseFunctionsFollowIEEEAtTheEdges() {
        let x = Tensor<Float>([-1, 0, .infinity])
        let logs = log(x).scalars
        #expect(logs[0].isNaN)
        #expect(logs[1] == -.infinity)
        #expect(logs[2] == .infinity)
        #expect(sqrt(x).scalars[0].isNaN)
        #expect(abs(Tensor<Double>([-0.0])).scalars[0].sign == .plus)
        #expect((Tensor<Double>([1]) / 0).scalars == [.infinity])
    }
}
