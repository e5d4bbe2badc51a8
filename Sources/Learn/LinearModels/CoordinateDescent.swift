import Engine

/// Cyclic coordinate descent for the elastic net (Friedman, Hastie & Tibshirani,
/// "Regularization paths for generalized linear models via coordinate descent",
/// *Journal of Statistical Software* 33(1), 2010), the algorithm of scikit-learn's
/// `enet_path`, minimising
///
///     (1/2n) ‖y − X w‖² + α ρ ‖w‖₁ + (α (1 − ρ) / 2) ‖w‖².
///
/// With all other weights fixed, the objective in `w_j` is a one-dimensional quadratic
/// plus `|w_j|`, whose minimiser is a soft threshold:
///
///     w_j ← S(x_jᵀ r + ‖x_j‖² w_j, n α ρ) / (‖x_j‖² + n α (1 − ρ)),
///     S(z, γ) = sign(z) max(|z| − γ, 0),
///
/// where `r = y − X w` is kept up to date. A sweep visits every feature once; sweeps stop
/// when the duality gap (a bound on the distance to the optimum) falls below
/// `tolerance · ‖y‖²`, checked whenever the largest update is small.
struct CoordinateDescent {
    let rows: Int, columns: Int
    /// The features, column-major: column `j` is contiguous.
    private let columnMajor: [Double]
    private let columnNorms: [Double]
    private let y: [Double]
    private let ySquaredNorm: Double

    init(x: [Double], y: [Double], rows: Int, columns: Int) {
        self.rows = rows
        self.columns = columns
        var transposed = [Double](repeating: 0, count: rows * columns)
        x.withUnsafeBufferPointer { x in
            transposed.withUnsafeMutableBufferPointer { out in
                Double.transpose(x, rows: rows, columns: columns, into: out)
            }
        }
        columnMajor = transposed
        columnNorms = rowSquaredNorms(transposed, rows: columns, columns: rows)
        self.y = y
        ySquaredNorm = dot(y, y)
    }

    /// The smallest `α` at which every weight is zero for mixing `ρ`: `max |Xᵀy| / (n ρ)`.
    func largestAlpha(l1Ratio: Double) -> Double {
        let xty = matrixVectorProduct(columnMajor, rows: columns, columns: rows, y)
        return (xty.map { Swift.abs($0) }.max() ?? 0) / (Double(rows) * l1Ratio)
    }

    /// Minimises from the warm start `weights`; returns the sweeps made and the final
    /// duality gap (relative to `‖y‖²`).
    func minimize(
        weights: inout [Double], alpha: Double, l1Ratio: Double, tolerance: Double, maxSweeps: Int
    ) -> (sweeps: Int, gap: Double, converged: Bool) {
        let n = rows, d = columns
        let l1 = alpha * l1Ratio * Double(n)
        let l2 = alpha * (1 - l1Ratio) * Double(n)
        let gapTolerance = tolerance * ySquaredNorm
        var residual = y
        let xw = matrixVectorProduct(columnMajor, rows: d, columns: n, weights, transpose: true)
        for i in 0..<n { residual[i] -= xw[i] }
        var gap = Double.infinity
        for sweep in 1...Swift.max(1, maxSweeps) {
            var largestUpdate = 0.0, largestWeight = 0.0
            columnMajor.withUnsafeBufferPointer { x in
                residual.withUnsafeMutableBufferPointer { r in
                    for j in 0..<d where columnNorms[j] > 0 {
                        let column = x.baseAddress! + j * n
                        let old = weights[j]
                        var rho = 0.0
                        for i in 0..<n { rho += column[i] * r[i] }
                        rho += columnNorms[j] * old
                        let shrunk = Swift.max(Swift.abs(rho) - l1, 0)
                        let new = rho < 0 ? -shrunk / (columnNorms[j] + l2) : shrunk / (columnNorms[j] + l2)
                        if new != old {
                            let change = new - old
                            for i in 0..<n { r[i] -= change * column[i] }
                            weights[j] = new
                        }
                        largestUpdate = Swift.max(largestUpdate, Swift.abs(new - old))
                        largestWeight = Swift.max(largestWeight, Swift.abs(new))
                    }
                }
            }
            if largestWeight == 0 || largestUpdate / largestWeight < tolerance || sweep == maxSweeps {
                gap = dualityGap(weights: weights, residual: residual, l1: l1, l2: l2)
                if gap < gapTolerance { return (sweep, gap / Swift.max(ySquaredNorm, .leastNormalMagnitude), true) }
            }
        }
        return (maxSweeps, gap / Swift.max(ySquaredNorm, .leastNormalMagnitude), false)
    }

    /// The duality gap of the (unnormalised) elastic-net problem at `weights`, as in
    /// scikit-learn's `cd_fast`: the dual point is the residual scaled into the dual
    /// feasible set.
    private func dualityGap(weights: [Double], residual: [Double], l1: Double, l2: Double) -> Double {
        let n = rows, d = columns
        var xta = matrixVectorProduct(columnMajor, rows: d, columns: n, residual)
        for j in 0..<d { xta[j] -= l2 * weights[j] }
        let dualNorm = xta.map { Swift.abs($0) }.max() ?? 0
        let residualNorm = dot(residual, residual)
        let weightNorm = dot(weights, weights)
        var gap: Double
        let scale: Double
        if dualNorm > l1 {
            scale = l1 / dualNorm
            gap = 0.5 * (residualNorm + residualNorm * scale * scale)
        } else {
            scale = 1
            gap = residualNorm
        }
        let l1Norm = weights.reduce(0) { $0 + Swift.abs($1) }
        gap += l1 * l1Norm - scale * dot(residual, y) + 0.5 * l2 * (1 + scale * scale) * weightNorm
        return gap
    }
}
