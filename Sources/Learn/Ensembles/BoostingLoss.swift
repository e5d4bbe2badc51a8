#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The loss a gradient-boosted ensemble minimises, through its first and second
/// derivatives with respect to the raw score `F(x)` (Friedman, "Greedy function
/// approximation: a gradient boosting machine", *Annals of Statistics*, 2001; the
/// second-order form is Chen & Guestrin's, "XGBoost", KDD 2016). As scikit-learn's
/// half losses:
///
/// - ``squaredError``: `½(F − y)²`, with `g = F − y` and `h = 1`;
/// - ``logistic``: two classes, `log(1 + e^F) − yF`, with `p = σ(F)`, `g = p − y`,
///   `h = p(1 − p)`;
/// - ``multinomial``: `K` classes, one score per class, `log Σ_j e^{F_j} − F_y`, with
///   `p = softmax(F)`, `g_k = p_k − [y = k]` and the diagonal `h_k = p_k(1 − p_k)`.
enum BoostingLoss: Equatable {
    case squaredError
    case logistic
    case multinomial(classes: Int)

    /// The number of raw scores (and trees per iteration): `K` for multinomial, else 1.
    var scoreCount: Int {
        if case let .multinomial(classes) = self { return classes }
        return 1
    }

    /// The best constant raw score(s) before any tree: the mean target; the log-odds
    /// of the positive class; the log class frequencies, centred to sum 0 (scikit-learn's
    /// symmetric multinomial link). Frequencies are clipped to `[ε, 1 − ε]`.
    func baseline(_ targets: [Double]) -> [Double] {
        let n = Double(targets.count)
        switch self {
        case .squaredError:
            return [targets.reduce(0, +) / n]
        case .logistic:
            let p = clipped(targets.reduce(0, +) / n)
            return [log(p / (1 - p))]
        case let .multinomial(classes):
            var counts = [Double](repeating: 0, count: classes)
            for y in targets { counts[Int(y)] += 1 }
            let logs = counts.map { log(clipped($0 / n)) }
            let mean = logs.reduce(0, +) / Double(classes)
            return logs.map { $0 - mean }
        }
    }

    private func clipped(_ p: Double) -> Double { min(max(p, Double.ulpOfOne), 1 - Double.ulpOfOne) }

    /// Writes `g` and `h` for every sample and score, row-major by score:
    /// `gradients[k * n + i]`, from the raw scores `raw[k * n + i]`.
    ///
    /// As scikit-learn, the derivatives are rounded to single precision (their sums are
    /// kept in double): the same numbers give the same choices between near-equal
    /// splits, and a single-precision gradient is plenty for a greedy tree.
    func derivatives(
        raw: UnsafeBufferPointer<Double>, targets: UnsafeBufferPointer<Double>,
        gradients: UnsafeMutableBufferPointer<Double>, hessians: UnsafeMutableBufferPointer<Double>
    ) {
        let n = targets.count
        switch self {
        case .squaredError:
            for i in 0..<n {
                gradients[i] = Self.single(raw[i] - targets[i])
                hessians[i] = 1
            }
        case .logistic:
            for i in 0..<n {
                let p = Self.sigmoid(raw[i])
                gradients[i] = Self.single(p - targets[i])
                hessians[i] = Self.single(p * (1 - p))
            }
        case let .multinomial(classes):
            var p = [Double](repeating: 0, count: classes)
            for i in 0..<n {
                // A stable softmax: subtract the largest score first.
                var largest = -Double.infinity
                for k in 0..<classes { largest = max(largest, raw[k * n + i]) }
                var sum = 0.0
                for k in 0..<classes {
                    p[k] = exp(raw[k * n + i] - largest)
                    sum += p[k]
                }
                let label = Int(targets[i])
                for k in 0..<classes {
                    let pk = p[k] / sum
                    gradients[k * n + i] = Self.single(pk - (k == label ? 1 : 0))
                    hessians[k * n + i] = Self.single(pk * (1 - pk))
                }
            }
        }
    }

    /// `x` rounded to the nearest `Float`.
    @inline(__always)
    static func single(_ x: Double) -> Double { Double(Float(x)) }

    /// `1 / (1 + e^{−x})` without overflow.
    static func sigmoid(_ x: Double) -> Double {
        x >= 0 ? 1 / (1 + exp(-x)) : exp(x) / (1 + exp(x))
    }
}
