import Engine

/// A classification tree: recursive binary splits chosen to make the children as pure
/// as possible, by Gini impurity or entropy (Breiman, Friedman, Olshen & Stone,
/// *Classification and Regression Trees*, 1984; Quinlan, "Induction of decision trees",
/// 1986). As scikit-learn's `DecisionTreeClassifier`.
///
/// A node of `n` samples with class counts `c_k` has impurity `I = 1 − Σ_k (c_k/n)²`
/// (Gini) or `−Σ_k (c_k/n) log₂(c_k/n)` (entropy). Among all features and thresholds
/// the tree keeps the split minimising `n_L·I(L) + n_R·I(R)`, and grows until a node is
/// pure, reaches `maxDepth`, or has fewer than `minSamplesSplit` samples; a split must
/// leave at least `minSamplesLeaf` samples on each side. A leaf predicts the class
/// proportions of its training samples.
///
/// Split finding runs on binned features (see ``FeatureBinning``): per node and feature
/// it counts classes per bin and scans the bins once, instead of sorting. For a feature
/// with at most 256 distinct values (pixels, counts, categories) this is exactly the
/// search over all thresholds; a feature with more is split only at its 255 quantile
/// edges. Thresholds lie midway between neighbouring training values, as
/// scikit-learn's. Features are tried in a random order drawn from `seed`, which only
/// decides between equally good splits.
///
/// ```swift
/// let tree = try DecisionTreeClassifier(criterion: .entropy, maxDepth: 4).fit(x, labels)
/// let predicted = try tree.predict(xTest)
/// print(tree.tree.depth, tree.tree.leafCount, tree.featureImportances)
/// ```
public struct DecisionTreeClassifier: Classifier {
    /// The impurity a split lowers.
    public var criterion: SplitCriterion
    /// The deepest a leaf may be (`nil`: unlimited).
    public var maxDepth: Int?
    /// A node with fewer samples is not split (at least 2).
    public var minSamplesSplit: Int
    /// Each child of a split keeps at least this many samples (at least 1).
    public var minSamplesLeaf: Int
    /// The features tried at each split.
    public var maxFeatures: MaxFeatures
    /// Seeds the order in which features are tried (and which are, with `maxFeatures`).
    public var seed: UInt64

    public init(
        criterion: SplitCriterion = .gini, maxDepth: Int? = nil, minSamplesSplit: Int = 2,
        minSamplesLeaf: Int = 1, maxFeatures: MaxFeatures = .all, seed: UInt64 = 0
    ) {
        self.criterion = criterion
        self.maxDepth = maxDepth
        self.minSamplesSplit = minSamplesSplit
        self.minSamplesLeaf = minSamplesLeaf
        self.maxFeatures = maxFeatures
        self.seed = seed
    }

    /// Grows the tree on `x` (`[samples, features]`) and labels in `0..<classes`.
    public func fit(_ x: Tensor<Double>, _ labels: [Int]) throws(LearnError) -> FittedDecisionTreeClassifier {
        let operation = "DecisionTreeClassifier.fit"
        let (n, d, classCount, encoded) = try TreeInput.classification(x, labels, in: operation)
        let grower = try makeGrower(
            FeatureBinning(x.scalars, rows: n, columns: d, maxBins: 256), encoded, classCount,
            parallel: true, in: operation)
        var generator = SeededGenerator(seed: seed)
        let tree = grower.grow(samples: (0..<n).map(Int32.init), generator: &generator)
        return FittedDecisionTreeClassifier(tree: tree, classCount: classCount, featureCount: d)
    }

    /// Checks the hyperparameters and makes the grower (shared with the forest).
    func makeGrower(
        _ binning: FeatureBinning, _ labels: [Int32], _ classCount: Int, parallel: Bool,
        in operation: String
    ) throws(LearnError) -> ClassificationTreeGrower {
        if let maxDepth { try TreeInput.atLeast(maxDepth, 1, "maxDepth", in: operation) }
        try TreeInput.atLeast(minSamplesSplit, 2, "minSamplesSplit", in: operation)
        try TreeInput.atLeast(minSamplesLeaf, 1, "minSamplesLeaf", in: operation)
        return ClassificationTreeGrower(
            binning: binning, labels: labels, classCount: classCount, criterion: criterion,
            maxDepth: maxDepth ?? Int.max, minSamplesSplit: minSamplesSplit,
            minSamplesLeaf: minSamplesLeaf,
            maxFeatures: try maxFeatures.count(featureCount: binning.columns, in: operation),
            parallel: parallel)
    }
}

/// A fitted ``DecisionTreeClassifier``.
public struct FittedDecisionTreeClassifier: FittedClassifier {
    /// The nodes; each holds the class proportions of its training samples.
    public let tree: TreeStructure
    /// The number of classes (the largest training label plus one).
    public let classCount: Int
    /// The number of features the tree was grown on.
    public let featureCount: Int

    /// The mean decrease in impurity each feature brought, normalised to sum 1.
    public var featureImportances: [Double] { tree.featureImportances(featureCount: featureCount) }

    /// The class proportions of the leaf each row of `x` falls into, `[samples, classes]`.
    public func predictProbabilities(_ x: Tensor<Double>) throws(LearnError) -> Tensor<Double> {
        try InputValidation.features(x, columns: featureCount, in: "DecisionTreeClassifier.predictProbabilities")
        return Tensor(unsafeUninitializedShape: [x.shape[0], classCount]) { output in
            output.initialize(repeating: 0)
            x.withUnsafeBufferPointer { x in
                tree.accumulate(x, rows: output.count / classCount, columns: featureCount, into: output)
            }
        }
    }

    /// The most frequent training class of the leaf each row of `x` falls into.
    public func predict(_ x: Tensor<Double>) throws(LearnError) -> [Int] {
        try InputValidation.features(x, columns: featureCount, in: "DecisionTreeClassifier.predict")
        let rows = x.shape[0]
        let leaves = x.withUnsafeBufferPointer { tree.leaves($0, rows: rows, columns: featureCount) }
        return tree.values.withUnsafeBufferPointer { values in
            leaves.map { TreeInput.argmax(values, start: Int($0) * classCount, count: classCount) }
        }
    }
}
