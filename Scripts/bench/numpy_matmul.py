#!/usr/bin/env python3
"""NumPy's square matmul throughput, the reference of BENCHMARKS.md section C.

usage: numpy_matmul.py SIZES REPEATS SAMPLE_SECONDS   (SIZES like 256,1024,2048)

Prints one JSON line: {"numpy": version, "float32": {"256": GFLOP/s, ...}, "float64":
{...}}, or {"missing": "numpy"} when NumPy does not import. Run by `bench`.
"""

import json
import sys

from timing import seconds_per_call

try:
    import numpy as np
except ImportError:
    print(json.dumps({"missing": "numpy"}))
    sys.exit(0)


def main():
    sizes = [int(s) for s in sys.argv[1].split(",")]
    repeats, sample_seconds = int(sys.argv[2]), float(sys.argv[3])
    rng = np.random.default_rng(0)
    results = {"numpy": np.__version__}
    for dtype, key in [(np.float32, "float32"), (np.float64, "float64")]:
        results[key] = {}
        for n in sizes:
            a = rng.uniform(-1, 1, (n, n)).astype(dtype)
            b = rng.uniform(-1, 1, (n, n)).astype(dtype)
            seconds = seconds_per_call(lambda: np.matmul(a, b), repeats, sample_seconds)
            results[key][str(n)] = 2 * n**3 / seconds / 1e9
    print(json.dumps(results))


if __name__ == "__main__":
    main()
