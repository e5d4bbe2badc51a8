import Engine
import Testing
import TestSupport

extension DecompositionTests {
    /// Least squares, over- and under-determined and rank deficient, against NumPy's
    /// `lstsq`.
    @Suite("Least squares")
    struct LeastSquares {
        let fixtures = LinearAlgebraFixtures.shared

        func check<T: LinearAlgebraScalar>(_: T.Type) throws {
            let precision = Precision<T>.standard
            for test in fixtures.lstsq {
                let a: Tensor<T> = test.a.tensor(), b: Tensor<T> = test.b.tensor()
                let fit = try leastSquares(a, b, rcond: test.rcond.map { T($0) })
                assertMatrixClose(fit.solution, test.solution.tensor(),
                                  tolerance: precision.reference, "\(test.name): x")
                assertMatrixClose(fit.residuals, test.residuals.tensor(),
                                  tolerance: precision.reference, "\(test.name): residuals")
                assertMatrixClose(fit.singularValues, test.singularValues.tensor(),
                                  tolerance: precision.reference, "\(test.name): σ")
                #expect(fit.rank == test.rank, "\(test.name): rank")
                // The residual A x − b is orthogonal to A's columns (normal equations).
                let residual = matmul(a, fit.solution) - b
                assertMatrixClose(
                    matmul(a, residual, transposingA: true).scalars,
                    [T](repeating: 0, count: a.shape[1] * (b.rank == 2 ? b.shape[1] : 1)),
                    tolerance: precision.reconstruction * 10, "\(test.name): Aᵀ(A x − b)")
            }
        }

        @Test func solutionsMatchNumPy() throws {
            try check(Double.self)
            try check(Float.self)
        }

        @Test func straightLineThroughCollinearPointsIsExact() throws {
            let a = try Tensor<Double>([[1, 0], [1, 1], [1, 2], [1, 3]])
            let fit = try leastSquares(a, Tensor([1, 3, 5, 7]))
            assertClose(fit.solution.scalars, [1, 2], absoluteTolerance: 1e-14)
            #expect(fit.rank == 2 && fit.residuals.shape == [1])
            #expect(fit.residuals.scalars[0] < 1e-25)
        }
    }
}
