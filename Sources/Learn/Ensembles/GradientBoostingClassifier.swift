import Engine

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Gradient-boosted trees for classification (Friedman, 2001), grown with second-order
/// gains on histograms (Chen & Guestrin, "XGBoost", 2016; Ke et al., "LightGBM", 2017):
/// scikit-learn's `HistGradientBoostingClassifier`, without early stopping.
///
/// Two classes use the logistic loss and one score per sample, `P(y = 1) = σ(F(x))`;
/// `K > 2` classes use the multinomial loss with one score and one tree per class and
/// iteration, `P(y = k) = softmax(F(x))_k`. Each tree fits the loss's gradient and
/// hessian at the current scores (see ``BoostedTreeGrower``), and only
/// `learningRate` of its values is added: shrinkage trades more trees for less
/// overfitting (Friedman, 2001, §5). Features are binned into at most `maxBins` bins.
///
/// ```swift
/// let model = try GradientBoostingClassifier(iterations: 100).fit(x, labels)
/// print(try accuracy(labelsTest, model.predict(xTest)))
/// ```
public struct GradientBoostingClassifier: Classifier {
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
    /// `λ`, the L2 penalty on leaf values: `w* = −G/(H + λ)`.
    public var l2Regularization: Double
    /// The most bins a feature is cut into (2…255; one more is kept free as
    /// scikit-learn keeps it for missing values).
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

    /// Boosts trees on `x` (`[samples, features]`) and labels in `0..<classes` (at least two).
    public func fit(_ x: Tensor<Double>, _ labels: [Int]) throws(LearnError) -> FittedGradientBoostingClassifier {
        let operation = "GradientBoostingClassifier.fit"
        let (_, _, classCount, _) = try TreeInput.classification(x, labels, in: operation)
        guard classCount >= 2 else {
            throw LearnError(operation, "needs at least two classes, but every label is 0")
        }
        let limits = try GradientBoostingRegressor.checkedLimits(
            iterations: iterations, learningRate: learningRate, maxLeafNodes: maxLeafNodes,
            maxDepth: maxDepth, minSamplesLeaf: minSamplesLeaf, l2Regularization: l2Regularization,
            maxBins: maxBins, in: operation)
        let loss: BoostingLoss = classCount == 2 ? .logistic : .multinomial(classes: classCount)
        let ensemble = BoostedEnsemble.fit(
            x, targets: labels.map(Double.init), loss: loss, iterations: iterations,
            learningRate: learningRate, limits: limits, maxBins: maxBins)
        return FittedGradientBoostingClassifier(ensemble: ensemble, classCount: classCount)
    }
}

/// A fitted ``GradientBoostingClassifier``.
public struct FittedGradientBoostingClassifier: FittedClassifier {
    /// The baseline scores and the trees.
    public let ensemble: BoostedEnsemble
    /// The number of classes (the largest training label plus one).
    public let classCount: Int

    /// The raw scores `F(x)`: `[samples]` log-odds of class 1 for two classes, else
    /// `[samples, classes]`.
    public func decisionFunction(_ x: Tensor<Double>) throws(LearnError) -> Tensor<Double> {
        try InputValidation.features(x, columns: ensemble.featureCount, in: "GradientBoostingClassifier.decisionFunction")
        let scores = ensemble.rawScores(x)
        let shape = classCount == 2 ? [x.shape[0]] : [x.shape[0], classCount]
        return try! Tensor(shape: shape, scalars: scores)
    }

    /// Class probabilities `[samples, classes]`: `σ(F)` for two classes, `softmax(F)` else.
    public func predictProbabilities(_ x: Tensor<Double>) throws(LearnError) -> Tensor<Double> {
        try InputValidation.features(x, columns: ensemble.featureCount, in: "GradientBoostingClassifier.predictProbabilities")
        return try! Tensor(shape: [x.shape[0], classCount], scalars: probabilities(ensemble.rawScores(x)))
    }

    /// The most probable class of each row of `x`.
    public func predict(_ x: Tensor<Double>) throws(LearnError) -> [Int] {
        try InputValidation.features(x, columns: ensemble.featureCount, in: "GradientBoostingClassifier.predict")
        let scores = ensemble.rawScores(x)
        if classCount == 2 { return scores.map { $0 > 0 ? 1 : 0 } }
        return scores.withUnsafeBufferPointer { scores in
            (0..<x.shape[0]).map { TreeInput.argmax(scores, start: $0 * classCount, count: classCount) }
        }
    }

    private func probabilities(_ scores: [Double]) -> [Double] {
        if classCount == 2 {
            return scores.flatMap { score in
                let p = BoostingLoss.sigmoid(score)
                return [1 - p, p]
            }
        }
        var p = scores
        for row in 0..<(scores.count / classCount) {
            let range = row * classCount..<(row + 1) * classCount
            let largest = scores[range].max()!
            var sum = 0.0
            for i in range {
                p[i] = exp(scores[i] - largest)
                sum += p[i]
            }
            for i in range { p[i] /= sum }
        }
        return p
    }
}
