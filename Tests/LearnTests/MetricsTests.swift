import Engine
import Learn
import Testing
import TestSupport

@Suite struct MetricsTests {
    let data = LearnFixture.shared.metrics

    @Test func binaryScoresMatchScikitLearn() throws {
        let (t, p) = (data.binaryTruth, data.binaryPredicted)
        expectAgreement(
            [try accuracy(t, p), try precision(t, p), try recall(t, p), try f1Score(t, p)],
            [data.accuracy, data.precision, data.recall, data.f1], tolerance: 1e-15, "accuracy, precision, recall, F1")
        expectAgreement([try logLoss(truth: t, probabilities: data.scores.values)], [data.logLoss], tolerance: 1e-14, "log-loss")
    }

    @Test func rocCurveAndAreaMatchScikitLearn() throws {
        let roc = try ROCCurve(truth: data.binaryTruth, scores: data.scores.values)
        expectAgreement(roc.falsePositiveRates, data.rocFalsePositiveRates.values, tolerance: 1e-15, "FPR")
        expectAgreement(roc.truePositiveRates, data.rocTruePositiveRates.values, tolerance: 1e-15, "TPR")
        #expect(roc.thresholds.first == .infinity)
        expectAgreement(Array(roc.thresholds.dropFirst()), Array(data.rocThresholds.values.dropFirst()), tolerance: 0, "thresholds")
        let full = try ROCCurve(truth: data.binaryTruth, scores: data.scores.values, dropIntermediate: false)
        expectAgreement(full.falsePositiveRates, data.rocAllFalsePositiveRates.values, tolerance: 1e-15, "all FPR")
        expectAgreement(full.truePositiveRates, data.rocAllTruePositiveRates.values, tolerance: 1e-15, "all TPR")
        // The area is the probability that a positive outscores a negative.
        expectAgreement([try areaUnderROC(truth: data.binaryTruth, scores: data.scores.values)], [data.auroc], tolerance: 1e-14, "AUROC")
        expectAgreement([roc.area], [data.auroc], tolerance: 1e-14, "trapezoid area")
    }

    @Test func multiclassScoresMatchScikitLearn() throws {
        let (t, p) = (data.multiTruth, data.multiPredicted)
        #expect(try ConfusionMatrix(t, p).counts == data.confusionMatrix)
        let scores = try ClassScores(t, p)
        expectAgreement(scores.precision, data.perClassPrecision.values, tolerance: 1e-15, "precision")
        expectAgreement(scores.recall, data.perClassRecall.values, tolerance: 1e-15, "recall")
        expectAgreement(scores.f1, data.perClassF1.values, tolerance: 1e-15, "F1")
        #expect(scores.support == data.support)
        expectAgreement([try f1Score(t, p, average: .macro), try f1Score(t, p, average: .weighted)],
                        [data.macroF1, data.weightedF1], tolerance: 1e-15, "averaged F1")
    }

    @Test func regressionScoresMatchScikitLearn() throws {
        let (y, yHat): (Tensor<Double>, Tensor<Double>) = (data.regressionTruth.tensor(), data.regressionPredicted.tensor())
        expectAgreement(
            [try r2Score(y, yHat), try meanSquaredError(y, yHat), try meanAbsoluteError(y, yHat)],
            [data.r2, data.meanSquaredError, data.meanAbsoluteError], tolerance: 1e-14, "R², MSE, MAE")
    }

    @Test func confusionMatrixPrintsAsATable() throws {
        let matrix = try ConfusionMatrix([0, 1, 1, 2], [0, 1, 2, 2])
        #expect(matrix.description == """
            true \\ predicted   0   1   2
                           0   1   0   0
                           1   0   1   1
                           2   0   0   1
            """)
        #expect(matrix.accuracy == 0.75)
    }

    @Test func rejectsMismatchedOrOneClassInput() {
        expectLearnError("accuracy: 3 true labels but 2 predictions") { _ = try accuracy([0, 1, 1], [0, 1]) }
        expectLearnError("needs both positive and negative samples") { _ = try areaUnderROC(truth: [1, 1], scores: [0.2, 0.3]) }
        expectLearnError("r2Score: 2 true values but 3 predictions") { _ = try r2Score(Tensor([1, 2]), Tensor([1, 2, 3])) }
    }
}
