import Engine
import Foundation
import Testing
import TestSupport

/// The decomposition suites, nested so that `swift test --filter Decomposition` runs
/// them all.
@Suite("Decompositions")
enum DecompositionTests {}

/// A tensor as the fixture stores it: a shape and float64 data in row-major order.
struct FixtureTensor: Decodable, Sendable {
    let shape: [Int]
    let data: [Double]

    func tensor<T: LinearAlgebraScalar>(_: T.Type = T.self) -> Tensor<T> {
        try! Tensor(shape: shape, scalars: data.map { T($0) })
    }

    func scalars<T: LinearAlgebraScalar>(_: T.Type = T.self) -> [T] { data.map { T($0) } }
}

/// `Tests/Fixtures/linalg.json`, NumPy's results written by `Scripts/fixtures/linalg.py`.
struct LinearAlgebraFixtures: Decodable, Sendable {
    struct Solve: Decodable, Sendable { let name: String; let a, b, x: FixtureTensor }
    struct Inverse: Decodable, Sendable { let name: String; let a, inverse: FixtureTensor }
    struct Cholesky: Decodable, Sendable { let name: String; let a, l: FixtureTensor }
    struct QR: Decodable, Sendable { let name, mode: String; let a, q, r: FixtureTensor }
    struct SVD: Decodable, Sendable {
        let name: String; let fullMatrices: Bool; let a, u, s, vt: FixtureTensor; let rank: Int
    }
    struct Eigh: Decodable, Sendable { let name: String; let a, values, vectors: FixtureTensor }
    struct LeastSquares: Decodable, Sendable {
        let name: String; let a, b: FixtureTensor; let rcond: Double?
        let solution, residuals: FixtureTensor; let rank: Int; let singularValues: FixtureTensor
    }
    struct Pseudoinverse: Decodable, Sendable {
        let name: String; let a: FixtureTensor; let rcond: Double?; let pinv: FixtureTensor
    }
    struct Determinant: Decodable, Sendable {
        let name: String; let a: FixtureTensor; let det, sign: Double
        /// nil for a singular matrix (−∞, which JSON cannot hold).
        let logAbsDet: Double?
    }
    struct Condition: Decodable, Sendable { let name: String; let a: FixtureTensor; let cond: Double }

    let numpy: String
    let solve: [Solve]
    let inverse: [Inverse]
    let cholesky: [Cholesky]
    let qr: [QR]
    let svd: [SVD]
    let eigh: [Eigh]
    let lstsq: [LeastSquares]
    let pinv: [Pseudoinverse]
    let determinant: [Determinant]
    let conditionNumber: [Condition]

    /// Loaded once for all suites.
    static let shared: LinearAlgebraFixtures = {
        let url = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/linalg.json")
        do {
            return try JSONDecoder().decode(Self.self, from: Data(contentsOf: url))
        } catch {
            fatalError("cannot read \(url.path): \(error) — run Scripts/fixtures/linalg.py")
        }
    }()
}

/// How close each precision must come: to NumPy's float64 results, and in
/// reconstructions such as `‖A − Q R‖`, relative to the largest entry of `A`.
struct Precision<T: LinearAlgebraScalar> {
    let reference: T
    let reconstruction: T

    static var standard: Precision {
        T.self == Double.self
            ? Precision(reference: T(1e-10), reconstruction: T(1e-10))
            : Precision(reference: T(2e-4), reconstruction: T(2e-5))
    }
}

/// Records an issue unless `actual` and `expected` agree to `tolerance` relative to the
/// largest magnitude in `expected` (at least 1): the norm-wise comparison that suits
/// decompositions, whose small entries carry absolute, not relative, rounding errors.
func assertMatrixClose<T: LinearAlgebraScalar>(
    _ actual: [T], _ expected: [T], tolerance: T, _ what: String,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    let scale = expected.reduce(T(1)) { max($0, abs($1)) }
    guard actual.count == expected.count else {
        Issue.record("\(what): \(actual.count) elements, expected \(expected.count)",
                     sourceLocation: sourceLocation)
        return
    }
    let worst = zip(actual, expected).map { abs($0 - $1) }.max() ?? 0
    if !(worst <= tolerance * scale) {
        Issue.record("\(what): differs by \(worst) (tolerance \(tolerance * scale))",
                     sourceLocation: sourceLocation)
    }
}

func assertMatrixClose<T: LinearAlgebraScalar>(
    _ actual: Tensor<T>, _ expected: Tensor<T>, tolerance: T, _ what: String,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    #expect(actual.shape == expected.shape, "\(what): shape", sourceLocation: sourceLocation)
    assertMatrixClose(actual.scalars, expected.scalars, tolerance: tolerance, what,
                      sourceLocation: sourceLocation)
}

/// The first `count` columns of a row-major `rows × columns` matrix.
func leadingColumns<T>(_ m: [T], rows: Int, columns: Int, count: Int) -> [T] {
    (0..<rows).flatMap { i in m[(i * columns)..<(i * columns + count)] }
}

/// Signs that make the entry of largest magnitude of each of the first `count` columns
/// positive: the usual normalisation of singular and eigen vectors, which are unique
/// only up to sign.
func columnSigns<T: LinearAlgebraScalar>(_ m: [T], rows: Int, columns: Int, count: Int) -> [T] {
    (0..<count).map { j in
        let column = (0..<rows).map { m[$0 * columns + j] }
        let largest = column.max { abs($0) < abs($1) } ?? 1
        return largest < 0 ? -1 : 1
    }
}

/// Multiplies column `j` of a row-major matrix by `signs[j]` (columns past the signs
/// are left as they are).
func flippingColumns<T: LinearAlgebraScalar>(_ m: [T], columns: Int, by signs: [T]) -> [T] {
    m.enumerated().map { index, value in
        let j = index % columns
        return j < signs.count ? value * signs[j] : value
    }
}

/// Multiplies row `i` of a row-major matrix by `signs[i]`.
func flippingRows<T: LinearAlgebraScalar>(_ m: [T], columns: Int, by signs: [T]) -> [T] {
    m.enumerated().map { index, value in
        let i = index / columns
        return i < signs.count ? value * signs[i] : value
    }
}

/// `Mᵀ M − I` is zero: the columns of `m` are orthonormal.
func assertOrthonormalColumns<T: LinearAlgebraScalar>(
    _ m: Tensor<T>, tolerance: T, _ what: String,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    let gram = matmul(m, m, transposingA: true)
    let n = m.shape[1]
    let identity = (0..<(n * n)).map { $0 / n == $0 % n ? T(1) : 0 }
    assertMatrixClose(gram.scalars, identity, tolerance: tolerance, what,
                      sourceLocation: sourceLocation)
}

/// A diagonal matrix with `values` on its diagonal, `rows × columns`.
func diagonalMatrix<T: LinearAlgebraScalar>(_ values: [T], rows: Int, columns: Int) -> Tensor<T> {
    var scalars = [T](repeating: 0, count: rows * columns)
    for (i, value) in values.enumerated() { scalars[i * columns + i] = value }
    return try! Tensor(shape: [rows, columns], scalars: scalars)
}

/// The message of the ``LinearAlgebraError`` that `body` throws, or nil. (The closure is
/// untyped `throws`: Swift 6.3 still infers untyped throws for closures.)
func linearAlgebraMessage(_ body: () throws -> Void) -> String? {
    do { try body() } catch let error as LinearAlgebraError { return error.description } catch {
        return "not a LinearAlgebraError: \(error)"
    }
    return nil
}
