import Datasets
import Engine
import Learn
import Testing

@Suite struct DecisionTreeClassifierTests {
    let fixtures = TreeFixtures.shared

    @Test func shallowTreesPredictAsScikitLearn() throws {
        let data = fixtures.classification
        for reference in fixtures.trees where reference.max_depth != nil {
            let model = try DecisionTreeClassifier(
                criterion: SplitCriterion(rawValue: reference.criterion)!, maxDepth: reference.max_depth,
                minSamplesLeaf: reference.min_samples_leaf
            ).fit(data.xTrain, data.labelsTrain)
            let predicted = try model.predict(data.xTest)
            let what = "\(reference.criterion), depth \(reference.max_depth!)"
            // As well as scikit-learn's own trees for other seeds agree (ties), or 99 %.
            let expected = min(0.99, reference.seed_agreement! - 0.005)
            #expect(TreeFixtures.agreement(predicted, reference.predictions!) >= expected, "\(what)")
            let ours = try accuracy(data.labelsTest, predicted)
            #expect(abs(ours - reference.accuracies[0]) <= 0.01, "\(what): \(ours) vs \(reference.accuracies[0])")
            #expect(model.tree.leafCount == reference.leaves[0], "\(what)")
        }
    }

    @Test func fullTreesMatchScikitLearnAccuracyOverSeeds() throws {
        // Unlimited trees break ties between equally good splits by their random
        // feature order, which is not scikit-learn's: compare means over ten seeds.
        let data = fixtures.classification
        for reference in fixtures.trees where reference.max_depth == nil {
            var accuracies: [Double] = [], leaves: [Double] = []
            for seed in 0..<UInt64(reference.accuracies.count) {
                let model = try DecisionTreeClassifier(
                    criterion: SplitCriterion(rawValue: reference.criterion)!, seed: seed
                ).fit(data.xTrain, data.labelsTrain)
                accuracies.append(try accuracy(data.labelsTest, model.predict(data.xTest)))
                leaves.append(Double(model.tree.leafCount))
            }
            let ours = TreeFixtures.mean(accuracies), theirs = TreeFixtures.mean(reference.accuracies)
            #expect(abs(ours - theirs) <= 0.01, "\(reference.criterion): \(ours) vs \(theirs)")
            let theirLeaves = TreeFixtures.mean(reference.leaves.map(Double.init))
            #expect(abs(TreeFixtures.mean(leaves) / theirLeaves - 1) <= 0.05, "\(reference.criterion) leaves")
        }
    }

    @Test(.enabled(if: TreeFixtures.fashionAvailable))
    func fashionMNISTAccuracyMatchesScikitLearn() throws {
        let reference = fixtures.fashion
        let (x, labels) = try TreeFixtures.fashion(.train, rows: reference.train_rows)
        let (xTest, labelsTest) = try TreeFixtures.fashion(.test, rows: reference.test_rows)
        let accuracies = try (0..<UInt64(reference.tree_accuracies.count)).map { seed in
            try accuracy(labelsTest, DecisionTreeClassifier(seed: seed).fit(x, labels).predict(xTest))
        }
        let ours = TreeFixtures.mean(accuracies), theirs = TreeFixtures.mean(reference.tree_accuracies)
        #expect(abs(ours - theirs) <= 0.01, "\(ours) vs \(theirs)")
    }

    @Test func separatesXORWithTwoLevels() throws {
        let x = try Tensor<Double>([[0, 0], [0, 1], [1, 0], [1, 1], [0, 0], [1, 1]])
        let labels = [0, 1, 1, 0, 0, 0]
        let model = try DecisionTreeClassifier(maxDepth: 2).fit(x, labels)
        #expect(try model.predict(x) == labels)
        #expect(model.tree.depth == 2)
    }

    @Test func aPureSetIsOneLeaf() throws {
        let model = try DecisionTreeClassifier().fit(try Tensor<Double>([[1], [2], [3]]), [2, 2, 2])
        #expect(model.tree.nodeCount == 1)
        #expect(model.classCount == 3)
        #expect(try model.predict(try Tensor<Double>([[10]])) == [2])
    }

