import Engine
import Testing
import Learn

@Suite struct InputValidationTests {
    @Test func acceptsAFiniteMatrixAndReturnsItsSize() throws {
        let x = try Tensor<Double>([[1, 2, 3], [4, 5, 6]])
        let size = try InputValidation.matrix(x, "x", in: "Test.fit")
        #expect(size.rows == 2 && size.columns == 3)
    }

    @Test func namesTheWrongShape() {
        #expect(throws: LearnError("Test.fit", "x must be a matrix [samples, features], but has shape [3]")) {
            try InputValidation.matrix(Tensor<Double>([1, 2, 3]), "x", in: "Test.fit")
        }
    }

    @Test func namesTheFirstNonFiniteValue() throws {
        let x = try Tensor<Double>([[1, .nan], [3, 4]])
        #expect(throws: LearnError("Test.fit", "x holds nan at flat index 1; remove or impute it first")) {
            try InputValidation.matrix(x, "x", in: "Test.fit")
        }
    }

    @Test func targetsMustMatchTheRows() {
        #expect(throws: LearnError("Test.fit", "x has 3 rows but y has 2")) {
            try InputValidation.targets(Tensor<Double>([1, 2]), rows: 3, in: "Test.fit")
        }
    }

    @Test func labelsMustBeInRange() {
        #expect(throws: LearnError("Test.fit", "label 3 is outside 0..<3")) {
            try InputValidation.labels([0, 1, 3], rows: 3, classes: 3, in: "Test.fit")
        }
    }

    @Test func countsMustFitTheData() {
        #expect(throws: LearnError("KMeans.fit", "k = 12 is larger than the number of samples (10)")) {
            try InputValidation.count(12, "k", atMost: 10, limitName: "the number of samples", in: "KMeans.fit")
        }
    }

    @Test func featuresMustMatchTheFit() throws {
        #expect(throws: LearnError("Model.predict", "the model was fitted on 4 features but x has 3")) {
            try InputValidation.features(try Tensor<Double>([[1, 2, 3]]), columns: 4, in: "Model.predict")
        }
    }
}
