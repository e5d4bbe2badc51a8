import Engine
import Foundation
import Learn
import TestSupport
import Testing

@Suite struct GradientBoostingTests {
    let fixtures = TreeFixtures.shared

    @Test func multiclassPredictsAsScikitLearn() throws {
        let data = fixtures.classification
        let reference = fixtures.boosting_multiclass
        let model = try GradientBoostingClassifier(
            iterations: reference.iterations, learningRate: reference.learning_rate,
            maxLeafNodes: reference.max_leaf_nodes, minSamplesLeaf: reference.min_samples_leaf
        ).fit(data.xTrain, data.labelsTrain)
        let predicted = try model.predict(data.xTest)
        let ours = try accuracy(data.labelsTest, predicted)
        #expect(abs(ours - reference.accuracy!) <= 0.01, "\(ours) vs \(reference.accuracy!)")
        // The same algorithm on the same bins: the first round's trees are the same
        // (below), and later rounds part only where rounding decides between
        // near-equal splits, so nearly every prediction agrees.
        let agreement = TreeFixtures.agreement(predicted, reference.predictions!.map { Int($0) })
        #expect(agreement >= 0.95, "agreement \(agreement)")
        for (k, leaves) in reference.first_round_leaves!.enumerated() {
            let tree = model.ensemble.trees[0][k]
            let ours = (0..<tree.nodeCount).filter { tree.leftChild[$0] < 0 }.map { tree.values[$0] }.sorted()
            #expect(isClose(ours, leaves, relativeTolerance: 1e-6, absoluteTolerance: 1e-9), "first tree of class \(k)")
        }
        #expect(model.ensemble.trees.count == reference.iterations)
        #expect(model.ensemble.trees[0].count == 3)
    }

    @Test func binaryUsesTheLogisticLossAsScikitLearn() throws {
        let data = fixtures.classification
        let reference = fixtures.boosting_binary
        let train = data.labelsTrain.indices.filter { data.labelsTrain[$0] < 2 }
        let test = data.labelsTest.indices.filter { data.labelsTest[$0] < 2 }
        let model = try GradientBoostingClassifier(iterations: reference.iterations)
            .fit(data.xTrain.gathering(train), train.map { data.labelsTrain[$0] })
        let predicted = try model.predict(data.xTest.gathering(test))
        let ours = try accuracy(test.map { data.labelsTest[$0] }, predicted)
        #expect(abs(ours - reference.accuracy!) <= 0.01, "\(ours) vs \(reference.accuracy!)")
        #expect(TreeFixtures.agreement(predicted, reference.predictions!.map { Int($0) }) >= 0.95)
        #expect(model.ensemble.trees[0].count == 1)
        let p = try model.predictProbabilities(data.xTest.gathering(test))
        let score = try model.decisionFunction(data.xTest.gathering(test))
        #expect(abs(p[0, 1] - 1 / (1 + Foundation.exp(-score[0]))) < 1e-12)
    }

    @Test func regressionMatchesScikitLearn() throws {
        let data = fixtures.regression
        let reference = fixtures.boosting_regression
        let model = try GradientBoostingRegressor(iterations: reference.iterations).fit(data.xTrain, data.targetsTrain)
        let predicted = try model.predict(data.xTest)
        let r2 = try r2Score(data.targetsTest, predicted)
        #expect(abs(r2 - reference.r2!) <= 0.005, "R² \(r2) vs \(reference.r2!)")
        let difference = zip(predicted.scalars, reference.predictions!).map { abs($0 - $1) }.reduce(0, +)
            / Double(predicted.count)
        #expect(difference < 0.02, "mean |difference| of predictions \(difference)")
    }

    @Test(.enabled(if: TreeFixtures.fashionAvailable))
    func fashionMNISTAccuracyMatchesScikitLearn() throws {
        let reference = fixtures.fashion
        let (x, labels) = try TreeFixtures.fashion(.train, rows: reference.train_rows)
        let (xTest, labelsTest) = try TreeFixtures.fashion(.test, rows: reference.test_rows)
        let model = try GradientBoostingClassifier(iterations: reference.boosting.iterations).fit(x, labels)
        let ours = try accuracy(labelsTest, model.predict(xTest))
        #expect(abs(ours - reference.boosting.accuracy!) <= 0.01, "\(ours) vs \(reference.boosting.accuracy!)")
    }

    @Test func moreRoundsFitTheTrainingSetBetter() throws {
        let data = fixtures.regression
        let model = try GradientBoostingRegressor(iterations: 50).fit(data.xTrain, data.targetsTrain)
        let errors = try [1, 10, 50].map { rounds in
            try meanSquaredError(data.targetsTrain, model.predict(data.xTrain, iterations: rounds))
        }
        #expect(errors[0] > errors[1] && errors[1] > errors[2])
        // Round 0 is the baseline, the mean target.
        let baseline = try model.predict(data.xTrain, iterations: 0)
        #expect(abs(baseline[0] - data.targetsTrain.mean().scalar) < 1e-12)
    }

    @Test func leafValuesShrinkWithL2Regularization() throws {
        let x = try Tensor<Double>([[0], [1], [2], [3]])
        let y = Tensor<Double>([0, 0, 10, 10])
        let plain = try GradientBoostingRegressor(iterations: 1, learningRate: 1, minSamplesLeaf: 1).fit(x, y)
        let penalised = try GradientBoostingRegressor(
            iterations: 1, learningRate: 1, minSamplesLeaf: 1, l2Regularization: 2).fit(x, y)
        // One split at 1.5; leaves −G/(H + λ) around the mean 5: ±10/2 and ±10/4.
        #expect(isClose(try plain.predict(x).scalars, [0, 0, 10, 10], absoluteTolerance: 1e-12))
        #expect(isClose(try penalised.predict(x).scalars, [2.5, 2.5, 7.5, 7.5], absoluteTolerance: 1e-12))
    }

    @Test func rejectsBadInputWithAClearMessage() throws {
        let x = try Tensor<Double>([[1, 2], [3, 4], [5, 6]])
        #expect(throws: LearnError("GradientBoostingClassifier.fit", "needs at least two classes, but every label is 0")) {
            try GradientBoostingClassifier().fit(x, [0, 0, 0])
        }
        #expect(throws: LearnError("GradientBoostingClassifier.fit", "learningRate must be positive and finite, not 0.0")) {
            try GradientBoostingClassifier(learningRate: 0).fit(x, [0, 1, 0])
        }
        #expect(throws: LearnError("GradientBoostingRegressor.fit", "x has 3 rows but y has 2")) {
            try GradientBoostingRegressor().fit(x, Tensor<Double>([1, 2]))
        }
        #expect(throws: LearnError("GradientBoostingRegressor.fit", "y holds nan at flat index 1; remove or impute it first")) {
            try GradientBoostingRegressor().fit(x, Tensor<Double>([1, .nan, 2]))
        }
        #expect(throws: LearnError("GradientBoostingRegressor.fit", "maxBins must be in 2...255, not 256")) {
            try GradientBoostingRegressor(maxBins: 256).fit(x, Tensor<Double>([1, 2, 3]))
        }
        let model = try GradientBoostingRegressor(iterations: 2).fit(x, Tensor<Double>([1, 2, 3]))
        #expect(throws: LearnError("GradientBoostingRegressor.predict", "the model was fitted on 2 features but x has 1")) {
            try model.predict(try Tensor<Double>([[1]]))
        }
        #expect(!(GradientBoostingClassifier() is any FittedClassifier))
        #expect(!(GradientBoostingRegressor() is any FittedRegressor))
    }
}
