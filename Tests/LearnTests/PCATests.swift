import Engine
import Learn
import Testing
import TestSupport

@Suite struct PCATests {
    let data = LearnFixture.shared.pca

    @Test(arguments: [PCA.Solver.svd, .covarianceEigen, .automatic])
    func everySolverMatchesScikitLearn(solver: PCA.Solver) throws {
        let model = try PCA(components: data.components, solver: solver).fit(data.x.tensor())
        expectAgreement(model.mean.scalars, data.mean.values, "mean")
        expectAgreement(model.explainedVariance.scalars, data.explainedVariance.values, "explained variance (\(solver))")
        expectAgreement(model.explainedVarianceRatio.scalars, data.explainedVarianceRatio.values, "ratio (\(solver))")
        expectAgreement(model.singularValues.scalars, data.singularValues.values, "singular values (\(solver))")
        expectAgreement([model.noiseVariance], [data.noiseVariance], "noise variance")
        // Axes agree up to sign; both sides make each axis's largest entry positive.
        expectAgreement(
            signNormalized(model.principalAxes), signNormalized(data.principalAxes.tensor()), "axes (\(solver))")
        expectAgreement(model.principalAxes.scalars, data.principalAxes.values, "axes with scikit-learn's signs")
    }

    @Test func theGramMatrixRouteHandlesMoreFeaturesThanSamples() throws {
        var rng = SeededGenerator(seed: 11)
        let x = Tensor<Double>.normal([8, 20], generator: &rng)
        let bySVD = try PCA(components: 5, solver: .svd).fit(x)
        let byEigen = try PCA(components: 5, solver: .covarianceEigen).fit(x)
        expectAgreement(byEigen.explainedVariance.scalars, bySVD.explainedVariance.scalars, tolerance: 1e-10, "variances")
        expectAgreement(byEigen.principalAxes.scalars, bySVD.principalAxes.scalars, tolerance: 1e-8, "axes")
    }

    @Test func allComponentsReconstructTheDataExactly() throws {
        let x: Tensor<Double> = data.x.tensor()
        let model = try PCA().fit(x)
        let restored = try model.inverseTransform(try model.transform(x))
        expectAgreement(restored.scalars, x.scalars, tolerance: 1e-12, "reconstruction")
        #expect(Swift.abs(model.explainedVarianceRatio.sum().scalar - 1) < 1e-12)
    }

    @Test func rejectsTooManyComponents() throws {
        let x: Tensor<Double> = data.x.tensor()
        expectLearnError("PCA.fit: components = 7 is larger than min(samples, features) (6)") {
            _ = try PCA(components: 7).fit(x)
        }
        let model = try PCA(components: 2).fit(x)
        expectLearnError("PCA.transform: the model was fitted on 6 features but x has 2") {
            _ = try model.transform(try Tensor<Double>([[1, 2]]))
        }
    }
}

/// Each row multiplied by the sign of its largest-magnitude entry.
func signNormalized(_ rows: Tensor<Double>) -> [Double] {
    let d = rows.shape[1]
    return (0..<rows.shape[0]).flatMap { i -> [Double] in
        let row = Array(rows.scalars[(i * d)..<((i + 1) * d)])
        let pivot = row.max { Swift.abs($0) < Swift.abs($1) } ?? 1
        return row.map { pivot < 0 ? -$0 : $0 }
    }
}
