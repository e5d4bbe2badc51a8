import Engine
import Testing
import TestSupport

extension DecompositionTests {
    /// `solve`, `solveTriangular` and `cholesky` inside the engine's autodiff: gradients,
    /// forward-mode tangents and second derivatives (their rules are differentiable too),
    /// checked against finite differences in Double.
    @Suite("Autodiff through decompositions")
    struct Autodiff {
        func randomMatrix(_ shape: [Int], _ rng: inout SeededGenerator) -> Tensor<Double> {
            Tensor<Double>.uniform(shape, in: -1..<1, generator: &rng)
        }

        func identity(_ n: Int, times value: Double = 1) -> Tensor<Double> {
            diagonalMatrix([Double](repeating: value, count: n), rows: n, columns: n)
        }

        /// `(f(x + εv) − f(x − εv)) / 2ε`.
        func centralDifference(
            step: Double = 1e-6, _ f: (Double) -> Tensor<Double>
        ) -> Tensor<Double> {
            (f(step) - f(-step)) / (2 * step)
        }

        @Test func gradientsFlowThroughSolve() throws {
            var rng = SeededGenerator(seed: 21)
            let a = randomMatrix([4, 4], &rng) + identity(4, times: 3)
            let b = randomMatrix([4, 2], &rng)
            let weights = randomMatrix([4, 2], &rng)
            let (aGradient, bGradient) = gradient(at: a, b) { a, b in
                (weights * (try! solve(a, b))).sum()
            }
            let x = try solve(a, b)
            let (aBar, bBar) = try LinearAlgebraDerivatives.solveVJP(a: a, x: x, cotangent: weights)
            assertClose(aGradient.scalars, aBar.scalars, relativeTolerance: 1e-12)
            assertClose(bGradient.scalars, bBar.scalars, relativeTolerance: 1e-12)

            let direction = randomMatrix([4, 4], &rng)
            let numeric = centralDifference { step in
                (weights * (try! solve(a + step * direction, b))).sum()
            }
            assertClose((aGradient * direction).sum().scalar, numeric.scalar, relativeTolerance: 1e-7)
        }

        @Test func gradientsFlowThroughCholeskyAndTriangularSolves() throws {
            // A Gaussian's negative log-likelihood, as a lesson writes it:
            // ½ zᵀz + Σᵢ log L[i, i] with L z = y, differentiated in the covariance.
            var rng = SeededGenerator(seed: 22)
            let b = randomMatrix([4, 4], &rng)
            let covariance = matmul(b, b, transposingB: true) + identity(4)
            let y = randomMatrix([4], &rng)
            let diagonalMask = identity(4)
            func negativeLogLikelihood(_ sigma: Tensor<Double>) -> Tensor<Double> {
                let l = try! cholesky(sigma)
                let z = try! solveTriangular(l, y, lower: true)
                // log of the diagonal only: off-diagonal entries are replaced by ones.
                let logDiagonal = log(l * diagonalMask + (1 - diagonalMask))
                return 0.5 * (z * z).sum() + logDiagonal.sum()
            }
            let g = gradient(at: covariance, in: negativeLogLikelihood)
            // The closed form: ∂/∂Σ = ½ (Σ⁻¹ − Σ⁻¹ y yᵀ Σ⁻¹).
            let inverse = try Engine.inverse(covariance)
            let alpha = matmul(inverse, y)
            let expected = 0.5 * (inverse - matmul(
                alpha.reshaped([4, 1]), alpha.reshaped([1, 4])))
            assertClose(g.scalars, expected.scalars, relativeTolerance: 1e-10,
                        absoluteTolerance: 1e-12)
        }

