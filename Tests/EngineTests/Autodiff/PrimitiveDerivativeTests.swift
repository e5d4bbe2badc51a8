import Engine
import Testing
import TestSupport

/// Every differentiable operation, gradient-checked in Double against central finite
/// differences, with its JVP checked against its VJP (⟨u, J·v⟩ = ⟨Jᵀu, v⟩) and against a
/// finite difference along v, and its recorded backward pass against the plain one
/// (`checkDerivatives`). Points are random normals, away from kinks and ties.
@Suite("Derivatives of the primitives")
struct PrimitiveDerivativeTests {
    static func x(_ shape: [Int], _ seed: UInt64) -> Tensor<Double> { randomTensor(shape, seed: seed) }
    /// Positive values in [0.5, ∞), for log, sqrt and powers.
    static func positive(_ shape: [Int], _ seed: UInt64) -> Tensor<Double> {
        abs(randomTensor(shape, seed: seed)) + 0.5
    }

    @Test func arithmeticWithBroadcasting() {
        // Equal shapes, a row vector, a column, a rank-0 tensor and a 3-D broadcast.
        let cases: [([Int], [Int])] = [([3, 4], [3, 4]), ([3, 4], [4]), ([3, 1], [1, 4]),
                                      ([2, 3], []), ([2, 3, 4], [3, 1]), ([4], [2, 1, 4])]
        for (index, (left, right)) in cases.enumerated() {
            let a = Self.x(left, UInt64(index)), b = Self.positive(right, UInt64(index) + 50)
            checkDerivatives("add \(left) \(right)", at: [a, b]) { $0[0] + $0[1] }
            checkDerivatives("subtract \(left) \(right)", at: [a, b]) { $0[0] - $0[1] }
            checkDerivatives("multiply \(left) \(right)", at: [a, b]) { $0[0] * $0[1] }
            checkDerivatives("divide \(left) \(right)", at: [a, b]) { $0[0] / $0[1] }
            checkDerivatives("divide reversed \(left) \(right)", at: [b, Self.positive(left, 9)]) {
                $0[0] / $0[1]
            }
        }
    }

    @Test func arithmeticWithScalars() {
        let a = Self.x([2, 3], 1)
        checkDerivatives("x + 2", at: [a]) { $0[0] + 2 }
        checkDerivatives("x - 2", at: [a]) { $0[0] - 2 }
        checkDerivatives("x * 3", at: [a]) { $0[0] * 3 }
        checkDerivatives("x / 4", at: [a]) { $0[0] / 4 }
        checkDerivatives("2 - x", at: [a]) { 2 - $0[0] }
        checkDerivatives("3 / x", at: [Self.positive([2, 3], 2)]) { 3 / $0[0] }
        checkDerivatives("-x", at: [a]) { -$0[0] }
    }

    @Test func elementwiseFunctions() {
        let a = Self.x([3, 5], 3), p = Self.positive([3, 5], 4)
        let functions: [(String, Tensor<Double>, (Tensor<Double>) -> Tensor<Double>)] = [
            ("exp", a, exp), ("log", p, log), ("log1p", p, log1p), ("expm1", a, expm1),
            ("sqrt", p, sqrt), ("tanh", a, tanh), ("sigmoid", a, sigmoid), ("relu", a, relu),
            ("erf", a, erf), ("gelu", a, gelu), ("sin", a, sin), ("cos", a, cos),
            ("abs", a, abs), ("square", a, square),
            ("pow 3", a, { pow($0, 3) }), ("pow 2", a, { pow($0, 2) }),
            ("pow 0.5", p, { pow($0, 0.5) }), ("pow -1", p, { pow($0, -1) }),
            ("pow 1.7", p, { pow($0, 1.7) }), ("pow 0", p, { pow($0, 0) }),
            ("clamped", a, { $0.clamped(to: -0.5...0.7) }),
        ]
        for (name, point, f) in functions {
            checkDerivatives(name, at: [point]) { f($0[0]) }
        }
    }

    @Test func powerOfTwoTensorsAndSelections() {
        let p = Self.positive([3, 4], 5), e = Self.x([4], 6)
        checkDerivatives("pow tensor", at: [p, e]) { pow($0[0], $0[1]) }
        let a = Self.x([3, 4], 7), b = Self.x([3, 4], 8), c = Self.x([4], 9)
        let mask = a .> b
        checkDerivatives("where", at: [a, c]) { `where`(mask, $0[0], $0[1]) }
        checkDerivatives("maximum", at: [a, c]) { maximum($0[0], $0[1]) }
        checkDerivatives("minimum", at: [a, b]) { minimum($0[0], $0[1]) }
    }

    @Test func reductions() {
        let a = Self.x([3, 4, 5], 10)
        checkDerivatives("sum", at: [a]) { $0[0].sum() }
        checkDerivatives("mean", at: [a]) { $0[0].mean() }
        for axis in [0, 1, -1] {
            for keep in [false, true] {
                checkDerivatives("sum axis \(axis) \(keep)", at: [a]) { $0[0].sum(axis: axis, keepDims: keep) }
                checkDerivatives("mean axis \(axis)", at: [a]) { $0[0].mean(axis: axis, keepDims: keep) }
                checkDerivatives("max axis \(axis)", at: [a]) { $0[0].max(axis: axis, keepDims: keep) }
                checkDerivatives("min axis \(axis)", at: [a]) { $0[0].min(axis: axis, keepDims: keep) }
                checkDerivatives("logsumexp axis \(axis)", at: [a]) {
                    $0[0].logsumexp(axis: axis, keepDims: keep)
                }
                checkDerivatives("variance axis \(axis)", at: [a]) {
                    $0[0].variance(axis: axis, keepDims: keep, correction: 1)
                }
            }
        }
        checkDerivatives("max", at: [a]) { $0[0].max() }
        checkDerivatives("logsumexp", at: [a]) { $0[0].logsumexp() }
        checkDerivatives("variance", at: [a]) { $0[0].variance() }
    }

