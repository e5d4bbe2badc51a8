extension Tensor {
    /// A tensor of uniform samples from `range` (`[0, 1)` by default), drawn in row-major
    /// order from `generator`.
    ///
    /// ```swift
    /// var rng = SeededGenerator(seed: 0)
    /// let w = Tensor<Float>.uniform([3, 2], in: -1..<1, generator: &rng)
    /// ```
    ///
    /// Stops the program when a dimension is negative or the range is empty.
    public static func uniform(
        _ shape: [Int], in range: Range<Scalar> = 0..<1, generator: inout SeededGenerator
    ) -> Tensor {
        _ = checked { try ShapeRules.count(of: shape, operation: "uniform") }
        guard !range.isEmpty else { fatalError("uniform: the range \(range) is empty") }
        return Tensor(shape: shape) { Scalar.fillUniform($0, in: range, generator: &generator) }
    }

    /// A tensor of normal (Gaussian) samples, drawn in row-major order from `generator`.
    ///
    /// ```swift
    /// var rng = SeededGenerator(seed: 0)
    /// let noise = Tensor<Double>.normal([100], mean: 0, standardDeviation: 0.1, generator: &rng)
    /// ```
    ///
    /// Stops the program when a dimension is negative.
    public static func normal(
        _ shape: [Int], mean: Scalar = 0, standardDeviation: Scalar = 1,
        generator: inout SeededGenerator
    ) -> Tensor {
        _ = checked { try ShapeRules.count(of: shape, operation: "normal") }
        return Tensor(shape: shape) {
            Scalar.fillNormal(
                $0, mean: mean, standardDeviation: standardDeviation, generator: &generator)
        }
    }
}

extension Tensor {
    /// A tensor of Bernoulli samples: each element is 1 with probability `probability`
    /// and 0 otherwise, from one uniform draw each (1 when u < p), e.g. a dropout mask.
    ///
    /// ```swift
    /// var rng = SeededGenerator(seed: 0)
    /// let keep = Tensor<Float>.bernoulli([4], probability: 0.9, generator: &rng)
    /// ```
    public static func bernoulli(
        _ shape: [Int], probability: Scalar, generator: inout SeededGenerator
    ) -> Tensor {
        guard probability >= 0, probability <= 1 else {
            fatalError("bernoulli: the probability \(probability) is not in [0, 1]")
        }
        return uniform(shape, generator: &generator).combined(.less, probability)
    }

    /// One category index per row of `probabilities` (shape `[N, C]`, or `[C]` for one
    /// draw): class `c` with probability proportional to its entry. Rows need not be
    /// normalised; entries must be non-negative with a positive sum.
    ///
    /// ```swift
    /// var rng = SeededGenerator(seed: 0)
    /// let classes = Tensor<Double>.categorical(probabilities: Tensor([0.2, 0.8]), generator: &rng)
    /// ```
    public static func categorical(
        probabilities: Tensor, generator: inout SeededGenerator
    ) -> [Int] {
        guard probabilities.rank == 1 || probabilities.rank == 2 else {
            fatalError(
                ShapeError.unsupportedRank(
                    operation: "categorical", expected: "a vector or a matrix",
                    shape: probabilities.shape
                ).description)
        }
        let classes = probabilities.shape.last!
        let rows = probabilities.rank == 1 ? 1 : probabilities.shape[0]
        guard classes > 0 else {
            fatalError(
                ShapeError.emptyAxis(operation: "categorical", axis: -1, shape: probabilities.shape)
                    .description)
        }
        let valid = probabilities.storage.allSatisfy { $0 >= 0 && $0.isFinite }
        guard valid else { fatalError("categorical: probabilities must be finite and non-negative") }
        return [Int](unsafeUninitializedCapacity: rows) { output, count in
            probabilities.storage.withUnsafeBufferPointer {
                Scalar.sampleCategorical(
                    $0, rows: rows, classes: classes, generator: &generator, into: output)
            }
            count = rows
        }
    }

    /// One category index per row of `logits` (shape `[N, C]` or `[C]`): samples from
    /// softmax(logits), e.g. the next token of a language model.
    public static func categorical(logits: Tensor, generator: inout SeededGenerator) -> [Int] {
        categorical(probabilities: withoutGradients { logits.softmax(axis: -1) }, generator: &generator)
    }
}
