import Engine

/// The fixed cost of one engine call, where the arithmetic is negligible: elementwise
/// ops on 16-element Float tensors and a 2-16-16-1 tanh MLP (B4's network) at batch 1
/// and 64, beside PyTorch eager on CPU (`Scripts/bench/torch_overhead.py`). The goal is
/// at or below PyTorch's overhead; B4 and B5 are this, in a training loop.
struct OverheadWorkload: Workload {
    let name = "overhead"
    let summary = "per-op overhead: 16-element ops, 2-16-16-1 MLP forward and backward, vs PyTorch"

    /// What PyTorch's script reports for each row, in the same order.
    private let keys = [
        "add", "multiply", "exp", "tanh", "sum",
        "mlp_forward_1", "mlp_forward_64", "mlp_forward_backward_1", "mlp_forward_backward_64",
    ]

    func run(_ options: BenchOptions) -> Section {
        let sampler = options.sampler
        let x = tensor([16], seed: 10), y = tensor([16], seed: 11)
        let unary: [(String, () -> Void)] = [
            ("add, 16 elements", { blackHole(x + y) }),
            ("multiply, 16 elements", { blackHole(x * y) }),
            ("exp, 16 elements", { blackHole(exp(x)) }),
            ("tanh, 16 elements", { blackHole(tanh(x)) }),
            ("sum, 16 elements", { blackHole(x.sum()) }),
        ]
        var ours: [(String, Figure)] = unary.map { label, body in
            (label, .measured(sampler.secondsPerCall([body])[0] * 1e6))
        }
        for batch in [1, 64] {
            let network = MLP(batch: batch)
            let seconds = sampler.secondsPerCall([{ blackHole(network.forward()) }])[0]
            ours.append(("MLP 2-16-16-1 forward, batch \(batch)", .measured(seconds * 1e6)))
        }
        for batch in [1, 64] {
            let network = MLP(batch: batch)
            let seconds = sampler.secondsPerCall([{ blackHole(network.forwardBackward()) }])[0]
            ours.append(("MLP forward + backward, batch \(batch)", .measured(seconds * 1e6)))
        }

        let torch = PythonReference.run(
            "torch_overhead.py", [String(sampler.repeats), String(sampler.sampleSeconds)])
        let rows = zip(ours, keys).map { entry, key in
            Row(workload: entry.0, ours: entry.1, references: [torch.figure(key)])
        }
        var notes = [
            "µs per call, median of \(sampler.repeats) samples after warm-up; Float; "
                + "forward alone records nothing (PyTorch under no_grad); forward + backward "
                + "is the sum of the outputs' gradient with respect to all six parameters",
        ]
        if case let .notInstalled(reason) = torch {
            notes.append("PyTorch not installed (\(reason)): python3 -m venv .venv-bench && "
                + ".venv-bench/bin/pip install numpy \"torch==2.13.0+cpu\"")
        }
        return Section(
            title: "Per-op overhead", unit: "µs per call", direction: .lowerIsBetter,
            references: [torch.label("PyTorch", versionKey: "torch")], goal: 1,
            rows: rows, notes: notes)
    }
}

/// B4's network, 2-16-16-1 with tanh, on fixed inputs: three matmuls, three
/// broadcast bias adds, two tanh — the same eight ops as the PyTorch reference.
private struct MLP {
    let x: Tensor<Float>
    /// w1 [2, 16], b1 [16], w2 [16, 16], b2 [16], w3 [16, 1], b3 [1].
    let parameters: [Tensor<Float>]

    init(batch: Int) {
        x = tensor([batch, 2], seed: 20)
        parameters = [
            tensor([2, 16], seed: 21), tensor([16], seed: 24),
            tensor([16, 16], seed: 22), tensor([16], seed: 25),
            tensor([16, 1], seed: 23), tensor([1], seed: 26),
        ]
    }

    func forward() -> Tensor<Float> { Self.forward(x, parameters) }

    /// The gradient of the outputs' sum with respect to every parameter.
    func forwardBackward() -> [Tensor<Float>] {
        valueAndGradient(at: parameters) { p in Self.forward(x, p).sum() }.gradients
    }

    private static func forward(_ x: Tensor<Float>, _ p: [Tensor<Float>]) -> Tensor<Float> {
        let h1 = tanh(matmul(x, p[0]) + p[1])   // [batch, 16]
        let h2 = tanh(matmul(h1, p[2]) + p[3])  // [batch, 16]
        return matmul(h2, p[4]) + p[5]           // [batch, 1]
    }
}

private func tensor(_ shape: [Int], seed: UInt64) -> Tensor<Float> {
    let count = shape.reduce(1, *)
    return try! Tensor(shape: shape, scalars: benchInputs(count: count, seed: seed).map { Float($0) })
}
