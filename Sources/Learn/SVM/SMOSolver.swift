/// Sequential minimal optimisation for the soft-margin SVM dual (Platt, "Sequential
/// minimal optimization", 1998), with the second-order working-set selection of Fan,
/// Chen & Lin ("Working set selection using second order information for training
/// support vector machines", JMLR 2005) and libsvm's shrinking (Chang & Lin, 2011).
///
/// The dual of the soft-margin SVM with labels `y_i = ±1` is
///
///     min_α ½ αᵀQα − Σ_i α_i   subject to  yᵀα = 0,  0 ≤ α_i ≤ C,   Q_ij = y_i y_j K(x_i, x_j).
///
/// SMO changes two multipliers at a time, the smallest step that keeps `yᵀα = 0`, and
/// solves that two-variable problem exactly (a clipped Newton step along the line).
/// With the gradient `G = Qα − 1`, the KKT conditions say that `−y_t G_t` is at most
/// `m(α) = max { −y_t G_t : t ∈ I_up }` on `I_low` and at least `M(α) = min …` on `I_up`;
/// the pair is `i`, the most violating index in `I_up`, and the `j` in `I_low` whose step
/// lowers the objective most by its second-order estimate `−(G-gap)²/(2·curvature)`.
/// It stops when `m(α) − M(α) < tolerance`. Shrinking sets aside the multipliers stuck at
/// a bound and checks them again before stopping.
///
/// The code follows libsvm's `Solver` step by step, so that it finds libsvm's solution
/// (and scikit-learn's SVC) on the same problem.
struct SMOSolver {
    /// The result: the multipliers and the offset `ρ` of `f(x) = Σ α_i y_i K(x_i, x) − ρ`.
    struct Solution {
        var alpha: [Double]
        var rho: Double
        var iterations: Int
    }

    let y: [Double]
    let c: Double
    let tolerance: Double
    let shrinking: Bool
    let q: KernelCache

    private enum Status { case lower, upper, free }

    func solve() -> Solution {
        let l = y.count
        var alpha = [Double](repeating: 0, count: l)
        var status = [Status](repeating: .lower, count: l)
        // G = Qα + p with p = −1; G_bar_t = Σ_{i at the upper bound} C·Q_it.
        var gradient = [Double](repeating: -1, count: l)
        var gradientBar = [Double](repeating: 0, count: l)
        var active = Array(0..<l)
        var unshrink = false
        let diagonal = q.diagonal.map(Double.init)
        let tau = 1e-12

        func updateStatus(_ i: Int) {
            status[i] = alpha[i] >= c ? .upper : alpha[i] <= 0 ? .lower : .free
        }

        /// The gradient of the multipliers set aside, rebuilt before they come back.
        func reconstructGradient() {
            guard active.count < l else { return }
            var isActive = [Bool](repeating: false, count: l)
            for t in active { isActive[t] = true }
            let inactive = (0..<l).filter { !isActive[$0] }
            for t in inactive { gradient[t] = gradientBar[t] - 1 }
            for i in active where status[i] == .free {
                let row = q.row(i)
                for t in inactive { gradient[t] += alpha[i] * Double(row[t]) }
            }
        }

        /// Whether a multiplier at a bound can be set aside: its gradient says it stays.
        func canShrink(_ t: Int, _ gmax1: Double, _ gmax2: Double) -> Bool {
            switch status[t] {
            case .upper: return y[t] > 0 ? -gradient[t] > gmax1 : -gradient[t] > gmax2
            case .lower: return y[t] > 0 ? gradient[t] > gmax2 : gradient[t] > gmax1
            case .free: return false
            }
        }

        func shrink() {
            var gmax1 = -Double.infinity, gmax2 = -Double.infinity
            for t in active {
                if y[t] > 0 {
                    if status[t] != .upper { gmax1 = max(gmax1, -gradient[t]) }
                    if status[t] != .lower { gmax2 = max(gmax2, gradient[t]) }
                } else {
                    if status[t] != .upper { gmax2 = max(gmax2, -gradient[t]) }
                    if status[t] != .lower { gmax1 = max(gmax1, gradient[t]) }
                }
            }
            if !unshrink && gmax1 + gmax2 <= tolerance * 10 {
                unshrink = true
                reconstructGradient()
                active = Array(0..<l)
            }
            active.removeAll { canShrink($0, gmax1, gmax2) }
        }

        /// WSS2: the pair (i, j), or nil when the KKT conditions hold to `tolerance`.
        func selectWorkingSet() -> (Int, Int)? {
            var gmax = -Double.infinity, gmax2 = -Double.infinity
            var i = -1
            for t in active {
                if y[t] > 0 {
                    if status[t] != .upper && -gradient[t] >= gmax { gmax = -gradient[t]; i = t }
                } else {
                    if status[t] != .lower && gradient[t] >= gmax { gmax = gradient[t]; i = t }
                }
            }
            var j = -1
            var bestObjective = Double.infinity
            let rowI: UnsafePointer<Float>? = i >= 0 ? q.row(i) : nil
            for t in active {
                if y[t] > 0 {
                    guard status[t] != .lower else { continue }
                    let gap = gmax + gradient[t]
                    if gradient[t] >= gmax2 { gmax2 = gradient[t] }
                    if gap > 0, let rowI {
                        let curvature = diagonal[i] + diagonal[t] - 2 * y[i] * Double(rowI[t])
                        let objective = -(gap * gap) / (curvature > 0 ? curvature : tau)
                        if objective <= bestObjective { j = t; bestObjective = objective }
                    }
                } else {
                    guard status[t] != .upper else { continue }
                    let gap = gmax - gradient[t]
                    if -gradient[t] >= gmax2 { gmax2 = -gradient[t] }
                    if gap > 0, let rowI {
                        let curvature = diagonal[i] + diagonal[t] + 2 * y[i] * Double(rowI[t])
                        let objective = -(gap * gap) / (curvature > 0 ? curvature : tau)
                        if objective <= bestObjective { j = t; bestObjective = objective }
                    }
                }
            }
            if gmax + gmax2 < tolerance || j == -1 { return nil }
            return (i, j)
        }

        let maxIterations = max(10_000_000, l > Int(Int32.max) / 100 ? Int(Int32.max) : 100 * l)
        var iteration = 0
        var counter = min(l, 1000) + 1
        while iteration < maxIterations {
            counter -= 1
            if counter == 0 {
                counter = min(l, 1000)
                if shrinking { shrink() }
            }
            var pair = selectWorkingSet()
            if pair == nil {
                // Optimal on the active set: bring every multiplier back and check again.
                reconstructGradient()
                active = Array(0..<l)
                pair = selectWorkingSet()
                guard pair != nil else { break }
                counter = 1  // shrink again at the next iteration
            }
            let (i, j) = pair!
            iteration += 1
            let rowI = q.row(i), rowJ = q.row(j)
            let (oldI, oldJ) = (alpha[i], alpha[j])
            solvePair(i, j, rowI, rowJ, diagonal, &alpha, gradient, tau)
            let deltaI = alpha[i] - oldI, deltaJ = alpha[j] - oldJ
            for t in active { gradient[t] += Double(rowI[t]) * deltaI + Double(rowJ[t]) * deltaJ }
            // Keep G_bar: add or remove C·Q_i when α_i reaches or leaves C.
            for (index, row) in [(i, rowI), (j, rowJ)] {
                let wasUpper = status[index] == .upper
                updateStatus(index)
                guard wasUpper != (status[index] == .upper) else { continue }
                let sign = wasUpper ? -c : c
                for t in 0..<l { gradientBar[t] += sign * Double(row[t]) }
            }
        }
        return Solution(alpha: alpha, rho: rho(alpha, status, gradient), iterations: iteration)
    }

