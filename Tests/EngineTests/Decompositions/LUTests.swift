import Engine
import Foundation
import Testing
import TestSupport

extension DecompositionTests {
    /// `A = P L U` and the determinants built on it.
    @Suite("LU and determinants")
    struct LU {
        let fixtures = LinearAlgebraFixtures.shared

        func checkReconstruction<T: LinearAlgebraScalar>(_: T.Type) throws {
            let precision = Precision<T>.standard
            var rng = SeededGenerator(seed: 3)
            for shape in [[4, 4], [6, 3], [3, 6], [1, 5], [17, 17]] {
                let a = Tensor<T>.uniform(shape, in: -1..<1, generator: &rng)
                let factors = try lu(a)
                let (p, l, u) = (factors.permutation, factors.lower, factors.upper)
                let k = min(shape[0], shape[1])
                #expect(p.shape == [shape[0], shape[0]] && l.shape == [shape[0], k]
                    && u.shape == [k, shape[1]])
                assertMatrixClose(
                    matmul(p, matmul(l, u)), a, tolerance: precision.reconstruction,
                    "P L U for \(shape)")
                // Partial pivoting bounds every multiplier by 1.
                #expect(l.scalars.allSatisfy { abs($0) <= 1 })
                for i in 0..<shape[0] {
                    for j in 0..<k where j > i { #expect(l[i, j] == 0) }
                    if i < k { #expect(l[i, i] == 1) }
                }
                for i in 0..<k { for j in 0..<i { #expect(u[i, j] == 0) } }
                #expect(p.scalars.filter { $0 == 1 }.count == shape[0])
            }
        }

        @Test func permutedProductReconstructsTheMatrix() throws {
            try checkReconstruction(Double.self)
            try checkReconstruction(Float.self)
        }

        @Test func handWorkedFactorisationSwapsRows() throws {
            let factors = try lu(try Tensor<Double>([[0, 2], [3, 4]]))
            #expect(factors.pivots == [1, 1])
            #expect(factors.permutation.scalars == [0, 1, 1, 0])
            #expect(factors.lower.scalars == [1, 0, 0, 1])
            #expect(factors.upper.scalars == [3, 4, 0, 2])
            #expect(try factors.solve(Tensor([2, 7])).scalars == [1, 1])
            #expect(try factors.solve(Tensor([3, 6]), transposed: true).scalars == [1, 1])
            #expect(factors.determinant == -6)
            #expect(!factors.isSingular)
            #expect(try lu(try Tensor<Double>([[4, 3], [6, 3]])).upper.scalars == [6, 3, 0, 1])
            #expect(try determinant(try Tensor<Double>([[1, 2], [3, 4]])) == -2)
        }

        func checkDeterminants<T: LinearAlgebraScalar>(_: T.Type) throws {
            let precision = Precision<T>.standard
            for test in fixtures.determinant {
                // Hilbert matrices are not representable in Float; its rounding changes
                // the determinant by more than Float's tolerance.
                if T.self == Float.self && test.name == "hilbert5" { continue }
                let a: Tensor<T> = test.a.tensor()
                let det = try determinant(a)
                let (sign, logAbs) = try logDeterminant(a)
                guard let expectedLogAbs = test.logAbsDet, test.det != 0 else {
                    // NumPy met an exact zero pivot; OpenBLAS may leave a rounding error.
                    #expect(abs(det) <= precision.reference, "\(test.name): det \(det)")
                    continue
                }
                assertClose(det, T(test.det), relativeTolerance: precision.reference)
                #expect(sign == T(test.sign), "\(test.name): sign")
                assertClose(logAbs, T(expectedLogAbs), absoluteTolerance: precision.reference)
            }
        }

        @Test func determinantsMatchNumPy() throws {
            try checkDeterminants(Double.self)
            try checkDeterminants(Float.self)
        }

        @Test func logDeterminantSurvivesWhereTheProductOverflows() throws {
            // det(2·I) of order 1100 is 2¹¹⁰⁰, beyond Double's range.
            let n = 1100
            let a = diagonalMatrix([Double](repeating: 2, count: n), rows: n, columns: n)
            #expect(try determinant(a) == .infinity)
            let (sign, logAbs) = try logDeterminant(a)
            #expect(sign == 1)
            assertClose(logAbs, Double(n) * Foundation.log(2.0), relativeTolerance: 1e-12)
        }

        @Test func singularMatrixHasZeroDeterminant() throws {
            let a = try Tensor<Double>([[1, 2], [2, 4]])
            #expect(try determinant(a) == 0)
            let (sign, logAbs) = try logDeterminant(a)
            #expect(sign == 0 && logAbs == -.infinity)
            #expect(try lu(a).isSingular)
            #expect(try determinant(Tensor<Float>.zeros([0, 0])) == 1)
        }
    }
}
