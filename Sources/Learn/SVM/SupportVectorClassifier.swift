import Engine

/// The soft-margin support vector machine for classification (Cortes & Vapnik,
/// "Support-vector networks", 1995), trained on its dual by SMO (see ``SMOSolver``):
/// scikit-learn's `SVC`, which is libsvm's C-SVC.
///
/// For two classes it finds the function `f(x) = Σ_i α_i y_i K(x_i, x) − ρ` of the
/// widest margin, trading margin violations against width with `C`:
///
///     min_{w,b,ξ} ½‖w‖² + C Σ_i ξ_i   subject to  y_i(w·φ(x_i) + b) ≥ 1 − ξ_i,  ξ_i ≥ 0.
///
/// Only the *support vectors*, the samples with `α_i > 0`, enter `f`: those on or
/// inside the margin. More classes are handled one against one, as libsvm does: one
/// machine per pair of classes, each trained on those two classes' samples, and a
/// vote. The kernel matrix of the training set is computed once by a matrix product
/// when it fits in `cacheSize` megabytes (else each pair caches the rows it uses), and
/// the pairs are solved in parallel.
///
/// ```swift
/// let model = try SupportVectorClassifier(c: 10, kernel: .rbf(scale: .scale)).fit(x, labels)
/// print(model.supportIndices.count, try model.predict(xTest))
/// ```
public struct SupportVectorClassifier: Classifier {
    /// The penalty `C` on margin violations: small C, wide margin and many support
    /// vectors; large C, few violations.
    public var c: Double
    /// The kernel.
    public var kernel: Kernel
    /// The stopping tolerance of SMO on the KKT conditions (libsvm's `eps`).
    public var tolerance: Double
    /// Whether SMO sets aside multipliers stuck at a bound.
    public var shrinking: Bool
    /// Megabytes of kernel values kept while training (scikit-learn's `cache_size`).
    public var cacheSize: Double

    public init(
        c: Double = 1, kernel: Kernel = .rbf(), tolerance: Double = 1e-3, shrinking: Bool = true,
        cacheSize: Double = 200
    ) {
        self.c = c
        self.kernel = kernel
        self.tolerance = tolerance
        self.shrinking = shrinking
        self.cacheSize = cacheSize
    }

    /// Trains one machine per pair of classes on `x` (`[samples, features]`) and labels
    /// in `0..<classes` (at least two different ones).
    public func fit(_ x: Tensor<Double>, _ labels: [Int]) throws(LearnError) -> FittedSupportVectorClassifier {
        let operation = "SupportVectorClassifier.fit"
        let (n, d, _, _) = try TreeInput.classification(x, labels, in: operation)
        try TreeInput.positive(c, "c", in: operation)
        try TreeInput.positive(tolerance, "tolerance", in: operation)
        try TreeInput.positive(cacheSize, "cacheSize", in: operation)
        if case let .polynomial(degree, _, _) = kernel { try TreeInput.atLeast(degree, 0, "degree", in: operation) }
        let classes = Array(Set(labels)).sorted()
        guard classes.count >= 2 else {
            throw LearnError(operation, "needs at least two classes, but every label is \(classes[0])")
        }
        // Samples grouped by class, in order within each (libsvm's layout): a pair's
        // samples are then two runs, and the support vectors come out grouped by class.
        let order = (0..<n).sorted { (labels[$0], $0) < (labels[$1], $1) }
        var starts = [0]
        for k in classes.indices {
            starts.append(starts[k] + labels.lazy.filter { $0 == classes[k] }.count)
        }
        let resolved = kernel.resolved(x.scalars, columns: d)
        let operand = x.withUnsafeBufferPointer { KernelOperand($0, columns: d, rows: order) }
        let budget = Int(cacheSize * 1_048_576)
        let gram = TrainingKernel(operand, resolved, budgetBytes: budget)
        var pairs: [(Int, Int)] = []
        for a in classes.indices { for b in (a + 1)..<classes.count { pairs.append((a, b)) } }
        let solutions = ConcurrentLoop.map(pairs.count) { p -> SMOSolver.Solution in
            let (a, b) = pairs[p]
            let members = Array(starts[a]..<starts[a + 1]) + Array(starts[b]..<starts[b + 1])
            let y = members.map { $0 < starts[a + 1] ? 1.0 : -1.0 }
            let cache = gram.cache(for: members, labels: y, budgetBytes: budget / ConcurrentLoop.coreCount)
            return SMOSolver(y: y, c: c, tolerance: tolerance, shrinking: shrinking, q: cache).solve()
        }
        return FittedSupportVectorClassifier(
            x, order: order, classes: classes, starts: starts, pairs: pairs, solutions: solutions,
            kernel: resolved)
    }
}

