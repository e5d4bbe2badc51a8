import Engine

/// A fitted ``SupportVectorClassifier``: its support vectors and, for each pair of
/// classes, the machine `f(x) = Σ_s coef_s K(x_s, x) + intercept` over them.
public struct FittedSupportVectorClassifier: FittedClassifier {
    /// One machine of the one-against-one scheme, for classes `first < second`.
    public struct Pair: Sendable {
        /// The two labels; `f(x) > 0` votes for `first`.
        public let first: Int, second: Int
        /// `y_s α_s` for each support vector of `first` then of `second` (in the order
        /// of ``FittedSupportVectorClassifier/supportIndices``); zero for a support
        /// vector of another pair.
        public let coefficients: [Double]
        /// `−ρ`.
        public let intercept: Double
        /// The iterations SMO took.
        public let iterations: Int
        /// The range of support vectors (positions in `supportIndices`) of each class.
        let firstRange: Range<Int>, secondRange: Range<Int>
    }

    /// The classes seen in training, in increasing order.
    public let classes: [Int]
    /// The training rows that are support vectors (`α > 0` in some pair), grouped by
    /// class, in order within each, as scikit-learn's `support_`.
    public let supportIndices: [Int]
    /// The number of support vectors of each class, in the order of `classes`.
    public let supportCounts: [Int]
    /// The support vectors themselves, `[supportIndices.count, features]`.
    public let supportVectors: Tensor<Double>
    /// The machines, pairs `(0, 1), (0, 2), …, (1, 2), …` of `classes` in order.
    public let pairs: [Pair]
    /// The kernel with its scale resolved (``ResolvedKernel/gamma``).
    public let kernel: ResolvedKernel
    /// The number of features.
    public let featureCount: Int
    private let operand: KernelOperand

    init(
        _ x: Tensor<Double>, order: [Int], classes: [Int], starts: [Int], pairs: [(Int, Int)],
        solutions: [SMOSolver.Solution], kernel: ResolvedKernel
    ) {
        let n = order.count, d = x.shape[1]
        // A sample (in class order) is a support vector if some pair gives it α > 0.
        var isSupport = [Bool](repeating: false, count: n)
        for ((a, b), solution) in zip(pairs, solutions) {
            let members = Array(starts[a]..<starts[a + 1]) + Array(starts[b]..<starts[b + 1])
            for (t, alpha) in solution.alpha.enumerated() where alpha > 0 { isSupport[members[t]] = true }
        }
        var position = [Int](repeating: -1, count: n)
        var supportRows: [Int] = []
        for i in 0..<n where isSupport[i] {
            position[i] = supportRows.count
            supportRows.append(i)
        }
        let ranges = classes.indices.map { k in
            let inClass = supportRows.indices.filter { supportRows[$0] >= starts[k] && supportRows[$0] < starts[k + 1] }
            return (inClass.first ?? 0)..<((inClass.last ?? -1) + 1)
        }
        self.pairs = zip(pairs, solutions).map { pair, solution in
            let (a, b) = pair
            let members = Array(starts[a]..<starts[a + 1]) + Array(starts[b]..<starts[b + 1])
            var coefficients = [Double](repeating: 0, count: ranges[a].count + ranges[b].count)
            for (t, alpha) in solution.alpha.enumerated() where alpha > 0 {
                let s = position[members[t]]
                let inFirst = members[t] < starts[a + 1]
                let slot = inFirst ? s - ranges[a].lowerBound : ranges[a].count + s - ranges[b].lowerBound
                coefficients[slot] = inFirst ? alpha : -alpha
            }
            return Pair(
                first: classes[a], second: classes[b], coefficients: coefficients, intercept: -solution.rho,
                iterations: solution.iterations, firstRange: ranges[a], secondRange: ranges[b])
        }
        let support = supportRows.map { order[$0] }
        self.classes = classes
        supportIndices = support
        supportCounts = ranges.map(\.count)
        supportVectors = x.gathering(support)
        self.kernel = kernel
        featureCount = d
        operand = x.withUnsafeBufferPointer { KernelOperand($0, columns: d, rows: support) }
    }

