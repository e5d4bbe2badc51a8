import Engine
import Testing

@Suite("Numerics check")
struct NumericsCheckTests {
    @Test func theFirstOperationToProduceANonFiniteValueIsNamed() throws {
        let x = Tensor<Float>([1, 0, 2, 4])
        #expect(NumericsCheck.problem(in: log(x), producedBy: "log", from: [x])
            == "checkNumerics: log produced -inf at element 1 of its [4] result (inputs [4])")
        #expect(NumericsCheck.problem(in: exp(x), producedBy: "exp", from: [x]) == nil)
        // A NaN that came in is an earlier operation's fault, not this one's.
        let bad = Tensor<Double>([.nan, 1])
        #expect(NumericsCheck.problem(in: bad * 2, producedBy: "multiply", from: [bad]) == nil)
        let big = Tensor<Double>([1e308, 1]), wide = try Tensor<Double>([[1], [10]])
        #expect(NumericsCheck.problem(in: big * wide, producedBy: "multiply", from: [big, wide])
            == "checkNumerics: multiply produced inf at element 2 of its [2, 2] result (inputs [2], [2, 1])")
    }

    @Test func theSwitchStopsTheProgramNamingTheOperation() async {
        await #expect(processExitsWith: .failure, observing: [\.standardErrorContent]) {
            NumericsCheck.isEnabled = true
            _ = sqrt(Tensor<Float>([4, -1]))
        }.map { result in
            let text = String(decoding: result.standardErrorContent, as: UTF8.self)
            #expect(text.contains("checkNumerics: sqrt produced nan at element 1 of its [2] result"))
        }
        await #expect(processExitsWith: .failure, observing: [\.standardErrorContent]) {
            NumericsCheck.isEnabled = true
            let x = Tensor<Double>([0, 1]).requiringGradient()
            sqrt(x).sum().backward()
        }.map { result in
            let text = String(decoding: result.standardErrorContent, as: UTF8.self)
            #expect(text.contains("checkNumerics: sqrt (backward, in divide) produced inf at element 0"))
        }
    }
}
