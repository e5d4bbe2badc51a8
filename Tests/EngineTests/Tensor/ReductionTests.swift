import Engine
import Testing
import TestSupport

@Suite("Sums and means")
struct ReductionTests {
    func checkFullReductions<T: TensorScalar>(_: T.Type) throws {
        let m = try Tensor<T>([[1, 2, 3], [4, 5, 6]])
        #expect(m.sum().shape == [])
        #expect(m.sum().scalar == 21)
        #expect(m.mean().scalar == 3.5)
        #expect(Tensor<T>.zeros([0]).sum().scalar == 0)
        #expect(Tensor<T>.zeros([0]).mean().scalar.isNaN)
        #expect(Tensor<T>(4).sum().scalar == 4)
    }

    @Test func fullReductionsReturnARankZeroTensor() throws {
        try checkFullReductions(Float.self)
        try checkFullReductions(Double.self)
    }

    func checkAxisReductions<T: TensorScalar>(_: T.Type) {
        // x[i, j, k] = 12i + 4j + k, shape [2, 3, 4].
        let x = Tensor<T>.arange(to: 24).reshaped([2, 3, 4])
        let axis0 = x.sum(axis: 0)
        #expect(axis0.shape == [3, 4])
        #expect(axis0.scalars == (0..<12).map { T(2 * $0 + 12) })
        let axis1 = x.sum(axis: 1)
        #expect(axis1.shape == [2, 4])
        #expect(axis1.scalars == [12, 15, 18, 21, 48, 51, 54, 57])
        let axis2 = x.sum(axis: 2)
        #expect(axis2.shape == [2, 3])
        #expect(axis2.scalars == [6, 22, 38, 54, 70, 86])
        #expect(x.sum(axis: -1) == axis2)
        #expect(x.sum(axis: -3) == axis0)
        #expect(x.mean(axis: 1).scalars == [4, 5, 6, 7, 16, 17, 18, 19])
        #expect(x.mean(axis: -1).scalars == [1.5, 5.5, 9.5, 13.5, 17.5, 21.5])
        let vector = Tensor<T>([1, 2, 3, 4])
        #expect(vector.sum(axis: 0).shape == [])
        #expect(vector.sum(axis: 0).scalar == 10)
    }

    @Test func axisReductionsRemoveTheAxis() {
        checkAxisReductions(Float.self)
        checkAxisReductions(Double.self)
    }

    @Test func axisSumsOfLongRowsUseTheVectorLoop() {
        // 40 columns: two full vector steps and a tail of 8, for each of 3 rows.
        let x = Tensor<Double>.arange(to: 120).reshaped([3, 40])
        let columnSums: [Double] = (0..<40).map { Double(3 * $0 + 120) }
        #expect(x.sum(axis: 0).scalars == columnSums)
        #expect(x.sum(axis: 1).scalars == [780, 2380, 3980])
        #expect(Tensor<Double>.zeros([3, 0, 2]).sum(axis: 1).scalars == [0, 0, 0, 0, 0, 0])
    }

    @Test func pairwiseSumStaysAccurateForAMillionFloats() {
        // A running Float sum of a million 0.1s drifts to about 100958; pairwise
        // summation keeps the error near log2(n) roundings.
        let x = Tensor<Float>.full([1_000_000], value: 0.1)
        assertClose(x.sum().scalar, 100_000, relativeTolerance: 1e-6)
        assertClose(x.mean().scalar, 0.1, relativeTolerance: 1e-6)
        let rows = x.reshaped([1000, 1000]).sum(axis: 1)
        assertClose(rows.scalars, Array(repeating: 100, count: 1000), relativeTolerance: 1e-6)
    }

    @Test func sumsAreIdenticalWhateverTheBlockBoundaries() {
        // Integers below 2²⁴ sum exactly in Float, so every tree shape gives the same
        // answer; the counts straddle the 1024-element leaf size.
        for count in [1023, 1024, 1025, 2048, 3000, 4097] {
            let x = Tensor<Float>.arange(to: Float(count))
            #expect(x.sum().scalar == Float(count * (count - 1) / 2))
        }
    }
}