    /// The exact minimiser of the dual along the line that moves α_i and α_j and keeps
    /// `yᵀα`, clipped to the box `[0, C]²` (libsvm's analytic update).
    private func solvePair(
        _ i: Int, _ j: Int, _ rowI: UnsafePointer<Float>, _ rowJ: UnsafePointer<Float>,
        _ diagonal: [Double], _ alpha: inout [Double], _ gradient: [Double], _ tau: Double
    ) {
        let qij = Double(rowI[j])
        if y[i] != y[j] {
            var curvature = diagonal[i] + diagonal[j] + 2 * qij
            if curvature <= 0 { curvature = tau }
            let delta = (-gradient[i] - gradient[j]) / curvature
            let difference = alpha[i] - alpha[j]
            alpha[i] += delta
            alpha[j] += delta
            if difference > 0 {
                if alpha[j] < 0 { alpha[j] = 0; alpha[i] = difference }
            } else {
                if alpha[i] < 0 { alpha[i] = 0; alpha[j] = -difference }
            }
            if difference > 0 {
                if alpha[i] > c { alpha[i] = c; alpha[j] = c - difference }
            } else {
                if alpha[j] > c { alpha[j] = c; alpha[i] = c + difference }
            }
        } else {
            var curvature = diagonal[i] + diagonal[j] - 2 * qij
            if curvature <= 0 { curvature = tau }
            let delta = (gradient[i] - gradient[j]) / curvature
            let sum = alpha[i] + alpha[j]
            alpha[i] -= delta
            alpha[j] += delta
            if sum > c {
                if alpha[i] > c { alpha[i] = c; alpha[j] = sum - c }
            } else {
                if alpha[j] < 0 { alpha[j] = 0; alpha[i] = sum }
            }
            if sum > c {
                if alpha[j] > c { alpha[j] = c; alpha[i] = sum - c }
            } else {
                if alpha[i] < 0 { alpha[i] = 0; alpha[j] = sum }
            }
        }
    }

    /// `ρ`: the mean of `y_t G_t` over the free multipliers (where the KKT conditions
    /// pin it exactly), or the middle of the interval the bounded ones allow.
    private func rho(_ alpha: [Double], _ status: [Status], _ gradient: [Double]) -> Double {
        var upper = Double.infinity, lower = -Double.infinity
        var freeCount = 0, freeSum = 0.0
        for t in alpha.indices {
            let yG = y[t] * gradient[t]
            switch status[t] {
            case .upper: if y[t] < 0 { upper = min(upper, yG) } else { lower = max(lower, yG) }
            case .lower: if y[t] > 0 { upper = min(upper, yG) } else { lower = max(lower, yG) }
            case .free:
                freeCount += 1
                freeSum += yG
            }
        }
        return freeCount > 0 ? freeSum / Double(freeCount) : (upper + lower) / 2
    }
}
