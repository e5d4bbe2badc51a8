/// The rows of `Q_ij = y_i y_j K(x_i, x_j)` of one two-class problem, computed when the
/// solver first asks for them and kept, as libsvm's kernel cache (Chang & Lin, "LIBSVM:
/// a library for support vector machines", 2011, §5.1). SMO touches two rows per
/// iteration, and the same rows again and again near the end: computing each row once
/// is what makes it fast.
///
/// When all `m` rows fit in `budgetBytes` they are kept in one `m × m` block; otherwise
/// the least recently used row makes room for the next (at least two rows are kept, the
/// pair an iteration works on). A row is filled by `fill(i, row)`: from a kernel matrix
/// computed beforehand by one GEMM, or by a matrix–vector product.
final class KernelCache {
    let size: Int
    private let fill: (Int, UnsafeMutablePointer<Float>) -> Void
    private let storage: UnsafeMutablePointer<Float>
    private let capacity: Int
    /// The slot of each row (`-1`: not cached) and the row in each slot.
    private var slotOfRow: [Int]
    private var rowInSlot: [Int]
    /// When each slot was last used, for the LRU choice.
    private var lastUse: [Int]
    private var clock = 0
    private var usedSlots = 0

    /// The diagonal `Q_ii = K(x_i, x_i)`.
    let diagonal: [Float]

    init(size: Int, budgetBytes: Int, diagonal: [Float], fill: @escaping (Int, UnsafeMutablePointer<Float>) -> Void) {
        self.size = size
        self.fill = fill
        self.diagonal = diagonal
        capacity = min(size, max(2, budgetBytes / max(1, size * MemoryLayout<Float>.stride)))
        storage = .allocate(capacity: capacity * size)
        slotOfRow = [Int](repeating: -1, count: size)
        rowInSlot = [Int](repeating: -1, count: capacity)
        lastUse = [Int](repeating: 0, count: capacity)
    }

    deinit { storage.deallocate() }

    /// Row `i` of `Q`, all `size` entries; valid until two more rows are requested.
    func row(_ i: Int) -> UnsafePointer<Float> {
        clock += 1
        var slot = slotOfRow[i]
        if slot < 0 {
            if usedSlots < capacity {
                slot = usedSlots
                usedSlots += 1
            } else {
                slot = lastUse.indices.min { lastUse[$0] < lastUse[$1] }!
                slotOfRow[rowInSlot[slot]] = -1
            }
            slotOfRow[i] = slot
            rowInSlot[slot] = i
            fill(i, storage + slot * size)
        }
        lastUse[slot] = clock
        return UnsafePointer(storage + slot * size)
    }
}
