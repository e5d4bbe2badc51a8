internal import CBLAS
import Engine
import Foundation

/// BENCHMARKS.md section C: square GEMM throughput of `matmul`, beside OpenBLAS called
/// directly in this process (the engine must stay within 5 % of it) and NumPy's
/// `matmul` in a Python subprocess (`Scripts/bench/numpy_matmul.py`).
///
/// `matmul` allocates its result on every call, as a lesson uses it; the direct calls
/// write into one preallocated buffer. The difference is the engine's overhead.
struct MatrixProductWorkload: Workload {
    let name = "gemm"
    let summary = "C: matmul GFLOP/s at n = 256, 1024, 2048, Float and Double, vs OpenBLAS and NumPy"

    func run(_ options: BenchOptions) -> Section {
        let sizes = options.quick ? [256, 512] : [256, 1024, 2048]
        let sampler = options.sampler
        var measured: [(label: String, key: String, n: Int, ours: Double, direct: Double)] = []
        for n in sizes {
            let (ours, direct) = measureFloat(n, sampler)
            measured.append(("matmul \(n) Float", "float32", n, ours, direct))
        }
        for n in sizes {
            let (ours, direct) = measureDouble(n, sampler)
            measured.append(("matmul \(n) Double", "float64", n, ours, direct))
        }
        let numpy = PythonReference.run(
            "numpy_matmul.py",
            [sizes.map(String.init).joined(separator: ","), String(sampler.repeats),
             String(sampler.sampleSeconds)])
        let rows = measured.map { entry in
            Row(workload: entry.label,
                ours: .measured(gflops(entry.n, entry.ours)),
                references: [.measured(gflops(entry.n, entry.direct)),
                             numpy.figure(entry.key, String(entry.n))])
        }
        var notes = [
            "median of \(sampler.repeats) samples of ≥ \(sampler.sampleSeconds) s after warm-up; "
                + "ours and OpenBLAS sampled in turn; 2n³ flops per product",
            "OpenBLAS: \(openBLASDescription)",
        ]
        if case let .notInstalled(reason) = numpy {
            notes.append("NumPy not installed (\(reason)): "
                + "python3 -m venv .venv-bench && .venv-bench/bin/pip install numpy")
        }
        return Section(
            title: "C. Dense linear algebra: matrix product", unit: "GFLOP/s",
            direction: .higherIsBetter,
            references: ["OpenBLAS direct", numpy.label("NumPy", versionKey: "numpy")],
            goal: 0.95, rows: rows, notes: notes)
    }

    private func gflops(_ n: Int, _ seconds: Double) -> Double {
        2 * Double(n) * Double(n) * Double(n) / seconds / 1e9
    }

    private var openBLASDescription: String {
        let config = openblas_get_config().map { String(cString: $0) } ?? "unknown"
        return "\(config.trimmingCharacters(in: .whitespaces)), \(openblas_get_num_threads()) threads"
    }

    /// Seconds per product: (matmul, cblas_sgemm).
    private func measureFloat(_ n: Int, _ sampler: Sampler) -> (Double, Double) {
        let a = benchInputs(count: n * n, seed: 1).map { Float($0) }
        let b = benchInputs(count: n * n, seed: 2).map { Float($0) }
        let ta = try! Tensor<Float>(shape: [n, n], scalars: a)
        let tb = try! Tensor<Float>(shape: [n, n], scalars: b)
        var c = [Float](repeating: 0, count: n * n)
        let size = blasint(n)
        let times = sampler.secondsPerCall([
            { blackHole(matmul(ta, tb)) },
            {
                c.withUnsafeMutableBufferPointer { c in
                    cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasNoTrans, size, size, size,
                                1, a, size, b, size, 0, c.baseAddress, size)
                }
                blackHole(c)
            },
        ])
        return (times[0], times[1])
    }

    /// Seconds per product: (matmul, cblas_dgemm).
    private func measureDouble(_ n: Int, _ sampler: Sampler) -> (Double, Double) {
        let a = benchInputs(count: n * n, seed: 1)
        let b = benchInputs(count: n * n, seed: 2)
        let ta = try! Tensor<Double>(shape: [n, n], scalars: a)
        let tb = try! Tensor<Double>(shape: [n, n], scalars: b)
        var c = [Double](repeating: 0, count: n * n)
        let size = blasint(n)
        let times = sampler.secondsPerCall([
            { blackHole(matmul(ta, tb)) },
            {
                c.withUnsafeMutableBufferPointer { c in
                    cblas_dgemm(CblasRowMajor, CblasNoTrans, CblasNoTrans, size, size, size,
                                1, a, size, b, size, 0, c.baseAddress, size)
                }
                blackHole(c)
            },
        ])
        return (times[0], times[1])
    }
}
