import Engine
import Testing
import TestSupport

@Suite("Slicing, joining, permuting and gathering")
struct LayoutTests {
    let m = Tensor<Float>.arange(to: 12).reshaped([3, 4])

    @Test func subscriptsSelectRowsColumnsAndRanges() {
        #expect(m[1, .all].scalars == [4, 5, 6, 7])
        #expect(m[.all, 2].scalars == [2, 6, 10])
        #expect(m[0..<2, 1...].scalars == [1, 2, 3, 5, 6, 7])
        #expect(m[0..<2, 1...].shape == [2, 3])
        #expect(m[...1, ..<1].scalars == [0, 4])
        #expect(m[2..<2].shape == [0, 4])
        #expect(m[1, 2] == 6)  // all Ints: the element itself
    }

    @Test func concatenationAndStackingJoinAlongAnAxis() throws {
        let a = try Tensor<Float>([[1, 2]]), b = try Tensor<Float>([[3, 4], [5, 6]])
        #expect(Tensor.concatenated([a, b]).scalars == [1, 2, 3, 4, 5, 6])
        #expect(Tensor.concatenated([b, b], axis: 1).scalars == [3, 4, 3, 4, 5, 6, 5, 6])
        let pair = [Tensor<Float>([1, 2]), Tensor<Float>([3, 4])]
        #expect(Tensor.stacked(pair).scalars == [1, 2, 3, 4])
        #expect(Tensor.stacked(pair, axis: 1).scalars == [1, 3, 2, 4])
        #expect(Tensor.stacked(pair, axis: -1).shape == [2, 2])
        #expect(throws: ShapeError.joiningMismatch(operation: "concatenated", axis: 0, [1, 2], [2, 3])) {
            try ShapeRules.concatenate([[1, 2], [2, 3]], axis: 0)
        }
        #expect(ShapeError.joiningMismatch(operation: "concatenated", axis: 0, [1, 2], [2, 3]).description
            == "concatenated: shapes [1, 2] and [2, 3] differ outside axis 0")
    }

    @Test func permutationsMoveEveryElement() {
        let x = Tensor<Double>.arange(to: 24).reshaped([2, 3, 4])
        let p = x.permuted([2, 0, 1])
        #expect(p.shape == [4, 2, 3])
        for i in 0..<2 { for j in 0..<3 { for k in 0..<4 { #expect(p[k, i, j] == x[i, j, k]) } } }
        let q = x.permuted([1, 0, 2])  // last axis kept: copied in runs
        for i in 0..<2 { for j in 0..<3 { for k in 0..<4 { #expect(q[j, i, k] == x[i, j, k]) } } }
        #expect(x.permuted([0, 1, 2]) == x)
        #expect(ShapeError.invalidPermutation(permutation: [0, 0, 1], shape: [2, 3, 4]).description
            == "permuted: [0, 0, 1] is not a permutation of the 3 axes of shape [2, 3, 4]")
    }

    @Test func gatheringPickingAndOneHot() throws {
        let table = try Tensor<Float>([[0, 0], [1, 1], [2, 2]])
        #expect(table.gathering([2, 0, 2]).scalars == [2, 2, 0, 0, 2, 2])
        #expect(m.gathering([3, 0], axis: 1).scalars == [3, 0, 7, 4, 11, 8])
        #expect(m.picking([3, 0, 1]).scalars == [3, 4, 9])
        #expect(m.picking([2, 0, 1, 2], axis: 0).scalars == [8, 1, 6, 11])
        #expect(Tensor<Float>.zeros([3]).scatterAdding(Tensor([1, 1, 5]), at: [0, 0, 2]).scalars == [2, 0, 5])
        #expect(Tensor<Float>.oneHot([2, 0], classes: 3).scalars == [0, 0, 1, 1, 0, 0])
        #expect(ShapeError.indexOutOfAxis(operation: "gathering", index: 3, axis: 0, shape: [3, 2]).description
            == "gathering: index 3 is out of range for axis 0 of shape [3, 2]")
    }

    @Test func reshapesAddAndRemoveUnitAxes() {
        let v = Tensor<Float>([1, 2])
        #expect(v.expandedDimensions(axis: 0).shape == [1, 2])
        #expect(v.expandedDimensions(axis: -1).shape == [2, 1])
        #expect(v.expandedDimensions(axis: -1).squeezed(axis: 1) == v)
        #expect(m.flattened().shape == [12])
    }
}
