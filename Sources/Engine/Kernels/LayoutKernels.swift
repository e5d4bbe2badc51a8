#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// Kernels that move elements without looking at their values: permuting axes,
// materialising a broadcast, copying a rectangular region (slicing, padding,
// concatenation), and gathering or placing along an axis. They work on raw bytes, so one
// compiled copy serves Float and Double: contiguous runs are copied with `memcpy`, and
// single elements as 4- or 8-byte integers (`Element`), specialised in this file.

/// Element-type-agnostic copies between row-major arrays.
enum LayoutKernels {
    /// Row-major strides of `shape`, in elements.
    static func strides(_ shape: [Int]) -> [Int] {
        var strides = [Int](repeating: 1, count: shape.count)
        for axis in shape.indices.dropLast().reversed() {
            strides[axis] = strides[axis + 1] * shape[axis + 1]
        }
        return strides
    }

    /// Calls `body(run, offsets)` for each index of the axes before the last, in row-major
    /// order, where `offsets[k]` is the running sum of `index · strides[k]` (one stride
    /// array per operand).
    @inline(__always)
    private static func forEachRow(
        _ shape: [Int], _ strides: [[Int]], _ body: (Int, [Int]) -> Void
    ) {
        let rank = shape.count
        guard rank > 0 else { return body(0, strides.map { _ in 0 }) }
        let rows = shape.dropLast().reduce(1, *)
        guard rows > 0, shape[rank - 1] > 0 else { return }
        var index = [Int](repeating: 0, count: rank)
        var offsets = [Int](repeating: 0, count: strides.count)
        for row in 0..<rows {
            body(row, offsets)
            var axis = rank - 2
            while axis >= 0 {
                index[axis] += 1
                for k in strides.indices { offsets[k] += strides[k][axis] }
                if index[axis] < shape[axis] { break }
                for k in strides.indices { offsets[k] -= strides[k][axis] * shape[axis] }
                index[axis] = 0
                axis -= 1
            }
        }
    }

    /// `output` (shape `shape` permuted) gets `input`'s elements with its axes reordered:
    /// output axis `k` is input axis `permutation[k]`.
    static func permute(
        _ input: UnsafeRawPointer, shape: [Int], permutation: [Int], elementSize: Int,
        into output: UnsafeMutableRawPointer
    ) {
        let inputStrides = strides(shape)
        let resultShape = permutation.map { shape[$0] }
        let gathered = permutation.map { inputStrides[$0] }  // input stride along each output axis
        let outputStrides = strides(resultShape)
        guard let inner = resultShape.last else {
            return output.copyMemory(from: input, byteCount: elementSize)
        }
        let step = gathered.last!
        forEachRow(resultShape, [outputStrides, gathered]) { _, offsets in
            let source = input + offsets[1] * elementSize
            let destination = output + offsets[0] * elementSize
            if step == 1 {
                destination.copyMemory(from: source, byteCount: inner * elementSize)
            } else {
                copyStrided(source, step, destination, 1, inner, elementSize)
            }
        }
    }

    /// `output` (shape `result`) gets `input` (shape `shape`, right-aligned in `result`,
    /// dimensions of 1 repeated) broadcast to `result`.
    static func broadcast(
        _ input: UnsafeRawPointer, shape: [Int], to result: [Int], elementSize: Int,
        into output: UnsafeMutableRawPointer
    ) {
        let inputStrides = BroadcastLayout.strides(of: shape, in: result)
        let outputStrides = strides(result)
        guard let inner = result.last else {
            return output.copyMemory(from: input, byteCount: elementSize)
        }
        let step = inputStrides.last!
        forEachRow(result, [outputStrides, inputStrides]) { _, offsets in
            let source = input + offsets[1] * elementSize
            let destination = output + offsets[0] * elementSize
            if step == 1 {
                destination.copyMemory(from: source, byteCount: inner * elementSize)
            } else {
                copyStrided(source, 0, destination, 1, inner, elementSize)
            }
        }
    }

