#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// How a classification tree measures the impurity of a node whose samples fall into
/// classes with proportions `p_k` (Breiman, Friedman, Olshen & Stone, *Classification
/// and Regression Trees*, 1984):
///
/// - ``gini``: `1 − Σ_k p_k²`, the chance that two samples drawn at random disagree;
/// - ``entropy``: `−Σ_k p_k log₂ p_k`, the bits needed to name a sample's class
///   (Quinlan's information gain, 1986).
///
/// A split is chosen to make `n_L·I(left) + n_R·I(right)` smallest, the children's
/// impurity weighted by their sizes.
public enum SplitCriterion: String, Sendable, CaseIterable {
    case gini, entropy

    /// The impurity of a node with these class counts (all zero: 0).
    public func impurity(_ counts: [Int]) -> Double {
        let total = counts.reduce(0, +)
        guard total > 0 else { return 0 }
        let n = Double(total)
        switch self {
        case .gini:
            return 1 - counts.reduce(0.0) { sum, c in sum + Double(c) * Double(c) } / (n * n)
        case .entropy:
            return counts.reduce(0.0) { sum, c in
                guard c > 0 else { return sum }
                let p = Double(c) / n
                return sum - p * log2(p)
            }
        }
    }
}
