import Engine
import Testing
import TestSupport

/// `matmul` against a naive triple loop on random non-square shapes, for every
/// combination of transpose flags and operand ranks, in Float and Double.
@Suite("Matrix products")
struct MatmulTests {
    /// (m, k, n): small, thin, odd-sized, and large enough for OpenBLAS's blocked kernels.
    static let sizes = [(3, 5, 4), (1, 7, 2), (6, 1, 5), (17, 33, 9), (64, 31, 65)]

    /// `Σₚ op(A)[i, p] · op(B)[p, j]`, reading the stored operands as BLAS would.
    func naiveProduct<T: TensorScalar>(
        _ a: Tensor<T>, _ b: Tensor<T>, m: Int, k: Int, n: Int,
        transposingA: Bool, transposingB: Bool
    ) -> [T] {
        var c = [T](repeating: 0, count: m * n)
        for i in 0..<m {
            for j in 0..<n {
                var total: T = 0
                for p in 0..<k {
                    let aValue = transposingA ? a[p, i] : a[i, p]
                    let bValue = transposingB ? b[j, p] : b[p, j]
                    total += aValue * bValue
                }
                c[i * n + j] = total
            }
        }
        return c
    }

    func random<T: TensorScalar>(_ shape: [Int], _ rng: inout SeededGenerator) -> Tensor<T> {
        Tensor<T>.uniform(shape, in: -1..<1, generator: &rng)
    }

    /// A dot product of length k of values in [-1, 1) is off by at most about k·ε.
    func tolerance<T: TensorScalar>(_: T.Type, k: Int) -> T { 4 * T(k) * T.ulpOfOne }

    func checkMatrixProducts<T: TensorScalar>(_: T.Type) {
        var rng = SeededGenerator(seed: 7)
        for (m, k, n) in Self.sizes {
            for transposingA in [false, true] {
                for transposingB in [false, true] {
                    let a: Tensor<T> = random(transposingA ? [k, m] : [m, k], &rng)
                    let b: Tensor<T> = random(transposingB ? [n, k] : [k, n], &rng)
                    let c = matmul(a, b, transposingA: transposingA, transposingB: transposingB)
                    #expect(c.shape == [m, n])
                    assertClose(
                        c.scalars,
                        naiveProduct(
                            a, b, m: m, k: k, n: n,
                            transposingA: transposingA, transposingB: transposingB),
                        absoluteTolerance: tolerance(T.self, k: k))
                }
            }
        }
    }

    @Test func matrixTimesMatrixMatchesTheNaiveLoop() {
        checkMatrixProducts(Float.self)
        checkMatrixProducts(Double.self)
    }

    func checkVectorProducts<T: TensorScalar>(_: T.Type) {
        var rng = SeededGenerator(seed: 11)
        for (m, k, _) in Self.sizes {
            let v: Tensor<T> = random([k], &rng)
            let column = v.reshaped([k, 1]), row = v.reshaped([1, k])
            for transposing in [false, true] {
                let a: Tensor<T> = random(transposing ? [k, m] : [m, k], &rng)
                let matrixVector = matmul(a, v, transposingA: transposing)
                #expect(matrixVector.shape == [m])
                assertClose(
                    matrixVector.scalars,
                    naiveProduct(
                        a, column, m: m, k: k, n: 1,
                        transposingA: transposing, transposingB: false),
                    absoluteTolerance: tolerance(T.self, k: k))

                let vectorMatrix = matmul(v, a, transposingB: !transposing)
                #expect(vectorMatrix.shape == [m])
                assertClose(
                    vectorMatrix.scalars,
                    naiveProduct(
                        row, a, m: 1, k: k, n: m, transposingA: false, transposingB: !transposing),
                    absoluteTolerance: tolerance(T.self, k: k))
            }
            let w: Tensor<T> = random([k], &rng)
            let dot = matmul(v, w)
            #expect(dot.shape == [])
            assertClose(
                dot.scalar, (v * w).sum().scalar, absoluteTolerance: tolerance(T.self, k: k))
        }
    }

    @Test func productsWithVectorsMatchTheNaiveLoop() {
        checkVectorProducts(Float.self)
        checkVectorProducts(Double.self)
    }

    @Test func handWorkedProductsAreExact() throws {
        let a = try Tensor<Double>([[1, 2], [3, 4]])
        let b = try Tensor<Double>([[5, 6], [7, 8]])
        #expect(matmul(a, b).scalars == [19, 22, 43, 50])
        #expect(matmul(a, b, transposingA: true).scalars == [26, 30, 38, 44])
        #expect(matmul(a, b, transposingB: true).scalars == [17, 23, 39, 53])
        #expect(matmul(a, Tensor([1, 1])).scalars == [3, 7])
        #expect(matmul(Tensor([1, 1]), a).scalars == [4, 6])
        #expect(matmul(Tensor<Double>([1, 2, 3]), Tensor([4, 5, 6])).scalar == 32)
    }

    @Test func transposeFlagsAgreeWithExplicitTransposes() throws {
        var rng = SeededGenerator(seed: 3)
        let a = Tensor<Float>.normal([5, 8], generator: &rng)
        let b = Tensor<Float>.normal([6, 8], generator: &rng)
        assertClose(matmul(a, b, transposingB: true), matmul(a, b.transposed()))
        assertClose(matmul(a, a, transposingA: true), matmul(a.transposed(), a))
    }

    @Test func anEmptyInnerDimensionGivesZeros() {
        let product = matmul(Tensor<Float>.zeros([3, 0]), Tensor<Float>.zeros([0, 4]))
        #expect(product == Tensor<Float>.zeros([3, 4]))
        #expect(matmul(Tensor<Double>.zeros([2, 0]), Tensor<Double>.zeros([0])) == .zeros([2]))
        #expect(matmul(Tensor<Double>.zeros([0, 3]), Tensor<Double>.zeros([3, 2])).shape == [0, 2])
    }
}
