// Softmax and its logarithm, composed from primitives (exp, log, sum, subtraction), so
// their derivatives come for free. Both first subtract each slice's maximum, a constant
// that changes neither the result nor the gradient but keeps every exponential in range;
// working on the shifted values also keeps Float's digits (x − logsumexp(x) would
// subtract two large numbers).

extension Tensor {
    /// The softmax along `axis`: exp(xᵢ − logsumexp(x)), positive and summing to 1, stable
    /// for large logits.
    ///
    /// ```swift
    /// Tensor<Double>([1000, 1000]).softmax()  // [0.5, 0.5]
    /// ```
    public func softmax(axis: Int = -1) -> Tensor {
        let e = exp(self - maximumShift(axis: axis))
        return e / e.sum(axis: axis, keepDims: true)
    }

    /// The log-softmax along `axis`: xᵢ − logsumexp(x), without forming the softmax (so
    /// no log of an underflowed 0).
    ///
    /// ```swift
    /// Tensor<Double>([0, 1000]).logSoftmax()  // [-1000.0, 0.0]
    /// ```
    public func logSoftmax(axis: Int = -1) -> Tensor {
        let shifted = self - maximumShift(axis: axis)
        return shifted - log(exp(shifted).sum(axis: axis, keepDims: true))
    }

    /// The maximum along `axis` (kept), as a constant: 0 for a slice whose maximum is
    /// infinite, as PyTorch does.
    func maximumShift(axis: Int) -> Tensor {
        let top = primal.max(axis: axis, keepDims: true)
        return `where`(top.isFiniteMask, top, Tensor(0))
    }
}