    /// Copies the box `region` starting at `sourceOrigin` in `source` (shape `sourceShape`)
    /// to the box starting at `destinationOrigin` in `destination` (shape
    /// `destinationShape`). Slicing, padding and concatenation are all this copy.
    static func copyRegion(
        _ region: [Int], from source: UnsafeRawPointer, shape sourceShape: [Int],
        origin sourceOrigin: [Int], into destination: UnsafeMutableRawPointer,
        shape destinationShape: [Int], origin destinationOrigin: [Int], elementSize: Int
    ) {
        let sourceStrides = strides(sourceShape)
        let destinationStrides = strides(destinationShape)
        let sourceStart = zip(sourceOrigin, sourceStrides).reduce(0) { $0 + $1.0 * $1.1 }
        let destinationStart = zip(destinationOrigin, destinationStrides).reduce(0) {
            $0 + $1.0 * $1.1
        }
        guard let inner = region.last else {
            return (destination + destinationStart * elementSize).copyMemory(
                from: source + sourceStart * elementSize, byteCount: elementSize)
        }
        forEachRow(region, [sourceStrides, destinationStrides]) { _, offsets in
            (destination + (destinationStart + offsets[1]) * elementSize).copyMemory(
                from: source + (sourceStart + offsets[0]) * elementSize,
                byteCount: inner * elementSize)
        }
    }

    /// NumPy's `take` along the middle axis of `[outer, length, inner]`: output
    /// `[outer, indices.count, inner]`, with `output[o, j, i] = input[o, indices[j], i]`.
    static func gather(
        _ input: UnsafeRawPointer, outer: Int, length: Int, inner: Int, indices: [Int],
        elementSize: Int, into output: UnsafeMutableRawPointer
    ) {
        let bytes = inner * elementSize
        for o in 0..<outer {
            for (j, index) in indices.enumerated() {
                (output + ((o * indices.count + j) * bytes)).copyMemory(
                    from: input + ((o * length + index) * bytes), byteCount: bytes)
            }
        }
    }

    /// One index per slice along the middle axis of `[outer, length, inner]`:
    /// `output[o, i] = input[o, indices[o·inner + i], i]` (NumPy's `take_along_axis`
    /// with the axis then dropped). With `placing`, the inverse: writes `input[o, i]` to
    /// `output[o, indices[o·inner + i], i]`, leaving the other elements alone.
    static func pick(
        _ input: UnsafeRawPointer, outer: Int, length: Int, inner: Int, indices: [Int],
        elementSize: Int, into output: UnsafeMutableRawPointer, placing: Bool = false
    ) {
        switch elementSize {
        case 4: pick(input, outer, length, inner, indices, output, placing, as: UInt32.self)
        default: pick(input, outer, length, inner, indices, output, placing, as: UInt64.self)
        }
    }

    private static func pick<Element>(
        _ input: UnsafeRawPointer, _ outer: Int, _ length: Int, _ inner: Int, _ indices: [Int],
        _ output: UnsafeMutableRawPointer, _ placing: Bool, as _: Element.Type
    ) {
        let source = input.assumingMemoryBound(to: Element.self)
        let destination = output.assumingMemoryBound(to: Element.self)
        for o in 0..<outer {
            for i in 0..<inner {
                let sliced = o * inner + i
                let full = (o * length + indices[sliced]) * inner + i
                if placing {
                    destination[full] = source[sliced]
                } else {
                    destination[sliced] = source[full]
                }
            }
        }
    }

    /// Copies `count` elements read every `sourceStep` elements to every
    /// `destinationStep` elements; a step of 0 repeats one element.
    private static func copyStrided(
        _ source: UnsafeRawPointer, _ sourceStep: Int, _ destination: UnsafeMutableRawPointer,
        _ destinationStep: Int, _ count: Int, _ elementSize: Int
    ) {
        switch elementSize {
        case 4: copyStrided(source, sourceStep, destination, destinationStep, count, UInt32.self)
        default: copyStrided(source, sourceStep, destination, destinationStep, count, UInt64.self)
        }
    }

    @inline(__always)
    private static func copyStrided<Element>(
        _ source: UnsafeRawPointer, _ sourceStep: Int, _ destination: UnsafeMutableRawPointer,
        _ destinationStep: Int, _ count: Int, _: Element.Type
    ) {
        let from = source.assumingMemoryBound(to: Element.self)
        let to = destination.assumingMemoryBound(to: Element.self)
        for k in 0..<count { to[k * destinationStep] = from[k * sourceStep] }
    }
}
