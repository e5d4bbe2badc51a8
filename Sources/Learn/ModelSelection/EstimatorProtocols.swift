import Engine

// The estimator contract of scikit-learn, in Swift's types (Buitinck et al., "API design
// for machine learning software: experiences from the scikit-learn project", 2013):
// hyperparameters are set when an estimator is made, `fit` learns from data and returns
// a *fitted* value that alone can predict or transform. An unfitted model has no
// `predict`, so "predict before fit" is a compile-time error, not a runtime one.
//
// The protocols let model selection (cross-validation, pipelines) treat every
// estimator alike; each estimator also has its own richer API.

/// An estimator that learns to predict a class label in `0..<classes` from features.
///
/// ```swift
/// let model = try KNearestNeighborsClassifier(neighbors: 5).fit(x, labels)
/// let predicted = try model.predict(xTest)
/// ```
public protocol Classifier: Sendable {
    associatedtype Fitted: FittedClassifier
    /// Learns from `x` (`[samples, features]`) and one label per row.
    func fit(_ x: Tensor<Double>, _ labels: [Int]) throws(LearnError) -> Fitted
}

/// A fitted classifier: predicts one label per row.
public protocol FittedClassifier: Sendable {
    /// The label of each row of `x`.
    func predict(_ x: Tensor<Double>) throws(LearnError) -> [Int]
}

/// An estimator that learns to predict a real number from features.
///
/// ```swift
/// let model = try Ridge(alpha: 1).fit(x, y)
/// print(try model.predict(xTest))
/// ```
public protocol Regressor: Sendable {
    associatedtype Fitted: FittedRegressor
    /// Learns from `x` (`[samples, features]`) and one target per row.
    func fit(_ x: Tensor<Double>, _ y: Tensor<Double>) throws(LearnError) -> Fitted
}

/// A fitted regressor: predicts one number per row.
public protocol FittedRegressor: Sendable {
    /// The prediction for each row of `x`, a vector `[samples]`.
    func predict(_ x: Tensor<Double>) throws(LearnError) -> Tensor<Double>
}

/// An estimator that learns a change of features from data alone (a scaler, PCA).
///
/// ```swift
/// let scaler = try StandardScaler().fit(xTrain)
/// let scaled = try scaler.transform(xTest)
/// ```
public protocol Transformer: Sendable {
    associatedtype Fitted: FittedTransformer
    /// Learns the transformation from `x` (`[samples, features]`).
    func fit(_ x: Tensor<Double>) throws(LearnError) -> Fitted
}

/// A fitted transformation of features.
public protocol FittedTransformer: Sendable {
    /// `x` transformed, one row per row of `x`.
    func transform(_ x: Tensor<Double>) throws(LearnError) -> Tensor<Double>
}
