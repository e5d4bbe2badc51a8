import Engine

/// A random forest (Breiman, "Random forests", *Machine Learning* 45, 2001): many
/// classification trees, each grown to full depth on a bootstrap sample of the
/// training set and trying only a random subset of the features at each split; the
/// forest predicts the class with the highest mean leaf probability. As scikit-learn's
/// `RandomForestClassifier`.
///
/// Bagging (Breiman, 1996) averages away much of a deep tree's variance, and the
/// feature subsets (`maxFeatures`, `√d` by default) decorrelate the trees so that the
/// average removes more of it. A sample is *out of bag* for the roughly
/// `(1 − 1/n)ⁿ ≈ 37 %` of the trees whose bootstrap sample missed it; their vote on it
/// is a free estimate of the test accuracy (``FittedRandomForestClassifier/outOfBagScore``).
///
/// The features are binned once for all trees (see ``FeatureBinning``), and the trees
/// are grown in parallel on every core. Each tree draws from its own generator, seeded
/// from `seed` in tree order, so the forest is the same whatever the number of cores.
///
/// ```swift
/// let forest = try RandomForestClassifier(treeCount: 100, outOfBagScore: true, seed: 0).fit(x, labels)
/// print(forest.outOfBagScore!, try accuracy(labelsTest, forest.predict(xTest)))
/// ```
public struct RandomForestClassifier: Classifier {
    /// The number of trees.
    public var treeCount: Int
    /// The impurity each tree's splits lower.
    public var criterion: SplitCriterion
    /// The deepest a leaf may be (`nil`: grow until pure).
    public var maxDepth: Int?
    /// A node with fewer samples is not split.
    public var minSamplesSplit: Int
    /// Each child of a split keeps at least this many samples.
    public var minSamplesLeaf: Int
    /// The features tried at each split.
    public var maxFeatures: MaxFeatures
    /// Whether each tree sees a bootstrap sample (`n` draws with replacement) rather
    /// than the whole training set.
    public var bootstrap: Bool
    /// Whether to compute the out-of-bag accuracy (needs `bootstrap`).
    public var outOfBagScore: Bool
    /// Seeds the bootstrap samples and feature draws.
    public var seed: UInt64

    public init(
        treeCount: Int = 100, criterion: SplitCriterion = .gini, maxDepth: Int? = nil,
        minSamplesSplit: Int = 2, minSamplesLeaf: Int = 1, maxFeatures: MaxFeatures = .sqrt,
        bootstrap: Bool = true, outOfBagScore: Bool = false, seed: UInt64 = 0
    ) {
        self.treeCount = treeCount
        self.criterion = criterion
        self.maxDepth = maxDepth
        self.minSamplesSplit = minSamplesSplit
        self.minSamplesLeaf = minSamplesLeaf
        self.maxFeatures = maxFeatures
        self.bootstrap = bootstrap
        self.outOfBagScore = outOfBagScore
        self.seed = seed
    }

    /// Grows the trees on `x` (`[samples, features]`) and labels in `0..<classes`.
    public func fit(_ x: Tensor<Double>, _ labels: [Int]) throws(LearnError) -> FittedRandomForestClassifier {
        let operation = "RandomForestClassifier.fit"
        let (n, d, classCount, encoded) = try TreeInput.classification(x, labels, in: operation)
        try TreeInput.atLeast(treeCount, 1, "treeCount", in: operation)
        guard !outOfBagScore || bootstrap else {
            throw LearnError(operation, "outOfBagScore needs bootstrap: without it no sample is out of bag")
        }
        let tree = DecisionTreeClassifier(
            criterion: criterion, maxDepth: maxDepth, minSamplesSplit: minSamplesSplit,
            minSamplesLeaf: minSamplesLeaf, maxFeatures: maxFeatures)
        let binning = FeatureBinning(x.scalars, rows: n, columns: d, maxBins: 256)
        let grower = try tree.makeGrower(binning, encoded, classCount, parallel: false, in: operation)
        var master = SeededGenerator(seed: seed)
        let seeds = (0..<treeCount).map { _ in master.next() }
        let grown = ConcurrentLoop.map(treeCount) { t -> (TreeStructure, [UInt8]) in
            var generator = SeededGenerator(seed: seeds[t])
            guard bootstrap else {
                return (grower.grow(samples: (0..<n).map(Int32.init), generator: &generator), [])
            }
            var drawn = [UInt8](repeating: 0, count: n)
            let samples = (0..<n).map { _ in
                let i = generator.int(in: 0..<n)
                drawn[i] = 1
                return Int32(i)
            }
            return (grower.grow(samples: samples, generator: &generator), drawn)
        }
        let trees = grown.map(\.0)
        let score = outOfBagScore
            ? Self.outOfBagAccuracy(trees, inBag: grown.map(\.1), x, encoded, classCount) : nil
        return FittedRandomForestClassifier(
            trees: trees, classCount: classCount, featureCount: d, outOfBagScore: score)
    }