/// The kernel matrix of the training set (in class order), whole when it fits in the
/// budget, else computed row by row for each pair.
struct TrainingKernel {
    let operand: KernelOperand
    let kernel: ResolvedKernel
    /// The `n × n` matrix, when it fits.
    let matrix: [Float]?

    init(_ operand: KernelOperand, _ kernel: ResolvedKernel, budgetBytes: Int) {
        self.operand = operand
        self.kernel = kernel
        let n = operand.rows
        guard n * n * MemoryLayout<Float>.stride <= budgetBytes else {
            matrix = nil
            return
        }
        var matrix = [Float](repeating: 0, count: n * n)
        operand.values.withUnsafeBufferPointer { v in
            operand.norms.withUnsafeBufferPointer { norms in
                matrix.withUnsafeMutableBufferPointer { m in
                    kernel.symmetricBlock(
                        v.baseAddress!, rows: n, norms: norms.baseAddress!, columns: operand.columns,
                        into: m.baseAddress!)
                }
            }
        }
        self.matrix = matrix
    }

    /// The cache of `Q` rows for the two-class problem on `members` (indices in class
    /// order) with labels `y = ±1`.
    func cache(for members: [Int], labels y: [Double], budgetBytes: Int) -> KernelCache {
        let m = members.count, n = operand.rows
        let sign = y.map { Float($0) }
        let diagonal: [Float]
        let fill: (Int, UnsafeMutablePointer<Float>) -> Void
        if let matrix {
            diagonal = members.map { matrix[$0 * n + $0] }
            fill = { i, row in
                matrix.withUnsafeBufferPointer { matrix in
                    let base = members[i] * n
                    for t in 0..<m { row[t] = sign[i] * sign[t] * matrix[base + members[t]] }
                }
            }
        } else {
            // Too large to keep whole: the pair's rows in their own operand, and each
            // cached row of Q computed by a 1 × m kernel block.
            let d = operand.columns
            var values = [Float](repeating: 0, count: m * d)
            for (r, i) in members.enumerated() {
                for j in 0..<d { values[r * d + j] = operand.values[i * d + j] }
            }
            let norms = members.map { operand.norms[$0] }
            let kernel = kernel
            diagonal = (0..<m).map { kernel.diagonal(values, row: $0, columns: d, norm: norms[$0]) }
            fill = { i, row in
                values.withUnsafeBufferPointer { v in
                    norms.withUnsafeBufferPointer { norms in
                        kernel.block(
                            v.baseAddress! + i * d, rowsA: 1, normsA: norms.baseAddress! + i, v.baseAddress!,
                            rowsB: m, normsB: norms.baseAddress!, columns: d, into: row)
                    }
                }
                for t in 0..<m { row[t] *= sign[i] * sign[t] }
            }
        }
        return KernelCache(size: m, budgetBytes: budgetBytes, diagonal: diagonal, fill: fill)
    }
}

extension ResolvedKernel {
    /// `K(x, x)` for row `row` of the row-major `values`.
    func diagonal(_ values: [Float], row: Int, columns: Int, norm: Float) -> Float {
        switch kind {
        case .rbf: return 1
        case .linear, .polynomial: return value(dot: norm, norm, norm)
        }
    }
}
