import Datasets
import Engine
import Learn
import Testing
import TestSupport

@Suite struct ModelSelectionTests {
    @Test func trainTestSplitIsADisjointCoverAndKeepsClassShares() throws {
        let labels = (0..<100).map { $0 < 80 ? 0 : 1 }
        let split = try trainTestSplit(count: 100, testFraction: 0.25, seed: 4, stratifiedBy: labels)
        #expect(split.test.count == 25 && split.train.count == 75)
        #expect(Set(split.train).isDisjoint(with: split.test) && Set(split.train + split.test).count == 100)
        #expect(split.test.filter { labels[$0] == 1 }.count == 5)
        #expect(try trainTestSplit(count: 100, seed: 4) == (try trainTestSplit(count: 100, seed: 4)))
    }

    @Test func kFoldUsesEveryRowForTestingExactlyOnce() throws {
        let splits = try KFold(folds: 3, shuffle: true, seed: 1).splits(count: 10)
        #expect(splits.map(\.test.count) == [4, 3, 3])
        #expect(splits.flatMap(\.test).sorted() == Array(0..<10))
        for split in splits { #expect(Set(split.train).isDisjoint(with: split.test)) }
    }

    @Test func stratifiedFoldsHoldEachClassInProportion() throws {
        let labels = (0..<60).map { $0 % 3 == 0 ? 1 : 0 }  // 20 of class 1, 40 of class 0
        let splits = try StratifiedKFold(folds: 5, shuffle: true, seed: 3).splits(labels: labels)
        for split in splits {
            #expect(split.test.count == 12)
            #expect(split.test.filter { labels[$0] == 1 }.count == 4)
        }
        expectLearnError("folds = 5 is larger than the largest class (2 samples)") {
            _ = try StratifiedKFold(folds: 5).splits(labels: [0, 1, 0, 1])
        }
    }

    @Test func aPipelineStandardisesWithTheTrainingFoldOnly() throws {
        let penguins = LearnFixture.shared.penguins
        let (x, labels) = try PalmerPenguins.classification()
        let xTrain = x.gathering(penguins.train), yTrain = penguins.train.map { labels[$0] }
        let xTest = x.gathering(penguins.test), yTest = penguins.test.map { labels[$0] }
        let pipeline = try Pipeline(StandardScaler(), KNearestNeighborsClassifier(neighbors: 5)).fit(xTrain, yTrain)
        expectAgreement(pipeline.transformer.mean.scalars, penguins.scalerMean.values, tolerance: 1e-12, "scaler mean")
        expectAgreement(pipeline.transformer.scale.scalars, penguins.scalerScale.values, tolerance: 1e-12, "scaler scale")
        let predicted = try pipeline.predict(xTest)
        #expect(Swift.abs(try accuracy(yTest, predicted) - penguins.knnAccuracy) <= 0.01)
        let logistic = try Pipeline(StandardScaler(), LogisticRegression(maxIterations: 1000, tolerance: 1e-10))
            .fit(xTrain, yTrain)
        expectAgreement(logistic.estimator.coefficients.scalars, penguins.logisticCoefficients.values, "penguin coefficients")
        expectAgreement(logistic.estimator.intercepts.scalars, penguins.logisticIntercepts.values, "penguin intercepts")
        #expect(Swift.abs(try accuracy(yTest, try logistic.predict(xTest)) - penguins.logisticAccuracy) <= 0.01)
    }

    @Test func crossValidationScoresEveryFold() throws {
        let (x, labels) = try PalmerPenguins.classification()
        let splits = try StratifiedKFold(folds: 5, shuffle: true, seed: 0).splits(labels: labels)
        let scores = try crossValidationScores(
            Pipeline(StandardScaler(), LogisticRegression()), x, labels, splits: splits)
        #expect(scores.count == 5 && scores.allSatisfy { $0 > 0.9 })
        let y: Tensor<Double> = x[.all, 3]
        let features: Tensor<Double> = x[.all, 0..<3]
        let r2 = try crossValidationScores(Ridge(alpha: 1), features, y, splits: try KFold(folds: 4, shuffle: true).splits(count: y.count))
        #expect(r2.allSatisfy { $0 > 0.5 })
    }
}
