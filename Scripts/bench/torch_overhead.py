#!/usr/bin/env python3
"""PyTorch eager (CPU) per-call overhead, the reference of `bench overhead`.

usage: torch_overhead.py REPEATS SAMPLE_SECONDS

Prints one JSON line of microseconds per call — elementwise ops on 16-element float32
tensors and a 2-16-16-1 tanh MLP (BENCHMARKS.md B4's network) at batch 1 and 64,
forward alone (under no_grad) and forward + backward — or {"missing": "torch"}.
Install: python3 -m venv .venv-bench && .venv-bench/bin/pip install numpy "torch==2.13.0+cpu"
"""

import json
import sys

from timing import seconds_per_call

try:
    import torch
except ImportError:
    print(json.dumps({"missing": "torch"}))
    sys.exit(0)


def mlp(batch, requires_grad):
    g = torch.Generator().manual_seed(0)
    x = torch.rand(batch, 2, generator=g) * 2 - 1
    params = [torch.rand(*shape, generator=g) * 2 - 1
              for shape in [(2, 16), (16,), (16, 16), (16,), (16, 1), (1,)]]
    for p in params:
        p.requires_grad_(requires_grad)
    w1, b1, w2, b2, w3, b3 = params

    def forward():
        h1 = torch.tanh(x @ w1 + b1)
        h2 = torch.tanh(h1 @ w2 + b2)
        return h2 @ w3 + b3

    return forward, params


def main():
    repeats, sample_seconds = int(sys.argv[1]), float(sys.argv[2])

    def measure(body):
        return seconds_per_call(body, repeats, sample_seconds) * 1e6

    results = {"torch": torch.__version__, "threads": torch.get_num_threads()}
    x = torch.rand(16) * 2 - 1
    y = torch.rand(16) * 2 - 1
    results["add"] = measure(lambda: torch.add(x, y))
    results["multiply"] = measure(lambda: torch.mul(x, y))
    results["exp"] = measure(lambda: torch.exp(x))
    results["tanh"] = measure(lambda: torch.tanh(x))
    results["sum"] = measure(lambda: torch.sum(x))

    for batch in [1, 64]:
        forward, _ = mlp(batch, requires_grad=False)
        with torch.no_grad():
            results[f"mlp_forward_{batch}"] = measure(forward)

        forward, params = mlp(batch, requires_grad=True)

        def step():
            for p in params:
                p.grad = None
            forward().sum().backward()

        results[f"mlp_forward_backward_{batch}"] = measure(step)
    print(json.dumps(results))


if __name__ == "__main__":
    main()
