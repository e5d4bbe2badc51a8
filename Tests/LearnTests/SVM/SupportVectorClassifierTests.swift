import Engine
import Learn
import Testing

@Suite struct SupportVectorClassifierTests {
    let fixtures = TreeFixtures.shared

    /// The model scikit-learn's case describes, fitted on its training set.
    private func fit(_ reference: TreeFixtures.SVMCase) throws -> FittedSupportVectorClassifier {
        let kernel: Kernel
        switch reference.kernel {
        case "rbf": kernel = .rbf(scale: .scale)
        case "poly": kernel = .polynomial(degree: reference.degree, scale: .value(reference.gamma_value), offset: reference.coef0)
        default: kernel = .linear
        }
        return try SupportVectorClassifier(c: reference.C, kernel: kernel).fit(reference.xTrain, reference.y_train)
    }

    /// The share of (point, pair) decisions whose sign agrees with scikit-learn's.
    private func signAgreement(_ values: Tensor<Double>, _ signs: [String], binary: Bool) -> Double {
        let ours = values.scalars.map { $0 > 0 ? Character("+") : Character("-") }
        let theirs = signs.flatMap { Array($0) }
        return Double(zip(ours, theirs).filter { $0 == $1 }.count) / Double(theirs.count)
    }

    /// |ours ∩ theirs| / |theirs ∪ ours| of two sets of support vector indices.
    private func overlap(_ ours: [Int], _ theirs: [Int]) -> Double {
        Double(Set(ours).intersection(theirs).count) / Double(Set(ours).union(theirs).count)
    }

    @Test func decisionsAndSupportVectorsMatchScikitLearn() throws {
        for reference in fixtures.svm {
            let model = try fit(reference)
            if reference.kernel == "rbf" {
                #expect(abs(model.kernel.gamma / reference.gamma_value - 1) < 1e-12, "\(reference.name): γ")
            }
            let values = try model.decisionFunction(reference.xTest)
            let agreement = signAgreement(values, reference.signs, binary: model.pairs.count == 1)
            #expect(agreement >= 0.99, "\(reference.name): signs agree on \(agreement)")
            let shared = overlap(model.supportIndices, reference.support)
            #expect(shared >= 0.95, "\(reference.name): support vectors overlap \(shared)")
            let ours = try accuracy(reference.y_test, model.predict(reference.xTest))
            #expect(abs(ours - reference.accuracy) <= 0.01, "\(reference.name): accuracy \(ours) vs \(reference.accuracy)")
        }
    }

    @Test(.enabled(if: TreeFixtures.fashionAvailable))
    func fashionMNISTDecisionsMatchScikitLearn() throws {
        let reference = fixtures.fashion.svc
        let (x, labels) = try TreeFixtures.fashion(.train, rows: reference.train_rows)
        let (xTest, labelsTest) = try TreeFixtures.fashion(.test, rows: reference.test_rows)
        let model = try SupportVectorClassifier(c: reference.C, kernel: .rbf()).fit(x, labels)
        #expect(abs(model.kernel.gamma / reference.gamma_value - 1) < 1e-9)
        let agreement = signAgreement(try model.decisionFunction(xTest), reference.signs, binary: false)
        #expect(agreement >= 0.99, "signs agree on \(agreement)")
        let shared = overlap(model.supportIndices, reference.support)
        #expect(shared >= 0.95, "support vectors overlap \(shared)")
        let ours = try accuracy(labelsTest, model.predict(xTest))
        #expect(abs(ours - reference.accuracy) <= 0.01, "accuracy \(ours) vs \(reference.accuracy)")
    }

    @Test func aSeparableProblemHasTheMaximumMarginLine() throws {
        // Points at x = ±1 and ±2 on a line: the widest margin puts the boundary at 0
        // with the two inner points as the only support vectors, f(x) = x for C large.
        let x = try Tensor<Double>([[-2], [-1], [1], [2]])
        let model = try SupportVectorClassifier(c: 100, kernel: .linear).fit(x, [0, 0, 1, 1])
        #expect(model.supportIndices == [1, 2])
        let f = try model.decisionFunction(try Tensor<Double>([[0], [1], [-0.5]]))
        #expect(abs(f[0]) < 1e-9 && abs(f[1] - 1) < 1e-6 && abs(f[2] + 0.5) < 1e-6)
        #expect(model.supportCounts == [1, 1])
    }

    @Test func solvesXORWithAnRBFKernel() throws {
        let x = try Tensor<Double>([[0, 0], [1, 1], [0, 1], [1, 0]])
        let labels = [0, 0, 1, 1]
        let model = try SupportVectorClassifier(c: 10, kernel: .rbf(scale: .value(2))).fit(x, labels)
        #expect(try model.predict(x) == labels)
        #expect(model.supportIndices.count == 4)
    }

    @Test func smallerCGivesMoreSupportVectors() throws {
        let reference = fixtures.svm[0]
        let loose = try SupportVectorClassifier(c: 0.1).fit(reference.xTrain, reference.y_train)
        let strict = try SupportVectorClassifier(c: 100).fit(reference.xTrain, reference.y_train)
        #expect(loose.supportIndices.count > strict.supportIndices.count)
    }

    @Test func aTinyCacheGivesTheSameMachine() throws {
        // 0.1 MB holds neither the kernel matrix of 300 points nor a pair's: rows are
        // then computed on demand and evicted, and the solution must not change.
        let reference = fixtures.svm[2]
        let whole = try SupportVectorClassifier(c: reference.C, kernel: .linear).fit(reference.xTrain, reference.y_train)
        let rows = try SupportVectorClassifier(c: reference.C, kernel: .linear, cacheSize: 0.1)
            .fit(reference.xTrain, reference.y_train)
        #expect(whole.supportIndices == rows.supportIndices)
        #expect(try whole.predict(reference.xTest) == rows.predict(reference.xTest))
    }

    @Test func rejectsBadInputWithAClearMessage() throws {
        let x = try Tensor<Double>([[1, 2], [3, 4], [5, 6]])
        #expect(throws: LearnError("SupportVectorClassifier.fit", "c must be positive and finite, not -1.0")) {
            try SupportVectorClassifier(c: -1).fit(x, [0, 1, 0])
        }
        #expect(throws: LearnError("SupportVectorClassifier.fit", "needs at least two classes, but every label is 1")) {
            try SupportVectorClassifier().fit(x, [1, 1, 1])
        }
        #expect(throws: LearnError("SupportVectorClassifier.fit", "x holds nan at flat index 3; remove or impute it first")) {
            try SupportVectorClassifier().fit(try Tensor<Double>([[1, 2], [3, .nan]]), [0, 1])
        }
        #expect(throws: LearnError("SupportVectorClassifier.fit", "x has 3 rows but there are 2 labels")) {
            try SupportVectorClassifier().fit(x, [0, 1])
        }
        let model = try SupportVectorClassifier().fit(x, [0, 1, 0])
        #expect(throws: LearnError("SupportVectorClassifier.predict", "the model was fitted on 2 features but x has 3")) {
            try model.predict(try Tensor<Double>([[1, 2, 3]]))
        }
        #expect(!(SupportVectorClassifier() is any FittedClassifier))
    }
}
