import Engine
import Testing
import TestSupport

/// Every autodiff entry point rethrows, so a function that calls a throwing operation
/// (`solve`, `cholesky`) is differentiated with `try`, not `try!`, and its error reaches
/// the caller with the autodiff state left as it was.
@Suite("Differentiating throwing functions")
struct ThrowingClosureTests {
    let a = try! Tensor<Double>([[4, 1, 0], [1, 3, 1], [0, 1, 2]])
    let b = Tensor<Double>([1, -2, 0.5])
    let singular = try! Tensor<Double>([[1, 2, 3], [2, 4, 6], [0, 1, 1]])
    let v = Tensor<Double>([0.3, -0.1, 0.7])

    /// The gradient of Σ solve(A, b) with respect to b is A⁻ᵀ·1.
    @Test func gradientOfAThrowingFunctionNeedsOnlyTry() throws {
        let g = try gradient(at: b) { try solve(a, $0).sum() }
        let expected = try solve(a.transposed(), Tensor<Double>.ones([3]))
        assertClose(g.scalars, expected.scalars, relativeTolerance: 1e-14)

        let (value, (aBar, bBar)) = try valueAndGradient(at: a, b) { a, b in
            try solve(a, b).sum()
        }
        #expect(isClose(value.scalar, try solve(a, b).sum().scalar))
        assertClose(bBar.scalars, expected.scalars, relativeTolerance: 1e-14)
        #expect(aBar.shape == [3, 3])
    }

    @Test func everyEntryPointAcceptsAThrowingClosure() throws {
        let f = { (a: Tensor<Double>) throws -> Tensor<Double> in try solve(a, b) }
        let loss = { (a: Tensor<Double>) throws -> Tensor<Double> in try f(a).sum() }
        let vectorA = a.reshaped([9])
        let vectorV = Tensor<Double>([0.1, 0, 0.2, 0, 0.3, 0, 0.4, 0, 0.5])
        let flat = { (x: Tensor<Double>) throws -> Tensor<Double> in
            try loss(x.reshaped([3, 3]))
        }
        _ = try valueAndGradient(at: [a]) { try loss($0[0]) }
        _ = try valueAndPullback(at: [a]) { try f($0[0]) }
        _ = try valueAndJVP(at: [a], along: [a]) { try f($0[0]) }
        _ = try valueAndJVP(at: a, along: a, in: f)
        _ = try gradient(at: a, b) { a, b in try solve(a, b).sum() }
        let tangent = try jvp(at: a, along: a, in: f)
        let cotangent = try vjp(at: a, cotangent: Tensor.ones([3]), in: f)
        // Scaling A scales x = A⁻¹b by the inverse: J·A = −x.
        assertClose(tangent.scalars, (-(try f(a))).scalars, relativeTolerance: 1e-13)
        assertClose(cotangent.scalars, (try gradient(at: a, in: loss)).scalars,
                    relativeTolerance: 1e-14)
        let forward = try jacobian(at: a, mode: .forward, in: f)
        let reverse = try jacobian(at: a, mode: .reverse, in: f)
        assertCloseNormwise(forward, reverse, tolerance: 1e-13, "Jacobians through solve")
        let hv = try hessianVectorProduct(at: vectorA, along: vectorV, in: flat)
        let h = try hessian(at: vectorA, in: flat)
        assertCloseNormwise(hv, matmul(h, vectorV), tolerance: 1e-12, "HVP through solve")
    }

    @Test func errorsPropagateFromEveryEntryPoint() {
        let f = { (a: Tensor<Double>) throws -> Tensor<Double> in try solve(a, b) }
        let singularError = LinearAlgebraError.singular(
            operation: "solve", shape: [3, 3], index: 2)
        #expect(throws: singularError) { try gradient(at: singular) { try f($0).sum() } }
        #expect(throws: singularError) { try valueAndPullback(at: [singular]) { try f($0[0]) } }
        #expect(throws: singularError) { try jvp(at: singular, along: singular, in: f) }
        #expect(throws: singularError) {
            try vjp(at: singular, cotangent: Tensor.ones([3]), in: f)
        }
        #expect(throws: singularError) { try jacobian(at: singular, mode: .forward, in: f) }
        #expect(throws: singularError) { try jacobian(at: singular, mode: .reverse, in: f) }
        #expect(throws: singularError) {
            try hessianVectorProduct(at: singular, along: singular) { try f($0).sum() }
        }
        #expect(throws: singularError) {
            try Tensor.differentiable(
                "failing", inputs: [singular], forward: { try solve($0[0], b) },
                vjp: { g, _, _ in [g] })
        }
    }

    /// A throw in the middle of a differentiation leaves recording on and forward mode
    /// off, so the next differentiation (forward mode included) works as usual.
    @Test func aThrowLeavesTheAutodiffStateAsItWas() {
        #expect(throws: LinearAlgebraError.self) {
            try valueAndJVP(at: singular, along: singular) { try solve($0, b) }
        }
        #expect(throws: LinearAlgebraError.self) {
            try withoutGradients { try gradient(at: singular) { try solve($0, b).sum() } }
        }
        #expect(isRecordingGradients)
        // Nested forward mode would stop the program: the forward level was restored.
        let (y, dy) = valueAndJVP(at: Tensor<Double>([1, 2]), along: Tensor([1, 0])) {
            $0 * $0
        }
        #expect(y.scalars == [1, 4])
        #expect(dy.scalars == [2, 0])
        let w = Tensor<Double>([1, 2]).requiringGradient()
        #expect((w * w).requiresGradient)
    }
}
