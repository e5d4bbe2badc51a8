import Engine

/// Principal component analysis (Pearson, 1901; Hotelling, 1933): the orthonormal
/// directions along which centred data vary most, found two ways that agree:
///
/// - ``Solver/covarianceEigen``: the eigenvectors of the covariance matrix
///   `C = XcᵀXc / (n − 1)`, the eigenvalues being the variances along them (LAPACK
///   `syevd`). With fewer samples than features the `n × n` Gram matrix `XcXcᵀ` is
///   decomposed instead — same eigenvalues, and `vᵢ = Xcᵀuᵢ / σᵢ` (the trick of Turk &
///   Pentland's eigenfaces, 1991);
/// - ``Solver/svd``: the singular value decomposition `Xc = U Σ Vᵀ` (LAPACK `gesdd`, as
///   scikit-learn's `svd_solver="full"`): the rows of `Vᵀ` are the axes and
///   `σᵢ² / (n − 1)` the variances, without forming `XcᵀXc`, so without squaring the
///   condition number.
///
/// ```swift
/// let pca = try PCA(components: 2).fit(x)
/// print(pca.explainedVarianceRatio)
/// let projected = try pca.transform(x)          // [samples, 2]
/// let restored = try pca.inverseTransform(projected)
/// ```
///
/// Each axis's sign is fixed as scikit-learn fixes it: the entry of largest magnitude
/// is positive.
public struct PCA: Transformer {
    public enum Solver: Sendable, Equatable {
        /// The eigendecomposition of the smaller of the covariance and Gram matrices:
        /// the fastest route (one GEMM and a small `syevd`). Small variances lose
        /// relative accuracy to the squared condition number; choose ``svd`` when the
        /// smallest components matter.
        case automatic
        case covarianceEigen
        case svd
    }

    /// The number of components to keep (`nil`: `min(samples, features)`).
    public var components: Int?
    public var solver: Solver

    public init(components: Int? = nil, solver: Solver = .automatic) {
        self.components = components
        self.solver = solver
    }

    /// Learns the mean and the principal axes of `x` (`[samples, features]`).
    public func fit(_ x: Tensor<Double>) throws(LearnError) -> FittedPCA {
        let operation = "PCA.fit"
        let (n, d) = try InputValidation.matrix(x, "x", in: operation)
        let rank = Swift.min(n, d)
        let k = components ?? rank
        try InputValidation.count(k, "components", atMost: rank, limitName: "min(samples, features)", in: operation)
        let mean = columnMeans(x.scalars, rows: n, columns: d)
        let centered = shiftedAndScaled(x.scalars, rows: n, columns: d, subtracting: mean)
        let spectrum: (variances: [Double], axes: [Double])
        // The eigen route forms a Gram matrix: n·d·m flops with m = min(n, d) (a GEMM),
        // against several times that, plus LAPACK's transposes, for the SVD.
        switch solver {
        case .svd: spectrum = try Self.bySVD(centered, n, d, operation)
        case .covarianceEigen, .automatic: spectrum = try Self.byEigen(centered, n, d, operation)
        }
        var variances = spectrum.variances, axes = spectrum.axes
        variances = variances.map { Swift.max($0, 0) }
        flipSigns(&axes, rows: rank, columns: d)
        let total = centeredTotalVariance(centered, n: n, d: d)
        let kept = Array(variances[0..<k])
        let noise = k < rank ? variances[k...].reduce(0, +) / Double(Swift.min(n, d) - k) : 0
        return FittedPCA(
            mean: makeTensor([d], mean),
            principalAxes: makeTensor([k, d], Array(axes[0..<(k * d)])),
            explainedVariance: makeTensor([k], kept),
            explainedVarianceRatio: makeTensor([k], kept.map { total > 0 ? $0 / total : 0 }),
            singularValues: makeTensor([k], kept.map { ($0 * Double(Swift.max(n - 1, 1))).squareRoot() }),
            noiseVariance: noise)
    }

    /// Variances (largest first, `min(n, d)` of them) and axes (rows) from `gesdd`.
    static func bySVD(_ centered: [Double], _ n: Int, _ d: Int, _ operation: String) throws(LearnError)
        -> (variances: [Double], axes: [Double])
    {
        do {
            let (_, s, vt) = try svd(makeTensor([n, d], centered))
            let denominator = Double(Swift.max(n - 1, 1))
            return (s.scalars.map { $0 * $0 / denominator }, vt.scalars)
        } catch {
            throw LearnError(operation, "\(error)")
        }
    }

