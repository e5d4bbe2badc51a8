#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// How many features a tree may try at each split (scikit-learn's `max_features`).
///
/// Trying a random subset at every node decorrelates the trees of a random forest
/// (Breiman, 2001): `sqrt` is the usual choice for classification.
///
/// ```swift
/// MaxFeatures.sqrt.count(featureCount: 784)  // 28
/// ```
public enum MaxFeatures: Sendable, Equatable {
    /// Every feature (a plain decision tree).
    case all
    /// `⌊√d⌋` of the `d` features.
    case sqrt
    /// `⌊log₂ d⌋` of them.
    case log2
    /// A fixed number, in `1...d`.
    case count(Int)
    /// A fraction in `(0, 1]` of them, rounded down (at least one).
    case fraction(Double)

    /// The number of features tried per split when there are `featureCount`, or an
    /// error naming the problem.
    func count(featureCount d: Int, in operation: String) throws(LearnError) -> Int {
        switch self {
        case .all: return d
        case .sqrt: return max(1, Int(Double(d).squareRoot()))
        case .log2: return max(1, Int(binaryLogarithm(Double(d))))
        case let .count(k):
            try InputValidation.count(k, "maxFeatures", atMost: d, limitName: "the number of features", in: operation)
            return k
        case let .fraction(f):
            guard f > 0, f <= 1 else {
                throw LearnError(operation, "maxFeatures fraction must be in (0, 1], not \(f)")
            }
            return max(1, Int(f * Double(d)))
        }
    }

    /// The number of features tried per split when there are `featureCount` (clamped to
    /// `1...featureCount`).
    ///
    /// ```swift
    /// MaxFeatures.log2.count(featureCount: 784)  // 9
    /// ```
    public func count(featureCount d: Int) -> Int {
        let k = (try? count(featureCount: d, in: "MaxFeatures")) ?? d
        return min(max(k, 1), max(d, 1))
    }
}

/// log₂, outside the enum, whose `log2` case would shadow the function.
private func binaryLogarithm(_ x: Double) -> Double { log2(x) }
