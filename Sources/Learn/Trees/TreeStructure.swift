/// The nodes of a fitted binary decision tree, stored as parallel arrays (as
/// scikit-learn's `tree_`): node 0 is the root, and node `i` either splits on
/// `feature[i]` — samples with `x[feature] ≤ threshold[i]` go to `leftChild[i]`, the
/// others to `rightChild[i]` — or is a leaf (`leftChild[i] == -1`) holding an output.
///
/// Nodes are numbered depth first, left before right. Each node keeps `outputWidth`
/// numbers: the class proportions of its training samples for a classification tree,
/// the leaf value for a boosted regression tree.
///
/// ```swift
/// let tree = try DecisionTreeClassifier(maxDepth: 2).fit(x, labels).tree
/// print(tree.nodeCount, tree.depth, tree.feature[0], tree.threshold[0])
/// ```
public struct TreeStructure: Sendable {
    /// The left child of each node, `-1` for a leaf.
    public internal(set) var leftChild: [Int32] = []
    /// The right child of each node, `-1` for a leaf.
    public internal(set) var rightChild: [Int32] = []
    /// The feature each split node tests (`-1` for a leaf).
    public internal(set) var feature: [Int32] = []
    /// The threshold each split node compares with (`x ≤ threshold` goes left).
    public internal(set) var threshold: [Double] = []
    /// The impurity of each node's training samples (0 when not tracked).
    public internal(set) var impurity: [Double] = []
    /// The (weighted) number of training samples that reached each node.
    public internal(set) var sampleCount: [Double] = []
    /// `outputWidth` numbers per node, row-major `[nodeCount, outputWidth]`.
    public internal(set) var values: [Double] = []
    /// How many numbers each node holds.
    public let outputWidth: Int
    /// The split of each node in one record, so that following a path reads one cache
    /// line per node instead of four arrays. A leaf points to itself (and `x ≤ +∞`
    /// always holds), so a walk may take more steps than its path without leaving it.
    private var packed: [PackedNode] = []
    /// Each node's depth, and the largest.
    private var nodeDepth: [Int32] = []
    private var deepest = 0

    private struct PackedNode {
        var threshold: Double
        var feature: Int32
        var left: Int32
        var right: Int32
    }

    init(outputWidth: Int) {
        self.outputWidth = outputWidth
    }

    /// The number of nodes, splits and leaves together.
    public var nodeCount: Int { leftChild.count }

    /// The number of leaves.
    public var leafCount: Int { leftChild.reduce(0) { $0 + ($1 < 0 ? 1 : 0) } }

    /// The length of the longest path from the root to a leaf (0 for a lone root).
    public var depth: Int {
        var depths = [Int](repeating: 0, count: nodeCount)
        var deepest = 0
        // Children always come after their parent, so one pass in order suffices.
        for node in 0..<nodeCount where leftChild[node] >= 0 {
            let d = depths[node] + 1
            depths[Int(leftChild[node])] = d
            depths[Int(rightChild[node])] = d
            deepest = max(deepest, d)
        }
        return deepest
    }

    /// The numbers node `node` holds (class proportions, or a leaf's score), indexed
    /// from 0.
    public func value(ofNode node: Int) -> [Double] {
        Array(values[node * outputWidth..<(node + 1) * outputWidth])
    }

    /// Appends a node and returns its index; children are set later by ``setChildren``.
    mutating func appendNode(impurity: Double, sampleCount: Double, value: [Double]) -> Int {
        leftChild.append(-1)
        rightChild.append(-1)
        feature.append(-1)
        threshold.append(0)
        self.impurity.append(impurity)
        self.sampleCount.append(sampleCount)
        values.append(contentsOf: value)
        let index = Int32(leftChild.count - 1)
        packed.append(PackedNode(threshold: .infinity, feature: 0, left: index, right: index))
        nodeDepth.append(0)
        return leftChild.count - 1
    }

    /// Makes `node` a split on `feature` at `threshold`.
    mutating func setSplit(_ node: Int, feature: Int, threshold: Double) {
        self.feature[node] = Int32(feature)
        self.threshold[node] = threshold
        packed[node].feature = Int32(feature)
        packed[node].threshold = threshold
    }

