import Engine

/// The checks every estimator runs on its input before touching it.
///
/// Each returns the size it validated, so a caller reads
/// `let (n, d) = try InputValidation.matrix(x, "x", in: "PCA.fit")`.
public enum InputValidation {
    /// Checks that `x` is a non-empty `[n, d]` matrix of finite numbers.
    @discardableResult
    public static func matrix<Scalar>(
        _ x: Tensor<Scalar>, _ name: String, in operation: String
    ) throws(LearnError) -> (rows: Int, columns: Int) {
        guard x.rank == 2 else {
            throw LearnError(operation, "\(name) must be a matrix [samples, features], but has shape \(x.shape)")
        }
        guard x.shape[0] > 0, x.shape[1] > 0 else {
            throw LearnError(operation, "\(name) is empty (shape \(x.shape))")
        }
        try finite(x, name, in: operation)
        return (x.shape[0], x.shape[1])
    }

    /// Checks that `y` is a vector of finite numbers with one entry per row of `x`.
    public static func targets<Scalar>(
        _ y: Tensor<Scalar>, rows: Int, _ name: String = "y", in operation: String
    ) throws(LearnError) {
        guard y.rank == 1 else {
            throw LearnError(operation, "\(name) must be a vector [samples], but has shape \(y.shape)")
        }
        guard y.shape[0] == rows else {
            throw LearnError(operation, "x has \(rows) rows but \(name) has \(y.shape[0])")
        }
        try finite(y, name, in: operation)
    }

    /// Checks that integer class labels are one per row and in `0..<classes` when given.
    public static func labels(
        _ labels: [Int], rows: Int, classes: Int? = nil, in operation: String
    ) throws(LearnError) {
        guard labels.count == rows else {
            throw LearnError(operation, "x has \(rows) rows but there are \(labels.count) labels")
        }
        if let bad = labels.first(where: { label in label < 0 || classes.map { label >= $0 } ?? false }) {
            let range = classes.map { "0..<\($0)" } ?? "non-negative"
            throw LearnError(operation, "label \(bad) is outside \(range)")
        }
    }

    /// Checks that `x` has the `columns` features the model was fitted on.
    public static func features<Scalar>(
        _ x: Tensor<Scalar>, columns: Int, in operation: String
    ) throws(LearnError) {
        let (_, d) = try matrix(x, "x", in: operation)
        guard d == columns else {
            throw LearnError(operation, "the model was fitted on \(columns) features but x has \(d)")
        }
    }

    /// Checks that a count hyperparameter such as `k` is in `1...limit`.
    public static func count(
        _ value: Int, _ name: String, atMost limit: Int, limitName: String, in operation: String
    ) throws(LearnError) {
        guard value >= 1 else { throw LearnError(operation, "\(name) must be at least 1, not \(value)") }
        guard value <= limit else {
            throw LearnError(operation, "\(name) = \(value) is larger than \(limitName) (\(limit))")
        }
    }

    /// Checks that every element is finite, naming the first that is not.
    public static func finite<Scalar>(_ x: Tensor<Scalar>, _ name: String, in operation: String) throws(LearnError) {
        // A concrete loop for Double (every estimator's type), the engine's kernel for
        // Float: a generic closure here would run unspecialised, a call per element.
        let first = x.withUnsafeBufferPointer { buffer in
            (buffer as? UnsafeBufferPointer<Double>).map(firstNonFiniteDouble) ?? Scalar.firstNonFinite(buffer)
        }
        if let index = first {
            let value = x.scalars[index]
            throw LearnError(operation, "\(name) holds \(value) at flat index \(index); remove or impute it first")
        }
    }
}

/// The index of the first NaN or infinity: `x − x` is 0 for a finite `x` and NaN
/// otherwise, so a block is clean when the sum of its `x − x` is 0 (eight independent
/// lanes, so the loop vectorises); only a dirty block is searched element by element.
func firstNonFiniteDouble(_ x: UnsafeBufferPointer<Double>) -> Int? {
    let block = 1024
    var start = 0
    while start < x.count {
        let end = Swift.min(start + block, x.count)
        var lanes = SIMD8<Double>()
        var i = start
        while i + 8 <= end {
            let v = UnsafeRawPointer(x.baseAddress! + i).loadUnaligned(as: SIMD8<Double>.self)
            lanes += v - v
            i += 8
        }
        var tail = 0.0
        while i < end { tail += x[i] - x[i]; i += 1 }
        if lanes.sum() + tail != 0 {
            return (start..<end).first { !x[$0].isFinite }
        }
        start = end
    }
    return nil
}
