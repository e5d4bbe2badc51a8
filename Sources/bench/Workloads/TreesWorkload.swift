import Datasets
import Engine
import Foundation
import Learn

/// BENCHMARKS.md A3, A4 and A5: the decision tree, random forest, gradient boosting
/// and RBF support vector classifier on Fashion-MNIST pixels (Double), beside
/// scikit-learn in a Python subprocess (`Scripts/bench/sklearn_trees.py`) on the same
/// rows: the first 10000 training rows for the trees (accuracy on the 10000 test rows),
/// the first 5000 for the SVC (accuracy on the first 2000 test rows).
///
/// Each fit and predict lasts seconds and is timed once, ours first, then
/// scikit-learn's. Test accuracies (and the SVC's support vectors) are printed side by
/// side under the table, since a fast fit of a worse model is no win.
struct TreesWorkload: Workload {
    let name = "trees"
    let summary = "A3, A4, A5: decision tree, random forest, gradient boosting, RBF SVC vs scikit-learn"

    func run(_ options: BenchOptions) -> Section {
        let quick = options.quick
        var rows: [Row] = [], notes: [String] = []
        var label = "scikit-learn"
        func reference(_ workload: String) -> PythonReference.Outcome {
            let outcome = PythonReference.run("sklearn_trees.py", [workload] + (quick ? ["--quick"] : []))
            let named = outcome.label("scikit-learn", versionKey: "sklearn")
            if named != "scikit-learn" { label = named }
            if case let .notInstalled(reason) = outcome {
                notes.append("\(workload): scikit-learn not installed (\(reason)): "
                    + ".venv-bench/bin/pip install numpy scikit-learn==1.9.1")
            }
            return outcome
        }
        func accuracies(_ what: String, _ ours: [Int], _ truth: [Int], _ outcome: PythonReference.Outcome) -> String {
            let theirs = outcome.figure("accuracy").value.map { String(format: "%.4f", $0) } ?? "—"
            return String(format: "%@ test accuracy: ours %.4f, scikit-learn %@", what,
                          (try? Learn.accuracy(truth, ours)) ?? .nan, theirs)
        }

        let trainRows = quick ? 2000 : 10000, testRows = quick ? 1000 : 10000
        guard let (x, labels) = try? FashionMNIST.load(split: .train, as: Double.self, limit: trainRows),
              let (xTest, testLabels) = try? FashionMNIST.load(split: .test, as: Double.self, limit: testRows)
        else {
            return Section(
                title: "A. Classical ML: trees, forests, boosting, SVM", unit: "s", direction: .lowerIsBetter,
                references: [label], goal: 0.5, rows: [],
                notes: ["A3–A5: Fashion-MNIST not installed (apt-get install dataset-fashion-mnist)"])
        }
        let size = "\(trainRows)×784"

        // A3: one unlimited tree, then a forest of 100.
        let (tree, treeSeconds) = timedMedian(1) { try! DecisionTreeClassifier().fit(x, labels) }
        let treePredicted = try! tree.predict(xTest)
        let skTree = reference("tree")
        rows.append(Row(workload: "A3 DecisionTree fit, \(size)", ours: .measured(treeSeconds),
                        references: [skTree.figure("fit")]))
        notes.append(accuracies("A3 tree", treePredicted, testLabels, skTree)
            + " (\(tree.tree.leafCount) leaves, depth \(tree.tree.depth))")

        let treeCount = quick ? 20 : 100
        let (forest, forestSeconds) = timedMedian(1) { try! RandomForestClassifier(treeCount: treeCount, seed: 0).fit(x, labels) }
        let (forestPredicted, forestPredictSeconds) = timedMedian(1) { try! forest.predict(xTest) }
        let skForest = reference("forest")
        rows.append(Row(workload: "A3 RandomForest fit, \(treeCount) trees, \(size)", ours: .measured(forestSeconds),
                        references: [skForest.figure("fit")]))
        rows.append(Row(workload: "A3 RandomForest predict, \(testRows) rows", ours: .measured(forestPredictSeconds),
                        references: [skForest.figure("predict")]))
        notes.append(accuracies("A3 forest", forestPredicted, testLabels, skForest))

        // A4: histogram gradient boosting, 10 trees (one per class) per iteration.
        let iterations = quick ? 10 : 100
        let (booster, boostSeconds) = timedMedian(1) { try! GradientBoostingClassifier(iterations: iterations).fit(x, labels) }
        let (boostPredicted, boostPredictSeconds) = timedMedian(1) { try! booster.predict(xTest) }
        let skBoost = reference("boosting")
        rows.append(Row(workload: "A4 GradientBoosting fit, \(iterations) iterations, \(size)",
                        ours: .measured(boostSeconds), references: [skBoost.figure("fit")]))
        rows.append(Row(workload: "A4 GradientBoosting predict, \(testRows) rows",
                        ours: .measured(boostPredictSeconds), references: [skBoost.figure("predict")]))
        notes.append(accuracies("A4 boosting", boostPredicted, testLabels, skBoost))

        // A5: RBF SVC, C = 10, γ = 'scale', one against one over 45 pairs.
        let svcRows = quick ? 1000 : 5000, svcTestRows = quick ? 1000 : 2000
        let svcX = x.shape[0] >= svcRows ? x[0..<svcRows] : x
        let svcLabels = Array(labels.prefix(svcRows))
        let svcTest = xTest[0..<min(svcTestRows, xTest.shape[0])]
        let (svc, svcSeconds) = timedMedian(1) { try! SupportVectorClassifier(c: 10, kernel: .rbf(scale: .scale)).fit(svcX, svcLabels) }
        let (svcPredicted, svcPredictSeconds) = timedMedian(1) { try! svc.predict(svcTest) }
        let skSVC = reference("svc")
        rows.append(Row(workload: "A5 SVC (RBF, C=10) fit, \(svcRows)×784", ours: .measured(svcSeconds),
                        references: [skSVC.figure("fit")]))
        rows.append(Row(workload: "A5 SVC predict, \(svcTest.shape[0]) rows", ours: .measured(svcPredictSeconds),
                        references: [skSVC.figure("predict")]))
        let theirSupport = skSVC.figure("support_vectors").value.map { String(Int($0)) } ?? "—"
        notes.append(accuracies("A5 SVC", svcPredicted, Array(testLabels.prefix(svcTest.shape[0])), skSVC)
            + "; support vectors: ours \(svc.supportIndices.count), scikit-learn \(theirSupport)")

        notes.insert("seconds for one call (each lasts seconds); Double pixels; scikit-learn's forest with "
            + "n_jobs=2, its boosting with early_stopping=False", at: 0)
        return Section(
            title: "A. Classical ML: trees, forests, boosting, SVM", unit: "s", direction: .lowerIsBetter,
            references: [label], goal: 0.5, rows: rows, notes: notes)
    }
}
