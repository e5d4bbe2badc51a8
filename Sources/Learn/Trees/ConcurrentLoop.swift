import Dispatch
import Foundation

/// Runs independent iterations on every core, for the tree ensembles and the SVM's
/// one-vs-one problems. Results must not depend on which thread ran an iteration: each
/// iteration writes only its own slot, and anything random is seeded per iteration
/// before the loop starts, so a model is the same on 1 core or 64.
enum ConcurrentLoop {
    /// The number of cores this process may use.
    static var coreCount: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }

    /// Calls `body(i)` for every `i` in `0..<count`, spread over the cores (plain
    /// sequential calls when `parallel` is false or there is only one iteration).
    static func forEach(_ count: Int, parallel: Bool = true, _ body: (Int) -> Void) {
        guard count > 0 else { return }
        if !parallel || count == 1 || coreCount == 1 {
            for i in 0..<count { body(i) }
            return
        }
        withoutActuallyEscaping(body) { body in
            // Each iteration touches only its own slot (see the type's notes), which is
            // what makes sharing `body` across threads sound.
            let shared = UncheckedSendable(body)
            DispatchQueue.concurrentPerform(iterations: count) { shared.value($0) }
        }
    }

    /// The results of `body(i)` for `i` in `0..<count`, in order, computed concurrently.
    static func map<T>(_ count: Int, parallel: Bool = true, _ body: (Int) -> T) -> [T] {
        let slots = UnsafeMutableBufferPointer<T?>.allocate(capacity: count)
        slots.initialize(repeating: nil)
        defer { slots.deallocate() }
        forEach(count, parallel: parallel) { i in slots[i] = body(i) }
        return slots.map { $0! }
    }
}

/// A value handed to other threads under the caller's guarantee that they use it safely.
struct UncheckedSendable<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}
