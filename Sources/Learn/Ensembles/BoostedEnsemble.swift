import Engine

/// The trees of a gradient-boosted model and the loop that grows them (Friedman,
/// "Greedy function approximation: a gradient boosting machine", 2001).
///
/// Starting from the best constant score `F₀`, each iteration computes the loss's
/// gradient `g` and hessian `h` at the current scores of the training samples, grows a
/// tree on them (see ``BoostedTreeGrower``), and adds `learningRate` times its leaf
/// values to the scores: `F_m = F_{m−1} + ν·f_m`. With `K` classes each iteration grows
/// one tree per class on that class's derivatives, all from the same scores, so the
/// `K` trees are grown in parallel.
///
/// Shared by ``GradientBoostingClassifier`` and ``GradientBoostingRegressor``.
public struct BoostedEnsemble: Sendable {
    /// `F₀`, one per score.
    public let baseline: [Double]
    /// `trees[m][k]`: iteration `m`'s tree for score `k`; leaf values include the
    /// learning rate.
    public let trees: [[TreeStructure]]
    /// The number of features the trees split on.
    public let featureCount: Int

    /// The number of scores per sample (classes for multinomial, else 1).
    public var scoreCount: Int { baseline.count }

    /// Grows `iterations` rounds of trees on the binned features.
    static func fit(
        _ x: Tensor<Double>, targets: [Double], loss: BoostingLoss, iterations: Int,
        learningRate: Double, limits: BoostedTreeLimits, maxBins: Int
    ) -> BoostedEnsemble {
        let (n, d) = (x.shape[0], x.shape[1])
        let binning = FeatureBinning(x.scalars, rows: n, columns: d, maxBins: maxBins)
        let scores = loss.scoreCount
        let baseline = loss.baseline(targets)
        let pool = GradientHistogramPool(size: HistogramLayout(binning).size)
        // Several trees per iteration: one per core, each on one thread; else one tree
        // with its histograms spread over the cores.
        let treesInParallel = scores > 1
        let workers = treesInParallel ? min(scores, ConcurrentLoop.coreCount) : 1
        let growers = (0..<workers).map { _ in
            BoostedTreeGrower(binning: binning, limits: limits, pool: pool, parallel: !treesInParallel)
        }
        var raw = [Double](repeating: 0, count: scores * n)
        for k in 0..<scores { for i in 0..<n { raw[k * n + i] = baseline[k] } }
        var gradients = [Double](repeating: 0, count: scores * n)
        var hessians = [Double](repeating: 0, count: scores * n)
        var trees: [[TreeStructure]] = []
        for _ in 0..<iterations {
            raw.withUnsafeBufferPointer { raw in
                targets.withUnsafeBufferPointer { targets in
                    gradients.withUnsafeMutableBufferPointer { g in
                        hessians.withUnsafeMutableBufferPointer { h in
                            loss.derivatives(raw: raw, targets: targets, gradients: g, hessians: h)
                        }
                    }
                }
            }
            let pointers = UncheckedSendable((
                gradients.withUnsafeBufferPointer { $0.baseAddress! },
                hessians.withUnsafeBufferPointer { $0.baseAddress! },
                raw.withUnsafeMutableBufferPointer { $0.baseAddress! }))
            // Worker w grows the trees of scores w, w + workers, …, each writing only its
            // own scores' rows of `raw`.
            let grown = ConcurrentLoop.map(workers) { w -> [(Int, TreeStructure)] in
                stride(from: w, to: scores, by: workers).map { k in
                    let tree = growers[w].grow(
                        gradients: pointers.value.0 + k * n, hessians: pointers.value.1 + k * n,
                        learningRate: learningRate, raw: pointers.value.2 + k * n)
                    return (k, tree)
                }
            }
            trees.append(grown.flatMap { $0 }.sorted { $0.0 < $1.0 }.map(\.1))
        }
        return BoostedEnsemble(baseline: baseline, trees: trees, featureCount: d)
    }

    /// The raw scores `F(x)` of each row, row-major `[samples, scores]`, after the first
    /// `iterations` rounds (all by default).
    public func rawScores(_ x: Tensor<Double>, iterations: Int? = nil) -> [Double] {
        let n = x.shape[0], d = featureCount, k = scoreCount
        let rounds = trees.prefix(iterations ?? trees.count)
        var scores = [Double](repeating: 0, count: n * k)
        let chunks = min(max(n, 1), 16 * ConcurrentLoop.coreCount)
        scores.withUnsafeMutableBufferPointer { scores in
            let shared = UncheckedSendable(scores)
            x.withUnsafeBufferPointer { x in
                ConcurrentLoop.forEach(chunks) { chunk in
                    let rows = (chunk * n / chunks)..<((chunk + 1) * n / chunks)
                    for row in rows { for c in 0..<k { shared.value[row * k + c] = baseline[c] } }
                    for round in rounds {
                        for (c, tree) in round.enumerated() {
                            tree.values.withUnsafeBufferPointer { values in
                                for row in rows {
                                    let leaf = tree.leaf(x.baseAddress! + row * d)
                                    shared.value[row * k + c] += values[leaf]
                                }
                            }
                        }
                    }
                }
            }
        }
        return scores
    }
}
