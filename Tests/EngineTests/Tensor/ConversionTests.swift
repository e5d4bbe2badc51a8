import Engine
import Testing

@Suite("Changing precision")
struct ConversionTests {
    @Test func floatWidensToDoubleExactly() throws {
        let x = try Tensor<Float>([[0.1, 2], [-3.5, 1e-30]])
        let wide = Tensor<Double>(x)
        #expect(wide.shape == [2, 2])
        #expect(wide.scalars == x.scalars.map(Double.init))
        #expect(wide[0, 0] == 0.10000000149011612)
        #expect(Tensor<Float>(wide) == x)  // and narrows back without loss
    }

    @Test func doubleRoundsToTheNearestFloat() {
        let y = Tensor<Double>([0.1, 1 + 1e-12, 1e300, -1e300])
        let narrow = Tensor<Float>(y)
        #expect(narrow.scalars == [Float(0.1), 1, .infinity, -.infinity])
        #expect(Tensor<Float>(Tensor<Double>(2.5)).shape == [])
        #expect(Tensor<Float>(Tensor<Double>.zeros([0, 3])).shape == [0, 3])
    }

    @Test func theSamePrecisionIsACopy() {
        let x = Tensor<Double>([1, 2, 3])
        #expect(Tensor<Double>(x) == x)
        #expect(Tensor<Float>(Tensor<Float>([4])) == Tensor<Float>([4]))
    }

    @Test func aTensorBeingDifferentiatedStopsWithAMessage() async {
        await #expect(processExitsWith: .failure, observing: [\.standardErrorContent]) {
            let w = Tensor<Float>([1, 2]).requiringGradient()
            _ = Tensor<Double>(w * 2)
        }.map { result in
            let text = String(decoding: result.standardErrorContent, as: UTF8.self)
            #expect(text.contains("cannot change the precision of a Tensor<Float> that is being differentiated"))
        }
        // A detached copy converts.
        let w = Tensor<Float>([1, 2]).requiringGradient()
        #expect(Tensor<Double>(w.detached()).scalars == [1, 2])
    }
}
