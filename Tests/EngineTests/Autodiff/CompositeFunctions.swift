import Engine

/// The Engine twins of the functions in `Scripts/fixtures/generate_autodiff_fixtures.py`.
enum CompositeFunctions {
    static let names = [
        "softmax_cross_entropy_with_bias", "layer_norm_affine", "logsumexp_axis0",
        "log_softmax_rows", "gelu_mlp", "attention", "causal_batched_attention", "where_clamp",
        "log1p_expm1", "stable_softplus", "embedding_weighted_sum", "sigmoid_bce", "tanh_rnn",
        "variance_and_std", "power_chain", "max_min_pool", "concat_stack_matmul",
        "permute_matmul", "slicing_products", "broadcasting_mix", "erf_times_x",
        "sin_cos_product", "abs_sqrt", "maximum_minimum", "mse_linear", "scatter_add_squares",
        "nll_axis0", "division_chain", "normalized_columns_exp", "transposed_products",
        "gated_unit", "centring_with_keepdims", "one_hot_scores", "batched_matmul_broadcast",
    ]

    static func evaluate<S: TensorScalar>(_ name: String, _ x: [Tensor<S>], _ i: [[Int]]) -> Tensor<S> {
        switch name {
        case "softmax_cross_entropy_with_bias":
            return Tensor.crossEntropy(logits: matmul(x[0], x[1]) + x[2], labels: i[0])
        case "layer_norm_affine": return x[0].normalized(axis: -1, epsilon: 1e-5) * x[1] + x[2]
        case "logsumexp_axis0": return x[0].logsumexp(axis: 0)
        case "log_softmax_rows": return x[0].logSoftmax(axis: 1)
        case "gelu_mlp": return square(matmul(gelu(matmul(x[0], x[1]) + x[2]), x[3])).mean()
        case "attention":
            let scores = matmul(x[0], x[1], transposingB: true) / S(x[0].shape[1]).squareRoot()
            return matmul(scores.softmax(axis: -1), x[2])
        case "causal_batched_attention":
            let t = x[0].shape[1]
            let causal = Tensor<S>.arange(to: S(t)).reshaped([t, 1]) .>= Tensor<S>.arange(to: S(t))
            let scores = matmul(x[0], x[1], transposingB: true) / S(x[0].shape[2]).squareRoot()
            return matmul(`where`(causal, scores, Tensor(-1e9)).softmax(axis: -1), x[2])
        case "where_clamp": return `where`(x[0] .> 0, x[0] * x[1], x[1].clamped(to: -0.5...0.5))
        case "log1p_expm1": return log1p(exp(x[0])) - expm1(x[0] * 0.1)
        case "stable_softplus": return (relu(x[0]) + log1p(exp(-abs(x[0])))).sum()
        case "embedding_weighted_sum": return (x[0].gathering(i[0]) * x[1]).sum(axis: 1)
        case "sigmoid_bce": return Tensor.sigmoidCrossEntropy(logits: x[0], targets: x[1])
        case "tanh_rnn":
            var h = Tensor<S>.zeros([x[2].shape[0]])
            for t in 0..<x[0].shape[0] { h = tanh(matmul(x[0][t, .all], x[1]) + matmul(h, x[2])) }
            return (h * h).sum()
        case "variance_and_std":
            return x[0].variance(axis: 1, correction: 1)
                + sqrt(x[0].variance(axis: 0).sum() + 1)
        case "power_chain": return pow(x[0], x[1]) * pow(x[0], 2.5) + pow(x[0], -1)
        case "max_min_pool":
            // `minima[k]` would be the Scalar itself (not differentiable); a range keeps a tensor.
            let minima = x[0].min(axis: 0)
            var product = minima[0...0]
            for k in 1..<minima.count { product = product * minima[k...k] }
            return x[0].max(axis: 1).sum() + product.sum()
        case "concat_stack_matmul":
            let joined = Tensor.concatenated([x[0], x[1] * 2], axis: 0)
            let stacked = Tensor.stacked([x[0], x[1]], axis: 1).reshaped([x[0].shape[0], -1])
            return matmul(joined, joined, transposingA: true) + square(stacked).sum()
        case "permute_matmul":
            let p = x[0].permuted([1, 0, 2]).reshaped([x[0].shape[1], -1])
            return tanh(matmul(p, x[1]))
        case "slicing_products": return x[0][1..<3, 2...] * x[0][0..<2, ..<3] + x[0][3, 1..<4]
        case "broadcasting_mix": return (x[0] * x[1] + x[0] / (1 + x[1] * x[1])).sum(axis: 1)
        case "erf_times_x": return erf(x[0]) * x[0]
        case "sin_cos_product": return sin(x[0]) * cos(x[1])
        case "abs_sqrt": return sqrt(abs(x[0]) + 1).sum()
        case "maximum_minimum": return maximum(x[0], x[1]) - minimum(x[0], x[1] * 0.5)
        case "mse_linear": return Tensor.meanSquaredError(predictions: matmul(x[0], x[1]), targets: x[2])
        case "scatter_add_squares": return square(x[0].scatterAdding(x[1], at: i[0])).sum()
        case "nll_axis0": return -x[0].logSoftmax(axis: 0).picking(i[0], axis: 0).mean()
        case "division_chain": return x[0] / (x[1] + 2) - 1 / (x[0] * x[0] + 1)
        case "normalized_columns_exp": return exp(x[0].normalized(axis: 0, epsilon: 1e-5) * 0.5)
        case "transposed_products":
            return matmul(matmul(x[0], x[1], transposingA: true), x[2])
                + matmul(matmul(x[2], x[1], transposingB: true), x[0])
        case "gated_unit":
            let z = matmul(x[0], x[1])
            let half = z.shape[1] / 2
            return sigmoid(z[.all, ..<half]) * tanh(z[.all, half...])
        case "centring_with_keepdims":
            return x[0] - x[0].mean(axis: 1, keepDims: true) + x[0].sum(axis: 0, keepDims: true) / 10
        case "one_hot_scores":
            return square(x[0].softmax(axis: 1) - Tensor.oneHot(i[0], classes: x[0].shape[1])).sum()
        case "batched_matmul_broadcast": return sigmoid(matmul(x[0], x[1])).sum(axis: -1)
        default: fatalError("no Engine twin for fixture function \(name)")
        }
    }
}
