#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// A debug switch that stops the program at the first operation that turns finite
/// inputs into an infinity or a NaN, naming the operation and the shapes, e.g.
/// `checkNumerics: log produced -inf at element 3 of its [4] result (inputs [4])`.
///
/// Off by default (checking scans every result once). Switch it on in code, or for a
/// whole run with the environment variable `UNDERBRACE_CHECK_NUMERICS=1`. The backward
/// pass is checked too: a pullback that produces a non-finite cotangent from finite ones
/// is named as, e.g., `sqrt (backward, in divide)`.
///
/// ```swift
/// NumericsCheck.isEnabled = true
/// let x = Tensor<Float>([1, 0])
/// let y = log(x)  // stops: checkNumerics: log produced -inf at element 1 of its [2] result (inputs [2])
/// ```
public enum NumericsCheck {
    private static let flag = Atomic<Bool>(getenv("UNDERBRACE_CHECK_NUMERICS").map { String(cString: $0) != "0" } ?? false)

    /// Whether every operation's result is checked; process-wide.
    public static var isEnabled: Bool {
        get { flag.load(ordering: .relaxed) }
        set { flag.store(newValue, ordering: .relaxed) }
    }

    /// The message the check stops with when `value`, the result of `operation`, holds an
    /// infinity or a NaN although all `inputs` are finite; `nil` otherwise. Inputs that
    /// already hold one are not this operation's fault: an earlier one is named instead.
    public static func problem<Scalar>(
        in value: Tensor<Scalar>, producedBy operation: String, from inputs: [Tensor<Scalar>]
    ) -> String? {
        let bad = value.storage.withUnsafeBufferPointer { Scalar.firstNonFinite($0) }
        guard let index = bad else { return nil }
        for input in inputs where input.storage.withUnsafeBufferPointer({ Scalar.firstNonFinite($0) }) != nil {
            return nil
        }
        let shapes = inputs.map { "\($0.shape)" }.joined(separator: ", ")
        return "checkNumerics: \(operation) produced \(value.storage[index]) at element \(index) "
            + "of its \(value.shape) result (inputs \(shapes))"
    }

    /// Stops the program if the check is on and `problem` finds one.
    @inline(__always)
    static func verify<Scalar>(
        _ operation: String, _ value: Tensor<Scalar>, _ inputs: @autoclosure () -> [Tensor<Scalar>]
    ) {
        guard isEnabled else { return }
        // Inside a backward pass, name the operation whose pullback this is.
        let name = AutodiffContext.current.runningPullback.map {
            operation.hasSuffix("(backward)") ? operation : "\($0) (backward, in \(operation))"
        } ?? operation
        if let message = problem(in: value, producedBy: name, from: inputs()) {
            fatalError(message)
        }
    }
}