    @Test func respectsDepthAndLeafSizes() throws {
        let data = fixtures.classification
        let model = try DecisionTreeClassifier(maxDepth: 4, minSamplesLeaf: 30).fit(data.xTrain, data.labelsTrain)
        #expect(model.tree.depth <= 4)
        let tree = model.tree
        for node in 0..<tree.nodeCount where tree.leftChild[node] < 0 {
            #expect(tree.sampleCount[node] >= 30)
        }
    }

    @Test func thresholdsLieMidwayBetweenTrainingValues() throws {
        let x = try Tensor<Double>([[1], [2], [4], [8]])
        let model = try DecisionTreeClassifier().fit(x, [0, 0, 1, 1])
        #expect(model.tree.threshold[0] == 3)
    }

    @Test func probabilitiesAreLeafProportionsAndImportancesSumToOne() throws {
        let x = try Tensor<Double>([[0, 5], [0, 6], [1, 5], [1, 6]])
        let model = try DecisionTreeClassifier(maxDepth: 1).fit(x, [0, 1, 1, 1])
        let p = try model.predictProbabilities(try Tensor<Double>([[0, 5], [1, 5]]))
        #expect(p.scalars == [0.5, 0.5, 0, 1])
        let leaf = model.tree.nodeCount - 1
        #expect(model.tree.value(ofNode: leaf)[0] == model.tree.values[leaf * 2])
        #expect(abs(model.featureImportances.reduce(0, +) - 1) < 1e-12)
    }

    @Test func entropyAndGiniAgreeOnAnEasySplit() throws {
        let x = try Tensor<Double>([[0], [1], [2], [10], [11], [12]])
        let labels = [0, 0, 0, 1, 1, 1]
        for criterion in SplitCriterion.allCases {
            let model = try DecisionTreeClassifier(criterion: criterion).fit(x, labels)
            #expect(model.tree.threshold[0] == 6)
            #expect(model.tree.nodeCount == 3)
        }
        #expect(SplitCriterion.gini.impurity([5, 5]) == 0.5)
        #expect(SplitCriterion.entropy.impurity([5, 5]) == 1)
    }

    @Test func rejectsBadInputWithAClearMessage() throws {
        let tree = DecisionTreeClassifier()
        #expect(throws: LearnError("DecisionTreeClassifier.fit", "x must be a matrix [samples, features], but has shape [3]")) {
            try tree.fit(Tensor<Double>([1, 2, 3]), [0, 1, 0])
        }
        #expect(throws: LearnError("DecisionTreeClassifier.fit", "x has 2 rows but there are 3 labels")) {
            try tree.fit(try Tensor<Double>([[1], [2]]), [0, 1, 0])
        }
        #expect(throws: LearnError("DecisionTreeClassifier.fit", "x holds nan at flat index 1; remove or impute it first")) {
            try tree.fit(try Tensor<Double>([[1], [.nan]]), [0, 1])
        }
        #expect(throws: LearnError("DecisionTreeClassifier.fit", "label -1 is outside non-negative")) {
            try tree.fit(try Tensor<Double>([[1], [2]]), [0, -1])
        }
        #expect(throws: LearnError("DecisionTreeClassifier.fit", "maxDepth must be at least 1, not 0")) {
            try DecisionTreeClassifier(maxDepth: 0).fit(try Tensor<Double>([[1], [2]]), [0, 1])
        }
        #expect(throws: LearnError("DecisionTreeClassifier.fit", "minSamplesSplit must be at least 2, not 1")) {
            try DecisionTreeClassifier(minSamplesSplit: 1).fit(try Tensor<Double>([[1], [2]]), [0, 1])
        }
        let model = try tree.fit(try Tensor<Double>([[1, 2], [3, 4]]), [0, 1])
        #expect(throws: LearnError("DecisionTreeClassifier.predict", "the model was fitted on 2 features but x has 3")) {
            try model.predict(try Tensor<Double>([[1, 2, 3]]))
        }
        #expect(throws: LearnError("DecisionTreeClassifier.predict", "x holds inf at flat index 0; remove or impute it first")) {
            try model.predict(try Tensor<Double>([[.infinity, 2]]))
        }
        // Only a fitted tree predicts: the estimator itself has no `predict`.
        #expect(!(tree is any FittedClassifier))
    }
}
