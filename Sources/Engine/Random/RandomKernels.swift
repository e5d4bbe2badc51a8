// The random-fill kernels of `TensorScalar` for Float and Double. Elements are drawn in
// row-major order, one 64-bit draw (uniform) or one polar-method sample (normal) each:
// a Double tensor holds exactly what a loop of `rng.uniform(in:)` or `rng.normal(...)`
// gives; a Float tensor takes the top 24 bits of the same draws (uniform) or the same
// standard normals rounded to Float.

@inline(__always)
private func draw<T: TensorScalar>(
    _ output: UnsafeMutableBufferPointer<T>, generator: inout SeededGenerator,
    _ sample: (inout SeededGenerator) -> T
) {
    for i in 0..<output.count { output[i] = sample(&generator) }
}

/// Scales a unit sample into `range`, never returning the excluded upper bound.
@inline(__always)
private func scaled<T: TensorScalar>(_ unit: T, into range: Range<T>) -> T {
    let value = range.lowerBound + (range.upperBound - range.lowerBound) * unit
    return value < range.upperBound ? value : range.upperBound.nextDown
}

/// One category per row: the first class whose running weight passes u·total, with u
/// one uniform `Double` draw; sums are accumulated in Double in class order, so the
/// result is the same on every machine.
@inline(__always)
private func categorical<T: TensorScalar>(
    _ weights: UnsafeBufferPointer<T>, rows: Int, classes: Int,
    generator: inout SeededGenerator, into output: UnsafeMutableBufferPointer<Int>
) {
    for row in 0..<rows {
        let base = row * classes
        var total = 0.0
        for c in 0..<classes { total += Double(weights[base + c]) }
        let target = generator.uniform() * total
        var running = 0.0, chosen = classes - 1
        for c in 0..<classes {
            running += Double(weights[base + c])
            if target < running, weights[base + c] > 0 {
                chosen = c
                break
            }
        }
        // Rounding can leave the target just past the last positive weight.
        while chosen > 0, weights[base + chosen] <= 0 { chosen -= 1 }
        output[row] = chosen
    }
}

/// The random-fill ``TensorScalar`` kernels for `Float` (24 random bits per uniform).
extension Float {
    public static func fillUniform(
        _ output: UnsafeMutableBufferPointer<Float>, in range: Range<Float>,
        generator: inout SeededGenerator
    ) {
        draw(output, generator: &generator) { scaled($0.uniformFloat(), into: range) }
    }

    public static func fillNormal(
        _ output: UnsafeMutableBufferPointer<Float>, mean: Float, standardDeviation: Float,
        generator: inout SeededGenerator
    ) {
        draw(output, generator: &generator) {
            mean + standardDeviation * Float($0.standardNormal())
        }
    }

    public static func sampleCategorical(
        _ weights: UnsafeBufferPointer<Float>, rows: Int, classes: Int,
        generator: inout SeededGenerator, into output: UnsafeMutableBufferPointer<Int>
    ) {
        categorical(weights, rows: rows, classes: classes, generator: &generator, into: output)
    }
}

/// The random-fill ``TensorScalar`` kernels for `Double` (53 random bits per uniform).
extension Double {
    public static func fillUniform(
        _ output: UnsafeMutableBufferPointer<Double>, in range: Range<Double>,
        generator: inout SeededGenerator
    ) {
        draw(output, generator: &generator) { $0.uniform(in: range) }
    }

    public static func fillNormal(
        _ output: UnsafeMutableBufferPointer<Double>, mean: Double, standardDeviation: Double,
        generator: inout SeededGenerator
    ) {
        draw(output, generator: &generator) {
            $0.normal(mean: mean, standardDeviation: standardDeviation)
        }
    }

    public static func sampleCategorical(
        _ weights: UnsafeBufferPointer<Double>, rows: Int, classes: Int,
        generator: inout SeededGenerator, into output: UnsafeMutableBufferPointer<Int>
    ) {
        categorical(weights, rows: rows, classes: classes, generator: &generator, into: output)
    }
}
