// The transpose kernel of `TensorScalar` for Float and Double.
//
// A naive transpose reads rows and writes columns, so every write of a large matrix
// touches a new cache line. Working in small square tiles keeps the lines read and the
// lines written in cache. Measured on 1000² and 1024² Float matrices, 8 × 8 tiles
// written row by row were the fastest and the only size that did not slow down 3–4×
// at power-of-two strides, where larger tiles' lines collide in the same cache sets.

/// Tile edge in elements: 8 Floats or Doubles span at most one 64-byte cache line.
private let tile = 8

@inline(__always)
private func transpose<T: TensorScalar>(
    _ x: UnsafeBufferPointer<T>, rows: Int, columns: Int,
    into output: UnsafeMutableBufferPointer<T>
) {
    for rowStart in stride(from: 0, to: rows, by: tile) {
        let rowEnd = min(rowStart + tile, rows)
        for columnStart in stride(from: 0, to: columns, by: tile) {
            let columnEnd = min(columnStart + tile, columns)
            for c in columnStart..<columnEnd {
                for r in rowStart..<rowEnd {
                    output[c * rows + r] = x[r * columns + c]
                }
            }
        }
    }
}

/// The transpose ``TensorScalar`` kernel for `Float`.
extension Float {
    public static func transpose(
        _ input: UnsafeBufferPointer<Float>, rows: Int, columns: Int,
        into output: UnsafeMutableBufferPointer<Float>
    ) { Engine.transpose(input, rows: rows, columns: columns, into: output) }
}

/// The transpose ``TensorScalar`` kernel for `Double`.
extension Double {
    public static func transpose(
        _ input: UnsafeBufferPointer<Double>, rows: Int, columns: Int,
        into output: UnsafeMutableBufferPointer<Double>
    ) { Engine.transpose(input, rows: rows, columns: columns, into: output) }
}
