/// Features replaced by small integer bins, so that a tree finds its best split by
/// counting samples per bin (a histogram) instead of sorting values at every node.
///
/// Bin `b` of a feature holds the values `x` with `edges[b − 1] < x ≤ edges[b]`. When a
/// feature has at most `maxBins` distinct values, each value gets its own bin and the
/// edges are the midpoints between neighbours, so a split on bins is exactly a split on
/// values: a tree grown on bins is the tree grown on the raw numbers (Fashion-MNIST's
/// pixels take 256 values, so nothing is lost there). A feature with more distinct
/// values gets `maxBins` bins of about equal counts, with edges at quantiles, as
/// LightGBM (Ke et al., 2017) and scikit-learn's `HistGradientBoosting` do; the edges are
/// then the only thresholds a split can use.
///
/// The codes are stored feature by feature (column-major), since split finding reads one
/// feature for all the samples of a node.
struct FeatureBinning: Sendable {
    /// The number of samples and features binned.
    let rows: Int, columns: Int
    /// `codes[f * rows + i]`: the bin of feature `f` for sample `i`.
    let codes: [UInt8]
    /// The same codes row by row, `rowCodes[i * columns + f]`: a small node gathers its
    /// samples' rows, a few cache lines each, rather than one line per feature.
    let rowCodes: [UInt8]
    /// The upper edges of each feature's bins but the last (`binCount − 1` per feature).
    let edges: [[Double]]
    /// Each feature's distinct values when there are at most `maxBins` (one bin each).
    let distinctValues: [[Double]?]

    /// The number of bins feature `f` uses (1 for a constant feature).
    func binCount(_ f: Int) -> Int { edges[f].count + 1 }

    /// Bins the row-major `rows × columns` matrix `x` (finite values; `maxBins` ≤ 256).
    ///
    /// Quantile edges follow NumPy's `percentile(method: "averaged_inverted_cdf")` at
    /// `maxBins − 1` evenly spaced levels, computed in the same floating-point steps, so
    /// that the bins are scikit-learn's to the last bit.
    init(_ x: [Double], rows: Int, columns: Int, maxBins: Int, parallel: Bool = true) {
        precondition(maxBins >= 2 && maxBins <= 256, "FeatureBinning: maxBins must be in 2...256")
        self.rows = rows
        self.columns = columns
        // Column-major first, so that each feature is read contiguously.
        var transposed = [Double](repeating: 0, count: rows * columns)
        x.withUnsafeBufferPointer { x in
            transposed.withUnsafeMutableBufferPointer { Double.transpose(x, rows: rows, columns: columns, into: $0) }
        }
        var codes = [UInt8](repeating: 0, count: rows * columns)
        let codesPointer = UncheckedSendable(codes.withUnsafeMutableBufferPointer { $0.baseAddress! })
        let perFeature = transposed.withUnsafeBufferPointer { columnMajor in
            ConcurrentLoop.map(columns, parallel: parallel && rows * columns > 50_000) { f in
                Self.binFeature(
                    UnsafeBufferPointer(rebasing: columnMajor[f * rows..<(f + 1) * rows]), maxBins: maxBins,
                    codes: codesPointer.value + f * rows)
            }
        }
        edges = perFeature.map(\.edges)
        distinctValues = perFeature.map(\.distinct)
        var rowCodes = [UInt8](repeating: 0, count: rows * columns)
        codes.withUnsafeBufferPointer { codes in
            rowCodes.withUnsafeMutableBufferPointer { rowCodes in
                // Blocked transpose: 64 × 64 tiles stay in cache.
                for rowBlock in stride(from: 0, to: rows, by: 64) {
                    for columnBlock in stride(from: 0, to: columns, by: 64) {
                        for f in columnBlock..<min(columnBlock + 64, columns) {
                            for i in rowBlock..<min(rowBlock + 64, rows) {
                                rowCodes[i * columns + f] = codes[f * rows + i]
                            }
                        }
                    }
                }
            }
        }
        self.codes = codes
        self.rowCodes = rowCodes
    }

    /// Bins one feature's values, writing their codes, and returns its edges (and its
    /// distinct values when there are at most `maxBins`).
    private static func binFeature(
        _ column: UnsafeBufferPointer<Double>, maxBins: Int, codes: UnsafeMutablePointer<UInt8>
    ) -> (edges: [Double], distinct: [Double]?) {
        // Few distinct values (the common case for pixels and counts) are found by
        // hashing, with no sort of the whole column.
        var table = DistinctValueTable(capacity: maxBins)
        if table.insert(column) {
            let distinct = table.sortedValues()
            let edges = zip(distinct, distinct.dropFirst()).map { ($0 + $1) / 2 }
            // Each value is its own bin: look the value up rather than compare it with
            // midpoints, which can round onto a neighbour for adjacent doubles.
            for i in 0..<column.count { codes[i] = UInt8(table.rank(of: column[i])) }
            return (edges, distinct)
        }
        var sorted = Array(column)
        sorted.sort()
        let edges = quantileEdges(sorted: sorted, bins: maxBins)
        edges.withUnsafeBufferPointer { edges in
            for i in 0..<column.count { codes[i] = UInt8(firstIndex(notBelow: column[i], in: edges)) }
        }
        return (edges, nil)
    }

