import Engine
import Foundation

/// The penalised cross-entropy of logistic regression and its gradient, scaled as
/// scikit-learn scales it for its solvers:
///
///     f(W, b) = (1/n) Σᵢ ℓᵢ + (λ/2) ‖W‖²,   λ = 1 / (C n),
///
/// which has the same minimiser as `C Σᵢ ℓᵢ + ½ ‖W‖²`. The intercepts are not penalised.
///
/// - Binary (`classes == 2`): one weight vector, `zᵢ = xᵢᵀw + b`,
///   `ℓᵢ = log(1 + e^{zᵢ}) − yᵢ zᵢ`, `∇_w = Xᵀ(σ(z) − y)/n + λw`.
/// - Multinomial: one row of `W` per class, `zᵢ = W xᵢ + b`,
///   `ℓᵢ = log Σₖ e^{zᵢₖ} − zᵢ,yᵢ`, `∇_W = (P − Y)ᵀ X / n + λW` with `P` the softmax
///   probabilities and `Y` the one-hot labels.
///
/// Parameters are packed `[W row-major (outputs × d), b (outputs)]`. The products
/// with `X` are BLAS calls (GEMV for binary, GEMM for multinomial): two passes over the
/// data per evaluation.
struct LogisticLoss {
    let x: [Double]
    let labels: [Int]
    let rows: Int, columns: Int
    /// 1 for binary, the number of classes for multinomial.
    let outputs: Int
    let lambda: Double
    let fitIntercept: Bool
    /// Scratch `[rows, outputs]`: the logits, then the residuals `P − Y`.
    private var scratch: [Double]

    init(x: [Double], labels: [Int], rows: Int, columns: Int, classes: Int, c: Double, fitIntercept: Bool) {
        self.x = x
        self.labels = labels
        self.rows = rows
        self.columns = columns
        outputs = classes == 2 ? 1 : classes
        lambda = 1 / (c * Double(rows))
        self.fitIntercept = fitIntercept
        scratch = [Double](repeating: 0, count: rows * outputs)
    }

    var parameterCount: Int { outputs * columns + outputs }

    /// `f(θ)`, writing `∇f(θ)` into `gradient`.
    mutating func evaluate(_ theta: [Double], _ gradient: inout [Double]) -> Double {
        let n = rows, d = columns, k = outputs
        let weightCount = k * d
        var loss = 0.0
        var scratch: [Double] = []
        swap(&scratch, &self.scratch)
        defer { swap(&scratch, &self.scratch) }
        scratch.withUnsafeMutableBufferPointer { z in
            x.withUnsafeBufferPointer { x in
                theta.withUnsafeBufferPointer { theta in
                    let w = UnsafeBufferPointer(rebasing: theta[0..<weightCount])
                    // z = X Wᵀ (GEMM) or X w (GEMV).
                    if k == 1 {
                        Double.gemv(transpose: false, rows: n, columns: d, alpha: 1, a: x, lda: d, x: w, beta: 0, y: z)
                    } else {
                        Double.gemm(
                            transposeA: false, transposeB: true, m: n, n: k, k: d, alpha: 1, a: x, lda: d,
                            b: w, ldb: d, beta: 0, c: z, ldc: k)
                    }
                    let b = theta.baseAddress! + weightCount
                    loss = k == 1 ? binaryResiduals(z, intercept: b[0]) : multinomialResiduals(z, intercepts: b)
                }
                gradient.withUnsafeMutableBufferPointer { g in
                    // ∇W = (P − Y)ᵀ X / n.
                    if k == 1 {
                        Double.gemv(
                            transpose: true, rows: n, columns: d, alpha: 1 / Double(n), a: x, lda: d,
                            x: UnsafeBufferPointer(z), beta: 0, y: UnsafeMutableBufferPointer(rebasing: g[0..<weightCount]))
                    } else {
                        Double.gemm(
                            transposeA: true, transposeB: false, m: k, n: d, k: n, alpha: 1 / Double(n),
                            a: UnsafeBufferPointer(z), lda: k, b: x, ldb: d, beta: 0,
                            c: UnsafeMutableBufferPointer(rebasing: g[0..<weightCount]), ldc: d)
                    }
                    for j in 0..<k { g[weightCount + j] = 0 }
                    if fitIntercept {
                        for i in 0..<n { for j in 0..<k { g[weightCount + j] += z[i * k + j] } }
                        for j in 0..<k { g[weightCount + j] /= Double(n) }
                    }
                }
            }
        }
        var penalty = 0.0
        for i in 0..<weightCount {
            penalty += theta[i] * theta[i]
            gradient[i] += lambda * theta[i]
        }
        return loss / Double(n) + 0.5 * lambda * penalty
    }

    /// Adds the intercept to `z = Xw`, returns `Σ ℓᵢ`, and leaves `σ(zᵢ) − yᵢ` in `z`.
    private func binaryResiduals(_ z: UnsafeMutableBufferPointer<Double>, intercept: Double) -> Double {
        var loss = 0.0
        let b = fitIntercept ? intercept : 0
        for i in 0..<rows {
            let zi = z[i] + b
            let y = Double(labels[i])
            // log(1 + e^z) computed without overflow.
            loss += (zi > 0 ? zi + log1p(exp(-zi)) : log1p(exp(zi))) - y * zi
            z[i] = (zi >= 0 ? 1 / (1 + exp(-zi)) : exp(zi) / (1 + exp(zi))) - y
        }
        return loss
    }

    /// Adds the intercepts to `z = XWᵀ`, returns `Σ ℓᵢ`, and leaves `P − Y` in `z`.
    private func multinomialResiduals(_ z: UnsafeMutableBufferPointer<Double>, intercepts: UnsafePointer<Double>) -> Double {
        var loss = 0.0
        let k = outputs
        for i in 0..<rows {
            let row = z.baseAddress! + i * k
            var largest = -Double.infinity
            for j in 0..<k {
                if fitIntercept { row[j] += intercepts[j] }
                largest = Swift.max(largest, row[j])
            }
            var sum = 0.0
            for j in 0..<k {
                row[j] = exp(row[j] - largest)
                sum += row[j]
            }
            let label = labels[i]
            // ℓ = log Σ e^z − z_y, with the largest logit factored out.
            loss += log(sum) - log(row[label])
            let inverse = 1 / sum
            for j in 0..<k { row[j] *= inverse }
            row[label] -= 1
        }
        return loss
    }
}
