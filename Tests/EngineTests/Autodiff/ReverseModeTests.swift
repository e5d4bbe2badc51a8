import Engine
import Testing
import TestSupport

#if canImport(Glibc)
import Glibc
#endif

@Suite("Reverse mode")
struct ReverseModeTests {
    @Test func backwardAccumulatesIntoLeavesUntilCleared() {
        let x = Tensor<Double>([1, 2, 3]).requiringGradient()
        #expect(x.requiresGradient && x.isLeaf)
        #expect(x.gradient == nil)
        (x * x).sum().backward()
        #expect(x.gradient!.scalars == [2, 4, 6])
        (x * x).sum().backward()
        #expect(x.gradient!.scalars == [4, 8, 12])
        x.gradient = nil
        (x * 3).sum().backward()
        #expect(x.gradient!.scalars == [3, 3, 3])
    }

    @Test func aValueUsedTwiceGetsTheSumOverPaths() {
        // d/dx (2x + x² + eˣ) = 2 + 2x + eˣ, the reverse-mode lesson's fan-out example.
        let x = Tensor<Double>(0.7).requiringGradient()
        (2 * x + x * x + exp(x)).backward()
        assertClose(x.gradient!.scalar, 2 + 2 * 0.7 + Glibc.exp(0.7), relativeTolerance: 1e-15)
    }

    @Test func gradientsFlowOnlyThroughRecordedOperations() {
        let x = Tensor<Double>(3).requiringGradient()
        #expect(withoutGradients { x * x }.requiresGradient == false)
        #expect(withoutGradients { isRecordingGradients } == false)
        #expect(isRecordingGradients)
        let y = x * x.detached()  // d/dx = x.detached() = 3
        y.backward()
        #expect(x.gradient!.scalar == 3)
        #expect(x.detached().requiresGradient == false)
    }

    @Test func aLeafUpdatedInPlaceStaysTheSameLeaf() {
        var w = Tensor<Double>([1, 2]).requiringGradient()
        (w * w).sum().backward()
        let step = w.gradient! * 0.5
        w -= step
        #expect(w.scalars == [0, 0])
        #expect(w.isLeaf)
        w.gradient = nil
        (w + 1).sum().backward()
        #expect(w.gradient!.scalars == [1, 1])
        // A recorded (non-leaf) tensor updated in place records the update.
        var h = w * 2
        h += w
        h.sum().backward()
        #expect(w.gradient!.scalars == [4, 4])
    }

    @Test func gradientsOfReturnsZerosForUnusedInputsAndAccumulatesNothing() {
        let x = Tensor<Double>([1, 2]).requiringGradient()
        let unused = Tensor<Double>([5]).requiringGradient()
        let g = gradients(of: (x * x).sum(), withRespectTo: [x, unused])
        #expect(g[0].scalars == [2, 4])
        #expect(g[1].scalars == [0])
        #expect(x.gradient == nil)
    }

    @Test func secondDerivativesByRecordingTheBackwardPass() {
        let x = Tensor<Double>([1, 2]).requiringGradient()
        let y = (x * x * x).sum()
        let dx = gradients(of: y, withRespectTo: [x], creatingGraph: true)[0]
        #expect(dx.scalars == [3, 12])
        #expect(dx.requiresGradient)
        let ddx = gradients(of: dx.sum(), withRespectTo: [x])[0]
        #expect(ddx.scalars == [6, 12])
        // The same through the functional API, nested.
        let nested = gradient(at: Tensor<Double>([1, 2])) { x in
            gradient(at: x) { x in (x * x * x).sum() }.sum()
        }
        #expect(nested.scalars == [6, 12])
    }

    @Test func functionalGradientsOfSeveralInputs() {
        // B5: z = x·y + x, ∂z/∂x = y + 1, ∂z/∂y = x.
        let (z, (dx, dy)) = valueAndGradient(at: Tensor<Double>(3), Tensor(4)) { x, y in x * y + x }
        #expect(z.scalar == 15)
        #expect(dx.scalar == 5 && dy.scalar == 3)
        #expect(z.requiresGradient == false)
        let (_, grads) = valueAndGradient(at: [Tensor<Double>([1, 2]), Tensor(0.5)]) { p in
            (p[0] * p[1]).sum()
        }
        #expect(grads[0].scalars == [0.5, 0.5] && grads[1].scalar == 3)
        // Works inside withoutGradients, and for a function that ignores its input.
        let inside = withoutGradients { gradient(at: Tensor<Double>([2])) { ($0 * $0).sum() } }
        #expect(inside.scalars == [4])
        #expect(gradient(at: Tensor<Double>([2])) { _ in Tensor(1) }.scalars == [0])
    }

    @Test func gradientsReachTensorsCapturedFromOutside() {
        // The closure's gradient depends on w, which requires gradients outside: the inner
        // backward pass is recorded, so w gets the second-order path too.
        let w = Tensor<Double>(2).requiringGradient()
        let g = gradient(at: Tensor<Double>(3)) { x in x * x * w }  // 2xw = 12
        #expect(g.scalar == 12)
        g.backward()
        #expect(w.gradient!.scalar == 6)  // ∂(2xw)/∂w = 2x
    }

    @Test func aTenThousandStepRecurrenceNeedsNoDeepRecursion() {
        // h ← tanh(0.5·h + x), 10,000 times: a graph about 40,000 nodes deep.
        let (h, dx) = valueAndGradient(at: Tensor<Double>(0.3)) { x in
            var h = Tensor<Double>(0)
            for _ in 0..<10_000 { h = tanh(h * 0.5 + x) }
            return h
        }
        func final(_ x: Double) -> Double {
            var h = 0.0
            for _ in 0..<10_000 { h = Glibc.tanh(0.5 * h + x) }
            return h
        }
        assertClose(h.scalar, final(0.3), relativeTolerance: 1e-14)
        let step = 1e-6
        assertClose(dx.scalar, (final(0.3 + step) - final(0.3 - step)) / (2 * step), relativeTolerance: 1e-7)
    }

    @Test func pullbacksCanBeReused() {
        let x = Tensor<Double>([1, 2, 3])
        let (y, pullback) = valueAndPullback(at: [x]) { $0[0] * $0[0] }
        #expect(y.scalars == [1, 4, 9])
        #expect(pullback(Tensor([1, 0, 0]))[0].scalars == [2, 0, 0])
        #expect(pullback(Tensor([0, 1, 1]))[0].scalars == [0, 4, 6])
    }

    @Test func floatGradientsMatchDouble() {
        let xs: [Double] = [0.3, -1.2, 2.5]
        let f = { (x: Tensor<Float>) in (tanh(x) * exp(-x * x)).sum() }
        let gf = gradient(at: Tensor<Float>(xs.map(Float.init)), in: f)
        let gd = gradient(at: Tensor<Double>(xs)) { x in (tanh(x) * exp(-x * x)).sum() }
        assertClose(gf.scalars.map(Double.init), gd.scalars, relativeTolerance: 1e-5)
    }
}
