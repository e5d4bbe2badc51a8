// The summation and argmax kernels of `TensorScalar` for Float and Double.
//
// Full sums use pairwise summation (as NumPy does): blocks of `blockSize` elements are
// summed in 16 vector lanes, and block sums are combined in a balanced tree, so the
// rounding error grows like O(log n) rather than O(n). The order of additions depends
// only on the count, so a sum is bit-identical on every machine.

/// Elements per leaf of the pairwise summation tree.
private let blockSize = 1024

@inline(__always)
private func blockSum<T: TensorScalar>(_ x: UnsafeBufferPointer<T>) -> T {
    let count = x.count
    guard count > 0 else { return 0 }
    let raw = UnsafeRawPointer(x.baseAddress!)
    let width = SIMD16<T>.scalarCount, stride = MemoryLayout<T>.stride
    var lanes = SIMD16<T>()
    var i = 0
    while i + width <= count {
        lanes += raw.loadUnaligned(fromByteOffset: i * stride, as: SIMD16<T>.self)
        i += width
    }
    var total = lanes.sum()
    while i < count {
        total += x[i]
        i += 1
    }
    return total
}

private func pairwiseSum<T: TensorScalar>(_ x: UnsafeBufferPointer<T>) -> T {
    if x.count <= blockSize { return blockSum(x) }
    // Split on a block boundary so that the leaves are whole blocks.
    let blocks = (x.count + blockSize - 1) / blockSize
    let half = blocks / 2 * blockSize
    return pairwiseSum(UnsafeBufferPointer(rebasing: x[..<half]))
        + pairwiseSum(UnsafeBufferPointer(rebasing: x[half...]))
}

/// `output[i] += row[i]`, vectorised.
@inline(__always)
private func accumulate<T: TensorScalar>(
    _ row: UnsafePointer<T>, into output: UnsafeMutablePointer<T>, count: Int
) {
    let r = UnsafeRawPointer(row), o = UnsafeMutableRawPointer(output)
    let width = SIMD16<T>.scalarCount, stride = MemoryLayout<T>.stride
    var i = 0
    while i + width <= count {
        let offset = i * stride
        let sum = o.loadUnaligned(fromByteOffset: offset, as: SIMD16<T>.self)
            + r.loadUnaligned(fromByteOffset: offset, as: SIMD16<T>.self)
        o.storeBytes(of: sum, toByteOffset: offset, as: SIMD16<T>.self)
        i += width
    }
    while i < count {
        output[i] += row[i]
        i += 1
    }
}

@inline(__always)
private func sum<T: TensorScalar>(
    _ x: UnsafeBufferPointer<T>, outer: Int, length: Int, inner: Int,
    into output: UnsafeMutableBufferPointer<T>
) {
    guard !output.isEmpty else { return }
    guard inner > 1 else {
        // Summing the last axis: each output is the pairwise sum of a contiguous row.
        for o in 0..<outer {
            output[o] = pairwiseSum(UnsafeBufferPointer(rebasing: x[o * length..<(o + 1) * length]))
        }
        return
    }
    // Otherwise add whole rows of `inner` contiguous elements, one axis step at a time.
    output.initialize(repeating: 0)
    guard let input = x.baseAddress, let out = output.baseAddress else { return }
    for o in 0..<outer {
        for a in 0..<length {
            accumulate(input + (o * length + a) * inner, into: out + o * inner, count: inner)
        }
    }
}

/// The index of the largest element along the middle axis of `[outer, length, inner]`,
/// for each `[outer, inner]` position; the first one on ties, and the first NaN if there
/// is one (as NumPy). `length` must be positive.
@inline(__always)
private func argmax<T: TensorScalar>(
    _ x: UnsafeBufferPointer<T>, outer: Int, length: Int, inner: Int,
    into indices: UnsafeMutableBufferPointer<Int>
) {
    for o in 0..<outer {
        for i in 0..<inner {
            let base = o * length * inner + i
            var best = x[base], bestIndex = 0
            var a = 1
            while a < length, !best.isNaN {
                let value = x[base + a * inner]
                if value > best || value.isNaN {
                    best = value
                    bestIndex = a
                }
                a += 1
            }
            indices[o * inner + i] = bestIndex
        }
    }
}

/// The summation ``TensorScalar`` kernels for `Float`.
extension Float {
    public static func sum(_ input: UnsafeBufferPointer<Float>) -> Float { pairwiseSum(input) }

    public static func sum(
        _ input: UnsafeBufferPointer<Float>, outer: Int, length: Int, inner: Int,
        into output: UnsafeMutableBufferPointer<Float>
    ) { Engine.sum(input, outer: outer, length: length, inner: inner, into: output) }

    public static func argmax(
        _ input: UnsafeBufferPointer<Float>, outer: Int, length: Int, inner: Int,
        into indices: UnsafeMutableBufferPointer<Int>
    ) { Engine.argmax(input, outer: outer, length: length, inner: inner, into: indices) }
}

/// The summation ``TensorScalar`` kernels for `Double`.
extension Double {
    public static func sum(_ input: UnsafeBufferPointer<Double>) -> Double { pairwiseSum(input) }

    public static func sum(
        _ input: UnsafeBufferPointer<Double>, outer: Int, length: Int, inner: Int,
        into output: UnsafeMutableBufferPointer<Double>
    ) { Engine.sum(input, outer: outer, length: length, inner: inner, into: output) }

    public static func argmax(
        _ input: UnsafeBufferPointer<Double>, outer: Int, length: Int, inner: Int,
        into indices: UnsafeMutableBufferPointer<Int>
    ) { Engine.argmax(input, outer: outer, length: length, inner: inner, into: indices) }
}
