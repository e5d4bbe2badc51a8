"""Timing shared by the reference scripts, the same procedure as the Swift bench's
Sampler: calibrate the calls per sample by doubling, warm up, take `repeats` samples,
report the median seconds per call."""

import statistics
import time


def seconds_per_call(body, repeats, sample_seconds):
    calls = 1
    while True:
        elapsed = _time(body, calls)
        if elapsed >= sample_seconds / 4 or calls >= 1 << 26:
            calls = max(1, round(calls * sample_seconds / max(elapsed, 1e-9)))
            break
        calls *= 2
    _time(body, calls)  # warm-up sample
    return statistics.median(_time(body, calls) / calls for _ in range(repeats))


def _time(body, calls):
    start = time.perf_counter()
    for _ in range(calls):
        body()
    return time.perf_counter() - start
