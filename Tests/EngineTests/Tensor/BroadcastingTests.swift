import Engine
import Testing
import TestSupport

@Suite("Broadcasting")
struct BroadcastingTests {
    /// The broadcast result computed element by element from NumPy's definition.
    func naive(_ a: Tensor<Double>, _ b: Tensor<Double>, _ shape: [Int], _ f: (Double, Double) -> Double) -> [Double] {
        let count = shape.reduce(1, *)
        func element(_ t: Tensor<Double>, _ flat: Int) -> Double {
            var rest = flat, offset = 0, stride = 1
            for axis in (0..<shape.count).reversed() {
                let index = rest % shape[axis]
                rest /= shape[axis]
                let k = axis - (shape.count - t.rank)
                if k >= 0 {
                    if t.shape[k] != 1 { offset += index * stride }
                    stride *= t.shape[k]
                }
            }
            return t.scalars[offset]
        }
        return (0..<count).map { f(element(a, $0), element(b, $0)) }
    }

    @Test func binaryOperationsFollowNumPysRules() throws {
        let cases: [([Int], [Int], [Int])] = [
            ([2, 3], [3], [2, 3]), ([2, 3], [2, 1], [2, 3]), ([4, 1, 3], [5, 1], [4, 5, 3]),
            ([1], [3, 2], [3, 2]), ([], [2, 2], [2, 2]), ([3, 1, 17], [1, 2, 17], [3, 2, 17]),
            ([2, 1, 1], [1, 3, 1], [2, 3, 1]), ([0, 3], [3], [0, 3]),
        ]
        for (index, (left, right, expected)) in cases.enumerated() {
            #expect(try ShapeRules.broadcast("add", left, right) == expected)
            let a = randomTensor(left, seed: UInt64(index)), b = randomTensor(right, seed: 99)
            #expect((a + b).shape == expected)
            #expect((a + b).scalars == naive(a, b, expected, +))
            #expect((a - b).scalars == naive(a, b, expected, -))
            #expect((b * a).scalars == naive(b, a, expected, *))
            #expect((a / b).scalars == naive(a, b, expected, /))
            #expect(maximum(a, b).scalars == naive(a, b, expected, Swift.max))
            #expect((a .< b).scalars == naive(a, b, expected) { $0 < $1 ? 1 : 0 })
        }
    }

    @Test func incompatibleShapesNameTheClash() {
        #expect(message { try ShapeRules.broadcast("add", [2, 3], [3, 2]) }
            == "add: shapes [2, 3] and [3, 2] cannot broadcast — dimensions 3 and 2 differ at axis -1")
        #expect(message { try ShapeRules.broadcast("multiply", [4, 3], [5, 2, 3]) }
            == "multiply: shapes [4, 3] and [5, 2, 3] cannot broadcast — dimensions 4 and 2 differ at axis -2")
        #expect(try! ShapeRules.broadcast("multiply", [4, 3], [5, 1, 3]) == [5, 4, 3])
        #expect(message { try ShapeRules.broadcast([2, 3], to: [3]) }
            == "broadcast(to:): cannot broadcast shape [2, 3] to [3]")
    }

    @Test func compoundAssignmentBroadcastsTheRightOperandOnly() throws {
        var m = try Tensor<Float>([[1, 2], [3, 4]])
        m += Tensor<Float>([10, 20])
        #expect(m.scalars == [11, 22, 13, 24])
        m *= try Tensor<Float>([[2], [3]])
        #expect(m.scalars == [22, 44, 39, 72])
    }

    @Test func broadcastAndItsAdjointAreCopiesAndSums() throws {
        let row = Tensor<Double>([1, 2, 3])
        #expect(row.broadcast(to: [2, 3]).scalars == [1, 2, 3, 1, 2, 3])
        let column = try Tensor<Double>([[1], [2]])
        #expect(column.broadcast(to: [2, 3]).scalars == [1, 1, 1, 2, 2, 2])
        let cube = Tensor<Double>.arange(to: 24).reshaped([2, 3, 4])
        #expect(cube.summed(toShape: [4]).scalars == [60, 66, 72, 78])
        #expect(cube.summed(toShape: [3, 1]).scalars == [60, 92, 124])
        #expect(cube.summed(toShape: [2, 1, 4]).scalars == [12, 15, 18, 21, 48, 51, 54, 57])
        #expect(cube.summed(toShape: []).scalar == 276)
    }

    private func message<R>(_ body: () throws -> R) -> String {
        do {
            _ = try body()
            return "no error"
        } catch {
            return "\(error)"
        }
    }
}
