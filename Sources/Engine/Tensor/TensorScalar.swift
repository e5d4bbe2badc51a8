/// An element type of a ``Tensor`` (`Float` or `Double`), and the kernels that do the
/// tensor's per-element work.
///
/// ## Why the kernels live here
///
/// `Tensor<Scalar>` is generic so that lessons can write `Tensor<Float>` and
/// `Tensor<Double>` with one API. But generic code called from another module runs
/// unspecialised (each element through a witness table) unless it is `@inlinable`, and
/// inlinable code is recompiled inside every lesson that uses it. Neither is acceptable
/// for a loop over a million elements, so the work is split in two:
///
/// - The *kernels* are the static requirements of this protocol: elementwise loops,
///   reductions, the transpose, GEMM, random fills and printing. `Float` and `Double`
///   implement them concretely inside Engine (`Kernels/`, `LinearAlgebra/BLAS.swift`,
///   `Random/RandomKernels.swift`, `Tensor/Tensor+Description.swift`), next to generic
///   helpers in the same file, so every per-element loop is compiled once, specialised
///   and vectorised, in the library (Engine is not built whole-module, so a helper in
///   another file would not be specialised).
/// - The `Tensor` methods are ordinary generic functions, deliberately *not*
///   `@inlinable`: each validates shapes through ``ShapeRules`` (not generic), allocates
///   the result and makes one kernel call. Running them unspecialised costs about 50 ns
///   per operation; in exchange a lesson compiles only calls into Engine. Measured side
///   by side on a 20-line lesson when this was written: 0.4 s to compile with this
///   design, 1.0 s with an inlinable façade (every lesson re-specialising the
///   allocations and closures).
///
/// No per-element loop lives in unspecialised generic code. The two generic loops that
/// cannot be kernels, `Tensor ==` and ``SeededGenerator/shuffle(_:)``, are `@inlinable`
/// so that they are specialised where they are used. The kernels work on raw buffers:
/// they do no shape checks of their own, and their output may be the same memory as an
/// input (for in-place updates such as `+=`).
///
/// You rarely call a kernel yourself; `Tensor` does:
///
/// ```swift
/// let a: [Float] = [1, 2, 3], b: [Float] = [10, 20, 30]
/// var c = [Float](repeating: 0, count: 3)
/// a.withUnsafeBufferPointer { a in
///     b.withUnsafeBufferPointer { b in
///         c.withUnsafeMutableBufferPointer { Float.apply(.add, a, b, into: $0) }
///     }
/// }
/// // c == [11, 22, 33]
/// ```
public protocol TensorScalar: BinaryFloatingPoint, SIMDScalar, Sendable, Codable,
    LosslessStringConvertible
{
    // MARK: Creation (Kernels/ElementwiseKernels.swift)

    /// Sets every element of `output` to `value`.
    static func fill(_ value: Self, into output: UnsafeMutableBufferPointer<Self>)

    /// Sets element `i` of `output` to `start + i * step`.
    static func ramp(start: Self, step: Self, into output: UnsafeMutableBufferPointer<Self>)

    // MARK: Elementwise arithmetic, comparisons, selection (Kernels/ElementwiseKernels.swift)

    /// `output[i] = lhs[i] ⊕ rhs[i]`; all three buffers have the same count.
    static func apply(
        _ operation: BinaryOperation, _ lhs: UnsafeBufferPointer<Self>,
        _ rhs: UnsafeBufferPointer<Self>, into output: UnsafeMutableBufferPointer<Self>)

    /// `output[i] = lhs[i] ⊕ rhs`.
    static func apply(
        _ operation: BinaryOperation, _ lhs: UnsafeBufferPointer<Self>, _ rhs: Self,
        into output: UnsafeMutableBufferPointer<Self>)

    /// `output[i] = lhs ⊕ rhs[i]`.
    static func apply(
        _ operation: BinaryOperation, _ lhs: Self, _ rhs: UnsafeBufferPointer<Self>,
        into output: UnsafeMutableBufferPointer<Self>)

    /// `output = lhs ⊕ rhs` with NumPy broadcasting, walking both operands as `layout` says.
    static func apply(
        _ operation: BinaryOperation, _ lhs: UnsafeBufferPointer<Self>,
        _ rhs: UnsafeBufferPointer<Self>, layout: BroadcastLayout,
        into output: UnsafeMutableBufferPointer<Self>)

    /// `output[i] = mask[i] != 0 ? lhs[i] : rhs[i]`; all four buffers have the same count.
    static func select(
        _ mask: UnsafeBufferPointer<Self>, _ lhs: UnsafeBufferPointer<Self>,
        _ rhs: UnsafeBufferPointer<Self>, into output: UnsafeMutableBufferPointer<Self>)

    /// The index of the first infinite or NaN element, if any.
    static func firstNonFinite(_ input: UnsafeBufferPointer<Self>) -> Int?

    // MARK: Unary functions (Kernels/UnaryKernels.swift)

    /// `output[i] = f(input[i])`.
    static func apply(
        _ function: ElementwiseFunction, _ input: UnsafeBufferPointer<Self>,
        into output: UnsafeMutableBufferPointer<Self>)

    // MARK: Reductions and layout (Kernels/ReductionKernels.swift, Kernels/TransposeKernel.swift)

    /// The sum of all elements, by pairwise summation.
    static func sum(_ input: UnsafeBufferPointer<Self>) -> Self

    /// Sums the middle axis of `input`, seen as a row-major `[outer, length, inner]`
    /// array, into `output` of shape `[outer, inner]`.
    static func sum(
        _ input: UnsafeBufferPointer<Self>, outer: Int, length: Int, inner: Int,
        into output: UnsafeMutableBufferPointer<Self>)

    /// The index of the largest element along the middle axis of `input`, seen as a
    /// row-major `[outer, length, inner]` array, for each of the `[outer, inner]` positions
    /// (the first on ties, the first NaN if any). `length` must be positive.
    static func argmax(
        _ input: UnsafeBufferPointer<Self>, outer: Int, length: Int, inner: Int,
        into indices: UnsafeMutableBufferPointer<Int>)

    /// Writes the transpose of the row-major `rows × columns` matrix `input` into `output`.
    static func transpose(
        _ input: UnsafeBufferPointer<Self>, rows: Int, columns: Int,
        into output: UnsafeMutableBufferPointer<Self>)

    // MARK: BLAS (LinearAlgebra/BLAS.swift)

    /// Row-major GEMM, `C ← α·op(A)·op(B) + β·C`, where `op(A)` is `m × k`, `op(B)` is
    /// `k × n`, and `op` transposes when its flag is set.
    static func gemm(
        transposeA: Bool, transposeB: Bool, m: Int, n: Int, k: Int,
        alpha: Self, a: UnsafeBufferPointer<Self>, lda: Int,
        b: UnsafeBufferPointer<Self>, ldb: Int,
        beta: Self, c: UnsafeMutableBufferPointer<Self>, ldc: Int)

    /// Row-major GEMV, `y ← α·op(A)·x + β·y`, where `A` is `rows × columns`.
    static func gemv(
        transpose: Bool, rows: Int, columns: Int, alpha: Self,
        a: UnsafeBufferPointer<Self>, lda: Int, x: UnsafeBufferPointer<Self>,
        beta: Self, y: UnsafeMutableBufferPointer<Self>)

    // MARK: Random numbers (Random/RandomKernels.swift)

    /// Fills `output` with uniform samples from `range`, drawn from `generator`.
    static func fillUniform(
        _ output: UnsafeMutableBufferPointer<Self>, in range: Range<Self>,
        generator: inout SeededGenerator)

    /// Fills `output` with normal samples, drawn from `generator`.
    static func fillNormal(
        _ output: UnsafeMutableBufferPointer<Self>, mean: Self, standardDeviation: Self,
        generator: inout SeededGenerator)

    /// Draws one category per row of the row-major `[rows, classes]` array of
    /// non-negative `weights` (each row is normalised by its sum), by inverting the
    /// cumulative sum at one uniform draw per row.
    static func sampleCategorical(
        _ weights: UnsafeBufferPointer<Self>, rows: Int, classes: Int,
        generator: inout SeededGenerator, into output: UnsafeMutableBufferPointer<Int>)

    // MARK: Printing (Tensor/ScalarFormatting.swift)

    /// The NumPy-like text of the row-major array `elements` of the given shape.
    static func format(_ elements: UnsafeBufferPointer<Self>, shape: [Int]) -> String
}

extension Float: TensorScalar {}
extension Double: TensorScalar {}
