import Engine

/// Input checks shared by the trees, ensembles and SVM, on top of ``InputValidation``.
enum TreeInput {
    /// Checks a classification training set and returns its size, the number of
    /// classes (the largest label plus one) and the labels as 32-bit integers.
    static func classification(
        _ x: Tensor<Double>, _ labels: [Int], in operation: String
    ) throws(LearnError) -> (rows: Int, columns: Int, classCount: Int, labels: [Int32]) {
        let (n, d) = try InputValidation.matrix(x, "x", in: operation)
        try InputValidation.labels(labels, rows: n, in: operation)
        let classCount = (labels.max() ?? 0) + 1
        guard classCount <= Int(Int32.max) else {
            throw LearnError(operation, "labels must be class indices 0..<classes, but the largest is \(classCount - 1)")
        }
        return (n, d, classCount, labels.map { Int32($0) })
    }

    /// Checks a count hyperparameter that must be at least `minimum`.
    static func atLeast(_ value: Int, _ minimum: Int, _ name: String, in operation: String) throws(LearnError) {
        guard value >= minimum else {
            throw LearnError(operation, "\(name) must be at least \(minimum), not \(value)")
        }
    }

    /// Checks a real hyperparameter that must be positive and finite.
    static func positive(_ value: Double, _ name: String, in operation: String) throws(LearnError) {
        guard value > 0, value.isFinite else {
            throw LearnError(operation, "\(name) must be positive and finite, not \(value)")
        }
    }

    /// The index of the largest of `values[start..<start + count]` (the first on ties).
    static func argmax(_ values: UnsafeBufferPointer<Double>, start: Int, count: Int) -> Int {
        var best = 0
        for k in 1..<max(count, 1) where values[start + k] > values[start + best] { best = k }
        return best
    }
}
