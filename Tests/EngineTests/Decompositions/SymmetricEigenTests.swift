import Engine
import Testing
import TestSupport

extension DecompositionTests {
    /// `A V = V Λ` for symmetric `A`: NumPy's `eigh` up to signs.
    @Suite("Symmetric eigendecomposition")
    struct SymmetricEigen {
        let fixtures = LinearAlgebraFixtures.shared

        func check<T: LinearAlgebraScalar>(_: T.Type) throws {
            let precision = Precision<T>.standard
            for test in fixtures.eigh {
                let a: Tensor<T> = test.a.tensor()
                let n = a.shape[0]
                let (values, vectors) = try symmetricEigen(a)
                assertMatrixClose(values, test.values.tensor(), tolerance: precision.reference,
                                  "\(test.name): λ")
                assertMatrixClose(try symmetricEigenvalues(a), test.values.tensor(),
                                  tolerance: precision.reference, "\(test.name): eigenvalues")
                #expect(zip(values.scalars, values.scalars.dropFirst()).allSatisfy { $0 <= $1 })
                let lambda = diagonalMatrix(values.scalars, rows: n, columns: n)
                assertMatrixClose(matmul(a, vectors), matmul(vectors, lambda),
                                  tolerance: precision.reconstruction, "\(test.name): A V = V Λ")
                assertOrthonormalColumns(vectors, tolerance: precision.reconstruction,
                                         "\(test.name): VᵀV")
                let signs = columnSigns(vectors.scalars, rows: n, columns: n, count: n)
                let expectedSigns = columnSigns(test.vectors.scalars(), rows: n, columns: n, count: n) as [T]
                assertMatrixClose(
                    flippingColumns(vectors.scalars, columns: n, by: signs),
                    flippingColumns(test.vectors.scalars(), columns: n, by: expectedSigns),
                    tolerance: precision.reference, "\(test.name): V")
            }
        }

        @Test func eigenpairsMatchNumPyUpToSigns() throws {
            try check(Double.self)
            try check(Float.self)
        }

        @Test func handWorkedEigenvalues() throws {
            let a = try Tensor<Double>([[2, 1], [1, 2]])
            assertClose(try symmetricEigenvalues(a).scalars, [1, 3])
            // Only the lower triangle is read.
            let lowerOnly = try Tensor<Double>([[2, 1000], [1, 2]])
            assertClose(try symmetricEigen(lowerOnly).values.scalars, [1, 3])
        }
    }
}
