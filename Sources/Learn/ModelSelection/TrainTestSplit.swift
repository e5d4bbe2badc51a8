import Engine

/// The row indices of a random split into a training and a test set, as scikit-learn's
/// `train_test_split`: a seeded permutation, the first `testCount` rows for testing.
/// With `stratifiedBy`, each class is split in the same proportion, so that a rare class
/// is not left out of either side. Indices are sorted within each side.
///
/// ```swift
/// let split = try trainTestSplit(count: x.shape[0], testFraction: 0.25, seed: 0, stratifiedBy: labels)
/// let xTrain = x.gathering(split.train), xTest = x.gathering(split.test)
/// let yTrain = split.train.map { labels[$0] }
/// ```
public func trainTestSplit(
    count: Int, testFraction: Double = 0.25, seed: UInt64 = 0, stratifiedBy labels: [Int]? = nil
) throws(LearnError) -> (train: [Int], test: [Int]) {
    let operation = "trainTestSplit"
    guard testFraction > 0, testFraction < 1 else {
        throw LearnError(operation, "testFraction must be between 0 and 1, not \(testFraction)")
    }
    let testCount = Int((Double(count) * testFraction).rounded(.up))
    guard count >= 2, testCount < count else {
        throw LearnError(operation, "cannot split \(count) samples into non-empty training and test sets")
    }
    var generator = SeededGenerator(seed: seed)
    guard let labels else {
        let order = generator.permutation(count)
        return (Array(order[testCount...]).sorted(), Array(order[..<testCount]).sorted())
    }
    try InputValidation.labels(labels, rows: count, in: operation)
    // Each class contributes its share of the test set, rounded so the total is exact
    // (largest remainders first).
    let classes = (labels.max() ?? 0) + 1
    var members = [[Int]](repeating: [], count: classes)
    for (index, label) in labels.enumerated() { members[label].append(index) }
    let exact = members.map { Double($0.count) * Double(testCount) / Double(count) }
    var shares = exact.map { Int($0) }
    let remainders = exact.indices.sorted { exact[$0] - Double(shares[$0]) > exact[$1] - Double(shares[$1]) }
    for c in remainders.prefix(testCount - shares.reduce(0, +)) { shares[c] += 1 }
    var train: [Int] = [], test: [Int] = []
    for c in 0..<classes {
        var group = members[c]
        generator.shuffle(&group)
        test += group.prefix(shares[c])
        train += group.dropFirst(shares[c])
    }
    return (train.sorted(), test.sorted())
}

/// k-fold cross-validation splits (Stone, 1974): the rows cut into `folds` contiguous
/// parts (after a seeded shuffle when `shuffle`), each the test set once while the
/// others train. The first `count % folds` parts get one extra row, as scikit-learn's
/// `KFold`.
///
/// ```swift
/// for (train, test) in try KFold(folds: 5, shuffle: true, seed: 0).splits(count: 100) { … }
/// ```
public struct KFold: Sendable {
    public var folds: Int
    public var shuffle: Bool
    public var seed: UInt64

    public init(folds: Int = 5, shuffle: Bool = false, seed: UInt64 = 0) {
        self.folds = folds
        self.shuffle = shuffle
        self.seed = seed
    }

    /// The `(train, test)` row indices of each fold, each sorted.
    public func splits(count: Int) throws(LearnError) -> [(train: [Int], test: [Int])] {
        guard folds >= 2 else { throw LearnError("KFold.splits", "folds must be at least 2, not \(folds)") }
        try InputValidation.count(folds, "folds", atMost: count, limitName: "the number of samples", in: "KFold.splits")
        var order = Array(0..<count)
        if shuffle {
            var generator = SeededGenerator(seed: seed)
            generator.shuffle(&order)
        }
        var fold = [Int](repeating: 0, count: count)
        var start = 0
        for f in 0..<folds {
            let size = count / folds + (f < count % folds ? 1 : 0)
            for position in start..<(start + size) { fold[order[position]] = f }
            start += size
        }
        return foldSplits(fold, folds: folds)
    }
}

/// Stratified k-fold splits: like ``KFold``, but every fold holds about the same share
/// of each class — each class's rows (shuffled when `shuffle`) are dealt to the folds
/// in turn. Use it for classification, especially with unbalanced classes.
///
/// ```swift
/// let splits = try StratifiedKFold(folds: 5, shuffle: true, seed: 0).splits(labels: labels)
/// ```
public struct StratifiedKFold: Sendable {
    public var folds: Int
    public var shuffle: Bool
    public var seed: UInt64

    public init(folds: Int = 5, shuffle: Bool = false, seed: UInt64 = 0) {
        self.folds = folds
        self.shuffle = shuffle
        self.seed = seed
    }

    /// The `(train, test)` row indices of each fold, each sorted.
    public func splits(labels: [Int]) throws(LearnError) -> [(train: [Int], test: [Int])] {
        let operation = "StratifiedKFold.splits"
        guard folds >= 2 else { throw LearnError(operation, "folds must be at least 2, not \(folds)") }
        try InputValidation.labels(labels, rows: labels.count, in: operation)
        let classes = (labels.max() ?? 0) + 1
        var members = [[Int]](repeating: [], count: classes)
        for (index, label) in labels.enumerated() { members[label].append(index) }
        if let largest = members.map(\.count).max(), largest < folds {
            throw LearnError(operation, "folds = \(folds) is larger than the largest class (\(largest) samples)")
        }
        var generator = SeededGenerator(seed: seed)
        var fold = [Int](repeating: 0, count: labels.count)
        // Deal class after class, continuing the rotation, so fold sizes stay even too.
        var next = 0
        for c in 0..<classes {
            var group = members[c]
            if shuffle { generator.shuffle(&group) }
            for index in group {
                fold[index] = next
                next = (next + 1) % folds
            }
        }
        return foldSplits(fold, folds: folds)
    }
}

/// Train and test indices from each row's fold number.
func foldSplits(_ fold: [Int], folds: Int) -> [(train: [Int], test: [Int])] {
    (0..<folds).map { f in
        (fold.indices.filter { fold[$0] != f }, fold.indices.filter { fold[$0] == f })
    }
}
