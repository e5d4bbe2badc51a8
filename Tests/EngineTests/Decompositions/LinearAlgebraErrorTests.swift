import Engine
import Testing

extension DecompositionTests {
    /// The messages are part of the API: lessons show them, so they are asserted word
    /// for word.
    @Suite("Errors")
    struct Errors {
        @Test func singularSystemNamesTheOperationShapeAndPivot() throws {
            let singular = try Tensor<Double>([[1, 2], [2, 4]])
            let expected = "solve: the [2, 2] matrix is singular "
                + "(diagonal entry 1 of its triangular factor is zero)"
            #expect(linearAlgebraMessage { _ = try solve(singular, Tensor([1, 2])) } == expected)
            #expect(throws: LinearAlgebraError.singular(operation: "inverse", shape: [2, 2], index: 1)) {
                try inverse(singular)
            }
            #expect(throws: LinearAlgebraError.singular(
                operation: "LUFactorization.solve", shape: [2, 2], index: 1)) {
                try lu(singular).solve(Tensor([1, 2]))
            }
            let zeroDiagonal = try Tensor<Float>([[0, 0], [1, 1]])
            #expect(throws: LinearAlgebraError.singular(operation: "solveTriangular", shape: [2, 2], index: 0)) {
                try solveTriangular(zeroDiagonal, Tensor([1, 1]), lower: true)
            }
        }

        @Test func indefiniteMatrixNamesTheFailingMinor() throws {
            let indefinite = try Tensor<Double>([[1, 2], [2, 1]])
            #expect(linearAlgebraMessage { _ = try cholesky(indefinite) }
                == "cholesky: the [2, 2] matrix is not positive definite "
                + "(its leading minor of order 2 is not positive)")
            #expect(throws: LinearAlgebraError.notPositiveDefinite(
                operation: "cholesky", shape: [3, 3], order: 1)) {
                try cholesky(Tensor<Float>.zeros([3, 3]))
            }
        }

        @Test func wrongShapesAreNamed() throws {
            let wide = Tensor<Double>.zeros([2, 3])
            #expect(linearAlgebraMessage { _ = try cholesky(wide) }
                == "cholesky: expects a square matrix, got shape [2, 3]")
            #expect(linearAlgebraMessage { _ = try determinant(wide) }
                == "determinant: expects a square matrix, got shape [2, 3]")
            #expect(linearAlgebraMessage { _ = try symmetricEigen(wide) }
                == "symmetricEigen: expects a square matrix, got shape [2, 3]")
            #expect(linearAlgebraMessage { _ = try svd(Tensor<Float>([1, 2, 3])) }
                == "svd: expects a matrix, got shape [3]")
            #expect(linearAlgebraMessage { _ = try solve(Tensor<Double>.zeros([3, 3]), Tensor.zeros([4])) }
                == "solve: [3, 3] and [4] — the right-hand side has 4 rows, the matrix 3")
            #expect(linearAlgebraMessage {
                _ = try leastSquares(Tensor<Double>.zeros([3, 2]), Tensor.zeros([3, 1, 1]))
            } == "leastSquares: expects a vector or a matrix on the right, got shape [3, 1, 1]")
            #expect(linearAlgebraMessage { _ = try conditionNumber(Tensor<Double>.zeros([0, 3])) }
                == "conditionNumber: the [0, 3] matrix is empty")
        }

        @Test func nonFiniteInputIsRejectedBeforeLAPACK() throws {
            let withNaN = try Tensor<Double>([[1, .nan], [0, 1]])
            #expect(linearAlgebraMessage { _ = try svd(withNaN) }
                == "svd: the [2, 2] input contains NaN or infinity")
            #expect(throws: LinearAlgebraError.nonFinite(operation: "solve", shape: [2])) {
                try solve(Tensor<Float>.zeros([2, 2]) + 1, Tensor([1, .infinity]))
            }
        }

        @Test func nonConvergenceNamesTheRoutine() {
            #expect(LinearAlgebraError.didNotConverge(
                operation: "svd", shape: [5, 4], routine: "gesdd", info: 3).description
                == "svd: LAPACK's gesdd did not converge on the [5, 4] matrix (info 3)")
        }
    }
}