    /// The accuracy of the vote of the trees that did not see each sample, over the
    /// samples that at least one tree left out.
    static func outOfBagAccuracy(
        _ trees: [TreeStructure], inBag: [[UInt8]], _ x: Tensor<Double>, _ labels: [Int32], _ classCount: Int
    ) -> Double {
        let n = labels.count, d = x.shape[1]
        let chunks = min(n, 16 * ConcurrentLoop.coreCount)
        let perChunk = x.withUnsafeBufferPointer { x in
            ConcurrentLoop.map(chunks) { chunk -> (correct: Int, voted: Int) in
                var correct = 0, voted = 0
                var sums = [Double](repeating: 0, count: classCount)
                for i in (chunk * n / chunks)..<((chunk + 1) * n / chunks) {
                    for k in 0..<classCount { sums[k] = 0 }
                    var votes = 0
                    for (tree, bag) in zip(trees, inBag) where bag[i] == 0 {
                        let leaf = tree.leaf(x.baseAddress! + i * d) * classCount
                        for k in 0..<classCount { sums[k] += tree.values[leaf + k] }
                        votes += 1
                    }
                    guard votes > 0 else { continue }
                    voted += 1
                    let predicted = sums.withUnsafeBufferPointer { TreeInput.argmax($0, start: 0, count: classCount) }
                    if predicted == Int(labels[i]) { correct += 1 }
                }
                return (correct, voted)
            }
        }
        let voted = perChunk.reduce(0) { $0 + $1.voted }
        return voted > 0 ? Double(perChunk.reduce(0) { $0 + $1.correct }) / Double(voted) : .nan
    }
}

/// A fitted ``RandomForestClassifier``.
public struct FittedRandomForestClassifier: FittedClassifier {
    /// The trees; each node holds the class proportions of the training samples (with
    /// their bootstrap multiplicities) that reached it.
    public let trees: [TreeStructure]
    /// The number of classes (the largest training label plus one).
    public let classCount: Int
    /// The number of features the forest was grown on.
    public let featureCount: Int
    /// The out-of-bag accuracy, when requested.
    public let outOfBagScore: Double?

    /// The mean over the trees of each feature's normalised decrease in impurity.
    public var featureImportances: [Double] {
        var total = [Double](repeating: 0, count: featureCount)
        for tree in trees {
            for (f, importance) in tree.featureImportances(featureCount: featureCount).enumerated() {
                total[f] += importance
            }
        }
        let sum = total.reduce(0, +)
        return sum > 0 ? total.map { $0 / sum } : total
    }

    /// The mean over the trees of the class proportions of the leaf each row of `x`
    /// falls into, `[samples, classes]`.
    public func predictProbabilities(_ x: Tensor<Double>) throws(LearnError) -> Tensor<Double> {
        try InputValidation.features(x, columns: featureCount, in: "RandomForestClassifier.predictProbabilities")
        return probabilities(x)
    }

    /// The class with the highest mean probability for each row of `x`.
    public func predict(_ x: Tensor<Double>) throws(LearnError) -> [Int] {
        try InputValidation.features(x, columns: featureCount, in: "RandomForestClassifier.predict")
        let p = probabilities(x)
        let k = classCount
        return p.withUnsafeBufferPointer { p in
            (0..<x.shape[0]).map { TreeInput.argmax(p, start: $0 * k, count: k) }
        }
    }

    /// Rows are split into chunks predicted on every core, small enough (32 rows) that
    /// a chunk's features stay in cache while every tree visits them.
    private func probabilities(_ x: Tensor<Double>) -> Tensor<Double> {
        let n = x.shape[0], d = featureCount, k = classCount
        let chunks = (n + 31) / 32
        return Tensor(unsafeUninitializedShape: [n, k]) { output in
            output.initialize(repeating: 0)
            let shared = UncheckedSendable(output)
            x.withUnsafeBufferPointer { x in
                ConcurrentLoop.forEach(chunks) { chunk in
                    let rows = (chunk * n / chunks)..<((chunk + 1) * n / chunks)
                    let slice = UnsafeMutableBufferPointer(rebasing: shared.value[rows.lowerBound * k..<rows.upperBound * k])
                    let input = UnsafeBufferPointer(rebasing: x[rows.lowerBound * d..<rows.upperBound * d])
                    for tree in trees {
                        tree.accumulate(input, rows: rows.count, columns: d, scale: 1 / Double(trees.count), into: slice)
                    }
                }
            }
        }
    }
}
