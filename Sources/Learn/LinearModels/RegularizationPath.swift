import Engine
import Foundation

/// The weights of a penalised linear model along a decreasing grid of penalties `α`:
/// what ``Lasso/path(_:_:count:eps:)`` and ``ElasticNet/path(_:_:count:eps:)`` return.
///
/// The grid is geometric, from `α_max` (the smallest penalty at which every weight is
/// zero) down to `eps · α_max`, and each fit starts from the previous one's weights
/// ("warm starts"), which makes the whole path cost little more than one fit (Friedman,
/// Hastie & Tibshirani, 2010, §2.5). Read a feature's curve as a column:
///
/// ```swift
/// let path = try Lasso().path(x, y, count: 50)
/// let firstFeature = path.coefficients[.all, 0]   // its weight at every α
/// ```
public struct RegularizationPath: Sendable {
    /// The penalties, largest first, `[count]`.
    public let alphas: Tensor<Double>
    /// The weights, one row per penalty: `[count, features]`.
    public let coefficients: Tensor<Double>
    /// The intercept at each penalty, `[count]` (zeros without an intercept).
    public let intercepts: Tensor<Double>
    /// The coordinate-descent sweeps made at each penalty.
    public let iterations: [Int]
}

/// The shared fit of ``Lasso`` and ``ElasticNet``: one coordinate-descent run, or a path.
enum ElasticNetSolver {
    static func fit(
        _ x: Tensor<Double>, _ y: Tensor<Double>, alpha: Double, l1Ratio: Double, fitIntercept: Bool,
        tolerance: Double, maxIterations: Int, name: String
    ) throws(LearnError) -> FittedLinearModel {
        let operation = "\(name).fit"
        try checkHyperparameters(alpha: alpha, l1Ratio: l1Ratio, maxIterations: maxIterations, operation: operation)
        let data = try CenteredRegressionData(x, y, fitIntercept: fitIntercept, operation: operation)
        let solver = CoordinateDescent(x: data.centeredX(), y: data.y, rows: data.rows, columns: data.columns)
        var weights = [Double](repeating: 0, count: data.columns)
        let outcome = solver.minimize(
            weights: &weights, alpha: alpha, l1Ratio: l1Ratio, tolerance: tolerance, maxSweeps: maxIterations)
        return FittedLinearModel(
            coefficients: weights, intercept: fitIntercept ? data.intercept(for: weights) : 0,
            iterations: outcome.sweeps, name: name)
    }

    static func path(
        _ x: Tensor<Double>, _ y: Tensor<Double>, l1Ratio: Double, count: Int, eps: Double,
        fitIntercept: Bool, tolerance: Double, maxIterations: Int, name: String
    ) throws(LearnError) -> RegularizationPath {
        let operation = "\(name).path"
        guard l1Ratio > 0, l1Ratio <= 1 else {
            throw LearnError(operation, "a path needs l1Ratio in (0, 1], not \(l1Ratio)")
        }
        guard count >= 1 else { throw LearnError(operation, "count must be at least 1, not \(count)") }
        guard eps > 0, eps < 1 else { throw LearnError(operation, "eps must be in (0, 1), not \(eps)") }
        let data = try CenteredRegressionData(x, y, fitIntercept: fitIntercept, operation: operation)
        let solver = CoordinateDescent(x: data.centeredX(), y: data.y, rows: data.rows, columns: data.columns)
        let largest = solver.largestAlpha(l1Ratio: l1Ratio)
        // np.geomspace(α_max, eps·α_max, count), as scikit-learn's alpha grid.
        let alphas: [Double] = count == 1 ? [largest] : (0..<count).map { k in
            largest * pow(eps, Double(k) / Double(count - 1))
        }
        var weights = [Double](repeating: 0, count: data.columns)
        var rows: [Double] = [], intercepts: [Double] = [], iterations: [Int] = []
        for alpha in alphas {
            let outcome = solver.minimize(
                weights: &weights, alpha: alpha, l1Ratio: l1Ratio, tolerance: tolerance,
                maxSweeps: maxIterations)
            rows += weights
            intercepts.append(fitIntercept ? data.intercept(for: weights) : 0)
            iterations.append(outcome.sweeps)
        }
        return RegularizationPath(
            alphas: makeTensor([count], alphas), coefficients: makeTensor([count, data.columns], rows),
            intercepts: makeTensor([count], intercepts), iterations: iterations)
    }

    static func checkHyperparameters(
        alpha: Double, l1Ratio: Double, maxIterations: Int, operation: String
    ) throws(LearnError) {
        guard alpha >= 0, alpha.isFinite else {
            throw LearnError(operation, "alpha must be a finite number ≥ 0, not \(alpha)")
        }
        guard l1Ratio >= 0, l1Ratio <= 1 else {
            throw LearnError(operation, "l1Ratio must be in [0, 1], not \(l1Ratio)")
        }
        guard maxIterations >= 1 else {
            throw LearnError(operation, "maxIterations must be at least 1, not \(maxIterations)")
        }
    }
}