    /// The bin of `value` for feature `f`, for data the binning was not made from.
    func bin(of value: Double, feature f: Int) -> Int {
        Self.firstIndex(notBelow: value, in: edges[f])
    }

    /// The threshold of a split that sends bins `...left` to the left child and bins
    /// `right...` to the right, when no sample of the node lies in between: the midpoint
    /// of the two values for an exactly binned feature (as scikit-learn's trees place
    /// thresholds: `a/2 + b/2`, or `a` when that rounds up to `b`), else the bin edge.
    func threshold(feature f: Int, leftBin left: Int, rightBin right: Int) -> Double {
        guard let values = distinctValues[f] else { return edges[f][left] }
        let a = values[left], b = values[right]
        let middle = a / 2 + b / 2
        return middle == b || middle.isInfinite ? a : middle
    }

    /// The first index `i` with `value ≤ sorted[i]` (`sorted.count` if none): the bin of
    /// `value` when `sorted` are the upper edges, its index when they are the values.
    static func firstIndex(notBelow value: Double, in sorted: [Double]) -> Int {
        sorted.withUnsafeBufferPointer { firstIndex(notBelow: value, in: $0) }
    }

    static func firstIndex(notBelow value: Double, in sorted: UnsafeBufferPointer<Double>) -> Int {
        var low = 0, high = sorted.count
        while low < high {
            let middle = (low + high) / 2
            if value <= sorted[middle] { high = middle } else { low = middle + 1 }
        }
        return low
    }

    /// `bins − 1` edges at the levels `100·j/bins` percent, j = 1…bins−1, by the
    /// averaged inverted CDF (virtual index `n·q − 1`, the mean of the two neighbours
    /// when it is whole, else the next value), duplicates removed (the levels rise, so
    /// the edges never fall).
    static func quantileEdges(sorted: [Double], bins: Int) -> [Double] {
        let n = sorted.count
        let step = 100.0 / Double(bins)  // NumPy's linspace(0, 100, bins + 1)
        var edges: [Double] = []
        for j in 1..<bins {
            let q = Double(j) * step / 100
            let virtualIndex = Double(n) * q - 1
            let previous = virtualIndex.rounded(.down)
            let gamma = virtualIndex - previous == 0 ? 0.5 : 1.0
            var below = Int(previous), above = Int(previous) + 1
            if virtualIndex >= Double(n - 1) { (below, above) = (n - 1, n - 1) }
            if virtualIndex < 0 { (below, above) = (0, 0) }
            let (a, b) = (sorted[below], sorted[above])
            // NumPy's lerp for t ≥ 1/2: b − (b − a)(1 − t).
            let value = b - (b - a) * (1 - gamma)
            if edges.last != value { edges.append(value) }
        }
        return edges
    }
}

/// An open-addressing hash set of up to `limit` distinct doubles, for binning: it
/// reports when a column has more distinct values than bins, and then ranks each value
/// among the distinct ones in O(1).
private struct DistinctValueTable {
    let limit: Int
    let mask: Int
    var keys: [UInt64]
    var occupied: [Bool]
    var ranks: [Int]
    var count = 0

    init(capacity limit: Int) {
        self.limit = limit
        var size = 16
        while size < 4 * limit { size *= 2 }
        mask = size - 1
        keys = [UInt64](repeating: 0, count: size)
        occupied = [Bool](repeating: false, count: size)
        ranks = [Int](repeating: 0, count: size)
    }

    /// The bit pattern of `value`, with −0 and +0 made the same.
    private static func key(_ value: Double) -> UInt64 { (value + 0).bitPattern }

    private func slot(of key: UInt64) -> Int {
        // Fibonacci hashing: the top bits of the product spread nearby patterns.
        var slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
        while occupied[slot] && keys[slot] != key { slot = (slot + 1) & mask }
        return slot
    }

    /// Inserts every value; false as soon as there are more than `limit` distinct ones.
    mutating func insert(_ values: UnsafeBufferPointer<Double>) -> Bool {
        for value in values {
            let key = Self.key(value)
            let slot = slot(of: key)
            if occupied[slot] { continue }
            count += 1
            if count > limit { return false }
            occupied[slot] = true
            keys[slot] = key
        }
        return true
    }

    /// The distinct values in increasing order; afterwards ``rank(of:)`` works.
    mutating func sortedValues() -> [Double] {
        let slots = keys.indices.filter { occupied[$0] }
            .sorted { Double(bitPattern: keys[$0]) < Double(bitPattern: keys[$1]) }
        for (rank, slot) in slots.enumerated() { ranks[slot] = rank }
        return slots.map { Double(bitPattern: keys[$0]) }
    }

    /// The position of an inserted value among the distinct values.
    func rank(of value: Double) -> Int { ranks[slot(of: Self.key(value))] }
}
