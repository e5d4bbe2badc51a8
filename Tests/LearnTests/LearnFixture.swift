import Engine
import Foundation
import Learn
import Testing
import TestSupport

/// `Tests/Fixtures/learn-linear.json`, written by `Scripts/fixtures/learn_linear.py`
/// with scikit-learn 1.9.1: inputs and scikit-learn's results.
struct LearnFixture: Decodable {
    struct Linear: Decodable {
        struct Fit: Decodable {
            let coefficients: ReferenceTensor
            let intercept: Double?
            let alpha: Double?
            let l1Ratio: Double?
            let r2: Double?
        }
        struct Path: Decodable {
            let l1Ratio: Double, eps: Double, count: Int
            let alphas: ReferenceTensor, coefficients: ReferenceTensor
        }
        let x: ReferenceTensor, y: ReferenceTensor
        let linearRegression: Fit, ridge: Fit, ridgeNoIntercept: Fit, lasso: Fit, elasticNet: Fit
        let paths: [Path]
    }
    struct Logistic: Decodable {
        struct Case: Decodable {
            let x: ReferenceTensor
            let labels: [Int]
            let C: Double
            let coefficients: ReferenceTensor
            let intercept: Double?
            let intercepts: ReferenceTensor?
            let probabilities: ReferenceTensor
        }
        let binary: Case, multinomial: Case
    }
    struct PCAFixture: Decodable {
        let x: ReferenceTensor
        let components: Int
        let mean: ReferenceTensor, principalAxes: ReferenceTensor, explainedVariance: ReferenceTensor
        let explainedVarianceRatio: ReferenceTensor, singularValues: ReferenceTensor
        let noiseVariance: Double
    }
    struct KMeansFixture: Decodable {
        struct Fixed: Decodable {
            let centers: ReferenceTensor
            let labels: [Int]
            let inertia: Double
            let iterations: Int
        }
        let x: ReferenceTensor, clusters: Int, initialCenters: ReferenceTensor
        let fixedInit: Fixed
        let kmeansPlusPlusInertia: Double
        enum CodingKeys: String, CodingKey {
            case x, clusters, initialCenters = "init", fixedInit, kmeansPlusPlusInertia
        }
    }
    struct MixtureFixture: Decodable {
        let x: ReferenceTensor, components: Int, regularization: Double
        let initialWeights: ReferenceTensor, initialMeans: ReferenceTensor, initialCovariances: ReferenceTensor
        let weights: ReferenceTensor, means: ReferenceTensor, covariances: ReferenceTensor
        let meanLogLikelihood: Double, iterations: Int, defaultInitMeanLogLikelihood: Double
    }
    struct Neighbours: Decodable {
        struct Result: Decodable { let k: Int; let predictions: [Int]; let accuracy: Double }
        let x: ReferenceTensor, labels: [Int], trainCount: Int, results: [Result]
    }
    struct Penguins: Decodable {
        let train: [Int], test: [Int]
        let scalerMean: ReferenceTensor, scalerScale: ReferenceTensor
        let knnPredictions: [Int], knnAccuracy: Double
        let logisticCoefficients: ReferenceTensor, logisticIntercepts: ReferenceTensor, logisticAccuracy: Double
    }
    struct Metrics: Decodable {
        let binaryTruth: [Int], scores: ReferenceTensor, binaryPredicted: [Int]
        let accuracy: Double, precision: Double, recall: Double, f1: Double
        let rocFalsePositiveRates: ReferenceTensor, rocTruePositiveRates: ReferenceTensor
        let rocThresholds: ReferenceTensor
        let rocAllFalsePositiveRates: ReferenceTensor, rocAllTruePositiveRates: ReferenceTensor
        let auroc: Double, logLoss: Double
        let multiTruth: [Int], multiPredicted: [Int], confusionMatrix: [[Int]]
        let perClassPrecision: ReferenceTensor, perClassRecall: ReferenceTensor, perClassF1: ReferenceTensor
        let support: [Int], macroF1: Double, weightedF1: Double
        let regressionTruth: ReferenceTensor, regressionPredicted: ReferenceTensor
        let r2: Double, meanSquaredError: Double, meanAbsoluteError: Double
    }

    let sklearn: String
    let linear: Linear
    let logistic: Logistic
    let pca: PCAFixture
    let kmeans: KMeansFixture
    let gaussianMixture: MixtureFixture
    let neighbours: Neighbours
    let penguins: Penguins
    let metrics: Metrics

    /// Decoded once for every test.
    static let shared: LearnFixture = try! Fixtures.load(LearnFixture.self, "learn-linear.json")
}

/// The largest difference `|a − e|`, each relative to `max(1, |e|)`: absolute for
/// numbers of order 1 and below, relative above.
func largestDifference(_ actual: [Double], _ expected: [Double]) -> Double {
    precondition(actual.count == expected.count, "counts differ: \(actual.count) and \(expected.count)")
    return zip(actual, expected).reduce(0) { Swift.max($0, Swift.abs($1.0 - $1.1) / Swift.max(1, Swift.abs($1.1))) }
}

/// Expects `actual` within `tolerance` of `expected` (see ``largestDifference(_:_:)``),
/// naming what was compared and the difference found.
func expectAgreement(
    _ actual: [Double], _ expected: [Double], tolerance: Double = 1e-6, _ what: String,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    guard actual.count == expected.count else {
        Issue.record("\(what): \(actual.count) values, expected \(expected.count)", sourceLocation: sourceLocation)
        return
    }
    let difference = largestDifference(actual, expected)
    if ProcessInfo.processInfo.environment["LEARN_PRINT_DIFFERENCES"] != nil {
        print("difference \(what): \(difference)")
    }
    #expect(difference <= tolerance, "\(what): largest difference from scikit-learn \(difference)",
            sourceLocation: sourceLocation)
}

/// Expects a `LearnError` whose message contains `fragment`.
func expectLearnError(
    _ fragment: String, sourceLocation: SourceLocation = #_sourceLocation, _ body: () throws -> Void
) {
    do {
        try body()
        Issue.record("expected an error mentioning \"\(fragment)\"", sourceLocation: sourceLocation)
    } catch let error as LearnError {
        #expect(error.description.contains(fragment), "message \"\(error)\" lacks \"\(fragment)\"",
                sourceLocation: sourceLocation)
    } catch {
        Issue.record("unexpected error \(error)", sourceLocation: sourceLocation)
    }
}
