import Engine

/// The scale `γ` of an RBF or polynomial kernel (scikit-learn's `gamma`).
public enum KernelScale: Sendable, Equatable {
    /// `1 / (d · Var(x))`, the variance taken over every element of the training set
    /// (1 when it is 0): scikit-learn's default, which makes `γ‖x − y‖²` about 2 for two
    /// typical points whatever the units.
    case scale
    /// `1 / d`.
    case auto
    /// A fixed value.
    case value(Double)

    /// `γ` for the training matrix `x` (row-major `rows × columns`).
    func resolve(_ x: [Double], columns: Int) -> Double {
        switch self {
        case .auto: return 1 / Double(columns)
        case let .value(gamma): return gamma
        case .scale:
            let n = Double(x.count)
            let mean = x.reduce(0, +) / n
            let variance = x.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / n
            return variance != 0 ? 1 / (Double(columns) * variance) : 1
        }
    }
}

/// A kernel `K(x, y) = ⟨φ(x), φ(y)⟩`: an inner product in a feature space the SVM never
/// builds (Boser, Guyon & Vapnik, 1992; Schölkopf & Smola, *Learning with Kernels*, 2002).
///
/// - ``linear``: `x·y`;
/// - ``polynomial(degree:scale:offset:)``: `(γ x·y + c₀)^degree`;
/// - ``rbf(scale:)``: `exp(−γ‖x − y‖²)`, the Gaussian radial basis function.
///
/// All three are computed from the dot products `x·y`, so a block of kernel values is one
/// matrix product (BLAS) followed by an elementwise map; for the RBF,
/// `‖x − y‖² = ‖x‖² + ‖y‖² − 2 x·y`.
public enum Kernel: Sendable, Equatable {
    case linear
    case polynomial(degree: Int = 3, scale: KernelScale = .scale, offset: Double = 0)
    case rbf(scale: KernelScale = .scale)

    /// The kernel with its scale resolved to a number for the training matrix `x`.
    func resolved(_ x: [Double], columns: Int) -> ResolvedKernel {
        switch self {
        case .linear: return ResolvedKernel(kind: .linear, gamma: 0, offset: 0, degree: 1)
        case let .polynomial(degree, scale, offset):
            return ResolvedKernel(kind: .polynomial, gamma: scale.resolve(x, columns: columns), offset: offset, degree: degree)
        case let .rbf(scale):
            return ResolvedKernel(kind: .rbf, gamma: scale.resolve(x, columns: columns), offset: 0, degree: 1)
        }
    }
}

/// A kernel with numbers for its parameters, able to compute blocks of values.
public struct ResolvedKernel: Sendable, Equatable {
    enum Kind: Sendable { case linear, polynomial, rbf }
    let kind: Kind
    /// `γ` (unused by the linear kernel).
    public let gamma: Double
    let offset: Double
    let degree: Int

    /// The value of the kernel for a dot product `x·y` and squared norms `‖x‖²`, `‖y‖²`.
    @inline(__always)
    func value(dot: Float, _ normX: Float, _ normY: Float) -> Float {
        switch kind {
        case .linear: return dot
        case .polynomial:
            let base = Float(gamma) * dot + Float(offset)
            var power: Float = 1
            for _ in 0..<degree { power *= base }
            return power
        case .rbf:
            // The expansion can round a tiny distance below zero.
            return -Float(gamma) * max(normX + normY - 2 * dot, 0)
        }
    }

    /// The kernel values between the rows of `a` (`rowsA × columns`) and of `b`
    /// (`rowsB × columns`), row-major `[rowsA, rowsB]` with rows `leadingDimension`
    /// apart (`rowsB` by default), in single precision: one GEMM, then the kernel's map
    /// (the RBF's exponentials vectorised by the engine).
    func block(
        _ a: UnsafePointer<Float>, rowsA: Int, normsA: UnsafePointer<Float>,
        _ b: UnsafePointer<Float>, rowsB: Int, normsB: UnsafePointer<Float>, columns: Int,
        into output: UnsafeMutablePointer<Float>, leadingDimension: Int? = nil
    ) {
        let ldc = leadingDimension ?? rowsB
        guard rowsA > 0, rowsB > 0 else { return }
        Float.gemm(
            transposeA: false, transposeB: true, m: rowsA, n: rowsB, k: columns, alpha: 1,
            a: UnsafeBufferPointer(start: a, count: rowsA * columns), lda: columns,
            b: UnsafeBufferPointer(start: b, count: rowsB * columns), ldb: columns,
            beta: 0, c: UnsafeMutableBufferPointer(start: output, count: (rowsA - 1) * ldc + rowsB), ldc: ldc)
        guard kind != .linear else { return }
        for i in 0..<rowsA {
            let row = output + i * ldc
            for j in 0..<rowsB { row[j] = value(dot: row[j], normsA[i], normsB[j]) }
            if kind == .rbf {
                let values = UnsafeMutableBufferPointer(start: row, count: rowsB)
                Float.apply(.exp, UnsafeBufferPointer(values), into: values)
            }
        }
    }

    /// The symmetric kernel matrix of the rows of `a` (`rows × columns`), `[rows, rows]`:
    /// only the blocks on and above the diagonal are multiplied (about half the
    /// flops of the full product), and the lower triangle is copied from the upper.
    func symmetricBlock(
        _ a: UnsafePointer<Float>, rows n: Int, norms: UnsafePointer<Float>, columns: Int,
        into output: UnsafeMutablePointer<Float>
    ) {
        let step = 512
        for start in stride(from: 0, to: n, by: step) {
            let m = min(step, n - start)
            block(
                a + start * columns, rowsA: m, normsA: norms + start, a + start * columns, rowsB: n - start,
                normsB: norms + start, columns: columns, into: output + start * n + start, leadingDimension: n)
        }
        // Mirror, tile by tile so that both sides stay in cache.
        let tile = 64
        for rowTile in stride(from: 0, to: n, by: tile) {
            for columnTile in stride(from: 0, through: rowTile, by: tile) {
                for i in rowTile..<min(rowTile + tile, n) {
                    for j in columnTile..<min(columnTile + tile, i) { output[i * n + j] = output[j * n + i] }
                }
            }
        }
    }
}

/// Rows of a matrix in single precision with their squared norms, the operands of
/// ``ResolvedKernel/block(_:rowsA:normsA:_:rowsB:normsB:columns:into:)``.
struct KernelOperand {
    let values: [Float]
    let norms: [Float]
    let rows: Int, columns: Int

    /// The rows `indices` of the row-major `x` (all rows when `nil`).
    init(_ x: UnsafeBufferPointer<Double>, columns: Int, rows indices: [Int]) {
        self.rows = indices.count
        self.columns = columns
        var values = [Float](repeating: 0, count: indices.count * columns)
        var norms = [Float](repeating: 0, count: indices.count)
        for (r, i) in indices.enumerated() {
            var norm = 0.0
            for j in 0..<columns {
                let v = x[i * columns + j]
                values[r * columns + j] = Float(v)
                norm += v * v
            }
            norms[r] = Float(norm)
        }
        self.values = values
        self.norms = norms
    }
}
