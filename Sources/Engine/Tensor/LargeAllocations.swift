internal import CMalloc

/// Keeps the memory of large tensors in the process for reuse.
///
/// glibc's `malloc` serves a request of 32 MiB or more (a 2048 × 2048 `Double`
/// matrix) straight from `mmap` and hands it back to the kernel on `free`, so every
/// new result of that size pays one page fault per 4 KiB and the kernel's zeroing of
/// each page: about 5 % of a 2048 `dgemm`, and more for cheap elementwise ops. Smaller
/// requests escape this only after glibc's threshold has adapted to them. Raising the
/// thresholds once, before the first large tensor, keeps freed buffers in the heap
/// where the next one reuses them — what the caching allocators of PyTorch and NumPy
/// do by other means. The price: up to ``retainedBytes`` of freed memory may stay
/// with the process rather than return to the system.
enum LargeAllocations {
    /// Requests from this size up are served from the heap, not from `mmap`.
    static let heapLimit = 1 << 30
    /// Free memory at the top of the heap is returned to the system beyond this.
    static let retainedBytes = 1 << 30
    /// Tensors from this size up trigger the tuning.
    static let largeBytes = 1 << 20

    private static let tuned: Bool = {
        mallopt(M_MMAP_THRESHOLD, Int32(heapLimit)) == 1
            && mallopt(M_TRIM_THRESHOLD, Int32(retainedBytes)) == 1
    }()

    /// Tunes the allocator, once, when a tensor of `bytes` is about to be allocated and
    /// is large enough to matter. Returns whether the tuning is in effect.
    @inline(__always) @discardableResult
    static func prepare(bytes: Int) -> Bool {
        bytes >= largeBytes ? tuned : false
    }
}
