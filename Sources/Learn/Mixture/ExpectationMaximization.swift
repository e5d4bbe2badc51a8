import Engine
import Foundation

/// The weights, means and covariances of a Gaussian mixture, row-major.
struct MixtureParameters: Sendable {
    var weights: [Double]
    var means: [Double]
    var covariances: [Double]
}

/// The E- and M-steps of EM for a full-covariance Gaussian mixture, as scikit-learn
/// computes them: each density through the Cholesky factor of its precision,
/// `P = L⁻ᵀ` for `Σ = L Lᵀ`, so that `log N(x | μ, Σ) = −½(d log 2π + ‖(x − μ)ᵀP‖²) + Σ log Pⱼⱼ`
/// and the Mahalanobis terms of all points are one GEMM per component.
struct ExpectationMaximization {
    let x: [Double]
    let rows: Int, columns: Int, components: Int
    let regularization: Double

    /// Mean log-likelihood and responsibilities `[n, k]`; `nil` if a covariance is singular.
    func expect(_ parameters: MixtureParameters) -> (Double, [Double])? {
        guard let factors = Self.precisionFactors(parameters, components: components, dimension: columns) else {
            return nil
        }
        var logs = weightedLogDensities(parameters, factors: factors)
        let k = components
        var total = 0.0
        for i in 0..<rows {
            let norm = logSumExp(logs[(i * k)..<((i + 1) * k)])
            total += norm
            for c in 0..<k { logs[i * k + c] = exp(logs[i * k + c] - norm) }
        }
        return (total / Double(rows), logs)
    }

    /// The M-step from responsibilities `[n, k]`.
    func maximize(_ responsibilities: [Double]) -> MixtureParameters {
        let n = rows, d = columns, k = components
        var counts = [Double](repeating: 10 * Double.ulpOfOne, count: k)
        for i in 0..<n { for c in 0..<k { counts[c] += responsibilities[i * k + c] } }
        // μ = Rᵀ X / N: one GEMM.
        var means = matrixProduct(responsibilities, x, m: k, n: d, k: n, transposeA: true)
        for c in 0..<k { for j in 0..<d { means[c * d + j] /= counts[c] } }
        var covariances = [Double](repeating: 0, count: k * d * d)
        var weighted = [Double](repeating: 0, count: n * d)
        for c in 0..<k {
            // Σ = (R_c ∘ (X − μ))ᵀ (X − μ) / N + εI.
            let centered = shiftedAndScaled(x, rows: n, columns: d, subtracting: Array(means[(c * d)..<((c + 1) * d)]))
            for i in 0..<n {
                let r = responsibilities[i * k + c]
                for j in 0..<d { weighted[i * d + j] = r * centered[i * d + j] }
            }
            let product = matrixProduct(weighted, centered, m: d, n: d, k: n, transposeA: true)
            for a in 0..<d {
                for b in 0..<d { covariances[c * d * d + a * d + b] = product[a * d + b] / counts[c] }
                covariances[c * d * d + a * d + a] += regularization
            }
        }
        return MixtureParameters(weights: counts.map { $0 / Double(n) }, means: means, covariances: covariances)
    }

    /// `log πₖ + log N(xᵢ | μₖ, Σₖ)`, `[n, k]`.
    func weightedLogDensities(_ parameters: MixtureParameters, factors: [Double]) -> [Double] {
        let n = rows, d = columns, k = components
        var logs = [Double](repeating: 0, count: n * k)
        let constant = Double(d) * log(2 * Double.pi)
        for c in 0..<k {
            let p = Array(factors[(c * d * d)..<((c + 1) * d * d)])
            let mean = Array(parameters.means[(c * d)..<((c + 1) * d)])
            // y = X P − μ P.
            let projected = matrixProduct(x, p, m: n, n: d, k: d)
            let shift = matrixVectorProduct(p, rows: d, columns: d, mean, transpose: true)
            var logDeterminant = 0.0
            for j in 0..<d { logDeterminant += log(p[j * d + j]) }
            let logWeight = log(parameters.weights[c])
            for i in 0..<n {
                var squared = 0.0
                for j in 0..<d {
                    let v = projected[i * d + j] - shift[j]
                    squared += v * v
                }
                logs[i * k + c] = logWeight - 0.5 * (constant + squared) + logDeterminant
            }
        }
        return logs
    }

    /// `P = L⁻ᵀ` for each covariance `Σ = L Lᵀ`, row-major `[k, d, d]`; `nil` when one is
    /// not positive definite.
    static func precisionFactors(_ parameters: MixtureParameters, components k: Int, dimension d: Int) -> [Double]? {
        var factors = [Double](repeating: 0, count: k * d * d)
        for c in 0..<k {
            var l = Array(parameters.covariances[(c * d * d)..<((c + 1) * d * d)])
            let info = l.withUnsafeMutableBufferPointer { Double.potrf(n: d, a: $0.baseAddress!, lda: d) }
            guard info == 0 else { return nil }
            for a in 0..<d { for b in (a + 1)..<Swift.max(a + 1, d) { l[a * d + b] = 0 } }
            // Solve L Z = I for Z = L⁻¹; then P = Zᵀ.
            var z = [Double](repeating: 0, count: d * d)
            for a in 0..<d { z[a * d + a] = 1 }
            let status = z.withUnsafeMutableBufferPointer { z in
                l.withUnsafeBufferPointer {
                    Double.trtrs(lower: true, transpose: false, unitDiagonal: false, n: d, nrhs: d,
                                 a: $0.baseAddress!, lda: d, b: z.baseAddress!, ldb: d)
                }
            }
            guard status == 0 else { return nil }
            for a in 0..<d { for b in 0..<d { factors[c * d * d + a * d + b] = z[b * d + a] } }
        }
        return factors
    }
}