    /// Variances and axes from the eigendecomposition of `XcᵀXc` (d ≤ n) or `XcXcᵀ`.
    static func byEigen(_ centered: [Double], _ n: Int, _ d: Int, _ operation: String) throws(LearnError)
        -> (variances: [Double], axes: [Double])
    {
        let m = Swift.min(n, d)
        let denominator = Double(Swift.max(n - 1, 1))
        let useGram = n < d
        let gram = gramMatrix(centered, rows: n, columns: d, ofColumns: !useGram)
        let values: Tensor<Double>, vectors: Tensor<Double>
        do {
            (values, vectors) = try symmetricEigen(makeTensor([m, m], gram))
        } catch {
            throw LearnError(operation, "\(error)")
        }
        // syevd: ascending eigenvalues, eigenvectors in columns; reverse to descending.
        let eigenvalues = values.scalars.reversed().map { Swift.max($0, 0) }
        let columns = vectors.scalars
        var axes = [Double](repeating: 0, count: m * d)
        if useGram {
            // vᵢ = Xcᵀ uᵢ / σᵢ with σᵢ = √λᵢ: one GEMM for all of them.
            var u = [Double](repeating: 0, count: n * m)  // uᵢ in columns, descending
            for r in 0..<n { for i in 0..<m { u[r * m + i] = columns[r * m + (m - 1 - i)] } }
            axes = matrixProduct(u, centered, m: m, n: d, k: n, transposeA: true)
            for i in 0..<m {
                let sigma = eigenvalues[i].squareRoot()
                let scale = sigma > 0 ? 1 / sigma : 0
                for j in 0..<d { axes[i * d + j] *= scale }
            }
        } else {
            for i in 0..<m { for j in 0..<d { axes[i * d + j] = columns[j * m + (m - 1 - i)] } }
        }
        return (eigenvalues.map { $0 / denominator }, axes)
    }
}

/// Makes the entry of largest magnitude of each row positive (scikit-learn's `svd_flip`
/// with `u_based_decision=False`), so that the axes do not depend on the solver.
func flipSigns(_ axes: inout [Double], rows: Int, columns: Int) {
    for i in 0..<rows {
        var largest = 0.0, sign = 1.0
        for j in 0..<columns where Swift.abs(axes[i * columns + j]) > largest {
            largest = Swift.abs(axes[i * columns + j])
            sign = axes[i * columns + j] < 0 ? -1 : 1
        }
        if sign < 0 { for j in 0..<columns { axes[i * columns + j] = -axes[i * columns + j] } }
    }
}

/// The total variance `Σⱼ var(xⱼ)` with the `n − 1` denominator.
func centeredTotalVariance(_ centered: [Double], n: Int, d: Int) -> Double {
    dot(centered, centered) / Double(Swift.max(n - 1, 1))
}

/// A fitted ``PCA``.
public struct FittedPCA: FittedTransformer {
    /// The mean subtracted before projecting, `[features]`.
    public let mean: Tensor<Double>
    /// The principal axes, one per row, largest variance first: `[components, features]`.
    public let principalAxes: Tensor<Double>
    /// The variance of the data along each axis (`n − 1` denominator), `[components]`.
    public let explainedVariance: Tensor<Double>
    /// Each variance as a share of the total variance, `[components]`.
    public let explainedVarianceRatio: Tensor<Double>
    /// The singular values of the centred data, `σᵢ = √((n − 1) λᵢ)`, `[components]`.
    public let singularValues: Tensor<Double>
    /// The mean variance of the discarded directions (probabilistic PCA's σ², Tipping &
    /// Bishop 1999); 0 when every component is kept.
    public let noiseVariance: Double

    /// The coordinates of each row along the axes, `(x − μ) Vᵀ`: `[samples, components]`.
    public func transform(_ x: Tensor<Double>) throws(LearnError) -> Tensor<Double> {
        try InputValidation.features(x, columns: mean.count, in: "PCA.transform")
        let n = x.shape[0], d = x.shape[1], k = principalAxes.shape[0]
        let centered = shiftedAndScaled(x.scalars, rows: n, columns: d, subtracting: mean.scalars)
        return makeTensor([n, k], matrixProduct(centered, principalAxes.scalars, m: n, n: k, k: d, transposeB: true))
    }

    /// Back to feature space, `z V + μ`: the best rank-k reconstruction.
    public func inverseTransform(_ z: Tensor<Double>) throws(LearnError) -> Tensor<Double> {
        try InputValidation.features(z, columns: principalAxes.shape[0], in: "PCA.inverseTransform")
        return matmul(z, principalAxes) + mean
    }
}
