import Engine
import Testing
import TestSupport

extension DecompositionTests {
    /// `solve`, `inverse` and `solveTriangular` against NumPy and against their own
    /// definitions (`A x = b`, `A A⁻¹ = I`).
    @Suite("Solve")
    struct Solve {
        let fixtures = LinearAlgebraFixtures.shared

        func checkAgainstNumPy<T: LinearAlgebraScalar>(_: T.Type) throws {
            let precision = Precision<T>.standard
            for test in fixtures.solve {
                let a: Tensor<T> = test.a.tensor(), b: Tensor<T> = test.b.tensor()
                let x = try solve(a, b)
                assertMatrixClose(x, test.x.tensor(), tolerance: precision.reference, test.name)
                // The residual A x − b, the definition.
                assertMatrixClose(
                    matmul(a, x), b, tolerance: precision.reconstruction, "\(test.name): A x")
            }
        }

        @Test func solutionsMatchNumPy() throws {
            try checkAgainstNumPy(Double.self)
            try checkAgainstNumPy(Float.self)
        }

        func checkInverse<T: LinearAlgebraScalar>(_: T.Type) throws {
            let precision = Precision<T>.standard
            for test in fixtures.inverse {
                let a: Tensor<T> = test.a.tensor()
                let inverted = try inverse(a)
                assertMatrixClose(
                    inverted, test.inverse.tensor(), tolerance: precision.reference, test.name)
                let n = a.shape[0]
                assertMatrixClose(
                    matmul(a, inverted), diagonalMatrix([T](repeating: 1, count: n), rows: n, columns: n),
                    tolerance: precision.reconstruction, "\(test.name): A A⁻¹")
            }
        }

        @Test func inversesMatchNumPyAndInvert() throws {
            try checkInverse(Double.self)
            try checkInverse(Float.self)
        }

        @Test func handWorkedSystemIsSolvedExactly() throws {
            let a = try Tensor<Double>([[3, 1], [1, 2]])
            #expect(try solve(a, Tensor([9, 8])).scalars == [2, 3])
            #expect(try inverse(try Tensor<Double>([[2, 0], [0, 4]])).scalars == [0.5, 0, 0, 0.25])
        }

        @Test func triangularSolvesReadOnlyTheirTriangle() throws {
            // The upper triangle holds garbage that a lower solve must ignore.
            let l = try Tensor<Double>([[2, 99], [1, 2]])
            let y = try solveTriangular(l, Tensor([8, 13]), lower: true)
            #expect(y.scalars == [4, 4.5])
            let x = try solveTriangular(l, y, lower: true, transposingA: true)
            #expect(x.scalars == [0.875, 2.25])
            let unit = try solveTriangular(l, Tensor([8, 13]), lower: true, unitDiagonal: true)
            #expect(unit.scalars == [8, 5])
            let upper = try solveTriangular(
                try Tensor<Float>([[2, 1], [-7, 4]]), try Tensor<Float>([[4, 0], [8, 4]]),
                lower: false)
            #expect(upper.scalars == [1, -0.5, 2, 1])
        }

        @Test func emptySystemsGiveEmptySolutions() throws {
            let x = try solve(Tensor<Double>.zeros([0, 0]), Tensor<Double>.zeros([0, 3]))
            #expect(x.shape == [0, 3])
            #expect(try inverse(Tensor<Float>.zeros([0, 0])).shape == [0, 0])
        }
    }
}
