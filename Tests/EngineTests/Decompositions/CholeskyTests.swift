import Engine
import Foundation
import Testing
import TestSupport

extension DecompositionTests {
    /// `A = L Lᵀ`: NumPy's factor, the reconstruction, and the triangle it reads.
    @Suite("Cholesky")
    struct Cholesky {
        let fixtures = LinearAlgebraFixtures.shared

        func checkAgainstNumPy<T: LinearAlgebraScalar>(_: T.Type) throws {
            let precision = Precision<T>.standard
            for test in fixtures.cholesky {
                let a: Tensor<T> = test.a.tensor()
                let l = try cholesky(a)
                assertMatrixClose(l, test.l.tensor(), tolerance: precision.reference, test.name)
                assertMatrixClose(
                    matmul(l, l, transposingB: true), a, tolerance: precision.reconstruction,
                    "\(test.name): L Lᵀ")
                let n = a.shape[0]
                for i in 0..<n {
                    #expect(l[i, i] > 0)
                    for j in (i + 1)..<n { #expect(l[i, j] == 0) }
                }
            }
        }

        @Test func factorMatchesNumPyAndReconstructs() throws {
            try checkAgainstNumPy(Double.self)
            try checkAgainstNumPy(Float.self)
        }

        @Test func handWorkedFactorIsExact() throws {
            #expect(try cholesky(try Tensor<Double>([[4, 2], [2, 5]])).scalars == [2, 0, 1, 2])
        }

        @Test func onlyTheLowerTriangleIsRead() throws {
            let l = try cholesky(try Tensor<Float>([[4, -100], [2, 5]]))
            #expect(l.scalars == [2, 0, 1, 2])
        }

        @Test func logDeterminantFollowsFromTheDiagonal() throws {
            // log det A = 2 Σᵢ log L[i, i].
            for test in fixtures.cholesky {
                let a: Tensor<Double> = test.a.tensor()
                let l = try cholesky(a)
                let fromFactor = 2 * (0..<a.shape[0]).map { Foundation.log(l[$0, $0]) }.reduce(0, +)
                assertClose(fromFactor, try logDeterminant(a).logAbs, relativeTolerance: 1e-12)
            }
        }
    }
}
