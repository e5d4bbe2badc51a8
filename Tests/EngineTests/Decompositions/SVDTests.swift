import Engine
import Testing
import TestSupport

extension DecompositionTests {
    /// `A = U Σ Vᵀ` and what is built on it: singular values, pseudoinverse, condition
    /// number.
    @Suite("Singular value decomposition")
    struct SVD {
        let fixtures = LinearAlgebraFixtures.shared

        func check<T: LinearAlgebraScalar>(_: T.Type) throws {
            let precision = Precision<T>.standard
            for test in fixtures.svd {
                let what = "\(test.name), full \(test.fullMatrices)"
                let a: Tensor<T> = test.a.tensor()
                let (m, n) = (a.shape[0], a.shape[1])
                let (u, s, vt) = try svd(a, fullMatrices: test.fullMatrices)
                #expect(u.shape == test.u.shape && s.shape == test.s.shape
                    && vt.shape == test.vt.shape, "\(what): shapes")
                let sigma = diagonalMatrix(s.scalars, rows: u.shape[1], columns: vt.shape[0])
                assertMatrixClose(
                    matmul(u, matmul(sigma, vt)), a, tolerance: precision.reconstruction,
                    "\(what): U Σ Vᵀ")
                assertOrthonormalColumns(u, tolerance: precision.reconstruction, "\(what): UᵀU")
                assertOrthonormalColumns(
                    vt.transposed(), tolerance: precision.reconstruction, "\(what): VᵀV")
                assertMatrixClose(s, test.s.tensor(), tolerance: precision.reference, "\(what): σ")
                assertMatrixClose(try singularValues(a), test.s.tensor(),
                                  tolerance: precision.reference, "\(what): singularValues")

                // Vectors are unique up to sign only for the nonzero, distinct σ.
                let rank = test.rank
                let signs = columnSigns(u.scalars, rows: m, columns: u.shape[1], count: rank)
                let expectedSigns = columnSigns(
                    test.u.scalars(), rows: m, columns: u.shape[1], count: rank) as [T]
                assertMatrixClose(
                    leadingColumns(flippingColumns(u.scalars, columns: u.shape[1], by: signs),
                                   rows: m, columns: u.shape[1], count: rank),
                    leadingColumns(flippingColumns(test.u.scalars(), columns: u.shape[1], by: expectedSigns),
                                   rows: m, columns: u.shape[1], count: rank),
                    tolerance: precision.reference, "\(what): U")
                assertMatrixClose(
                    Array(flippingRows(vt.scalars, columns: n, by: signs)[..<(rank * n)]),
                    Array(flippingRows(test.vt.scalars(), columns: n, by: expectedSigns)[..<(rank * n)]),
                    tolerance: precision.reference, "\(what): Vᵀ")
            }
        }

        @Test func factorsMatchNumPyUpToSignsAndReconstruct() throws {
            try check(Double.self)
            try check(Float.self)
        }

        func checkPseudoinverse<T: LinearAlgebraScalar>(_: T.Type) throws {
            let precision = Precision<T>.standard
            for test in fixtures.pinv {
                let a: Tensor<T> = test.a.tensor()
                let pinv = try pseudoinverse(a, rcond: test.rcond.map { T($0) })
                assertMatrixClose(pinv, test.pinv.tensor(), tolerance: precision.reference, test.name)
                // The Penrose conditions A A⁺ A = A and A⁺ A A⁺ = A⁺.
                assertMatrixClose(matmul(a, matmul(pinv, a)), a,
                                  tolerance: precision.reconstruction, "\(test.name): A A⁺ A")
                assertMatrixClose(matmul(pinv, matmul(a, pinv)), pinv,
                                  tolerance: precision.reconstruction, "\(test.name): A⁺ A A⁺")
            }
        }

        @Test func pseudoinverseMatchesNumPyAndSatisfiesPenrose() throws {
            try checkPseudoinverse(Double.self)
            try checkPseudoinverse(Float.self)
        }

        func checkConditionNumbers<T: LinearAlgebraScalar>(_: T.Type) throws {
            for test in fixtures.conditionNumber {
                if T.self == Float.self && test.name == "hilbert5" { continue }
                let cond = try conditionNumber(test.a.tensor(T.self))
                // Relative error of the smallest σ grows with κ itself.
                assertClose(cond, T(test.cond), relativeTolerance: Precision<T>.standard.reference * 10)
            }
        }

        @Test func conditionNumbersMatchNumPy() throws {
            try checkConditionNumbers(Double.self)
            try checkConditionNumbers(Float.self)
        }

        @Test func handWorkedDecompositions() throws {
            let (_, s, _) = try svd(try Tensor<Double>([[3, 0], [0, -2]]))
            #expect(s.scalars == [3, 2])
            #expect(try conditionNumber(try Tensor<Double>([[1, 0], [0, 1e-8]])) == 1e8)
            #expect(try conditionNumber(try Tensor<Double>([[1, 0], [0, 0]])) == .infinity)
            #expect(try conditionNumber(Tensor<Float>.zeros([2, 2])) == .infinity)
            #expect(try pseudoinverse(try Tensor<Double>([[1, 0], [0, 0]])).scalars == [1, 0, 0, 0])
            #expect(try pseudoinverse(Tensor<Double>.zeros([0, 3])).shape == [3, 0])
        }
    }
}
