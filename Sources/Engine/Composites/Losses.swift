// Losses as compositions of primitives; `Neural` wraps them for its training loops.

extension Tensor {
    /// The mean cross-entropy of class `labels` under `logits` of shape `[N, C]` (one row
    /// per example): −(1/N) Σₙ log softmax(logitsₙ)[labelₙ], computed through
    /// `logSoftmax`, so it is stable for any logits. Its gradient with respect to the
    /// logits is (softmax − one-hot)/N.
    ///
    /// ```swift
    /// let logits = try Tensor<Double>([[2, 0, 0], [0, 0, 2]])
    /// Tensor.crossEntropy(logits: logits, labels: [0, 2])  // 0.23954...
    /// ```
    public static func crossEntropy(logits: Tensor, labels: [Int]) -> Tensor {
        -logits.logSoftmax(axis: -1).picking(labels, axis: -1).mean()
    }

    /// The mean binary cross-entropy of `targets` (0 or 1, or probabilities) under
    /// `logits`, in the stable form max(z, 0) − z·y + log(1 + e^(−|z|)) (PyTorch's
    /// `BCEWithLogitsLoss`).
    ///
    /// ```swift
    /// Tensor.sigmoidCrossEntropy(logits: Tensor<Double>([0]), targets: Tensor([1]))  // 0.69314718
    /// ```
    public static func sigmoidCrossEntropy(logits: Tensor, targets: Tensor) -> Tensor {
        (relu(logits) - logits * targets + log1p(exp(-abs(logits)))).mean()
    }

    /// The mean squared error (1/N) Σ (predictionᵢ − targetᵢ)², with broadcasting.
    public static func meanSquaredError(predictions: Tensor, targets: Tensor) -> Tensor {
        square(predictions - targets).mean()
    }
}
