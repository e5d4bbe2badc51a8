import Engine

/// Limited-memory BFGS (Liu & Nocedal, "On the limited memory BFGS method for large
/// scale optimization", *Mathematical Programming* 45, 1989; Nocedal & Wright,
/// *Numerical Optimization*, Algorithm 7.4): a quasi-Newton method that keeps the last
/// `memory` steps `s = wₖ₊₁ − wₖ` and gradient changes `y = ∇fₖ₊₁ − ∇fₖ`, and applies
/// the inverse-Hessian approximation they define to the gradient by the two-loop
/// recursion — Newton-like steps at the cost of a few dot products per iteration.
///
/// Steps are found by backtracking from the full step until the Armijo condition
/// `f(w + t p) ≤ f(w) + c t ∇fᵀp` holds. Iteration stops, as SciPy's L-BFGS-B does for
/// scikit-learn, when `max |∇f| ≤ gradientTolerance`, when the relative decrease of `f`
/// falls below `valueTolerance`, or after `maxIterations` iterations.
struct LBFGS {
    var memory = 10
    var maxIterations = 100
    var gradientTolerance = 1e-4
    var valueTolerance = 64 * Double.ulpOfOne

    struct Result {
        var point: [Double]
        var value: Double
        var iterations: Int
        var converged: Bool
    }

    /// Minimises `objective`, which returns `f(w)` and writes `∇f(w)` into its second
    /// argument, from `start`.
    func minimize(
        from start: [Double], _ objective: ([Double], inout [Double]) -> Double
    ) -> Result {
        let size = start.count
        var w = start
        var gradient = [Double](repeating: 0, count: size)
        var value = objective(w, &gradient)
        var steps: [[Double]] = [], changes: [[Double]] = [], curvatures: [Double] = []
        var candidate = w, candidateGradient = gradient
        for iteration in 0..<maxIterations {
            if largestMagnitude(gradient) <= gradientTolerance {
                return Result(point: w, value: value, iterations: iteration, converged: true)
            }
            var direction = twoLoop(gradient, steps, changes, curvatures)
            var slope = dot(direction, gradient)
            if !(slope < 0) {
                // Not a descent direction (numerical trouble): restart from steepest descent.
                steps.removeAll(); changes.removeAll(); curvatures.removeAll()
                direction = gradient.map { -$0 }
                slope = -dot(gradient, gradient)
            }
            // The first step has no curvature information: scale it to unit length.
            var t = steps.isEmpty ? Swift.min(1, 1 / dot(gradient, gradient).squareRoot()) : 1
            var candidateValue = 0.0
            var accepted = false
            for _ in 0..<50 {
                for i in 0..<size { candidate[i] = w[i] + t * direction[i] }
                candidateValue = objective(candidate, &candidateGradient)
                if candidateValue <= value + 1e-4 * t * slope { accepted = true; break }
                t *= 0.5
            }
            guard accepted else {
                return Result(point: w, value: value, iterations: iteration, converged: false)
            }
            var s = [Double](repeating: 0, count: size), y = s
            for i in 0..<size {
                s[i] = candidate[i] - w[i]
                y[i] = candidateGradient[i] - gradient[i]
            }
            let sy = dot(s, y)
            if sy > 1e-10 * dot(y, y).squareRoot() * dot(s, s).squareRoot() {
                if steps.count == memory { steps.removeFirst(); changes.removeFirst(); curvatures.removeFirst() }
                steps.append(s); changes.append(y); curvatures.append(1 / sy)
            }
            let decrease = (value - candidateValue) / Swift.max(Swift.abs(value), Swift.abs(candidateValue), 1)
            swap(&w, &candidate)
            swap(&gradient, &candidateGradient)
            value = candidateValue
            if decrease <= valueTolerance {
                // As SciPy: no further progress is possible in floating point, a convergence.
                return Result(point: w, value: value, iterations: iteration + 1, converged: true)
            }
        }
        return Result(
            point: w, value: value, iterations: maxIterations,
            converged: largestMagnitude(gradient) <= gradientTolerance)
    }

    /// `−H ∇f` for the L-BFGS inverse-Hessian approximation `H` (Nocedal & Wright,
    /// Algorithm 7.4), with the initial scaling `γ = sᵀy / yᵀy` of the latest pair.
    private func twoLoop(
        _ gradient: [Double], _ steps: [[Double]], _ changes: [[Double]], _ curvatures: [Double]
    ) -> [Double] {
        var q = gradient
        var alphas = [Double](repeating: 0, count: steps.count)
        for k in steps.indices.reversed() {
            alphas[k] = curvatures[k] * dot(steps[k], q)
            axpy(-alphas[k], changes[k], &q)
        }
        if let s = steps.last, let y = changes.last {
            let gamma = dot(s, y) / dot(y, y)
            for i in q.indices { q[i] *= gamma }
        }
        for k in steps.indices {
            let beta = curvatures[k] * dot(changes[k], q)
            axpy(alphas[k] - beta, steps[k], &q)
        }
        return q.map { -$0 }
    }
}

/// `y += a x`.
func axpy(_ a: Double, _ x: [Double], _ y: inout [Double]) {
    x.withUnsafeBufferPointer { x in
        y.withUnsafeMutableBufferPointer { y in
            for i in 0..<x.count { y[i] += a * x[i] }
        }
    }
}

/// `max |xᵢ|`.
func largestMagnitude(_ x: [Double]) -> Double {
    x.reduce(0) { Swift.max($0, Swift.abs($1)) }
}
