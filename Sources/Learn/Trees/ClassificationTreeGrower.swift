import Engine

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Grows one classification tree by recursive binary splitting (Breiman, Friedman,
/// Olshen & Stone, *Classification and Regression Trees*, 1984), depth first with an
/// explicit stack, on binned features (see ``FeatureBinning``).
///
/// At each node it tries features in a random order and keeps the split that most
/// lowers the size-weighted impurity of the children. Random forests try only
/// `maxFeatures` of them (Breiman, 2001); the order in which they are drawn, the
/// bookkeeping of features already known to be constant in a node, and the rule that
/// keeps drawing until one non-constant feature has been seen are scikit-learn's, so
/// that the two build trees from the same distribution.
///
/// Used by ``DecisionTreeClassifier`` and ``RandomForestClassifier``.
struct ClassificationTreeGrower {
    let binning: FeatureBinning
    /// The class of every training sample, in `0..<classCount`.
    let labels: [Int32]
    let classCount: Int
    let criterion: SplitCriterion
    let maxDepth: Int
    let minSamplesSplit: Int
    let minSamplesLeaf: Int
    let maxFeatures: Int
    /// Whether to spread the features of large nodes over the cores (for a lone tree;
    /// a forest grows its trees in parallel instead).
    let parallel: Bool

    /// A node waiting on the stack: its samples are `order[start..<end]`.
    private struct Task {
        var start: Int, end: Int, depth: Int
        var parent: Int, isLeft: Bool
        /// Features known to be constant here (from an ancestor): `constantFeatures[..<n]`.
        var knownConstants: Int
    }

    /// Grows a tree on `samples` (indices of training rows; a bootstrap sample repeats
    /// some), drawing the feature order from `generator`.
    func grow(samples: [Int32], generator: inout SeededGenerator) -> TreeStructure {
        var tree = TreeStructure(outputWidth: classCount)
        var order = samples
        let n = order.count
        let d = binning.columns
        let k = classCount
        var features = (0..<d).map(Int32.init)
        var constantFeatures = features
        let xLogX: [Double]? = criterion == .entropy
            ? (0...n).map { $0 == 0 ? 0 : Double($0) * log(Double($0)) } : nil
        let inverse = (0...n).map { $0 == 0 ? 0 : 1 / Double($0) }
        var nodeLabels = [Int32](repeating: 0, count: n)
        var nodeCounts = [Int](repeating: 0, count: k)
        let histogram = ClassHistogram(classCount: k, sampleCapacity: n)
        // The codes of a small node, gathered row by row into a column-major block.
        let blockLimit = min(n, Self.blockSampleLimit(features: d))
        var block = [UInt8](repeating: 0, count: blockLimit * d)
        var stack = [Task(start: 0, end: n, depth: 0, parent: -1, isLeft: true, knownConstants: 0)]

        while let task = stack.popLast() {
            let m = task.end - task.start
            for c in 0..<k { nodeCounts[c] = 0 }
            for i in 0..<m {
                let label = labels[Int(order[task.start + i])]
                nodeLabels[i] = label
                nodeCounts[Int(label)] += 1
            }
            let impurity = criterion.impurity(nodeCounts)
            let node = tree.appendNode(
                impurity: impurity, sampleCount: Double(m),
                value: nodeCounts.map { Double($0) / Double(m) })
            if task.parent >= 0 { tree.setChild(node, of: task.parent, isLeft: task.isLeft) }

            let isLeaf = task.depth >= maxDepth || m < minSamplesSplit || m < 2 * minSamplesLeaf
                || impurity <= Double.ulpOfOne
            if isLeaf { continue }
            let useBlock = m <= blockLimit
            let rowMajor = maxFeatures < d
            if useBlock { gatherBlock(&block, order[task.start..<task.end], rowMajor: rowMajor) }
            let (split, constants) = order.withUnsafeBufferPointer { order in
                nodeLabels.withUnsafeBufferPointer { labels in
                    nodeCounts.withUnsafeBufferPointer { counts in
                        block.withUnsafeBufferPointer { block in
                            binning.codes.withUnsafeBufferPointer { codes in
                                xLogX.withOptionalPointer { xLogX in inverse.withUnsafeBufferPointer { inverse in
                                    let context = NodeContext(
                                        samples: UnsafeBufferPointer(rebasing: order[task.start..<task.end]),
                                        labels: labels.baseAddress!, counts: counts.baseAddress!,
                                        tables: SplitTables(xLogX: xLogX, inverse: inverse.baseAddress!),
                                        block: useBlock ? block.baseAddress : nil, rowMajor: rowMajor,
                                        columns: codes.baseAddress!, rows: binning.rows, features: d)
                                    return chooseSplit(
                                        context, knownConstants: task.knownConstants, features: &features,
                                        constantFeatures: &constantFeatures, histogram: histogram,
                                        generator: &generator)
                                } }
                            }
                        }
                    }
                }
            }
            guard split.proxy > -.infinity else { continue }
            let middle = partition(&order, task.start..<task.end, feature: split.feature, bin: split.leftBin)
            tree.setSplit(
                node, feature: split.feature,
                threshold: binning.threshold(feature: split.feature, leftBin: split.leftBin, rightBin: split.rightBin))
            stack.append(Task(
                start: middle, end: task.end, depth: task.depth + 1, parent: node, isLeft: false,
                knownConstants: constants))
            stack.append(Task(
                start: task.start, end: middle, depth: task.depth + 1, parent: node, isLeft: true,
                knownConstants: constants))
        }
        return tree
    }

    /// What split finding reads about the node being split.
    struct NodeContext {
        /// The node's samples, as indices of training rows.
        let samples: UnsafeBufferPointer<Int32>
        let labels: UnsafePointer<Int32>
        let counts: UnsafePointer<Int>
        let tables: SplitTables
        /// The node's codes when it is small enough to gather: `block[f * m + i]`, or
        /// `block[i * d + f]` when `rowMajor`.
        let block: UnsafePointer<UInt8>?
        let rowMajor: Bool
        /// All codes, column-major, with `rows` per column.
        let columns: UnsafePointer<UInt8>
        let rows: Int

        let features: Int

        /// Feature `f`'s codes for the node's samples, and the stride between them.
        func codes(_ f: Int, scratch: UnsafeMutablePointer<UInt8>) -> (UnsafePointer<UInt8>, Int) {
            let m = samples.count
            if let block { return rowMajor ? (block + f, features) : (block + f * m, 1) }
            let column = columns + f * rows
            for i in 0..<m { scratch[i] = column[Int(samples[i])] }
            return (UnsafePointer(scratch), 1)
        }
    }

    /// The largest node whose codes are gathered into a block (about 1 MB of them): past
    /// that, a node touches most of each column's cache lines anyway.
    static func blockSampleLimit(features: Int) -> Int { max(64, (1 << 20) / max(features, 1)) }

    /// Copies the rows of `samples` into `block`: transposed, feature by feature, when
    /// every feature will be read (a lone tree), else row by row, a plain copy each (a
    /// forest reads a few features per node).
    private func gatherBlock(_ block: inout [UInt8], _ samples: ArraySlice<Int32>, rowMajor: Bool) {
        let m = samples.count, d = binning.columns
        binning.rowCodes.withUnsafeBufferPointer { rows in
            block.withUnsafeMutableBufferPointer { block in
                for (i, sample) in samples.enumerated() {
                    let row = rows.baseAddress! + Int(sample) * d
                    if rowMajor {
                        (block.baseAddress! + i * d).update(from: row, count: d)
                    } else {
                        for f in 0..<d { block[f * m + i] = row[f] }
                    }
                }
            }
        }
    }

    /// Evaluates one feature of the node.
    private func evaluate(_ f: Int, _ node: NodeContext, _ histogram: ClassHistogram) -> FeatureSplit {
        let (codes, stride) = node.codes(f, scratch: histogram.gathered)
        var split = histogram.bestSplit(
            codes: codes, stride: stride, count: node.samples.count,
            labels: node.labels, nodeCounts: node.counts, minSamplesLeaf: minSamplesLeaf,
            tables: node.tables)
        split.feature = f
        return split
    }

    /// The best split over the features drawn for this node, and the number of
    /// features known to be constant for its children.
    ///
    /// `features` is a permutation of all features whose first `knownConstants` entries
    /// are the features constant in an ancestor (the same as `constantFeatures`'
    /// first entries). Features are drawn by a lazy Fisher–Yates shuffle of the rest;
    /// a feature found constant here joins the known ones for the children.
    private func chooseSplit(
        _ node: NodeContext, knownConstants: Int, features: inout [Int32],
        constantFeatures: inout [Int32], histogram: ClassHistogram,
        generator: inout SeededGenerator
    ) -> (FeatureSplit, Int) {
        let d = features.count
        var best = FeatureSplit()
        var found = 0
        if maxFeatures >= d {
            (best, found) = evaluateAll(
                node, knownConstants: knownConstants, features: &features, histogram: histogram,
                generator: &generator)
        } else {
            var unvisited = d, visited = 0, drawnConstants = 0
            while unvisited > knownConstants + found
                && (visited < maxFeatures || visited <= found + drawnConstants)
            {
                visited += 1
                var j = generator.int(in: drawnConstants..<(unvisited - found))
                if j < knownConstants {
                    features.swapAt(drawnConstants, j)
                    drawnConstants += 1
                    continue
                }
                j += found
                let split = evaluate(Int(features[j]), node, histogram)
                if split.isConstant {
                    features.swapAt(knownConstants + found, j)
                    found += 1
                    continue
                }
                unvisited -= 1
                features.swapAt(unvisited, j)
                if split.proxy > best.proxy { best = split }
            }
        }
        // The known constants keep their order for the siblings; the new ones follow.
        for i in 0..<knownConstants { features[i] = constantFeatures[i] }
        for i in knownConstants..<(knownConstants + found) { constantFeatures[i] = features[i] }
        return (best, knownConstants + found)
    }

    /// Every feature not known to be constant, in a random order, spread over the cores
    /// for large nodes; ties go to the feature drawn first. Moves the features found
    /// constant to just after the known ones and returns how many there were.
    private func evaluateAll(
        _ node: NodeContext, knownConstants: Int, features: inout [Int32],
        histogram: ClassHistogram, generator: inout SeededGenerator
    ) -> (FeatureSplit, Int) {
        var candidates = Array(features[knownConstants...])
        generator.shuffle(&candidates)
        let splits: [FeatureSplit]
        let work = node.samples.count * candidates.count
        if parallel && work >= 1 << 18 && ConcurrentLoop.coreCount > 1 {
            let chunks = min(candidates.count, 8 * ConcurrentLoop.coreCount)
            let perChunk = ConcurrentLoop.map(chunks) { chunk -> [FeatureSplit] in
                let scratch = ClassHistogram(classCount: classCount, sampleCapacity: node.samples.count)
                let range = (chunk * candidates.count / chunks)..<((chunk + 1) * candidates.count / chunks)
                return range.map { evaluate(Int(candidates[$0]), node, scratch) }
            }
            splits = perChunk.flatMap { $0 }
        } else {
            splits = candidates.map { evaluate(Int($0), node, histogram) }
        }
        var best = FeatureSplit()
        var constants: [Int32] = [], others: [Int32] = []
        for (feature, split) in zip(candidates, splits) {
            if split.isConstant { constants.append(feature); continue }
            others.append(feature)
            if split.proxy > best.proxy { best = split }
        }
        features.replaceSubrange(knownConstants..., with: constants + others)
        return (best, constants.count)
    }

    /// Reorders `order[range]` so that the samples whose `feature` bin is at most `bin`
    /// come first, and returns where the others start.
    private func partition(_ order: inout [Int32], _ range: Range<Int>, feature: Int, bin: Int) -> Int {
        binning.codes.withUnsafeBufferPointer { codes in
            let column = codes.baseAddress! + feature * binning.rows
            return order.withUnsafeMutableBufferPointer { order in
                var i = range.lowerBound, j = range.upperBound - 1
                while i <= j {
                    if Int(column[Int(order[i])]) <= bin {
                        i += 1
                    } else {
                        order.swapAt(i, j)
                        j -= 1
                    }
                }
                return i
            }
        }
    }
}

fileprivate extension Optional where Wrapped == [Double] {
    /// Calls `body` with a pointer to the array's elements, or `nil`.
    func withOptionalPointer<R>(_ body: (UnsafePointer<Double>?) -> R) -> R {
        switch self {
        case .none: return body(nil)
        case let .some(array): return array.withUnsafeBufferPointer { body($0.baseAddress) }
        }
    }
}
