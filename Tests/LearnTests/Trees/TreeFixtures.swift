import Datasets
import Engine
import Foundation
import Learn
import TestSupport

/// `Tests/Fixtures/learn-trees.json`, written by `Scripts/fixtures/learn_trees.py`:
/// scikit-learn's results for the trees, forests, boosting and SVM tests.
struct TreeFixtures: Decodable {
    struct DataSet: Decodable {
        let features: Int
        let x_train: [Double], x_test: [Double]
        let y_train: [Double], y_test: [Double]

        var xTrain: Tensor<Double> { try! Tensor(shape: [y_train.count, features], scalars: x_train) }
        var xTest: Tensor<Double> { try! Tensor(shape: [y_test.count, features], scalars: x_test) }
        var labelsTrain: [Int] { y_train.map { Int($0) } }
        var labelsTest: [Int] { y_test.map { Int($0) } }
        var targetsTrain: Tensor<Double> { Tensor(y_train) }
        var targetsTest: Tensor<Double> { Tensor(y_test) }
    }

    struct TreeCase: Decodable {
        let criterion: String
        let max_depth: Int?
        let min_samples_leaf: Int
        let accuracies: [Double]
        let leaves: [Int]
        let predictions: [Int]?
        /// How well scikit-learn's trees for other seeds agree with seed 0's predictions.
        let seed_agreement: Double?
    }

    struct ForestCase: Decodable {
        let trees: Int
        let accuracies: [Double]
        let oob_scores: [Double]
    }

    struct BoostingCase: Decodable {
        let iterations: Int
        let learning_rate: Double
        let max_leaf_nodes: Int
        let min_samples_leaf: Int
        let accuracy: Double?
        let r2: Double?
        let predictions: [Double]?
        /// The sorted leaf values (learning rate included) of each class's first tree.
        let first_round_leaves: [[Double]]?
    }

    struct SVMCase: Decodable {
        let name: String
        let kernel: String
        let C: Double
        let gamma_value: Double
        let degree: Int
        let coef0: Double
        let features: Int
        let x_train: [Double], x_test: [Double]
        let y_train: [Int], y_test: [Int]
        let accuracy: Double
        let support: [Int]
        let signs: [String]

        var xTrain: Tensor<Double> { try! Tensor(shape: [y_train.count, features], scalars: x_train) }
        var xTest: Tensor<Double> { try! Tensor(shape: [y_test.count, features], scalars: x_test) }
    }

    struct FashionSVC: Decodable {
        let train_rows: Int, test_rows: Int
        let C: Double, gamma_value: Double
        let accuracy: Double
        let support: [Int]
        let signs: [String]
    }

    struct Fashion: Decodable {
        let train_rows: Int, test_rows: Int
        let tree_accuracies: [Double]
        let forest: ForestCase
        let boosting: BoostingCase
        let svc: FashionSVC
    }

    let sklearn: String
    let classification: DataSet
    let trees: [TreeCase]
    let forest: ForestCase
    let boosting_multiclass: BoostingCase
    let boosting_binary: BoostingCase
    let regression: DataSet
    let boosting_regression: BoostingCase
    let svm: [SVMCase]
    let fashion: Fashion

    /// The fixtures, decoded once.
    static let shared: TreeFixtures = try! Fixtures.load(TreeFixtures.self, "learn-trees.json")

    /// Whether Fashion-MNIST is installed (its tests are skipped otherwise).
    static var fashionAvailable: Bool { DataLocator.isAvailable("fashion-mnist/train-images-idx3-ubyte.gz") }

    /// The first `rows` images and labels of a Fashion-MNIST split, in float64.
    static func fashion(_ split: FashionMNIST.Split, rows: Int) throws -> (Tensor<Double>, [Int]) {
        let (images, labels) = try FashionMNIST.load(split: split, as: Double.self, limit: rows)
        return (images, labels)
    }
}

extension TreeFixtures {
    /// The mean of some numbers.
    static func mean(_ values: [Double]) -> Double { values.reduce(0, +) / Double(values.count) }

    /// The share of positions where two label lists agree.
    static func agreement(_ a: [Int], _ b: [Int]) -> Double {
        Double(zip(a, b).filter { $0 == $1 }.count) / Double(max(a.count, 1))
    }
}
