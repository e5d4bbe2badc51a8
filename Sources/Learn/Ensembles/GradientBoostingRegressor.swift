import Engine

/// Gradient-boosted trees for regression with the squared error `½(F − y)²`
/// (Friedman, 2001): each tree fits the residuals `y − F` of the trees before it, with
/// leaf values `−G/(H + λ)` = the mean residual of the leaf shrunk towards 0 when
/// `λ > 0`, and only `learningRate` of it is added. Grown on histograms with
/// second-order gains as ``GradientBoostingClassifier``: scikit-learn's
/// `HistGradientBoostingRegressor`, without early stopping.
///
/// ```swift
/// let model = try GradientBoostingRegressor(iterations: 200, learningRate: 0.05).fit(x, y)
/// print(try r2Score(yTest, model.predict(xTest)))
/// ```
public struct GradientBoostingRegressor: Regressor {
    /// The number of boosting rounds.
    public var iterations: Int
    /// The shrinkage `ν` applied to each tree.
    public var learningRate: Double
    /// The most leaves a tree may have (`nil`: unlimited).
    public var maxLeafNodes: Int?
    /// The deepest a leaf may be (`nil`: unlimited).
    public var maxDepth: Int?
    /// Each leaf keeps at least this many training samples.
    public var minSamplesLeaf: Int
    /// `λ`, the L2 penalty on leaf values.
    public var l2Regularization: Double
    /// The most bins a feature is cut into (2…255).
    public var maxBins: Int

    public init(
        iterations: Int = 100, learningRate: Double = 0.1, maxLeafNodes: Int? = 31, maxDepth: Int? = nil,
        minSamplesLeaf: Int = 20, l2Regularization: Double = 0, maxBins: Int = 255
    ) {
        self.iterations = iterations
        self.learningRate = learningRate
        self.maxLeafNodes = maxLeafNodes
        self.maxDepth = maxDepth
        self.minSamplesLeaf = minSamplesLeaf
        self.l2Regularization = l2Regularization
        self.maxBins = maxBins
    }

    /// Boosts trees on `x` (`[samples, features]`) and targets `y` (`[samples]`).
    public func fit(_ x: Tensor<Double>, _ y: Tensor<Double>) throws(LearnError) -> FittedGradientBoostingRegressor {
        let operation = "GradientBoostingRegressor.fit"
        let (n, _) = try InputValidation.matrix(x, "x", in: operation)
        try InputValidation.targets(y, rows: n, in: operation)
        let limits = try Self.checkedLimits(
            iterations: iterations, learningRate: learningRate, maxLeafNodes: maxLeafNodes,
            maxDepth: maxDepth, minSamplesLeaf: minSamplesLeaf, l2Regularization: l2Regularization,
            maxBins: maxBins, in: operation)
        return FittedGradientBoostingRegressor(ensemble: BoostedEnsemble.fit(
            x, targets: y.scalars, loss: .squaredError, iterations: iterations,
            learningRate: learningRate, limits: limits, maxBins: maxBins))
    }

    /// Checks the hyperparameters shared with the classifier and returns the tree limits.
    static func checkedLimits(
        iterations: Int, learningRate: Double, maxLeafNodes: Int?, maxDepth: Int?, minSamplesLeaf: Int,
        l2Regularization: Double, maxBins: Int, in operation: String
    ) throws(LearnError) -> BoostedTreeLimits {
        try TreeInput.atLeast(iterations, 1, "iterations", in: operation)
        try TreeInput.positive(learningRate, "learningRate", in: operation)
        if let maxLeafNodes { try TreeInput.atLeast(maxLeafNodes, 2, "maxLeafNodes", in: operation) }
        if let maxDepth { try TreeInput.atLeast(maxDepth, 1, "maxDepth", in: operation) }
        try TreeInput.atLeast(minSamplesLeaf, 1, "minSamplesLeaf", in: operation)
        guard l2Regularization >= 0, l2Regularization.isFinite else {
            throw LearnError(operation, "l2Regularization must be non-negative and finite, not \(l2Regularization)")
        }
        guard (2...255).contains(maxBins) else {
            throw LearnError(operation, "maxBins must be in 2...255, not \(maxBins)")
        }
        return BoostedTreeLimits(
            maxLeafNodes: maxLeafNodes, maxDepth: maxDepth, minSamplesLeaf: minSamplesLeaf,
            l2Regularization: l2Regularization)
    }
}

/// A fitted ``GradientBoostingRegressor``.
public struct FittedGradientBoostingRegressor: FittedRegressor {
    /// The baseline (the mean training target) and the trees.
    public let ensemble: BoostedEnsemble

    /// `F₀ + ν Σ_m f_m(x)` for each row of `x`, `[samples]`; after only the first
    /// `iterations` rounds when given, to watch the fit improve round by round.
    public func predict(_ x: Tensor<Double>, iterations: Int) throws(LearnError) -> Tensor<Double> {
        try InputValidation.features(x, columns: ensemble.featureCount, in: "GradientBoostingRegressor.predict")
        return Tensor(ensemble.rawScores(x, iterations: iterations))
    }

    public func predict(_ x: Tensor<Double>) throws(LearnError) -> Tensor<Double> {
        try predict(x, iterations: ensemble.trees.count)
    }
}
