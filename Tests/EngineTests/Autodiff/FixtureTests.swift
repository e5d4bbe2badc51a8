import Engine
import Testing
import TestSupport

/// Values and gradients of 34 composite functions against PyTorch 2.13 (float64), from
/// `Tests/Fixtures/autodiff.json`, written once by
/// `Scripts/fixtures/generate_autodiff_fixtures.py`; each function below is the twin
/// of the script's function of the same name. Gradients are of ⟨u, f(x)⟩ for the stored
/// cotangent u. Tolerances, relative to each tensor's largest element: 1e-10 in Double,
/// 1e-5 in Float (whose inputs are the same numbers, exactly).
@Suite("Autodiff against PyTorch fixtures")
struct FixtureTests {
    struct Case: Decodable, Sendable {
        let name: String
        let inputs: [ReferenceTensor]
        let indices: [[Int]]
        let output: ReferenceTensor
        let cotangent: ReferenceTensor
        let gradients: [ReferenceTensor]
    }

    struct File: Decodable, Sendable {
        let torch: String
        let cases: [Case]
    }

    static let file = try! Fixtures.load(File.self, "autodiff.json")

    @Test func theFixtureCoversThirtyFunctionsFromThePinnedPyTorch() {
        #expect(Self.file.torch == "2.13.0+cpu")
        #expect(Self.file.cases.count >= 30)
        #expect(Set(Self.file.cases.map(\.name)).isSubset(of: Set(CompositeFunctions.names)))
    }

    func check<Scalar: TensorScalar>(_: Scalar.Type, tolerance: Double) {
        for fixture in Self.file.cases {
            let inputs: [Tensor<Scalar>] = fixture.inputs.map { $0.tensor() }
            let f = { (x: [Tensor<Scalar>]) in
                CompositeFunctions.evaluate(fixture.name, x, fixture.indices)
            }
            let (value, pullback) = valueAndPullback(at: inputs, in: f)
            assertClose(value, fixture.output, tolerance: tolerance, "\(fixture.name) value (\(Scalar.self))")
            let gradients = pullback(fixture.cotangent.tensor())
            for (index, gradient) in gradients.enumerated() {
                assertClose(
                    gradient, fixture.gradients[index], tolerance: tolerance,
                    "\(fixture.name) gradient \(index) (\(Scalar.self))")
            }
        }
    }

    @Test func doubleMatchesPyTorchToTenDigits() { check(Double.self, tolerance: 1e-10) }

    @Test func floatMatchesPyTorchToFiveDigits() { check(Float.self, tolerance: 1e-5) }
}
