import Engine

/// Converts stored pixel values to tensor scalars in `[0, 1]` (value / maximum), as
/// PyTorch's `ToTensor` and the benchmarks do.
///
/// The loaders are generic over the tensor's scalar, and generic code called from a
/// lesson runs unspecialised; a loop over 47 million pixels must not. So the loop is
/// written for concrete `Float` and `Double` here and chosen at run time, the same split
/// the engine's kernels use.
enum PixelScaling {
    /// `values[i] / maximum` as `Scalar`, in order.
    static func scaled<Scalar: TensorScalar>(
        _ values: [UInt8], maximum: Int, as _: Scalar.Type = Scalar.self
    ) -> [Scalar] {
        if Scalar.self == Float.self {
            return unsafeBitCast(scaledBytes(values, by: Float(maximum)), to: [Scalar].self)
        }
        if Scalar.self == Double.self {
            return unsafeBitCast(scaledBytes(values, by: Double(maximum)), to: [Scalar].self)
        }
        return values.map { Scalar($0) / Scalar(maximum) }
    }

    /// `values[i] / maximum` as `Scalar`, for 16-bit images.
    static func scaled<Scalar: TensorScalar>(
        _ values: [UInt16], maximum: Int, as _: Scalar.Type = Scalar.self
    ) -> [Scalar] {
        if Scalar.self == Float.self {
            return unsafeBitCast(scaledWords(values, by: Float(maximum)), to: [Scalar].self)
        }
        if Scalar.self == Double.self {
            return unsafeBitCast(scaledWords(values, by: Double(maximum)), to: [Scalar].self)
        }
        return values.map { Scalar($0) / Scalar(maximum) }
    }

    /// The unsigned-byte data of an IDX file divided by `maximum`, converted block by
    /// block as it is decompressed, straight into the result's storage (no second copy
    /// of the raw bytes).
    static func scaled<Scalar: TensorScalar>(
        _ reader: IDXReader, maximum: Int, as _: Scalar.Type = Scalar.self
    ) throws(DatasetError) -> [Scalar] {
        if Scalar.self == Float.self {
            return unsafeBitCast(try streamed(reader, by: Float(maximum)), to: [Scalar].self)
        }
        if Scalar.self == Double.self {
            return unsafeBitCast(try streamed(reader, by: Double(maximum)), to: [Scalar].self)
        }
        return try IDXArray(reader: reader).bytes.map { Scalar($0) / Scalar(maximum) }
    }

    /// Specialised for `Float` and `Double` by the optimiser (private, and called with
    /// concrete types in this file).
    private static func streamed<T: BinaryFloatingPoint>(
        _ reader: IDXReader, by divisor: T
    ) throws(DatasetError) -> [T] {
        var failure: DatasetError?
        let values = [T](unsafeUninitializedCapacity: reader.dataSize) { output, initialized in
            do throws(DatasetError) {
                try reader.readBlocks { block, offset in
                    for i in 0..<block.count { output[offset + i] = T(block[i]) / divisor }
                }
                initialized = reader.dataSize
            } catch {
                failure = error
                initialized = 0
            }
        }
        if let failure { throw failure }
        return values
    }

    private static func scaledBytes(_ values: [UInt8], by divisor: Float) -> [Float] {
        values.withUnsafeBufferPointer { input in
            [Float](unsafeUninitializedCapacity: input.count) { output, count in
                for i in 0..<input.count { output[i] = Float(input[i]) / divisor }
                count = input.count
            }
        }
    }

    private static func scaledBytes(_ values: [UInt8], by divisor: Double) -> [Double] {
        values.withUnsafeBufferPointer { input in
            [Double](unsafeUninitializedCapacity: input.count) { output, count in
                for i in 0..<input.count { output[i] = Double(input[i]) / divisor }
                count = input.count
            }
        }
    }

    private static func scaledWords(_ values: [UInt16], by divisor: Float) -> [Float] {
        values.withUnsafeBufferPointer { input in
            [Float](unsafeUninitializedCapacity: input.count) { output, count in
                for i in 0..<input.count { output[i] = Float(input[i]) / divisor }
                count = input.count
            }
        }
    }

    private static func scaledWords(_ values: [UInt16], by divisor: Double) -> [Double] {
        values.withUnsafeBufferPointer { input in
            [Double](unsafeUninitializedCapacity: input.count) { output, count in
                for i in 0..<input.count { output[i] = Double(input[i]) / divisor }
                count = input.count
            }
        }
    }
}
