import Datasets
import Engine
import Foundation
import Learn

/// BENCHMARKS.md A1, A2, A6, A7 and A8: the Learn module's linear models, k-means, PCA
/// and k-nearest neighbours beside scikit-learn in a Python subprocess
/// (`Scripts/bench/sklearn_classical.py`), on the same data (Fashion-MNIST, the AT&T
/// faces) or the same recipe (A1's synthetic regression), Double precision throughout.
///
/// Fits last from milliseconds to seconds, so each is timed whole: the median of
/// `repeats` calls (the A2 fit once), ours first, then scikit-learn's. Quality figures
/// (accuracy, inertia, explained variance, coefficient error) are printed side by side
/// under the table, since a fast fit of a worse model is no win.
struct ClassicalWorkload: Workload {
    let name = "classical"
    let summary = "A1, A2, A6, A7, A8: linear/ridge, multinomial logistic, k-means, PCA, 5-NN vs scikit-learn"

    func run(_ options: BenchOptions) -> Section {
        let repeats = options.quick ? 1 : 3
        var rows: [Row] = [], notes: [String] = []
        var label = "scikit-learn"
        func reference(_ workload: String) -> PythonReference.Outcome {
            let outcome = PythonReference.run(
                "sklearn_classical.py", [workload, String(repeats)] + (options.quick ? ["--quick"] : []))
            label = outcome.label("scikit-learn", versionKey: "sklearn") == "scikit-learn" ? label
                : outcome.label("scikit-learn", versionKey: "sklearn")
            if case let .notInstalled(reason) = outcome {
                notes.append("\(workload): scikit-learn not installed (\(reason)): "
                    + ".venv-bench/bin/pip install numpy scikit-learn==1.9.1")
            }
            return outcome
        }
        func quality(_ outcome: PythonReference.Outcome, _ key: String) -> String {
            outcome.figure(key).value.map { String(format: "%.4g", $0) } ?? "—"
        }

        // A1: least squares and ridge on a tall synthetic problem.
        do {
            let (n, d) = options.quick ? (10000, 50) : (100_000, 50)
            var generator = SeededGenerator(seed: 0)
            let x = Tensor<Double>.normal([n, d], generator: &generator)
            let w = Tensor<Double>((1...d).map { sin(Double($0)) })
            let y = matmul(x, w) + 0.1 * Tensor<Double>.normal([n], generator: &generator)
            let (ols, olsSeconds) = timedMedian(repeats) { try! LinearRegression().fit(x, y) }
            let (ridge, ridgeSeconds) = timedMedian(repeats) { try! Ridge(alpha: 1).fit(x, y) }
            let sk = reference("linear")
            rows.append(Row(workload: "A1 LinearRegression fit, \(n)×\(d)", ours: .measured(olsSeconds),
                            references: [sk.figure("linear_fit")]))
            rows.append(Row(workload: "A1 Ridge(α=1) fit, \(n)×\(d)", ours: .measured(ridgeSeconds),
                            references: [sk.figure("ridge_fit")]))
            notes.append(String(format: "A1 max |ŵ − w|: ours %.4g / %.4g (linear / ridge), scikit-learn %@ / %@",
                                largestError(ols.coefficients, w), largestError(ridge.coefficients, w),
                                quality(sk, "linear_error"), quality(sk, "ridge_error")))
        }

        // A2: multinomial logistic regression by L-BFGS on Fashion-MNIST pixels.
        if let (x, labels) = try? FashionMNIST.load(split: .train, as: Double.self, limit: options.quick ? 2000 : 10000),
           let (xTest, testLabels) = try? FashionMNIST.load(split: .test, as: Double.self)
        {
            let iterations = options.quick ? 20 : 200
            let (model, seconds) = timedMedian(1) {
                try! LogisticRegression(c: 1, maxIterations: iterations).fit(x, labels)
            }
            let accuracy = try! Learn.accuracy(testLabels, try! model.predict(xTest))
            let sk = reference("logistic")
            rows.append(Row(workload: "A2 LogisticRegression fit, \(x.shape[0])×784, 10 classes",
                            ours: .measured(seconds), references: [sk.figure("fit")]))
            notes.append(String(format: "A2 test accuracy: ours %.4f (%d iterations), scikit-learn %@ (%@)",
                                accuracy, model.iterations, quality(sk, "accuracy"), quality(sk, "iterations")))

            // A6: k-means++ and Lloyd on the same pixels.
            let (kmeans, kmeansSeconds) = timedMedian(repeats) { try! KMeans(clusters: 10, seed: 0).fit(x) }
            let skMeans = reference("kmeans")
            rows.append(Row(workload: "A6 KMeans fit, k = 10, \(x.shape[0])×784", ours: .measured(kmeansSeconds),
                            references: [skMeans.figure("fit")]))
            notes.append(String(format: "A6 inertia: ours %.6g (%d iterations), scikit-learn %@ (%@)",
                                kmeans.inertia, kmeans.iterations, String(format: "%.6g", skMeans.figure("inertia").value ?? .nan),
                                quality(skMeans, "iterations")))

            // A8: 5-NN, brute force.
            let queries = xTest[0..<(options.quick ? 500 : 2000)]
            let truth = Array(testLabels[0..<queries.shape[0]])
            let knn = try! KNearestNeighborsClassifier(neighbors: 5).fit(x, labels)
            let (predicted, knnSeconds) = timedMedian(repeats) { try! knn.predict(queries) }
            let skKnn = reference("knn")
            rows.append(Row(workload: "A8 5-NN predict, \(queries.shape[0]) queries × \(x.shape[0])",
                            ours: .measured(knnSeconds), references: [skKnn.figure("predict")]))
            notes.append(String(format: "A8 accuracy: ours %.4f, scikit-learn %@",
                                try! Learn.accuracy(truth, predicted), quality(skKnn, "accuracy")))

            // A7 at Fashion-MNIST's size: every training image, as the issue asks.
            if let (all, _) = try? FashionMNIST.load(split: .train, as: Double.self, limit: options.quick ? 10000 : 60000) {
                let (pca, seconds) = timedMedian(repeats) { try! PCA(components: 50).fit(all) }
                let sk = reference("pca-fashion")
                rows.append(Row(workload: "A7 PCA fit, 50 components, \(all.shape[0])×784", ours: .measured(seconds),
                                references: [sk.figure("fit")]))
                var solver = "?"
                if case let .results(results) = sk, let name = results["solver"] as? String { solver = name }
                notes.append(String(format: "A7 on Fashion-MNIST, variance explained by 10 components: ours %.4f, "
                                        + "scikit-learn %@ (its solver: %@)",
                                    pca.explainedVarianceRatio[0..<10].sum().scalar, quality(sk, "explained10"), solver))
            }
        } else {
            notes.append("A2, A6, A8: Fashion-MNIST not installed (apt-get install dataset-fashion-mnist)")
        }

        // A7: PCA of the AT&T faces.
        if let faces = try? ATTFaces.load(as: Double.self) {
            let (pca, seconds) = timedMedian(repeats) { try! PCA(components: 50).fit(faces.images) }
            let sk = reference("pca")
            rows.append(Row(workload: "A7 PCA fit, 50 components, 400×10304", ours: .measured(seconds),
                            references: [sk.figure("fit")]))
            let explained = pca.explainedVarianceRatio[0..<10].sum().scalar
            notes.append(String(format: "A7 variance explained by 10 components: ours %.4f, scikit-learn %@",
                                explained, quality(sk, "explained10")))
        } else {
            notes.append("A7: the AT&T faces are missing (set UNDERBRACE_DATA to the folder holding att_faces/)")
        }

        notes.insert("seconds per call, median of \(repeats) (the A2 fit: 1); Double; our default solvers", at: 0)
        return Section(
            title: "A. Classical ML: linear models, k-means, PCA, k-NN", unit: "s", direction: .lowerIsBetter,
            references: [label], goal: 0.5, rows: rows, notes: notes)
    }

    private func largestError(_ estimate: Tensor<Double>, _ truth: Tensor<Double>) -> Double {
        zip(estimate.scalars, truth.scalars).map { abs($0 - $1) }.max() ?? 0
    }
}
