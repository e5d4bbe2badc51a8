import Engine
import Learn
import Testing
import TestSupport

@Suite struct RegularizedRegressionTests {
    let data = LearnFixture.shared.linear

    @Test func ridgeMatchesScikitLearn() throws {
        let fit = data.ridge
        let model = try Ridge(alpha: fit.alpha!).fit(data.x.tensor(), data.y.tensor())
        expectAgreement(model.coefficients.scalars, fit.coefficients.values, "ridge coefficients")
        expectAgreement([model.intercept], [fit.intercept!], "ridge intercept")
        let origin = try Ridge(alpha: data.ridgeNoIntercept.alpha!, fitIntercept: false)
            .fit(data.x.tensor(), data.y.tensor())
        expectAgreement(origin.coefficients.scalars, data.ridgeNoIntercept.coefficients.values, "no intercept")
    }

    @Test func ridgeWithMoreFeaturesThanSamplesSolvesTheDualProblem() throws {
        var rng = SeededGenerator(seed: 3)
        let x = Tensor<Double>.normal([6, 10], generator: &rng)
        let y = Tensor<Double>.normal([6], generator: &rng)
        let model = try Ridge(alpha: 0.7).fit(x, y)
        // The primal normal equations, solved directly, give the same weights.
        let xc = x - x.mean(axis: 0), yc = y - y.mean()
        let gram = matmul(xc, xc, transposingA: true) + 0.7 * eye(10)
        let primal = try solve(gram, matmul(xc, yc, transposingA: true))
        expectAgreement(model.coefficients.scalars, primal.scalars, tolerance: 1e-10, "dual vs primal")
    }

    @Test func lassoAndElasticNetMatchScikitLearn() throws {
        let lasso = try Lasso(alpha: data.lasso.alpha!, tolerance: 1e-14, maxIterations: 1_000_000)
            .fit(data.x.tensor(), data.y.tensor())
        expectAgreement(lasso.coefficients.scalars, data.lasso.coefficients.values, "lasso coefficients")
        expectAgreement([lasso.intercept], [data.lasso.intercept!], "lasso intercept")
        let fit = data.elasticNet
        let net = try ElasticNet(alpha: fit.alpha!, l1Ratio: fit.l1Ratio!, tolerance: 1e-14, maxIterations: 1_000_000)
            .fit(data.x.tensor(), data.y.tensor())
        expectAgreement(net.coefficients.scalars, fit.coefficients.values, "elastic net coefficients")
        expectAgreement([net.intercept], [fit.intercept!], "elastic net intercept")
    }

    @Test func lassoSetsSomeWeightsExactlyToZero() throws {
        let model = try Lasso(alpha: 0.3).fit(data.x.tensor(), data.y.tensor())
        #expect(model.coefficients.scalars.contains(0))
    }

    @Test func regularizationPathsMatchScikitLearn() throws {
        for reference in data.paths {
            let path = try ElasticNet(l1Ratio: reference.l1Ratio, tolerance: 1e-14, maxIterations: 1_000_000)
                .path(data.x.tensor(), data.y.tensor(), count: reference.count, eps: reference.eps)
            expectAgreement(path.alphas.scalars, reference.alphas.values, tolerance: 1e-12, "alphas ρ=\(reference.l1Ratio)")
            // scikit-learn stores the path [features, alphas]; ours is [alphas, features].
            let expected: Tensor<Double> = reference.coefficients.tensor()
            expectAgreement(
                path.coefficients.scalars, expected.transposed().scalars, "path ρ=\(reference.l1Ratio)")
            #expect(path.coefficients[0, .all].scalars.allSatisfy { $0 == 0 }, "every weight is zero at α_max")
        }
    }

    @Test func rejectsBadHyperparameters() throws {
        let x: Tensor<Double> = data.x.tensor(), y: Tensor<Double> = data.y.tensor()
        expectLearnError("Ridge.fit: alpha must be a finite number ≥ 0, not -1.0") { _ = try Ridge(alpha: -1).fit(x, y) }
        expectLearnError("ElasticNet.fit: l1Ratio must be in [0, 1], not 1.5") {
            _ = try ElasticNet(l1Ratio: 1.5).fit(x, y)
        }
        expectLearnError("Lasso.fit: x has 60 rows but y has 59") { _ = try Lasso().fit(x, y[0..<59]) }
    }
}

/// The `n × n` identity matrix.
func eye(_ n: Int) -> Tensor<Double> {
    Tensor<Double>(unsafeUninitializedShape: [n, n]) { buffer in
        for i in 0..<(n * n) { buffer[i] = i / n == i % n ? 1 : 0 }
    }
}
