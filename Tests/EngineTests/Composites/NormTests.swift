import Engine
import Testing
import TestSupport

@Suite("Euclidean norm")
struct NormTests {
    func checkValues<T: TensorScalar>(_: T.Type) throws {
        #expect(Tensor<T>([3, 4]).norm().shape == [])
        #expect(Tensor<T>([3, 4]).norm().scalar == 5)
        #expect(try Tensor<T>([[1, 2], [2, 4]]).norm().scalar == 5)  // Frobenius: √25
        #expect(Tensor<T>([-2]).norm().scalar == 2)
        #expect(Tensor<T>.zeros([3]).norm().scalar == 0)
        #expect(Tensor<T>.zeros([0]).norm().scalar == 0)
        #expect(Tensor<T>(-7).norm().scalar == 7)
    }

    @Test func normIsTheSquareRootOfTheSumOfSquares() throws {
        try checkValues(Float.self)
        try checkValues(Double.self)
    }

    @Test func normNeitherOverflowsNorUnderflows() {
        // √(Σ x²) written directly gives inf and 0 for these.
        assertClose(Tensor<Double>([3e200, 4e200]).norm().scalar, 5e200, relativeTolerance: 1e-15)
        assertClose(Tensor<Double>([3e-200, 4e-200]).norm().scalar, 5e-200, relativeTolerance: 1e-15)
        assertClose(Tensor<Float>([3e30, 4e30]).norm().scalar, 5e30, relativeTolerance: 1e-6)
        assertClose(Tensor<Float>([3e-30, 4e-30]).norm().scalar, 5e-30, relativeTolerance: 1e-6)
        #expect(Tensor<Double>([1, .infinity]).norm().scalar == .infinity)
        #expect(Tensor<Double>([1, .nan]).norm().scalar.isNaN)
    }

    @Test func normGradientIsTheUnitVector() throws {
        let x = try Tensor<Double>([[3, -4], [0, 12]])  // ‖x‖ = 13
        let gradient = x.requiringGradient()
        let length = gradient.norm()
        length.backward()
        #expect(length.scalar == 13)
        assertCloseNormwise(gradient.gradient!, x / 13, tolerance: 1e-15, "∇‖x‖")
        checkDerivatives("norm", at: [randomTensor([3, 4], seed: 5)]) { $0[0].norm() }
        checkDerivatives("norm of large values", at: [randomTensor([5], seed: 6, scale: 1e100)]) {
            $0[0].norm() / 1e100
        }
    }

    @Test func normGradientAtZeroIsZero() {
        let zero = Tensor<Double>.zeros([3]).requiringGradient()
        zero.norm().backward()
        #expect(zero.gradient!.scalars == [0, 0, 0])
    }
}
