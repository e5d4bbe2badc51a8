import Engine
import Learn
import Testing
import TestSupport

@Suite struct LogisticRegressionTests {
    let data = LearnFixture.shared.logistic

    @Test(arguments: [LogisticRegression.Solver.lbfgs(), .newton])
    func binaryMatchesScikitLearn(solver: LogisticRegression.Solver) throws {
        let reference = data.binary
        let model = try LogisticRegression(c: reference.C, solver: solver, maxIterations: 1000, tolerance: 1e-10)
            .fit(reference.x.tensor(), reference.labels)
        #expect(model.converged)
        expectAgreement(model.coefficients.scalars, reference.coefficients.values, "binary coefficients (\(solver))")
        expectAgreement(model.intercepts.scalars, [reference.intercept!], "binary intercept (\(solver))")
        let probabilities = try model.predictProbabilities(reference.x.tensor()[0..<5])
        expectAgreement(probabilities.scalars, reference.probabilities.values, "probabilities")
    }

    @Test func multinomialMatchesScikitLearn() throws {
        let reference = data.multinomial
        let model = try LogisticRegression(c: reference.C, maxIterations: 1000, tolerance: 1e-10)
            .fit(reference.x.tensor(), reference.labels)
        #expect(model.converged && model.classes == 3)
        expectAgreement(model.coefficients.scalars, reference.coefficients.values, "multinomial coefficients")
        expectAgreement(model.intercepts.scalars, reference.intercepts!.values, "multinomial intercepts")
        let probabilities = try model.predictProbabilities(reference.x.tensor()[0..<5])
        expectAgreement(probabilities.scalars, reference.probabilities.values, "probabilities")
    }

    @Test func anInfiniteCIsMaximumLikelihood() throws {
        let reference = data.binary
        let x: Tensor<Double> = reference.x.tensor()
        var fits: [FittedLogisticRegression] = []
        for solver in [LogisticRegression.Solver.lbfgs(), .newton] {
            fits.append(try LogisticRegression(c: .infinity, solver: solver, maxIterations: 1000, tolerance: 1e-10)
                .fit(x, reference.labels))
        }
        #expect(fits.allSatisfy { $0.converged })
        expectAgreement(fits[0].coefficients.scalars, fits[1].coefficients.scalars, "L-BFGS vs Newton")
        // The likelihood's score equations, Xᵀ(p − y) = 0 with the intercept's column of
        // ones: a penalty would leave Xᵀ(p − y) = −n λ w instead.
        let residual = try fits[1].predictProbabilities(x)[.all, 1]
            - Tensor<Double>(reference.labels.map(Double.init))
        let score = matmul(residual.reshaped([1, -1]), x)
        #expect(abs(residual.sum().scalar) < 1e-6)
        #expect(score.scalars.allSatisfy { abs($0) < 1e-6 }, "score \(score.scalars)")
        let penalised = try LogisticRegression(c: reference.C).fit(x, reference.labels)
        #expect(fits[1].coefficients.norm().scalar > penalised.coefficients.norm().scalar)
    }

    @Test func predictionsFollowTheLargestProbability() throws {
        let reference = data.multinomial
        let x: Tensor<Double> = reference.x.tensor()
        let model = try LogisticRegression().fit(x, reference.labels)
        #expect(try model.predict(x) == (try model.predictProbabilities(x)).argmax(axis: 1))
    }

    @Test func rejectsBadInputWithAClearMessage() throws {
        let x = try Tensor<Double>([[0, 1], [1, 0], [1, 1]])
        expectLearnError("needs at least two classes") { _ = try LogisticRegression().fit(x, [0, 0, 0]) }
        expectLearnError("class 1 has no samples") { _ = try LogisticRegression().fit(x, [0, 2, 2]) }
        expectLearnError("x has 3 rows but there are 2 labels") { _ = try LogisticRegression().fit(x, [0, 1]) }
        expectLearnError("c must be a positive number") { _ = try LogisticRegression(c: 0).fit(x, [0, 1, 1]) }
        expectLearnError("c must be a positive number") { _ = try LogisticRegression(c: .nan).fit(x, [0, 1, 1]) }
        expectLearnError("the Newton solver handles two classes") {
            _ = try LogisticRegression(solver: .newton).fit(x, [0, 1, 2])
        }
    }
}
