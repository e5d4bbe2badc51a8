/// One family of BENCHMARKS.md, measured on our engine and on its references in the
/// same run. Adding a workload (A1 linear regression, B1 MLP, S the site build, …) is
/// one new file with one type conforming to this, listed in `main.swift`.
protocol Workload {
    /// The name that selects it on the command line, e.g. `gemm`.
    var name: String { get }
    /// What it measures, for `bench --list`.
    var summary: String { get }
    /// Measures it and returns its block of the table.
    func run(_ options: BenchOptions) -> Section
}

/// Settings shared by every workload.
struct BenchOptions {
    /// Smaller sizes and fewer repeats: a smoke test of the bench itself, not figures.
    var quick = false

    var sampler: Sampler {
        quick ? Sampler(warmUpSamples: 1, repeats: 3, sampleSeconds: 0.02) : Sampler()
    }
}

/// Deterministic inputs without depending on the engine's random API: a 64-bit LCG
/// (Knuth's MMIX constants), mapped to [-1, 1).
func benchInputs(count: Int, seed: UInt64) -> [Double] {
    var state = seed
    return (0..<count).map { _ in
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return Double(state >> 11) / Double(1 << 53) * 2 - 1
    }
}
