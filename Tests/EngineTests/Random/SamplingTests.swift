import Engine
import Testing

@Suite("Bernoulli and categorical sampling")
struct SamplingTests {
    @Test func bernoulliMasksHaveTheRequestedRateAndRepeat() {
        var rng = SeededGenerator(seed: 4)
        let mask = Tensor<Float>.bernoulli([20_000], probability: 0.3, generator: &rng)
        #expect(mask.scalars.allSatisfy { $0 == 0 || $0 == 1 })
        #expect(abs(mask.mean().scalar - 0.3) < 0.015)
        var again = SeededGenerator(seed: 4)
        #expect(Tensor<Float>.bernoulli([20_000], probability: 0.3, generator: &again) == mask)
    }

    @Test func categoricalSamplesFollowTheWeights() throws {
        var rng = SeededGenerator(seed: 5)
        let rows = Tensor<Double>([0.1, 0.6, 0.3]).broadcast(to: [30_000, 3])
        let draws = Tensor<Double>.categorical(probabilities: rows, generator: &rng)
        let counts = (0..<3).map { c in Double(draws.filter { $0 == c }.count) / 30_000 }
        #expect(abs(counts[0] - 0.1) < 0.01 && abs(counts[1] - 0.6) < 0.01 && abs(counts[2] - 0.3) < 0.01)
        // Zero-weight classes are never drawn; logits work too and repeat with the seed.
        var a = SeededGenerator(seed: 6), b = SeededGenerator(seed: 6)
        let zeros = try Tensor<Float>([[0, 1, 0], [0, 0, 2]])
        #expect(Tensor.categorical(probabilities: zeros, generator: &a) == [1, 2])
        let logits = try Tensor<Float>([[0, 1, 2], [2, 1, 0]])
        let first = Tensor.categorical(logits: logits, generator: &a)
        _ = Tensor.categorical(probabilities: zeros, generator: &b)
        #expect(Tensor.categorical(logits: logits, generator: &b) == first)
    }
}