        @Test func forwardModeTangentsMatchTheRules() throws {
            var rng = SeededGenerator(seed: 23)
            let b = randomMatrix([3, 3], &rng)
            let a = matmul(b, b, transposingB: true) + identity(3)
            let e = randomMatrix([3, 3], &rng)
            let direction = e + e.transposed()
            let tangent = jvp(at: a, along: direction) { a in try! cholesky(a) }
            let expected = try LinearAlgebraDerivatives.choleskyJVP(
                l: try cholesky(a), aTangent: direction)
            assertClose(tangent.scalars, expected.scalars, relativeTolerance: 1e-12,
                        absoluteTolerance: 1e-15)

            let rhs = randomMatrix([3], &rng)
            let solveTangent = jvp(at: a, along: direction) { a in try! solve(a, rhs) }
            let numeric = centralDifference { step in try! solve(a + step * direction, rhs) }
            assertClose(solveTangent.scalars, numeric.scalars, relativeTolerance: 1e-7,
                        absoluteTolerance: 1e-9)
        }

        @Test func secondDerivativesThroughSolveAndCholesky() throws {
            var rng = SeededGenerator(seed: 24)
            let b = randomMatrix([4, 4], &rng)
            let spd = matmul(b, b, transposingB: true) + identity(4)
            let rhs = randomMatrix([4], &rng)
            let weights = randomMatrix([4, 4], &rng)
            let e = randomMatrix([4, 4], &rng)
            let direction = e + e.transposed()

            // f(A) = ⟨W, A⁻¹ b bᵀ⟩ through solve; g(A) = ⟨W, chol(A)⟩ through cholesky.
            let functions: [(String, (Tensor<Double>) -> Tensor<Double>)] = [
                ("solve", { a in
                    (weights * matmul(
                        (try! solve(a, rhs)).reshaped([4, 1]), rhs.reshaped([1, 4]))).sum()
                }),
                ("cholesky", { a in (weights * (try! cholesky(a))).sum() }),
            ]
            for (name, f) in functions {
                let hvp = hessianVectorProduct(at: spd, along: direction, in: f)
                let numeric = centralDifference(step: 1e-5) { step in
                    gradient(at: spd + step * direction, in: f)
                }
                assertClose(hvp.scalars, numeric.scalars, relativeTolerance: 1e-6,
                            absoluteTolerance: 1e-8)
                #expect(hvp.shape == [4, 4], "\(name)")
            }
        }
    }
}

extension DecompositionTests.Autodiff {
    @Test func inverseIsDifferentiable() throws {
        var rng = SeededGenerator(seed: 25)
        let a = randomMatrix([3, 3], &rng) + identity(3, times: 2)
        let weights = randomMatrix([3, 3], &rng)
        let direction = randomMatrix([3, 3], &rng)
        let g = gradient(at: a) { a in (weights * (try! inverse(a))).sum() }
        let numeric = centralDifference { step in
            (weights * (try! inverse(a + step * direction))).sum()
        }
        assertClose((g * direction).sum().scalar, numeric.scalar, relativeTolerance: 1e-7)
        let tangent = jvp(at: a, along: direction) { a in try! inverse(a) }
        let numericTangent = centralDifference { step in try! inverse(a + step * direction) }
        assertClose(tangent.scalars, numericTangent.scalars, relativeTolerance: 1e-7,
                    absoluteTolerance: 1e-9)
    }

    @Test func operationsWithoutDerivativesStillComputeOnTrackedInputs() throws {
        // Forward values are unaffected; only a backward pass through them would stop.
        let a = try Tensor<Double>([[2, 1], [1, 3]]).requiringGradient()
        let (values, _) = try symmetricEigen(a)
        #expect(values.shape == [2])
        #expect(try svd(a).s.shape == [2])
        #expect(try pseudoinverse(a).shape == [2, 2])
        // A gradient that does not depend on them is unaffected.
        let g = gradient(at: a) { a in
            _ = try! singularValues(a)
            return (a * a).sum()
        }
        #expect(g.scalars == [4, 2, 2, 6])
    }
}

extension DecompositionTests.Autodiff {
    @Test func differentiatingThroughAnOperationWithoutDerivativesStops() async throws {
        let result = await #expect(
            processExitsWith: .failure, observing: [\.standardErrorContent]
        ) {
            let a = try! Tensor<Double>([[2, 1], [1, 3]])
            _ = gradient(at: a) { a in (try! singularValues(a)).sum() }
        }
        let message = String(decoding: try #require(result).standardErrorContent, as: UTF8.self)
        #expect(message.contains("singularValues: has no derivative yet"))
    }
}
