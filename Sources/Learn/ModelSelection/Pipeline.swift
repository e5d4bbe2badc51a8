import Engine

/// A transformer followed by an estimator, fitted together: `fit` fits the transformer
/// on the training data, transforms it, and fits the estimator on the result; `predict`
/// transforms new data with the *fitted* transformer first. Inside cross-validation this
/// keeps the test fold out of, say, the standardisation's means — the leakage a manual
/// `StandardScaler().fit(allData)` would cause (Hastie et al., *ESL* §7.10.2). As
/// scikit-learn's `Pipeline` of two steps.
///
/// ```swift
/// let model = try Pipeline(StandardScaler(), KNearestNeighborsClassifier(neighbors: 5)).fit(x, labels)
/// let predicted = try model.predict(xTest)
/// ```
public struct Pipeline<First: Transformer, Last: Sendable>: Sendable {
    public var transformer: First
    public var estimator: Last

    public init(_ transformer: First, _ estimator: Last) {
        self.transformer = transformer
        self.estimator = estimator
    }
}

/// A fitted ``Pipeline``: the fitted transformer and the fitted estimator.
public struct FittedPipeline<Transform: FittedTransformer, Model: Sendable>: Sendable {
    public let transformer: Transform
    public let estimator: Model
}

extension Pipeline: Classifier where Last: Classifier {
    public func fit(_ x: Tensor<Double>, _ labels: [Int]) throws(LearnError) -> FittedPipeline<First.Fitted, Last.Fitted> {
        let fittedTransformer = try transformer.fit(x)
        return FittedPipeline(transformer: fittedTransformer, estimator: try estimator.fit(fittedTransformer.transform(x), labels))
    }
}

extension Pipeline: Regressor where Last: Regressor {
    public func fit(_ x: Tensor<Double>, _ y: Tensor<Double>) throws(LearnError) -> FittedPipeline<First.Fitted, Last.Fitted> {
        let fittedTransformer = try transformer.fit(x)
        return FittedPipeline(transformer: fittedTransformer, estimator: try estimator.fit(fittedTransformer.transform(x), y))
    }
}

extension FittedPipeline: FittedClassifier where Model: FittedClassifier {
    public func predict(_ x: Tensor<Double>) throws(LearnError) -> [Int] {
        try estimator.predict(transformer.transform(x))
    }
}

extension FittedPipeline: FittedRegressor where Model: FittedRegressor {
    public func predict(_ x: Tensor<Double>) throws(LearnError) -> Tensor<Double> {
        try estimator.predict(transformer.transform(x))
    }
}
