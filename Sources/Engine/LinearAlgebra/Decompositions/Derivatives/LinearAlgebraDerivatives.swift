/// The derivatives of the linear-algebra operations, as tensor functions: each
/// operation's vector-Jacobian product (reverse mode, "VJP") and Jacobian-vector
/// product (forward mode, "JVP"), side by side.
///
/// `solve`, `solveTriangular` and `cholesky` register them with autodiff through
/// `Tensor.differentiable`, so gradients flow through those operations; they can also
/// be called directly, e.g. to show a lesson the formula at work. A VJP takes the
/// forward inputs and output and the cotangent `Ȳ = ∂loss/∂Y` of the output and returns
/// the cotangents of the inputs; a JVP takes tangents of the inputs (directions `Ȧ`)
/// and returns the tangent of the output. Every rule is written with differentiable
/// `Tensor` operations (`matmul`, `transposed`, `solve`, `solveTriangular`, …), so the
/// rules are differentiable in turn: second derivatives through a solve work.
///
/// References: Giles, "An extended collection of matrix derivative results for forward
/// and reverse mode algorithmic differentiation" (2008); Murray, "Differentiation of the
/// Cholesky decomposition" (2016).
public enum LinearAlgebraDerivatives {}

extension LinearAlgebraDerivatives {
    /// A constant `n × n` mask: ones on one triangle, zeros elsewhere, and on the
    /// diagonal ones (`.keep`, `.unit`), halves (`.halved`) or zeros (`.zero`).
    static func mask<Scalar: LinearAlgebraScalar>(
        _ n: Int, _ part: TrianglePart, diagonal: TriangleDiagonal = .keep
    ) -> Tensor<Scalar> {
        let ones = [Scalar](repeating: 1, count: n * n)
        return .linearAlgebraResult(
            [n, n],
            triangle(of: ones, stride: n, rows: n, columns: n, part: part, diagonal: diagonal))
    }

    /// The mask of the entries a triangular solve reads: its triangle, without the
    /// diagonal when the diagonal is taken as ones.
    static func readMask<Scalar: LinearAlgebraScalar>(
        _ n: Int, lower: Bool, unitDiagonal: Bool
    ) -> Tensor<Scalar> {
        mask(n, lower ? .lower : .upper, diagonal: unitDiagonal ? .zero : .keep)
    }

    /// `Φ(X)`: the lower triangle of a square matrix with its diagonal halved (Murray,
    /// 2016, eq. 6), which splits a symmetric matrix as `S = Φ(S) + Φ(S)ᵀ`.
    static func phi<Scalar: LinearAlgebraScalar>(_ x: Tensor<Scalar>) -> Tensor<Scalar> {
        x * mask(x.shape[0], .lower, diagonal: .halved)
    }

    /// A vector `[n]` as an `n × 1` matrix, a matrix as it is (differentiably).
    static func asMatrix<Scalar: LinearAlgebraScalar>(_ x: Tensor<Scalar>) -> Tensor<Scalar> {
        x.rank == 1 ? x.reshaped([x.shape[0], 1]) : x
    }

    /// `value`, the result of an operation that has no derivative rules yet, marked so
    /// that differentiating through it stops with a message naming the operation,
    /// rather than silently treating it as a constant (a zero gradient).
    static func withoutDerivative<Scalar: LinearAlgebraScalar>(
        _ operation: String, _ value: Tensor<Scalar>, inputs: [Tensor<Scalar>]
    ) -> Tensor<Scalar> {
        let message = "\(operation): has no derivative yet; to use it on a value being "
            + "differentiated as a constant, pass the input's detached() copy"
        return Tensor.differentiable(
            operation, inputs: inputs, forward: { _ in value },
            vjp: { _, _, _ in fatalError(message) }, jvp: { _, _ in fatalError(message) })
    }

    /// Runs a derivative rule that cannot fail once its forward operation has succeeded
    /// (the matrix it solves with was factored then); stops the program if it does.
    static func rule<Result>(_ operation: String, _ body: () throws -> Result) -> Result {
        do { return try body() } catch {
            fatalError("\(operation): its derivative failed: \(error)")
        }
    }
}
