import Engine
import Testing
import TestSupport

@Suite("Tensor creation and element access")
struct TensorTests {
    @Test func shapeAndScalarsDescribeARowMajorArray() throws {
        let x = try Tensor<Float>(shape: [2, 3], scalars: [1, 2, 3, 4, 5, 6])
        #expect(x.shape == [2, 3])
        #expect(x.count == 6)
        #expect(x.rank == 2)
        #expect(x.scalars == [1, 2, 3, 4, 5, 6])
        #expect(x[0, 0] == 1)
        #expect(x[0, 2] == 3)
        #expect(x[1, 0] == 4)
        #expect(x[1, 2] == 6)
    }

    @Test func rowsInitialiserFlattensRowByRow() throws {
        let m = try Tensor<Double>([[1, 2, 3], [4, 5, 6]])
        #expect(m.shape == [2, 3])
        #expect(m.scalars == [1, 2, 3, 4, 5, 6])
        #expect(try Tensor<Double>([[Double]]()).shape == [0, 0])
        #expect(try Tensor<Double>([[], []]).shape == [2, 0])
    }

    @Test func vectorScalarAndLiteralInitialisersSetTheRank() {
        let v: Tensor<Float> = [1, 2, 3]
        #expect(v.shape == [3])
        #expect(v == Tensor<Float>([1, 2, 3]))
        let s = Tensor<Double>(2.5)
        #expect(s.shape == [])
        #expect(s.rank == 0)
        #expect(s.scalar == 2.5)
        #expect(s[] == 2.5)
    }

    @Test func subscriptSetterChangesOnlyThisCopy() throws {
        let original = try Tensor<Float>([[1, 2], [3, 4]])
        var copy = original
        copy[0, 1] = 20
        #expect(copy.scalars == [1, 20, 3, 4])
        #expect(original.scalars == [1, 2, 3, 4])
    }

    @Test func filledTensorsHaveTheRequestedShapeAndValue() {
        #expect(Tensor<Float>.zeros([2, 3]).scalars == Array(repeating: 0, count: 6))
        #expect(Tensor<Double>.ones([4]).scalars == [1, 1, 1, 1])
        let full = Tensor<Float>.full([2, 1, 2], value: 7)
        #expect(full.shape == [2, 1, 2])
        #expect(full.scalars == [7, 7, 7, 7])
        #expect(Tensor<Float>.zeros([0, 3]).count == 0)
    }

    @Test func arangeComputesEachElementFromTheStart() {
        #expect(Tensor<Float>.arange(to: 4).scalars == [0, 1, 2, 3])
        #expect(Tensor<Double>.arange(from: 1, to: 2, by: 0.25).scalars == [1, 1.25, 1.5, 1.75])
        #expect(Tensor<Double>.arange(from: 3, to: 0, by: -1).scalars == [3, 2, 1])
        #expect(Tensor<Double>.arange(from: 2, to: 1).count == 0)
        // 0.1 is inexact: start + i·step, not a running sum, so there are exactly 10.
        let tenths = Tensor<Double>.arange(from: 0, to: 1, by: 0.1)
        #expect(tenths.count == 10)
        #expect(tenths.scalars[7] == 7 * 0.1)
    }

    @Test func linspaceIncludesBothEnds() {
        let quarters = Tensor<Double>.linspace(from: 0, through: 1, count: 5)
        #expect(quarters.scalars == [0, 0.25, 0.5, 0.75, 1])
        let thirds = Tensor<Float>.linspace(from: -1, through: 0.3, count: 4)
        #expect(thirds.scalars.last == 0.3)
        #expect(Tensor<Float>.linspace(from: 2, through: 5, count: 1).scalars == [2])
        #expect(Tensor<Float>.linspace(from: 2, through: 5, count: 0).count == 0)
    }

    @Test func reshapedKeepsRowMajorOrderAndInfersOneDimension() {
        let v = Tensor<Float>.arange(to: 6)
        let m = v.reshaped([2, 3])
        #expect(m.shape == [2, 3])
        #expect(m[1, 0] == 3)
        #expect(v.reshaped([-1, 2]).shape == [3, 2])
        #expect(m.reshaped([6]) == v)
        #expect(Tensor<Float>(5).reshaped([1, 1]).shape == [1, 1])
    }

    @Test func transposedSwapsRowsAndColumns() throws {
        let m = try Tensor<Double>([[1, 2, 3], [4, 5, 6]])
        let t = m.transposed()
        #expect(t.shape == [3, 2])
        #expect(t.scalars == [1, 4, 2, 5, 3, 6])
        // Larger than one 32 × 32 tile, with partial tiles on both edges.
        let big = Tensor<Float>.arange(to: 70 * 45).reshaped([70, 45])
        let bigT = big.transposed()
        #expect(bigT.shape == [45, 70])
        #expect(bigT[44, 69] == big[69, 44])
        #expect(bigT[33, 2] == big[2, 33])
        #expect(bigT.transposed() == big)
    }

    @Test func equalityComparesShapeAndElements() {
        let v = Tensor<Float>([1, 2, 3, 4])
        #expect(v == Tensor<Float>([1, 2, 3, 4]))
        #expect(v != v.reshaped([2, 2]))
        #expect(v != Tensor<Float>([1, 2, 3, 5]))
    }

    @Test func engineVersionIsSemantic() {
        let parts = engineVersion.split(separator: ".")
        #expect(parts.count == 3)
        #expect(parts.allSatisfy { Int($0) != nil })
    }
}