    @Test func layoutChanges() {
        let a = Self.x([2, 3, 4], 11), m = Self.x([3, 5], 12)
        checkDerivatives("reshaped", at: [a]) { $0[0].reshaped([4, -1]) }
        checkDerivatives("transposed", at: [m]) { $0[0].transposed() }
        checkDerivatives("permuted", at: [a]) { $0[0].permuted([2, 0, 1]) }
        checkDerivatives("permuted last kept", at: [a]) { $0[0].permuted([1, 0, 2]) }
        checkDerivatives("broadcast", at: [Self.x([3, 1], 13)]) { $0[0].broadcast(to: [2, 3, 4]) }
        checkDerivatives("summed(toShape:)", at: [a]) { $0[0].summed(toShape: [3, 1]) }
        checkDerivatives("expanded and squeezed", at: [m]) {
            $0[0].expandedDimensions(axis: 1).squeezed(axis: 1).expandedDimensions(axis: -1)
        }
        checkDerivatives("subscript", at: [a]) { $0[0][1, .all, 1..<3] }
        checkDerivatives("subscript rows", at: [m]) { $0[0][1...] }
        checkDerivatives("concatenated", at: [m, Self.x([2, 5], 14)]) {
            Tensor.concatenated($0, axis: 0)
        }
        checkDerivatives("concatenated last axis", at: [m, Self.x([3, 2], 15)]) {
            Tensor.concatenated($0, axis: -1)
        }
        checkDerivatives("stacked", at: [m, Self.x([3, 5], 16)]) { Tensor.stacked($0, axis: 1) }
    }

    @Test func gatheringAndScattering() {
        let table = Self.x([5, 3], 17)
        checkDerivatives("gathering rows", at: [table]) { $0[0].gathering([4, 0, 4, 2]) }
        checkDerivatives("gathering columns", at: [table]) { $0[0].gathering([2, 2, 0], axis: 1) }
        checkDerivatives("picking", at: [table]) { $0[0].picking([0, 2, 1, 1, 0]) }
        checkDerivatives("picking axis 0", at: [table]) { $0[0].picking([4, 0, 3], axis: 0) }
        checkDerivatives("scatterAdding", at: [table, Self.x([3, 3], 18)]) {
            $0[0].scatterAdding($0[1], at: [1, 1, 4])
        }
    }

    @Test func matrixProducts() {
        for tA in [false, true] {
            for tB in [false, true] {
                let a = Self.x(tA ? [4, 3] : [3, 4], 19), b = Self.x(tB ? [2, 4] : [4, 2], 20)
                checkDerivatives("matmul \(tA) \(tB)", at: [a, b]) {
                    matmul($0[0], $0[1], transposingA: tA, transposingB: tB)
                }
            }
        }
        let m = Self.x([3, 4], 21), v = Self.x([4], 22), w = Self.x([3], 23)
        checkDerivatives("matrix × vector", at: [m, v]) { matmul($0[0], $0[1]) }
        checkDerivatives("vector × matrix", at: [w, m]) { matmul($0[0], $0[1]) }
        checkDerivatives("dot", at: [v, Self.x([4], 24)]) { matmul($0[0], $0[1]) }
        checkDerivatives("matrixᵀ × vector", at: [m, w]) { matmul($0[0], $0[1], transposingA: true) }
    }

    @Test func batchedMatrixProducts() {
        let a = Self.x([2, 3, 4], 25), b = Self.x([2, 4, 5], 26)
        checkDerivatives("batched", at: [a, b]) { matmul($0[0], $0[1]) }
        checkDerivatives("batched transposed", at: [a, Self.x([2, 5, 4], 27)]) {
            matmul($0[0], $0[1], transposingB: true)
        }
        checkDerivatives("batched ᵀ ×", at: [Self.x([2, 4, 3], 28), b]) {
            matmul($0[0], $0[1], transposingA: true)
        }
        checkDerivatives("stack × matrix", at: [a, Self.x([4, 5], 29)]) { matmul($0[0], $0[1]) }
        checkDerivatives("stack × matrixᵀ", at: [a, Self.x([5, 4], 30)]) {
            matmul($0[0], $0[1], transposingB: true)
        }
        checkDerivatives("matrix × stack", at: [Self.x([3, 4], 31), b]) { matmul($0[0], $0[1]) }
        checkDerivatives("broadcast batches", at: [Self.x([2, 1, 3, 4], 32), Self.x([3, 4, 2], 33)]) {
            matmul($0[0], $0[1])
        }
    }

    @Test func composites() {
        let logits = Self.x([4, 5], 34)
        checkDerivatives("softmax", at: [logits]) { $0[0].softmax() }
        checkDerivatives("logSoftmax axis 0", at: [logits]) { $0[0].logSoftmax(axis: 0) }
        checkDerivatives("crossEntropy", at: [logits]) {
            Tensor.crossEntropy(logits: $0[0], labels: [1, 0, 4, 4])
        }
        let targets = try! Tensor<Double>(shape: [4], scalars: [1, 0, 0, 1])
        checkDerivatives("sigmoidCrossEntropy", at: [Self.x([4], 35)]) {
            Tensor.sigmoidCrossEntropy(logits: $0[0], targets: targets)
        }
        checkDerivatives("meanSquaredError", at: [Self.x([4], 36), Self.x([4], 37)]) {
            Tensor.meanSquaredError(predictions: $0[0], targets: $0[1])
        }
        checkDerivatives("normalized", at: [logits]) { $0[0].normalized(axis: -1) }
    }
}
