import Engine
import Learn
import Testing
import TestSupport

@Suite struct LinearRegressionTests {
    let data = LearnFixture.shared.linear

    @Test(arguments: [LinearRegression.Solver.qr, .svd, .normalEquations])
    func everyDirectSolverMatchesScikitLearn(solver: LinearRegression.Solver) throws {
        let model = try LinearRegression(solver: solver).fit(data.x.tensor(), data.y.tensor())
        expectAgreement(model.coefficients.scalars, data.linearRegression.coefficients.values, "\(solver) coefficients")
        expectAgreement([model.intercept], [data.linearRegression.intercept!], "\(solver) intercept")
        expectAgreement([try model.score(data.x.tensor(), data.y.tensor())], [data.linearRegression.r2!], "R²")
    }

    @Test func gradientDescentReachesTheLeastSquaresSolution() throws {
        let x: Tensor<Double> = data.x.tensor(), y: Tensor<Double> = data.y.tensor()
        // Standardised features make the problem well conditioned for plain gradient steps.
        let scaler = try StandardScaler().fit(x)
        let z = try scaler.transform(x)
        let exact = try LinearRegression(solver: .qr).fit(z, y)
        let descended = try LinearRegression(
            solver: .gradientDescent(learningRate: 0.5, iterations: 100_000, tolerance: 1e-12)).fit(z, y)
        expectAgreement(descended.coefficients.scalars, exact.coefficients.scalars, tolerance: 1e-9, "weights")
        #expect(descended.iterations < 100_000)
    }

    @Test func collinearFeaturesFallBackToTheMinimumNormSolution() throws {
        // Column 2 = column 0 + column 1: QR detects the rank deficiency and uses the SVD.
        let x = try Tensor<Double>([[1, 0, 1], [0, 1, 1], [1, 1, 2], [2, 1, 3], [0, 2, 2]])
        let y = Tensor<Double>([1, 2, 3, 4, 4])
        let qr = try LinearRegression(solver: .qr).fit(x, y)
        let svd = try LinearRegression(solver: .svd).fit(x, y)
        expectAgreement(qr.coefficients.scalars, svd.coefficients.scalars, tolerance: 1e-12, "weights")
        expectLearnError("XᵀX is singular") { _ = try LinearRegression(solver: .normalEquations).fit(x, y) }
    }

    @Test func withoutAnInterceptTheFitGoesThroughTheOrigin() throws {
        let x = try Tensor<Double>([[1], [2], [3]])
        let model = try LinearRegression(fitIntercept: false).fit(x, Tensor([2, 4, 6.5]))
        #expect(model.intercept == 0)
        expectAgreement(model.coefficients.scalars, [(2 + 8 + 19.5) / 14], tolerance: 1e-14, "slope")
    }

    @Test func rejectsBadInputWithAClearMessage() throws {
        let x = try Tensor<Double>([[1, 2], [3, 4], [5, 7]])
        expectLearnError("LinearRegression.fit: x has 3 rows but y has 2") {
            _ = try LinearRegression().fit(x, Tensor([1, 2]))
        }
        expectLearnError("y holds nan at flat index 1") {
            _ = try LinearRegression().fit(x, Tensor([1, .nan, 3]))
        }
        expectLearnError("x must be a matrix") { _ = try LinearRegression().fit(Tensor([1, 2, 3]), Tensor([1, 2, 3])) }
        let model = try LinearRegression().fit(x, Tensor([1, 2, 3]))
        expectLearnError("LinearRegression.predict: the model was fitted on 2 features but x has 3") {
            _ = try model.predict(try Tensor<Double>([[1, 2, 3]]))
        }
    }
}

/// Every estimator's `fit` and `predict` refuse NaN and a wrong number of features with
/// a message naming the estimator; "predict before fit" does not compile, since only
/// the fitted types have `predict`.
@Suite struct EveryEstimatorValidatesItsInput {
    let x = try! Tensor<Double>([[0, 1], [1, 0], [1, 1], [2, 1], [0, 2], [2, 2]])
    let y = Tensor<Double>([1, 2, 3, 4, 2, 5])
    let labels = [0, 1, 1, 1, 0, 0]
    let nan = try! Tensor<Double>([[0, .nan], [1, 0], [1, 1], [2, 1], [0, 2], [2, 2]])
    let threeFeatures = try! Tensor<Double>([[1, 2, 3]])

    @Test func regressorsRefuseNaNAndTheWrongFeatureCount() throws {
        let regressors: [(String, (Tensor<Double>) throws -> FittedLinearModel)] = [
            ("LinearRegression", { try LinearRegression().fit($0, y) }),
            ("Ridge", { try Ridge().fit($0, y) }),
            ("Lasso", { try Lasso(alpha: 0.1).fit($0, y) }),
            ("ElasticNet", { try ElasticNet(alpha: 0.1).fit($0, y) }),
        ]
        for (name, fit) in regressors {
            expectLearnError("\(name).fit: x holds nan at flat index 1") { _ = try fit(nan) }
            let model = try fit(x)
            expectLearnError("\(name).predict: the model was fitted on 2 features but x has 3") {
                _ = try model.predict(threeFeatures)
            }
        }
    }

    @Test func classifiersRefuseNaNAndTheWrongFeatureCount() throws {
        expectLearnError("LogisticRegression.fit: x holds nan") { _ = try LogisticRegression().fit(nan, labels) }
        expectLearnError("KNearestNeighborsClassifier.fit: x holds nan") {
            _ = try KNearestNeighborsClassifier(neighbors: 3).fit(nan, labels)
        }
        let logistic = try LogisticRegression().fit(x, labels)
        expectLearnError("LogisticRegression.decisionFunction: the model was fitted on 2 features but x has 3") {
            _ = try logistic.predict(threeFeatures)
        }
        let knn = try KNearestNeighborsClassifier(neighbors: 3).fit(x, labels)
        expectLearnError("KNearestNeighborsClassifier.predict: the model was fitted on 2 features but x has 3") {
            _ = try knn.predict(threeFeatures)
        }
    }

    @Test func unsupervisedEstimatorsRefuseNaNAndTheWrongFeatureCount() throws {
        expectLearnError("PCA.fit: x holds nan") { _ = try PCA().fit(nan) }
        expectLearnError("KMeans.fit: x holds nan") { _ = try KMeans(clusters: 2).fit(nan) }
        expectLearnError("GaussianMixture.fit: x holds nan") { _ = try GaussianMixture(components: 2).fit(nan) }
        expectLearnError("StandardScaler.fit: x holds nan") { _ = try StandardScaler().fit(nan) }
        let kmeans = try KMeans(clusters: 2).fit(x)
        expectLearnError("KMeans.predict: the model was fitted on 2 features but x has 3") {
            _ = try kmeans.predict(threeFeatures)
        }
        let mixture = try GaussianMixture(components: 2).fit(x)
        expectLearnError("GaussianMixture.predict: the model was fitted on 2 features but x has 3") {
            _ = try mixture.predict(threeFeatures)
        }
        let scaler = try StandardScaler().fit(x)
        expectLearnError("StandardScaler.transform: the model was fitted on 2 features but x has 3") {
            _ = try scaler.transform(threeFeatures)
        }
    }
}
