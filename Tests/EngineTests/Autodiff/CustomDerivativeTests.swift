import Engine
import Testing
import TestSupport

/// The extension point that decompositions and lessons use to define operations with
/// their own derivatives.
@Suite("Custom derivatives")
struct CustomDerivativeTests {
    /// logsumexp with hand-written rules: VJP ȳ·softmax(x), JVP ⟨softmax(x), ẋ⟩.
    func customLogsumexp(_ x: Tensor<Double>) -> Tensor<Double> {
        Tensor.differentiable(
            "customLogsumexp", inputs: [x],
            forward: { inputs in
                let m = inputs[0].max()
                return log(exp(inputs[0] - m).sum()) + m
            },
            vjp: { cotangent, output, _ in [cotangent * exp(x - output)] },
            jvp: { tangents, output in (tangents[0]! * exp(x - output)).sum() })
    }

    @Test func customRulesAreUsedAndAreDifferentiableThemselves() {
        let x = randomTensor([5], seed: 1)
        assertClose(customLogsumexp(x).scalar, x.logsumexp().scalar, relativeTolerance: 1e-14)
        checkDerivatives("customLogsumexp", at: [x]) { customLogsumexp($0[0]) }
        // Second order through the rules: the Hessian matches the built-in one.
        let custom = hessian(at: x) { customLogsumexp($0) }
        let builtIn = hessian(at: x) { $0.logsumexp() }
        assertCloseNormwise(custom, builtIn, tolerance: 1e-12, "Hessian through custom rules")
    }

    @Test func aStraightThroughEstimatorPassesGradientsUnchanged() {
        let x = Tensor<Double>([0.2, 1.7, -0.6])
        let (y, g) = valueAndGradient(at: x) { x in
            (x.differentiable(
                "roundStraightThrough",
                forward: { x in try! Tensor(shape: x.shape, scalars: x.scalars.map { $0.rounded() }) },
                vjp: { cotangent, _ in cotangent },
                jvp: { tangent, _ in tangent }) * Tensor([1, 2, 3])).sum()
        }
        #expect(y.scalar == 0 + 2 * 2 + 3 * -1)
        #expect(g.scalars == [1, 2, 3])
    }

    @Test func theForwardComputationIsNotRecorded() {
        let x = Tensor<Double>([1, 2]).requiringGradient()
        var sawRecording = true
        let y = Tensor.differentiable(
            "probe", inputs: [x],
            forward: { inputs in
                sawRecording = inputs[0].requiresGradient || isRecordingGradients
                return inputs[0] * 2
            },
            vjp: { cotangent, _, needs in [needs[0] ? cotangent * 2 : nil] })
        #expect(!sawRecording)
        y.sum().backward()
        #expect(x.gradient!.scalars == [2, 2])
    }
}
