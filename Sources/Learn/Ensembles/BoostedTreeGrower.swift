/// The shape limits of each boosted tree and the regularisation of its leaves.
struct BoostedTreeLimits: Sendable {
    /// The most leaves a tree may have (`nil`: unlimited).
    var maxLeafNodes: Int?
    /// The deepest a leaf may be (`nil`: unlimited).
    var maxDepth: Int?
    /// Each leaf keeps at least this many samples.
    var minSamplesLeaf: Int
    /// `λ` in the leaf value `−G/(H + λ)`.
    var l2Regularization: Double
    /// A child's hessian sum must reach this.
    var minHessianToSplit: Double = 1e-3
}

/// Grows one regression tree on the gradients `g` and hessians `h` of a loss, best
/// leaf first (Friedman, 2001; Chen & Guestrin, "XGBoost", 2016; as scikit-learn's
/// `HistGradientBoosting` grower).
///
/// By a second-order Taylor expansion of the loss around the current scores, a leaf
/// holding samples with sums `G = Σg`, `H = Σh` is best given the value `w* = −G/(H + λ)`,
/// which lowers the loss by `½ G²/(H + λ)`. A split of a node into `L` and `R` is
/// therefore worth the gain
///
///     gain = G_L²/(H_L + λ) + G_R²/(H_R + λ) − G²/(H + λ)
///
/// (twice XGBoost's equation 7, as scikit-learn computes it). The grower keeps the
/// leaves that can still be split in a priority queue by gain and always splits the
/// best one, until `maxLeafNodes` leaves exist or no split has a positive gain; each
/// candidate is a bin edge of a feature, scored from the node's ``GradientHistogram``.
final class BoostedTreeGrower {
    let binning: FeatureBinning
    let layout: HistogramLayout
    let limits: BoostedTreeLimits
    let pool: GradientHistogramPool
    /// Whether to spread the features over the cores (one tree per iteration).
    let parallel: Bool
    private let scratches: [HistogramScratch]
    /// The samples, reordered so that each node's are `order[start..<end]`.
    private var order: [Int32]
    private var partitionBuffer: [Int32]
    /// `(g, h)` of a node's samples, gathered in node order.
    private var ordered: [SIMD2<Double>]

    init(binning: FeatureBinning, limits: BoostedTreeLimits, pool: GradientHistogramPool, parallel: Bool) {
        self.binning = binning
        self.layout = HistogramLayout(binning)
        self.limits = limits
        self.pool = pool
        self.parallel = parallel
        let workers = parallel ? ConcurrentLoop.coreCount : 1
        scratches = (0..<workers).map { _ in HistogramScratch() }
        order = []
        partitionBuffer = [Int32](repeating: 0, count: binning.rows)
        ordered = [SIMD2<Double>](repeating: .zero, count: binning.rows)
    }

    /// The best split of one node: bins `...bin` of `feature` go left.
    struct Split {
        var gain = -1.0
        var feature = -1, bin = 0
        var gradientLeft = 0.0, hessianLeft = 0.0, countLeft = 0
    }

    private struct Node {
        var start: Int, end: Int, depth: Int
        var gradient: Double, hessian: Double
        /// `−G/(H + λ)`; 0 for the root, as scikit-learn.
        var value: Double
        var treeIndex: Int
        var histogram: GradientHistogram?
        var split = Split()
        var count: Int { end - start }
    }

