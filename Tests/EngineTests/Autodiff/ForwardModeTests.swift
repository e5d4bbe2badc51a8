import Engine
import Testing
import TestSupport

@Suite("Forward mode, Jacobians and Hessian-vector products")
struct ForwardModeTests {
    @Test func jvpIsTheDirectionalDerivative() {
        let (y, dy) = valueAndJVP(at: Tensor<Double>([1, 2]), along: Tensor([1, 0])) { $0 * $0 }
        #expect(y.scalars == [1, 4])
        #expect(dy.scalars == [2, 0])
        #expect(jvp(at: Tensor<Double>(0), along: Tensor(1)) { sin($0) }.scalar == 1)
        // A function that ignores its input has a zero tangent.
        #expect(jvp(at: Tensor<Double>([1]), along: Tensor([1])) { _ in Tensor([7, 7]) }.scalars == [0, 0])
    }

    @Test func jacobiansAgreeBothWays() {
        let x = randomTensor([3], seed: 1)
        let f = { (x: Tensor<Double>) in
            Tensor.concatenated([tanh(x) * x.sum(), exp(x[0..<2])])
        }
        let forward = jacobian(at: x, mode: .forward, in: f)
        let reverse = jacobian(at: x, mode: .reverse, in: f)
        #expect(forward.shape == [5, 3])
        assertCloseNormwise(forward, reverse, tolerance: 1e-14, "forward vs reverse Jacobian")
        let diagonal = jacobian(at: Tensor<Double>([1, 2]), mode: .forward) { $0 * $0 }
        #expect(diagonal.scalars == [2, 0, 0, 4])
    }

    @Test func hessianVectorProductsAgreeWithOtherRoutes() {
        let x = randomTensor([4], seed: 2), v = randomTensor([4], seed: 3)
        let w = randomTensor([4, 4], seed: 4)
        let f = { (x: Tensor<Double>) in (tanh(matmul(w, x)) * x).sum() + x.logsumexp() }
        let hv = hessianVectorProduct(at: x, along: v, in: f)
        // Reverse-over-reverse: the gradient of ⟨∇f(x), v⟩.
        let reverseOverReverse = gradient(at: x) { x in (gradient(at: x, in: f) * v).sum() }
        assertCloseNormwise(hv, reverseOverReverse, tolerance: 1e-12, "forward-over-reverse vs reverse-over-reverse")
        // Reverse-over-forward: the gradient of the directional derivative ∇f(x)·v.
        let reverseOverForward = gradient(at: x) { x in jvp(at: x, along: v, in: f) }
        assertCloseNormwise(hv, reverseOverForward, tolerance: 1e-12, "forward-over-reverse vs reverse-over-forward")
        // Central differences of the gradient along v.
        let h = 1e-5
        let difference = (gradient(at: x + v * h, in: f) - gradient(at: x - v * h, in: f)) / (2 * h)
        assertCloseNormwise(hv, difference, tolerance: 1e-7, "HVP vs finite differences")
    }

    @Test func hessianOfAQuadraticIsItsMatrix() {
        let a = try! Tensor<Double>([[2, 1], [1, 3]])
        let h = hessian(at: Tensor<Double>([0.5, -1])) { x in matmul(x, matmul(a, x)) * 0.5 }
        #expect(h.shape == [2, 2])
        assertCloseNormwise(h, a, tolerance: 1e-15, "Hessian of ½xᵀAx")
    }

    @Test func hvpThroughEveryKindOfOperation() {
        // Composites exercise the VJPs of many primitives in forward mode.
        let x = randomTensor([3, 4], seed: 5), v = randomTensor([3, 4], seed: 6)
        let f = { (x: Tensor<Double>) -> Tensor<Double> in
            let a = Tensor.crossEntropy(logits: x, labels: [0, 3, 1])
            let b = gelu(x).normalized(axis: 0).sum(axis: 1).max()
            let c = matmul(sigmoid(x), x, transposingB: true).variance()
            let d = (x[1..., 1..<3].gathering([1, 0, 1], axis: 1) * x.clamped(to: -0.5...0.5)[0...1, 0..<3]).sum()
            return a + b + c + d + log1p(square(x)).mean()
        }
        let hv = hessianVectorProduct(at: x, along: v, in: f)
        let h = 1e-5
        let difference = (gradient(at: x + v * h, in: f) - gradient(at: x - v * h, in: f)) / (2 * h)
        assertCloseNormwise(hv, difference, tolerance: 1e-6, "HVP through composites")
    }
}
