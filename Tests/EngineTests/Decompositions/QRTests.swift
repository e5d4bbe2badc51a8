import Engine
import Testing
import TestSupport

extension DecompositionTests {
    /// `A = Q R` in both modes: NumPy's factors up to signs, orthonormality, triangularity.
    @Suite("QR")
    struct QR {
        let fixtures = LinearAlgebraFixtures.shared

        func check<T: LinearAlgebraScalar>(_: T.Type) throws {
            let precision = Precision<T>.standard
            for test in fixtures.qr {
                let what = "\(test.name), \(test.mode)"
                let a: Tensor<T> = test.a.tensor()
                let (m, n) = (a.shape[0], a.shape[1])
                let k = min(m, n)
                let (q, r) = try qr(a, mode: test.mode == "complete" ? .complete : .reduced)
                #expect(q.shape == test.q.shape && r.shape == test.r.shape, "\(what): shapes")
                assertMatrixClose(matmul(q, r), a, tolerance: precision.reconstruction, "\(what): Q R")
                assertOrthonormalColumns(q, tolerance: precision.reconstruction, "\(what): QᵀQ")
                for i in 0..<r.shape[0] { for j in 0..<min(i, n) { #expect(r[i, j] == 0) } }

                // Unique once R's diagonal is made positive; beyond column k, Q is any
                // orthonormal basis of the complement, so only the first k columns compare.
                let signs = (0..<k).map { r[$0, $0] < 0 ? T(-1) : 1 }
                let expectedR: [T] = test.r.scalars()
                let expectedSigns = (0..<k).map { expectedR[$0 * n + $0] < 0 ? T(-1) : 1 }
                let qColumns = q.shape[1]
                assertMatrixClose(
                    leadingColumns(flippingColumns(q.scalars, columns: qColumns, by: signs),
                                   rows: m, columns: qColumns, count: k),
                    leadingColumns(flippingColumns(test.q.scalars(), columns: qColumns, by: expectedSigns),
                                   rows: m, columns: qColumns, count: k),
                    tolerance: precision.reference, "\(what): Q")
                assertMatrixClose(
                    flippingRows(r.scalars, columns: n, by: signs),
                    flippingRows(expectedR, columns: n, by: expectedSigns),
                    tolerance: precision.reference, "\(what): R")
            }
        }

        @Test func factorsMatchNumPyUpToSignsAndReconstruct() throws {
            try check(Double.self)
            try check(Float.self)
        }

        @Test func handWorkedFactorsCarryLAPACKSigns() throws {
            let (q, r) = try qr(try Tensor<Double>([[3, 1], [4, 2]]))
            assertClose(r.scalars, [-5, -2.2, 0, 0.4], absoluteTolerance: 1e-15)
            assertClose(q.scalars, [-0.6, -0.8, -0.8, 0.6], absoluteTolerance: 1e-15)
        }

        @Test func emptyMatricesGiveEmptyOrIdentityFactors() throws {
            let (q, r) = try qr(Tensor<Double>.zeros([3, 0]), mode: .complete)
            #expect(q.scalars == [1, 0, 0, 0, 1, 0, 0, 0, 1] && r.shape == [3, 0])
            let (reducedQ, reducedR) = try qr(Tensor<Double>.zeros([3, 0]))
            #expect(reducedQ.shape == [3, 0] && reducedR.shape == [0, 0])
        }
    }
}