    /// Grows a tree on `gradients` and `hessians` (one per training row), adds
    /// `learningRate` times its leaf values to `raw` (one score per row), and returns
    /// it with the leaf values already scaled by `learningRate`.
    func grow(
        gradients: UnsafePointer<Double>, hessians: UnsafePointer<Double>, learningRate: Double,
        raw: UnsafeMutablePointer<Double>
    ) -> TreeStructure {
        let n = binning.rows
        order = (0..<n).map(Int32.init)
        var tree = TreeStructure(outputWidth: 1)
        var nodes: [Node] = []
        var splittable: [Int] = []
        var leaves: [Int] = []

        var sumG = 0.0, sumH = 0.0
        for i in 0..<n {
            sumG += gradients[i]
            sumH += hessians[i]
        }
        nodes.append(Node(
            start: 0, end: n, depth: 0, gradient: sumG, hessian: sumH, value: 0,
            treeIndex: tree.appendNode(impurity: 0, sampleCount: Double(n), value: [0])))
        if n < 2 * limits.minSamplesLeaf || sumH < limits.minHessianToSplit {
            leaves.append(0)
        } else {
            nodes[0].histogram = buildHistogram(nodes[0], gradients, hessians, root: true)
            findSplit(&nodes[0])
            if nodes[0].split.gain > 0 { splittable.append(0) } else { leaves.append(0) }
        }

        while let best = splittable.indices.max(by: { nodes[splittable[$0]].split.gain < nodes[splittable[$1]].split.gain
            || (nodes[splittable[$0]].split.gain == nodes[splittable[$1]].split.gain && splittable[$0] > splittable[$1]) })
        {
            let parent = splittable.remove(at: best)
            let (left, right) = split(parent, &nodes, &tree)
            let leafCount = leaves.count + splittable.count + 2
            if let maxLeafNodes = limits.maxLeafNodes, leafCount >= maxLeafNodes {
                release(&nodes[parent])
                leaves += [left, right] + splittable
                splittable.removeAll()
                break
            }
            var toSplit: [Int] = []
            for child in [left, right] {
                let atDepth = limits.maxDepth.map { nodes[child].depth >= $0 } ?? false
                if atDepth || nodes[child].count < 2 * limits.minSamplesLeaf {
                    leaves.append(child)
                } else {
                    toSplit.append(child)
                }
            }
            if !toSplit.isEmpty {
                // Build the smaller child, and get the larger from the parent by subtraction.
                let (small, large) = nodes[left].count < nodes[right].count ? (left, right) : (right, left)
                nodes[small].histogram = buildHistogram(nodes[small], gradients, hessians, root: false)
                let histogram = nodes[parent].histogram!
                nodes[parent].histogram = nil
                histogram.subtract(nodes[small].histogram!, entries: 0..<layout.size)
                nodes[large].histogram = histogram
                for child in toSplit {
                    findSplit(&nodes[child])
                    if nodes[child].split.gain > 0 { splittable.append(child) } else { leaves.append(child) }
                }
            }
            release(&nodes[parent])
            for child in [left, right] where !splittable.contains(child) { release(&nodes[child]) }
        }
        for node in nodes.indices { release(&nodes[node]) }

        // Shrinkage (Friedman, 2001): each tree moves the scores only part of the way.
        tree.scaleValues(by: learningRate)
        order.withUnsafeBufferPointer { order in
            for leaf in leaves {
                let value = tree.values[nodes[leaf].treeIndex]
                for i in nodes[leaf].start..<nodes[leaf].end { raw[Int(order[i])] += value }
            }
        }
        return tree
    }

    private func release(_ node: inout Node) {
        if let histogram = node.histogram { pool.give(histogram) }
        node.histogram = nil
    }

    /// The leaf value `−G/(H + λ)` (with scikit-learn's 1e-15 against a zero hessian).
    private func value(_ gradient: Double, _ hessian: Double) -> Double {
        -gradient / (hessian + limits.l2Regularization + 1e-15)
    }

    /// Splits `parent` by its best split into two new nodes, partitioning its samples
    /// (stably, so that each node's samples stay in row order for the gathers).
    private func split(_ parent: Int, _ nodes: inout [Node], _ tree: inout TreeStructure) -> (Int, Int) {
        let node = nodes[parent]
        let split = node.split
        let middle = binning.codes.withUnsafeBufferPointer { codes in
            let column = codes.baseAddress! + split.feature * binning.rows
            return order.withUnsafeMutableBufferPointer { order in
                partitionBuffer.withUnsafeMutableBufferPointer { buffer in
                    var left = node.start, right = 0
                    for i in node.start..<node.end {
                        let sample = order[i]
                        if Int(column[Int(sample)]) <= split.bin {
                            order[left] = sample
                            left += 1
                        } else {
                            buffer[right] = sample
                            right += 1
                        }
                    }
                    for i in 0..<right { order[left + i] = buffer[i] }
                    return left
                }
            }
        }
        tree.setSplit(node.treeIndex, feature: split.feature, threshold: binning.edges[split.feature][split.bin])
        let gradientRight = node.gradient - split.gradientLeft, hessianRight = node.hessian - split.hessianLeft
        var children: [Int] = []
        for (start, end, g, h) in [
            (node.start, middle, split.gradientLeft, split.hessianLeft), (middle, node.end, gradientRight, hessianRight),
        ] {
            let v = value(g, h)
            let index = tree.appendNode(impurity: 0, sampleCount: Double(end - start), value: [v])
            tree.setChild(index, of: node.treeIndex, isLeft: children.isEmpty)
            nodes.append(Node(
                start: start, end: end, depth: node.depth + 1, gradient: g, hessian: h, value: v, treeIndex: index))
            children.append(nodes.count - 1)
        }
        return (children[0], children[1])
    }

