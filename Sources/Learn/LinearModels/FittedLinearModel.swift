import Engine

/// A fitted linear regressor, `ŷ = X w + b`: what ``LinearRegression``, ``Ridge``,
/// ``Lasso`` and ``ElasticNet`` return from `fit`.
///
/// ```swift
/// let model = try LinearRegression().fit(x, y)
/// print(model.coefficients, model.intercept)
/// print(try model.score(x, y))  // R² on the training data
/// ```
public struct FittedLinearModel: FittedRegressor {
    /// The weights `w`, one per feature, `[features]`.
    public let coefficients: Tensor<Double>
    /// The intercept `b` (0 when fitted without one).
    public let intercept: Double
    /// Passes over the data the solver made (1 for a closed form).
    public let iterations: Int
    /// The estimator's name, used in error messages (`Ridge.predict: …`).
    let name: String

    init(coefficients: [Double], intercept: Double, iterations: Int = 1, name: String) {
        self.coefficients = makeTensor([coefficients.count], coefficients)
        self.intercept = intercept
        self.iterations = iterations
        self.name = name
    }

    /// `X w + b` for each row of `x`, `[samples]`.
    public func predict(_ x: Tensor<Double>) throws(LearnError) -> Tensor<Double> {
        try InputValidation.features(x, columns: coefficients.count, in: "\(name).predict")
        var y = matrixVectorProduct(x.scalars, rows: x.shape[0], columns: x.shape[1], coefficients.scalars)
        for i in y.indices { y[i] += intercept }
        return makeTensor([y.count], y)
    }

    /// The coefficient of determination R² of the predictions for `x` against `y`
    /// (see ``r2Score(_:_:)``).
    public func score(_ x: Tensor<Double>, _ y: Tensor<Double>) throws(LearnError) -> Double {
        let predicted = try predict(x)
        try InputValidation.targets(y, rows: x.shape[0], in: "\(name).score")
        return try r2Score(y, predicted)
    }
}

/// The data of a linear fit with an intercept handled by centring: `X − x̄` and `y − ȳ`
/// (Hastie et al., *ESL* §3.4: the intercept of a penalised fit is not penalised, and
/// `b = ȳ − x̄ᵀw` recovers it). Without an intercept the data are left as they are.
///
/// The centred `X` is formed only when a solver needs it whole (``centeredX()``); the
/// normal equations accumulate `XcᵀXc` block by block instead (``centeredGram()``), so
/// a tall `X` is never copied.
struct CenteredRegressionData {
    let rows: Int, columns: Int
    /// The features as given, row-major.
    let raw: [Double]
    /// The (centred) targets.
    let y: [Double]
    let xMeans: [Double]
    let yMean: Double

    init(_ x: Tensor<Double>, _ y: Tensor<Double>, fitIntercept: Bool, operation: String) throws(LearnError) {
        (rows, columns) = try InputValidation.matrix(x, "x", in: operation)
        try InputValidation.targets(y, rows: rows, in: operation)
        raw = x.scalars
        if fitIntercept {
            xMeans = columnMeans(raw, rows: rows, columns: columns)
            let mean = y.scalars.reduce(0, +) / Double(rows)
            yMean = mean
            self.y = y.scalars.map { $0 - mean }
        } else {
            xMeans = [Double](repeating: 0, count: columns)
            yMean = 0
            self.y = y.scalars
        }
    }

    /// `X − x̄`, row-major.
    func centeredX() -> [Double] {
        shiftedAndScaled(raw, rows: rows, columns: columns, subtracting: xMeans)
    }

    /// `XcᵀXc` (`d × d`) and `Xcᵀyc` (`d`), by GEMM and GEMV over centred blocks of rows
    /// that stay in cache.
    func centeredGram() -> (gram: [Double], crossProduct: [Double]) {
        let d = columns, blockRows = 2048
        var gram = [Double](repeating: 0, count: d * d)
        var crossProduct = [Double](repeating: 0, count: d)
        var block = [Double](repeating: 0, count: Swift.min(blockRows, rows) * d)
        var start = 0
        while start < rows {
            let count = Swift.min(blockRows, rows - start)
            raw.withUnsafeBufferPointer { raw in
                block.withUnsafeMutableBufferPointer { block in
                    for i in 0..<count {
                        let source = raw.baseAddress! + (start + i) * d, target = block.baseAddress! + i * d
                        for j in 0..<d { target[j] = source[j] - xMeans[j] }
                    }
                }
            }
            block.withUnsafeBufferPointer { block in
                let rowsOfBlock = UnsafeBufferPointer(rebasing: block[0..<(count * d)])
                gram.withUnsafeMutableBufferPointer { gram in
                    Double.gemm(
                        transposeA: true, transposeB: false, m: d, n: d, k: count, alpha: 1, a: rowsOfBlock, lda: d,
                        b: rowsOfBlock, ldb: d, beta: 1, c: gram, ldc: d)
                }
                y.withUnsafeBufferPointer { y in
                    crossProduct.withUnsafeMutableBufferPointer { xty in
                        Double.gemv(
                            transpose: true, rows: count, columns: d, alpha: 1, a: rowsOfBlock, lda: d,
                            x: UnsafeBufferPointer(rebasing: y[start..<(start + count)]), beta: 1, y: xty)
                    }
                }
            }
            start += count
        }
        return (gram, crossProduct)
    }

    /// The intercept `ȳ − x̄ᵀw` that goes with weights fitted on the centred data.
    func intercept(for weights: [Double]) -> Double { yMean - dot(xMeans, weights) }
}
