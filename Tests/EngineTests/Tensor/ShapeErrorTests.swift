import Engine
import Testing

/// The messages are part of the API: lessons show them, so they are asserted word for
/// word. The operations stop the program with exactly these messages; the rules that
/// produce them are tested here without stopping the test process.
@Suite("Shape errors")
struct ShapeErrorTests {
    @Test func elementwiseMismatchNamesTheOperationAndBothShapes() {
        #expect(throws: ShapeError.shapesDiffer(operation: "add", [2, 3], [3, 2])) {
            try ShapeRules.elementwise("add", [2, 3], [3, 2])
        }
        #expect(
            ShapeError.shapesDiffer(operation: "add", [2, 3], [3, 2]).description
                == "add: shapes [2, 3] and [3, 2] differ")
        #expect(BinaryOperation.allCases.map(\.name).prefix(4) == ["add", "subtract", "multiply", "divide"])
    }

    @Test func matmulMismatchNamesBothShapesAndInnerDimensions() {
        #expect(message { try ShapeRules.matmul([32, 10], [20, 5]) }
            == "matmul: [32, 10] x [20, 5] — inner dimensions 10 and 20 differ")
        #expect(message { try ShapeRules.matmul([10, 32], [20, 5], transposingA: true) }
            == "matmul: [10, 32]ᵀ x [20, 5] — inner dimensions 10 and 20 differ")
        #expect(message { try ShapeRules.matmul([32, 10], [5, 20], transposingB: true) }
            == "matmul: [32, 10] x [5, 20]ᵀ — inner dimensions 10 and 20 differ")
        #expect(message { try ShapeRules.matmul([3, 4], [5]) }
            == "matmul: [3, 4] x [5] — inner dimensions 4 and 5 differ")
        #expect(message { try ShapeRules.matmul([3], [4, 5]) }
            == "matmul: [3] x [4, 5] — inner dimensions 3 and 4 differ")
        #expect(message { try ShapeRules.matmul([2, 3, 4], [4]) }
            == "matmul: expects a matrix or a vector, got shape [2, 3, 4]")
        #expect(message { try ShapeRules.matmul([3], []) }
            == "matmul: expects a matrix or a vector, got shape []")
    }

    @Test func matmulShapesFollowNumPyForRanksOneAndTwo() throws {
        #expect(try ShapeRules.matmul([32, 10], [10, 5]) == [32, 5])
        #expect(try ShapeRules.matmul([10, 32], [5, 10], transposingA: true, transposingB: true)
            == [32, 5])
        #expect(try ShapeRules.matmul([3, 4], [4]) == [3])
        #expect(try ShapeRules.matmul([4], [4, 5]) == [5])
        #expect(try ShapeRules.matmul([4], [4]) == [])
        // A vector has no transpose: the flags leave it alone.
        #expect(try ShapeRules.matmul([4], [4], transposingA: true, transposingB: true) == [])
    }

    @Test func creationErrorsNameTheShapeAndCount() {
        #expect(message { try Tensor<Float>(shape: [2, 3], scalars: [1, 2, 3, 4, 5]) }
            == "Tensor(shape:scalars:): shape [2, 3] needs 6 scalars, got 5")
        #expect(message { try Tensor<Float>(shape: [2, -1], scalars: []) }
            == "Tensor(shape:scalars:): shape [2, -1] has a negative dimension")
        #expect(message { try Tensor<Double>([[1, 2, 3], [4, 5]]) }
            == "Tensor(_:): row 1 has 2 scalars, row 0 has 3")
        #expect(message { try ShapeRules.count(of: [3, -2], operation: "zeros") }
            == "zeros: shape [3, -2] has a negative dimension")
    }

    @Test func reshapeErrorsNameBothShapes() throws {
        #expect(message { try ShapeRules.reshape([2, 3], to: [4, 2]) }
            == "reshaped: cannot reshape [2, 3] (6 elements) to [4, 2]")
        #expect(message { try ShapeRules.reshape([2, 3], to: [-1, 4]) }
            == "reshaped: cannot reshape [2, 3] (6 elements) to [-1, 4]")
        #expect(message { try ShapeRules.reshape([2, 3], to: [-1, -1]) }
            == "reshaped: shape [-1, -1] has more than one -1 dimension to infer")
        #expect(message { try ShapeRules.reshape([2, 3], to: [-2, -3]) }
            == "reshaped: shape [-2, -3] has a negative dimension")
        #expect(try ShapeRules.reshape([2, 3], to: [-1]) == [6])
        #expect(try ShapeRules.reshape([0, 3], to: [3, 0]) == [3, 0])
    }

    @Test func axisAndRankErrorsNameTheShape() throws {
        #expect(message { try ShapeRules.reduction("sum", [2, 3], axis: 2) }
            == "sum: axis 2 is out of range for shape [2, 3]")
        #expect(message { try ShapeRules.reduction("mean", [2, 3], axis: -3) }
            == "mean: axis -3 is out of range for shape [2, 3]")
        #expect(message { try ShapeRules.reduction("sum", [], axis: 0) }
            == "sum: axis 0 is out of range for shape []")
        #expect(try ShapeRules.reduction("sum", [2, 3, 4], axis: -2) == [2, 4])
        #expect(message { try ShapeRules.transpose([2, 3, 4]) }
            == "transposed: expects a matrix, got shape [2, 3, 4]")
    }

    @Test func subscriptErrorsNameTheIndexAndShape() throws {
        #expect(message { try ShapeRules.offset(of: [2, 0], in: [2, 3]) }
            == "subscript: index [2, 0] is out of range for shape [2, 3]")
        #expect(message { try ShapeRules.offset(of: [0, -1], in: [2, 3]) }
            == "subscript: index [0, -1] is out of range for shape [2, 3]")
        #expect(message { try ShapeRules.offset(of: [1], in: [2, 3]) }
            == "subscript: shape [2, 3] needs 2 indices, got [1]")
        #expect(message { try ShapeRules.offset(of: [1, 1], in: [4]) }
            == "subscript: shape [4] needs 1 index, got [1, 1]")
        #expect(try ShapeRules.offset(of: [1, 2], in: [2, 3]) == 5)
        #expect(try ShapeRules.offset(of: [], in: []) == 0)
    }

    @Test func scalarOfManyElementsNamesTheCount() {
        #expect(ShapeError.notOneElement(shape: [2, 3]).description
            == "scalar: shape [2, 3] has 6 elements, not 1")
    }

    /// The message of the `ShapeError` a call throws, or what it did instead.
    private func message<R>(_ body: () throws -> R) -> String {
        do {
            _ = try body()
            return "no error"
        } catch let error as ShapeError {
            return error.description
        } catch {
            return "not a ShapeError: \(error)"
        }
    }
}
