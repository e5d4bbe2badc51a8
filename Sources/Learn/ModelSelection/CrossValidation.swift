import Engine

/// The score of a classifier on each fold of a cross-validation: fitted on the
/// training rows of the fold, scored on its test rows (by default by accuracy). Any
/// preprocessing inside `classifier` (a ``Pipeline``) is fitted on the training rows
/// only, so nothing leaks from the test fold.
///
/// ```swift
/// let model = Pipeline(StandardScaler(), LogisticRegression())
/// let splits = try StratifiedKFold(folds: 5, shuffle: true, seed: 0).splits(labels: y)
/// let scores = try crossValidationScores(model, x, y, splits: splits)
/// print(scores.reduce(0, +) / Double(scores.count))
/// ```
public func crossValidationScores<Model: Classifier>(
    _ classifier: Model, _ x: Tensor<Double>, _ labels: [Int], splits: [(train: [Int], test: [Int])],
    scoring: ([Int], [Int]) throws(LearnError) -> Double = { (t: [Int], p: [Int]) throws(LearnError) in try accuracy(t, p) }
) throws(LearnError) -> [Double] {
    let (n, _) = try InputValidation.matrix(x, "x", in: "crossValidationScores")
    try InputValidation.labels(labels, rows: n, in: "crossValidationScores")
    var scores: [Double] = []
    for (train, test) in splits {
        try checkSplit(train, test, rows: n)
        let model = try classifier.fit(x.gathering(train), train.map { labels[$0] })
        let predicted = try model.predict(x.gathering(test))
        scores.append(try scoring(test.map { labels[$0] }, predicted))
    }
    return scores
}

/// The score of a regressor on each fold (by default R²); see the classifier version.
public func crossValidationScores<Model: Regressor>(
    _ regressor: Model, _ x: Tensor<Double>, _ y: Tensor<Double>, splits: [(train: [Int], test: [Int])],
    scoring: (Tensor<Double>, Tensor<Double>) throws(LearnError) -> Double = {
        (t: Tensor<Double>, p: Tensor<Double>) throws(LearnError) in try r2Score(t, p)
    }
) throws(LearnError) -> [Double] {
    let (n, _) = try InputValidation.matrix(x, "x", in: "crossValidationScores")
    try InputValidation.targets(y, rows: n, in: "crossValidationScores")
    var scores: [Double] = []
    for (train, test) in splits {
        try checkSplit(train, test, rows: n)
        let model = try regressor.fit(x.gathering(train), y.gathering(train))
        scores.append(try scoring(y.gathering(test), try model.predict(x.gathering(test))))
    }
    return scores
}

private func checkSplit(_ train: [Int], _ test: [Int], rows: Int) throws(LearnError) {
    guard !train.isEmpty, !test.isEmpty else {
        throw LearnError("crossValidationScores", "a fold has an empty training or test set")
    }
    if let bad = (train + test).first(where: { $0 < 0 || $0 >= rows }) {
        throw LearnError("crossValidationScores", "row index \(bad) is outside 0..<\(rows)")
    }
}