    /// Links `child` under `parent`, on the left or the right.
    mutating func setChild(_ child: Int, of parent: Int, isLeft: Bool) {
        if isLeft { leftChild[parent] = Int32(child) } else { rightChild[parent] = Int32(child) }
        if isLeft { packed[parent].left = Int32(child) } else { packed[parent].right = Int32(child) }
        nodeDepth[child] = nodeDepth[parent] + 1
        deepest = max(deepest, Int(nodeDepth[child]))
    }

    /// Scales every node's values by `factor` (the learning rate of a boosted tree).
    mutating func scaleValues(by factor: Double) {
        for i in values.indices { values[i] *= factor }
    }

    /// The leaf that the features `row` (one sample) fall into.
    func leaf(_ row: UnsafePointer<Double>) -> Int {
        packed.withUnsafeBufferPointer { Self.leaf(row, $0) }
    }

    @inline(__always)
    private static func leaf(_ row: UnsafePointer<Double>, _ nodes: UnsafeBufferPointer<PackedNode>) -> Int {
        var node = 0
        while true {
            let split = nodes[node]
            let next = Int(row[Int(split.feature)] <= split.threshold ? split.left : split.right)
            if next == node { return node }
            node = next
        }
    }

    /// The leaf each row of the row-major `rows × columns` matrix `x` falls into.
    func leaves(_ x: UnsafeBufferPointer<Double>, rows: Int, columns: Int) -> [Int32] {
        [Int32](unsafeUninitializedCapacity: rows) { output, count in
            packed.withUnsafeBufferPointer { nodes in
                for row in 0..<rows { output[row] = Int32(Self.leaf(x.baseAddress! + row * columns, nodes)) }
            }
            count = rows
        }
    }

    /// Adds `scale` times the leaf values for each row of `x` to the row-major
    /// `[rows, outputWidth]` accumulator `sums` (the forest's vote and the booster's
    /// raw score are both such sums).
    func accumulate(
        _ x: UnsafeBufferPointer<Double>, rows: Int, columns: Int, scale: Double = 1,
        into sums: UnsafeMutableBufferPointer<Double>
    ) {
        let width = outputWidth, steps = deepest
        packed.withUnsafeBufferPointer { nodes in
            values.withUnsafeBufferPointer { values in
                var row = 0
                // Four rows walk down together, `depth` steps each (a leaf steps onto
                // itself): four independent chains of loads, whose cache misses overlap.
                while row + 4 <= rows {
                    let x0 = x.baseAddress! + row * columns, x1 = x0 + columns
                    let x2 = x1 + columns, x3 = x2 + columns
                    var n0 = 0, n1 = 0, n2 = 0, n3 = 0
                    for _ in 0..<steps {
                        let s0 = nodes[n0], s1 = nodes[n1], s2 = nodes[n2], s3 = nodes[n3]
                        n0 = Int(x0[Int(s0.feature)] <= s0.threshold ? s0.left : s0.right)
                        n1 = Int(x1[Int(s1.feature)] <= s1.threshold ? s1.left : s1.right)
                        n2 = Int(x2[Int(s2.feature)] <= s2.threshold ? s2.left : s2.right)
                        n3 = Int(x3[Int(s3.feature)] <= s3.threshold ? s3.left : s3.right)
                    }
                    for (r, leaf) in [n0, n1, n2, n3].enumerated() {
                        let output = (row + r) * width
                        for k in 0..<width { sums[output + k] += scale * values[leaf * width + k] }
                    }
                    row += 4
                }
                while row < rows {
                    let leaf = Self.leaf(x.baseAddress! + row * columns, nodes) * width
                    for k in 0..<width { sums[row * width + k] += scale * values[leaf + k] }
                    row += 1
                }
            }
        }
    }

    /// The importance of each feature: the total decrease of weighted impurity over the
    /// splits that use it, `n_t·I(t) − n_L·I(L) − n_R·I(R)`, normalised to sum 1
    /// (Breiman et al., 1984, "mean decrease in impurity"); all zero for a lone leaf.
    func featureImportances(featureCount: Int) -> [Double] {
        var importances = [Double](repeating: 0, count: featureCount)
        for node in 0..<nodeCount where leftChild[node] >= 0 {
            let l = Int(leftChild[node]), r = Int(rightChild[node])
            importances[Int(feature[node])] += sampleCount[node] * impurity[node]
                - sampleCount[l] * impurity[l] - sampleCount[r] * impurity[r]
        }
        let total = importances.reduce(0, +)
        return total > 0 ? importances.map { $0 / total } : importances
    }
}
