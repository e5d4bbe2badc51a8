import Engine
import Foundation

/// Newton's method for binary logistic regression — iteratively reweighted least
/// squares (Hastie et al., *ESL* §4.4.1): with `pᵢ = σ(xᵢᵀw + b)` and the design
/// `[X 1]`, the gradient is `[X 1]ᵀ(p − y)/n + λ[w; 0]` and the Hessian
/// `[X 1]ᵀ S [X 1] / n + λ diag(1, …, 1, 0)`, `S = diag(pᵢ(1 − pᵢ))`. Each step solves
/// `H δ = −∇f` by Cholesky, halving `δ` until `f` decreases.
struct NewtonLogistic {
    var loss: LogisticLoss
    let maxIterations: Int
    let tolerance: Double

    mutating func minimize() -> LBFGS.Result {
        let n = loss.rows, d = loss.columns, size = d + 1
        var theta = [Double](repeating: 0, count: size)
        var gradient = theta
        var value = loss.evaluate(theta, &gradient)
        for iteration in 0..<maxIterations {
            if largestMagnitude(gradient) <= tolerance {
                return .init(point: theta, value: value, iterations: iteration, converged: true)
            }
            // Weighted design: rows of [X 1] scaled by √(pᵢ(1 − pᵢ)/n).
            var weighted = [Double](repeating: 0, count: n * size)
            loss.x.withUnsafeBufferPointer { x in
                for i in 0..<n {
                    var z: Double = loss.fitIntercept ? theta[d] : 0
                    for j in 0..<d { z += x[i * d + j] * theta[j] }
                    let p: Double = z >= 0 ? 1 / (1 + exp(-z)) : exp(z) / (1 + exp(z))
                    let scale: Double = (p * (1 - p) / Double(n)).squareRoot()
                    for j in 0..<d { weighted[i * size + j] = x[i * d + j] * scale }
                    weighted[i * size + d] = loss.fitIntercept ? scale : 0
                }
            }
            var hessian = gramMatrix(weighted, rows: n, columns: size, ofColumns: true)
            for j in 0..<d { hessian[j * size + j] += loss.lambda }
            if !loss.fitIntercept { hessian[d * size + d] = 1 }
            guard let step = choleskySolve(hessian, n: size, gradient.map { -$0 }, rightHandSides: 1) else {
                return .init(point: theta, value: value, iterations: iteration, converged: false)
            }
            var t = 1.0, improved = false
            var candidateGradient = gradient
            for _ in 0..<30 {
                let candidate = (0..<size).map { theta[$0] + t * step[$0] }
                let candidateValue = loss.evaluate(candidate, &candidateGradient)
                if candidateValue <= value {
                    (theta, value, gradient, improved) = (candidate, candidateValue, candidateGradient, true)
                    break
                }
                t *= 0.5
            }
            if !improved {
                return .init(point: theta, value: value, iterations: iteration + 1,
                             converged: largestMagnitude(gradient) <= tolerance)
            }
        }
        return .init(point: theta, value: value, iterations: maxIterations,
                     converged: largestMagnitude(gradient) <= tolerance)
    }
}
