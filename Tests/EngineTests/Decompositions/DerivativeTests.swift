import Engine
import Testing
import TestSupport

extension DecompositionTests {
    /// The VJPs and JVPs of `solve` and `cholesky` against central finite differences in
    /// Double, and against each other (`⟨W, J v⟩ = ⟨Jᵀ W, v⟩`).
    @Suite("Derivatives")
    struct Derivatives {
        /// `⟨x, y⟩ = Σᵢ xᵢ yᵢ`.
        func inner(_ x: Tensor<Double>, _ y: Tensor<Double>) -> Double {
            zip(x.scalars, y.scalars).map(*).reduce(0, +)
        }

        /// `(f(x + εv) − f(x − εv)) / 2ε`, accurate to O(ε²) plus rounding of order ε_mach/ε.
        func centralDifference(
            step: Double = 1e-6, _ f: (Double) throws -> Tensor<Double>
        ) rethrows -> Tensor<Double> {
            (try f(step) - (try f(-step))) / (2 * step)
        }

        func randomMatrix(_ shape: [Int], _ rng: inout SeededGenerator) -> Tensor<Double> {
            Tensor<Double>.uniform(shape, in: -1..<1, generator: &rng)
        }

        /// A well-conditioned symmetric positive definite matrix: `B Bᵀ + n I`.
        func spd(_ n: Int, _ rng: inout SeededGenerator) -> Tensor<Double> {
            let b = randomMatrix([n, n], &rng)
            return matmul(b, b, transposingB: true) + diagonalMatrix(
                [Double](repeating: Double(n), count: n), rows: n, columns: n)
        }

        @Test func solveDerivativesMatchFiniteDifferences() throws {
            var rng = SeededGenerator(seed: 11)
            for bShape in [[5], [5, 3]] {
                let a = randomMatrix([5, 5], &rng) + diagonalMatrix(
                    [Double](repeating: 3, count: 5), rows: 5, columns: 5)
                let b = randomMatrix(bShape, &rng)
                let (da, db) = (randomMatrix([5, 5], &rng), randomMatrix(bShape, &rng))
                let weights = randomMatrix(bShape, &rng)
                let x = try solve(a, b)

                let numeric = try centralDifference { try solve(a + $0 * da, b + $0 * db) }
                let jvp = try LinearAlgebraDerivatives.solveJVP(
                    a: a, x: x, aTangent: da, bTangent: db)
                assertClose(jvp.scalars, numeric.scalars, relativeTolerance: 1e-7,
                            absoluteTolerance: 1e-8)

                // Reverse mode: d/dε ⟨W, X(A + εE, B + εF)⟩ = ⟨Ā, E⟩ + ⟨B̄, F⟩.
                let (aBar, bBar) = try LinearAlgebraDerivatives.solveVJP(
                    a: a, x: x, cotangent: weights)
                #expect(aBar.shape == [5, 5] && bBar.shape == bShape)
                assertClose(inner(aBar, da) + inner(bBar, db), inner(weights, numeric),
                            relativeTolerance: 1e-7)
                assertClose(inner(aBar, da) + inner(bBar, db), inner(weights, jvp),
                            relativeTolerance: 1e-12)
            }
        }

        @Test func choleskyDerivativesMatchFiniteDifferences() throws {
            var rng = SeededGenerator(seed: 12)
            for n in [1, 2, 6] {
                let a = spd(n, &rng)
                let e = randomMatrix([n, n], &rng)
                let direction = e + e.transposed()  // symmetric, as A's perturbations are
                let weights = randomMatrix([n, n], &rng)
                let l = try cholesky(a)

                let numeric = try centralDifference { try cholesky(a + $0 * direction) }
                let jvp = try LinearAlgebraDerivatives.choleskyJVP(l: l, aTangent: direction)
                assertClose(jvp.scalars, numeric.scalars, relativeTolerance: 1e-7,
                            absoluteTolerance: 1e-8)
                for i in 0..<n { for j in (i + 1)..<n { #expect(jvp[i, j] == 0) } }

                let aBar = try LinearAlgebraDerivatives.choleskyVJP(l: l, cotangent: weights)
                assertClose(aBar.scalars, aBar.transposed().scalars)  // symmetric
                assertClose(inner(aBar, direction), inner(weights, numeric),
                            relativeTolerance: 1e-7)
                assertClose(inner(aBar, direction), inner(weights, jvp), relativeTolerance: 1e-12)
            }
        }

        @Test func triangularSolveDerivativesMatchFiniteDifferences() throws {
            var rng = SeededGenerator(seed: 14)
            for lower in [true, false] {
                for transposingA in [false, true] {
                    for unitDiagonal in [false, true] {
                        for bShape in [[4], [4, 2]] {
                            // Any square matrix: the solve reads only one triangle of it.
                            let t = randomMatrix([4, 4], &rng) + diagonalMatrix(
                                [Double](repeating: 3, count: 4), rows: 4, columns: 4)
                            let b = randomMatrix(bShape, &rng)
                            let (dt, db) = (randomMatrix([4, 4], &rng), randomMatrix(bShape, &rng))
                            let weights = randomMatrix(bShape, &rng)
                            func solveAt(_ step: Double) throws -> Tensor<Double> {
                                try solveTriangular(
                                    t + step * dt, b + step * db, lower: lower,
                                    transposingA: transposingA, unitDiagonal: unitDiagonal)
                            }
                            let x = try solveAt(0)
                            let numeric = try centralDifference(solveAt)
                            let jvp = try LinearAlgebraDerivatives.solveTriangularJVP(
                                t: t, x: x, tTangent: dt, bTangent: db, lower: lower,
                                transposingA: transposingA, unitDiagonal: unitDiagonal)
                            assertClose(jvp.scalars, numeric.scalars, relativeTolerance: 1e-7,
                                        absoluteTolerance: 1e-8)
                            let (tBar, bBar) = try LinearAlgebraDerivatives.solveTriangularVJP(
                                t: t, x: x, cotangent: weights, lower: lower,
                                transposingA: transposingA, unitDiagonal: unitDiagonal)
                            assertClose(inner(tBar, dt) + inner(bBar, db), inner(weights, jvp),
                                        relativeTolerance: 1e-12)
                        }
                    }
                }
            }
        }

        @Test func choleskyVJPOfTheLogDeterminantSeedGivesTheHandWorkedInverse() throws {
            let l = try cholesky(try Tensor<Double>([[4, 2], [2, 5]]))
            let lBar = try Tensor<Double>([[1, 0], [0, 1]])
            let aBar = try LinearAlgebraDerivatives.choleskyVJP(l: l, cotangent: lBar)
            assertClose(aBar.scalars, [0.3125, -0.125, -0.125, 0.25], absoluteTolerance: 1e-16)
        }

        @Test func choleskyGradientOfLogDeterminantIsTheInverse() throws {
            // log det A = 2 Σᵢ log L[i, i], so L̄ = 2 diag(1 / L[i, i]) and Ā must be A⁻¹.
            var rng = SeededGenerator(seed: 13)
            let a = spd(4, &rng)
            let l = try cholesky(a)
            let lBar = diagonalMatrix((0..<4).map { 2 / l[$0, $0] }, rows: 4, columns: 4)
            let aBar = try LinearAlgebraDerivatives.choleskyVJP(l: l, cotangent: lBar)
            assertClose(aBar.scalars, try inverse(a).scalars, relativeTolerance: 1e-12,
                        absoluteTolerance: 1e-14)
        }
    }
}
