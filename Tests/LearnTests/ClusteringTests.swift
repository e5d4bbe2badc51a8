import Engine
import Learn
import Testing
import TestSupport

@Suite struct ClusteringTests {
    let data = LearnFixture.shared.kmeans

    @Test func fromTheSameCentersLloydFollowsScikitLearnStepByStep() throws {
        let model = try KMeans(
            clusters: data.clusters, initialization: .centers(data.initialCenters.tensor()), tolerance: 0
        ).fit(data.x.tensor())
        #expect(model.labels == data.fixedInit.labels)
        #expect(model.iterations == data.fixedInit.iterations)
        expectAgreement(model.centers.scalars, data.fixedInit.centers.values, tolerance: 1e-12, "centers")
        expectAgreement([model.inertia], [data.fixedInit.inertia], tolerance: 1e-12, "inertia")
    }

    @Test func kMeansPlusPlusFindsAnInertiaWithinOnePercentOfScikitLearn() throws {
        let model = try KMeans(clusters: data.clusters, starts: 10, seed: 1).fit(data.x.tensor())
        let ratio = model.inertia / data.kmeansPlusPlusInertia
        #expect(ratio < 1.01, "inertia \(model.inertia) vs scikit-learn \(data.kmeansPlusPlusInertia)")
    }

    @Test func predictAssignsTheNearestCenter() throws {
        let x: Tensor<Double> = data.x.tensor()
        let model = try KMeans(clusters: 4, seed: 2).fit(x)
        #expect(try model.predict(x) == model.labels)
        #expect(try model.transform(x).shape == [x.shape[0], 4])
    }

    @Test func rejectsMoreClustersThanPoints() throws {
        let x = try Tensor<Double>([[0, 0], [1, 1], [2, 2]])
        expectLearnError("KMeans.fit: k = 4 is larger than the number of samples (3)") { _ = try KMeans(clusters: 4).fit(x) }
        expectLearnError("initial centers must have shape [2, 2], not [2, 3]") {
            _ = try KMeans(clusters: 2, initialization: .centers(.zeros([2, 3]))).fit(x)
        }
    }
}

@Suite struct GaussianMixtureTests {
    let data = LearnFixture.shared.gaussianMixture

    @Test func fromTheSameStartEMReachesScikitLearnsMixture() throws {
        let model = try GaussianMixture(
            components: data.components,
            initialization: .parameters(
                weights: data.initialWeights.tensor(), means: data.initialMeans.tensor(),
                covariances: data.initialCovariances.tensor()),
            maxIterations: 10_000, tolerance: 1e-12, regularization: data.regularization
        ).fit(data.x.tensor())
        let x: Tensor<Double> = data.x.tensor()
        let score = try model.score(x)
        #expect(Swift.abs(score - data.meanLogLikelihood) <= 0.01 * Swift.abs(data.meanLogLikelihood))
        expectAgreement([score], [data.meanLogLikelihood], tolerance: 1e-8, "mean log-likelihood")
        expectAgreement(model.weights.scalars, data.weights.values, tolerance: 1e-5, "weights")
        expectAgreement(model.means.scalars, data.means.values, tolerance: 1e-5, "means")
        expectAgreement(model.covariances.scalars, data.covariances.values, tolerance: 1e-5, "covariances")
    }

    @Test func kMeansInitialisationReachesALikelihoodWithinOnePercent() throws {
        let x: Tensor<Double> = data.x.tensor()
        let model = try GaussianMixture(components: data.components, seed: 0).fit(x)
        let score = try model.score(x)
        #expect(score >= data.defaultInitMeanLogLikelihood - 0.01 * Swift.abs(data.defaultInitMeanLogLikelihood),
                "\(score) vs scikit-learn \(data.defaultInitMeanLogLikelihood)")
        let probabilities = try model.predictProbabilities(x)
        expectAgreement(probabilities.sum(axis: 1).scalars, [Double](repeating: 1, count: x.shape[0]), tolerance: 1e-12, "rows sum to 1")
        #expect(try model.predict(x) == probabilities.argmax(axis: 1))
    }

    @Test func rejectsBadInput() throws {
        let x = try Tensor<Double>([[0, 0], [1, 1], [2, 2]])
        expectLearnError("GaussianMixture.fit: components = 5 is larger than the number of samples (3)") {
            _ = try GaussianMixture(components: 5).fit(x)
        }
        expectLearnError("x holds nan") { _ = try GaussianMixture(components: 1).fit(try Tensor<Double>([[0, .nan]])) }
    }
}