    /// The value of each pair's machine for each row of `x`: `[samples]` for two
    /// classes, positive for the second (as scikit-learn); else `[samples, pairs]`,
    /// positive for the pair's first class (scikit-learn's `decision_function_shape="ovo"`).
    public func decisionFunction(_ x: Tensor<Double>) throws(LearnError) -> Tensor<Double> {
        try InputValidation.features(x, columns: featureCount, in: "SupportVectorClassifier.decisionFunction")
        let values = pairValues(x)
        if pairs.count == 1 { return Tensor(values.map { -$0 }) }
        return try! Tensor(shape: [x.shape[0], pairs.count], scalars: values)
    }

    /// The class with the most votes of the pairs' machines (the first on ties), as libsvm.
    public func predict(_ x: Tensor<Double>) throws(LearnError) -> [Int] {
        try InputValidation.features(x, columns: featureCount, in: "SupportVectorClassifier.predict")
        let values = pairValues(x)
        let classIndex = Dictionary(uniqueKeysWithValues: classes.enumerated().map { ($1, $0) })
        return (0..<x.shape[0]).map { row in
            var votes = [Int](repeating: 0, count: classes.count)
            for (p, pair) in pairs.enumerated() {
                votes[classIndex[values[row * pairs.count + p] > 0 ? pair.first : pair.second]!] += 1
            }
            return classes[votes.indices.max { votes[$0] < votes[$1] || (votes[$0] == votes[$1] && $0 > $1) }!]
        }
    }

    /// `f_p(x)` (libsvm's sign) for every row and pair, row-major `[rows, pairs]`: the
    /// kernel values against all support vectors by one GEMM per chunk of rows.
    private func pairValues(_ x: Tensor<Double>) -> [Double] {
        let n = x.shape[0], s = operand.rows, p = pairs.count
        var values = [Double](repeating: 0, count: n * p)
        let chunk = 256
        let chunks = (n + chunk - 1) / chunk
        values.withUnsafeMutableBufferPointer { values in
            let shared = UncheckedSendable(values)
            x.withUnsafeBufferPointer { x in
                ConcurrentLoop.forEach(chunks, parallel: chunks > 1) { c in
                    let rows = Array((c * chunk)..<min(n, (c + 1) * chunk))
                    let input = KernelOperand(x, columns: featureCount, rows: rows)
                    var k = [Float](repeating: 0, count: rows.count * s)
                    input.values.withUnsafeBufferPointer { a in
                        input.norms.withUnsafeBufferPointer { na in
                            operand.values.withUnsafeBufferPointer { b in
                                operand.norms.withUnsafeBufferPointer { nb in
                                    k.withUnsafeMutableBufferPointer { k in
                                        kernel.block(
                                            a.baseAddress!, rowsA: rows.count, normsA: na.baseAddress!, b.baseAddress!,
                                            rowsB: s, normsB: nb.baseAddress!, columns: featureCount, into: k.baseAddress!)
                                    }
                                }
                            }
                        }
                    }
                    k.withUnsafeBufferPointer { k in
                        for (r, row) in rows.enumerated() {
                            for (q, pair) in pairs.enumerated() {
                                // The pair's support vectors are two runs of columns.
                                var sum = pair.intercept
                                pair.coefficients.withUnsafeBufferPointer { coefficients in
                                    let first = pair.firstRange.count
                                    for (slot, sv) in pair.firstRange.enumerated() {
                                        sum += coefficients[slot] * Double(k[r * s + sv])
                                    }
                                    for (slot, sv) in pair.secondRange.enumerated() {
                                        sum += coefficients[first + slot] * Double(k[r * s + sv])
                                    }
                                }
                                shared.value[row * p + q] = sum
                            }
                        }
                    }
                }
            }
        }
        return values
    }
}