    /// The histogram of a node's samples over every feature.
    private func buildHistogram(
        _ node: Node, _ gradients: UnsafePointer<Double>, _ hessians: UnsafePointer<Double>, root: Bool
    ) -> GradientHistogram {
        let histogram = pool.take()
        let m = node.count
        order.withUnsafeBufferPointer { order in
            ordered.withUnsafeMutableBufferPointer { ordered in
                for j in 0..<m {
                    let i = Int(order[node.start + j])
                    ordered[j] = SIMD2(gradients[i], hessians[i])
                }
                binning.codes.withUnsafeBufferPointer { codes in
                    let samples = root ? nil : order.baseAddress! + node.start
                    let d = binning.columns
                    // One chunk of features per scratch, so no two threads share one.
                    let chunks = parallel && m * d >= 1 << 16 ? min(d, scratches.count) : 1
                    let shared = UncheckedSendable((ordered.baseAddress!, codes.baseAddress!, samples))
                    let small = !root && m * 8 < binning.rows
                    ConcurrentLoop.forEach(chunks) { chunk in
                        let features = (chunk * d / chunks)..<((chunk + 1) * d / chunks)
                        if small {
                            binning.rowCodes.withUnsafeBufferPointer { rowCodes in
                                histogram.buildFromRows(
                                    features: features, layout: layout, rowCodes: rowCodes.baseAddress!, columns: d,
                                    samples: shared.value.2!, count: m, gradients: shared.value.0)
                            }
                        } else {
                            histogram.build(
                                features: features, layout: layout, codes: shared.value.1, rows: binning.rows,
                                samples: shared.value.2, count: m, gradients: shared.value.0,
                                scratch: scratches[chunk])
                        }
                    }
                }
            }
        }
        return histogram
    }

    /// Finds the node's best split over every feature (the first of equal gains).
    private func findSplit(_ node: inout Node) {
        guard let histogram = node.histogram else { return }
        let d = binning.columns
        let current = node
        // Chunks of features on the cores (one tree at a time), each keeping its first
        // best; the chunks' bests are then compared in feature order, so the result is
        // the first best feature however the work was split.
        let chunks = parallel ? min(d, 4 * ConcurrentLoop.coreCount) : 1
        let perChunk = ConcurrentLoop.map(chunks) { chunk -> Split in
            var best = Split()
            for f in (chunk * d / chunks)..<((chunk + 1) * d / chunks) {
                let split = bestSplit(f, current, histogram)
                if split.gain > best.gain { best = split }
            }
            return best
        }
        var best = Split()
        for split in perChunk where split.gain > best.gain { best = split }
        node.split = best
    }

    /// The best threshold of feature `f`: scan its bins left to right, with scikit-learn's
    /// constraints (each side keeps `minSamplesLeaf` samples and `minHessianToSplit`).
    ///
    /// The gain's two fractions are put over one denominator, and a candidate is
    /// compared with the best so far by cross-multiplying, so the scan divides only
    /// when it finds a better split.
    private func bestSplit(_ f: Int, _ node: Node, _ histogram: GradientHistogram) -> Split {
        let start = layout.offsets[f], bins = layout.offsets[f + 1] - start
        let sums = histogram.sums + start, counts = histogram.counts + start
        let lossOfNode = node.gradient * node.value
        let shift = limits.l2Regularization + 1e-15
        var best = Split()
        // gain = loss(node) − loss(L) − loss(R), with loss = G·w* = −G²/(H + λ), so
        // gain > 0 ⇔ G_L²/(H_L + λ) + G_R²/(H_R + λ) > −loss(node).
        var bestFraction = -lossOfNode
        // (G_L, H_L) in one vector: one addition per bin on the loop's critical path.
        var sumLeft = SIMD2<Double>.zero
        var countLeft = 0
        let n = node.count
        for bin in 0..<max(bins - 1, 0) {
            // An empty bin moves nothing: its split is the previous one, which was
            // already scored (scikit-learn scores it again and keeps the first).
            if counts[bin] == 0 && bin > 0 { continue }
            countLeft += Int(counts[bin])
            sumLeft += sums[bin]
            let gradientLeft = sumLeft.x, hessianLeft = sumLeft.y
            let countRight = n - countLeft
            let gradientRight = node.gradient - gradientLeft, hessianRight = node.hessian - hessianLeft
            if countLeft < limits.minSamplesLeaf { continue }
            if countRight < limits.minSamplesLeaf { break }
            if hessianLeft < limits.minHessianToSplit { continue }
            if hessianRight < limits.minHessianToSplit { break }
            let left = hessianLeft + shift, right = hessianRight + shift
            let numerator = gradientLeft * gradientLeft * right + gradientRight * gradientRight * left
            let denominator = left * right
            if numerator > bestFraction * denominator {
                bestFraction = numerator / denominator
                best = Split(
                    gain: lossOfNode + bestFraction, feature: f, bin: bin, gradientLeft: gradientLeft,
                    hessianLeft: hessianLeft, countLeft: countLeft)
            }
        }
        return best
    }
}
