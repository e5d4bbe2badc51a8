import Engine
import Testing
import TestSupport

#if canImport(Glibc)
import Glibc
#endif

@Suite("Maxima, logsumexp, variance and masks")
struct ReductionAndComparisonTests {
    @Test func maximaAndTheirIndices() throws {
        let m = try Tensor<Float>([[1, 9, 3], [8, 2, 8]])
        #expect(m.max().scalar == 9)
        #expect(m.min().scalar == 1)
        #expect(m.max(axis: 1).scalars == [9, 8])
        #expect(m.max(axis: 0).scalars == [8, 9, 8])
        #expect(m.max(axis: 1, keepDims: true).shape == [2, 1])
        #expect(m.argmax(axis: 1) == [1, 0])  // the first of equal maxima
        #expect(m.argmax(axis: 0) == [1, 0, 1])
        #expect(m.argmin(axis: 1) == [0, 1])
        #expect(m.argmax() == 1)
        #expect(Tensor<Double>([1, .nan, 3]).argmax() == 1)
        #expect(Tensor<Double>([1, .nan, 3]).max().scalar.isNaN)
        #expect(ShapeError.emptyAxis(operation: "max", axis: 1, shape: [2, 0]).description
            == "max: axis 1 of shape [2, 0] is empty")
    }

    @Test func logsumexpIsStableAtBothEnds() throws {
        assertClose(Tensor<Double>([1000, 1000]).logsumexp().scalar, 1000 + Glibc.log(2.0))
        assertClose(Tensor<Double>([-1000, -1000]).logsumexp().scalar, -1000 + Glibc.log(2.0))
        let rows = try Tensor<Double>([[0, 0], [1, 1]]).logsumexp(axis: 1)
        assertClose(rows.scalars, [Glibc.log(2.0), 1 + Glibc.log(2.0)])
        #expect(Tensor<Double>([-.infinity, -.infinity]).logsumexp().scalar == -.infinity)
        let softmax = Tensor<Float>([1000, 1000, -1000]).softmax()
        assertClose(softmax.scalars, [0.5, 0.5, 0])
        #expect(Tensor<Double>([0, 1000]).logSoftmax().scalars == [-1000, 0])
    }

    @Test func varianceUsesTwoPasses() {
        #expect(Tensor<Double>([1, 2, 3, 4]).variance().scalar == 1.25)
        assertClose(Tensor<Double>([1, 2, 3, 4]).variance(correction: 1).scalar, 5.0 / 3)
        // E[x²] − E[x]² would lose every digit here.
        let shifted = Tensor<Double>([1, 2, 3, 4]) + 1e9
        assertClose(shifted.variance().scalar, 1.25, relativeTolerance: 1e-6)
    }

    @Test func comparisonsGiveMasksAndWhereSelects() throws {
        let a = Tensor<Float>([1, 5, 3]), b = Tensor<Float>([3, 3, 3])
        #expect((a .< b).scalars == [1, 0, 0])
        #expect((a .<= b).scalars == [1, 0, 1])
        #expect((a .> b).scalars == [0, 1, 0])
        #expect((a .>= 3).scalars == [0, 1, 1])
        #expect((a .== b).scalars == [0, 0, 1])
        #expect((a .!= 3).scalars == [1, 1, 0])
        #expect(`where`(a .> 2, a, Tensor(0)).scalars == [0, 5, 3])
        #expect(a.clamped(to: 2...4).scalars == [2, 4, 3])
        #expect(minimum(a, b).scalars == [1, 3, 3])
        #expect(Tensor<Double>([1, .nan, .infinity]).isFiniteMask.scalars == [1, 0, 0])
        let withNaN: [Double] = [.nan, 1], other: [Double] = [0, .nan]
        let largest = maximum(Tensor(withNaN), Tensor(other)).scalars
        #expect(largest[0].isNaN && largest[1].isNaN)
    }

    @Test func newElementwiseFunctionsMatchTheirDefinitions() {
        let x = Tensor<Double>([-2, -0.5, 0, 0.5, 2])
        assertClose(sigmoid(x).scalars, x.scalars.map { 1 / (1 + Glibc.exp(-$0)) })
        #expect(relu(x).scalars == [0, 0, 0, 0.5, 2])
        assertClose(gelu(Tensor<Double>([1])).scalar, 0.841_344_746_068_542_9)
        assertClose(log1p(Tensor<Double>([1e-10])).scalar, 1e-10 - 5e-21)
        assertClose(expm1(Tensor<Float>([1e-6])).scalar, 1e-6)
        #expect(sigmoid(Tensor<Float>([-1000, 1000])).scalars == [0, 1])
        #expect(pow(Tensor<Double>([2, 3]), 3).scalars == [8, 27])
        #expect(pow(Tensor<Double>([2, 3]), Tensor([3, 2])).scalars == [8, 9])
    }
}
