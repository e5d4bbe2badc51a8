#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The differentiation state of the current thread: whether operations record graph
/// nodes, and whether tangents are being pushed forward.
///
/// It is per thread, not global, so that tests (or lessons) running on several threads
/// do not switch recording off for each other. It is read only when an operation's input
/// is tracked, so untracked arithmetic never pays for it.
final class AutodiffContext {
    /// Depth of nested regions where nothing is recorded (`withoutGradients`).
    var recordingSuspended = 0
    /// Depth of nested forward-mode evaluations (only one is supported).
    var forwardLevel = 0
    /// Depth of JVP rules being evaluated: their own operations push no tangents.
    var tangentsSuspended = 0
    /// The operation whose pullback is running, for the numerics check's messages.
    var runningPullback: String?

    var isRecording: Bool { recordingSuspended == 0 }
    var propagatesTangents: Bool { forwardLevel > 0 && tangentsSuspended == 0 }

    /// This thread's context, created on first use.
    static var current: AutodiffContext {
        if let pointer = pthread_getspecific(contextKey) {
            return Unmanaged<AutodiffContext>.fromOpaque(pointer).takeUnretainedValue()
        }
        let context = AutodiffContext()
        pthread_setspecific(contextKey, Unmanaged.passRetained(context).toOpaque())
        return context
    }

    /// Runs `body` with recording switched on or off, restoring the previous state.
    func recording<R>(_ enabled: Bool, _ body: () throws -> R) rethrows -> R {
        let saved = recordingSuspended
        recordingSuspended = enabled ? 0 : saved + 1
        defer { recordingSuspended = saved }
        return try body()
    }

    /// Runs a JVP rule: tangents of the rule's own operations would be second-order terms.
    func withoutTangents<R>(_ body: () throws -> R) rethrows -> R {
        tangentsSuspended += 1
        defer { tangentsSuspended -= 1 }
        return try body()
    }
}

private let contextKey: pthread_key_t = {
    var key = pthread_key_t()
    let status = pthread_key_create(&key) { pointer in
        guard let pointer else { return }
        Unmanaged<AutodiffContext>.fromOpaque(pointer).release()
    }
    precondition(status == 0, "could not create the autodiff thread-local key")
    return key
}()

/// Runs `body` without recording any operation for reverse-mode differentiation, as
/// PyTorch's `torch.no_grad()`: results inside do not require gradients, and nothing is
/// kept for a backward pass. Use it for parameter updates and evaluation.
///
/// ```swift
/// let w = Tensor<Double>([1, 2]).requiringGradient()
/// let y = withoutGradients { (w * w).sum() }
/// print(y.requiresGradient)  // false
/// ```
public func withoutGradients<R>(_ body: () throws -> R) rethrows -> R {
    try AutodiffContext.current.recording(false, body)
}

/// Whether operations on tensors that require gradients are being recorded on this
/// thread: `false` inside ``withoutGradients(_:)``.
public var isRecordingGradients: Bool { AutodiffContext.current.isRecording }
