import Engine
import Learn
import Testing

@Suite struct RandomForestClassifierTests {
    let fixtures = TreeFixtures.shared

    @Test func accuracyAndOutOfBagScoreMatchScikitLearnOverSeeds() throws {
        let data = fixtures.classification
        let reference = fixtures.forest
        var accuracies: [Double] = [], scores: [Double] = []
        for seed in 0..<UInt64(3) {
            let forest = try RandomForestClassifier(treeCount: reference.trees, outOfBagScore: true, seed: seed)
                .fit(data.xTrain, data.labelsTrain)
            accuracies.append(try accuracy(data.labelsTest, forest.predict(data.xTest)))
            scores.append(forest.outOfBagScore!)
        }
        let ours = TreeFixtures.mean(accuracies), theirs = TreeFixtures.mean(reference.accuracies)
        #expect(abs(ours - theirs) <= 0.01, "accuracy \(ours) vs \(theirs)")
        let oob = TreeFixtures.mean(scores), theirOOB = TreeFixtures.mean(reference.oob_scores)
        #expect(abs(oob - theirOOB) <= 0.01, "out-of-bag score \(oob) vs \(theirOOB)")
    }

    @Test(.enabled(if: TreeFixtures.fashionAvailable))
    func fashionMNISTAccuracyMatchesScikitLearn() throws {
        let reference = fixtures.fashion
        let (x, labels) = try TreeFixtures.fashion(.train, rows: reference.train_rows)
        let (xTest, labelsTest) = try TreeFixtures.fashion(.test, rows: reference.test_rows)
        let accuracies = try (0..<UInt64(reference.forest.accuracies.count)).map { seed in
            try accuracy(labelsTest, RandomForestClassifier(seed: seed).fit(x, labels).predict(xTest))
        }
        let ours = TreeFixtures.mean(accuracies), theirs = TreeFixtures.mean(reference.forest.accuracies)
        #expect(abs(ours - theirs) <= 0.01, "\(ours) vs \(theirs)")
    }

    @Test func theSameSeedGivesTheSameForest() throws {
        let data = fixtures.classification
        let a = try RandomForestClassifier(treeCount: 8, seed: 3).fit(data.xTrain, data.labelsTrain)
        let b = try RandomForestClassifier(treeCount: 8, seed: 3).fit(data.xTrain, data.labelsTrain)
        let c = try RandomForestClassifier(treeCount: 8, seed: 4).fit(data.xTrain, data.labelsTrain)
        #expect(try a.predictProbabilities(data.xTest) == b.predictProbabilities(data.xTest))
        #expect(try a.predictProbabilities(data.xTest) != c.predictProbabilities(data.xTest))
    }

    @Test func beatsASingleTree() throws {
        let data = fixtures.classification
        let tree = try DecisionTreeClassifier().fit(data.xTrain, data.labelsTrain)
        let forest = try RandomForestClassifier(treeCount: 50).fit(data.xTrain, data.labelsTrain)
        let treeAccuracy = try accuracy(data.labelsTest, tree.predict(data.xTest))
        let forestAccuracy = try accuracy(data.labelsTest, forest.predict(data.xTest))
        #expect(forestAccuracy > treeAccuracy + 0.03)
        let p = try forest.predictProbabilities(data.xTest)
        for row in 0..<5 { #expect(abs(p[row, 0] + p[row, 1] + p[row, 2] - 1) < 1e-12) }
        #expect(abs(forest.featureImportances.reduce(0, +) - 1) < 1e-12)
    }

    @Test func withoutBootstrapAndAllFeaturesEveryTreeIsTheSameSplitSearch() throws {
        // No bootstrap and every feature: the trees differ only in tie-breaking, so the
        // forest predicts as a single tree on nearly every point.
        let data = fixtures.classification
        let forest = try RandomForestClassifier(treeCount: 3, maxDepth: 5, maxFeatures: .all, bootstrap: false)
            .fit(data.xTrain, data.labelsTrain)
        let tree = try DecisionTreeClassifier(maxDepth: 5).fit(data.xTrain, data.labelsTrain)
        #expect(try forest.predict(data.xTest) == tree.predict(data.xTest))
    }

    @Test func rejectsBadInputWithAClearMessage() throws {
        let x = try Tensor<Double>([[1, 2], [3, 4], [5, 6]])
        #expect(throws: LearnError("RandomForestClassifier.fit", "treeCount must be at least 1, not 0")) {
            try RandomForestClassifier(treeCount: 0).fit(x, [0, 1, 0])
        }
        #expect(throws: LearnError("RandomForestClassifier.fit", "outOfBagScore needs bootstrap: without it no sample is out of bag")) {
            try RandomForestClassifier(bootstrap: false, outOfBagScore: true).fit(x, [0, 1, 0])
        }
        #expect(throws: LearnError("RandomForestClassifier.fit", "maxFeatures = 3 is larger than the number of features (2)")) {
            try RandomForestClassifier(maxFeatures: .count(3)).fit(x, [0, 1, 0])
        }
        #expect(throws: LearnError("RandomForestClassifier.fit", "x holds nan at flat index 2; remove or impute it first")) {
            try RandomForestClassifier().fit(try Tensor<Double>([[1, 2], [.nan, 4]]), [0, 1])
        }
        let forest = try RandomForestClassifier(treeCount: 2).fit(x, [0, 1, 0])
        #expect(throws: LearnError("RandomForestClassifier.predict", "x must be a matrix [samples, features], but has shape [2]")) {
            try forest.predict(Tensor<Double>([1, 2]))
        }
        #expect(!(RandomForestClassifier() is any FittedClassifier))
    }
}
