"""Latency you can trust on a noisy machine.

Per input size: warm-up calls, then `repeats` rounds of `samples` timed calls each, every
call timed on its own (raw samples, percentiles from them, no averaging). A reference
workload (a fixed pure-Python loop over the same text) is timed interleaved with the
scanner, call for call, so that a slower or busier machine slows both alike and the
ratio of the two stays meaningful. The p95 of each round gives the spread: how far the
p95 moved between rounds of the same run.

Each call is timed twice: on the wall clock (what a user waits) and on the calling
thread's CPU clock (what the scan costs; a scan runs on the calling thread). On a shared
machine the wall clock also counts the time another process held the core, which can
multiply a p95 by ten; the CPU clock does not, so a gate on it fails on a slower build,
not on a busier machine.

The clocks and the reference are injectable so that the gate's logic is tested without
the wall clock.
"""

from __future__ import annotations

import gc
import statistics
import time
from dataclasses import dataclass
from typing import Callable, Sequence

Clock = Callable[[], int]  # nanoseconds


@dataclass(frozen=True)
class LatencySettings:
    sizes: tuple[int, ...] = (256, 2048, 16384)
    samples: int = 1000  # timed calls per round
    repeats: int = 5  # rounds
    warmup: int = 100  # untimed calls before the first round
    reference: str = "loop"  # "loop" or "none"
    variants: int = 4  # different texts per size, taken in turn


def size_label(n: int) -> str:
    return f"{n // 1024}KB" if n % 1024 == 0 else f"{n}B"


def percentile(data: Sequence[float], q: float) -> float:
    """Linear interpolation between the closest ranks (numpy's default)."""
    s = sorted(data)
    k = (len(s) - 1) * q
    lo = int(k)
    hi = min(lo + 1, len(s) - 1)
    return s[lo] + (s[hi] - s[lo]) * (k - lo)


def reference_loop(text: str) -> int:
    """A fixed amount of interpreter work per character: the yardstick of machine speed."""
    h = 0
    for ch in text:
        h = (h * 31 + ord(ch)) & 0xFFFFFFFF
    return h


def summarize(samples_ns: Sequence[Sequence[int]]) -> dict[str, float]:
    """p50/p95/p99/mean in µs over all rounds; the p95 of each round, their median (robust to
    one round hit by a burst of load on the machine) and their spread, (max - min) / median."""
    flat = [s / 1000 for rnd in samples_ns for s in rnd]
    p95s = [percentile([s / 1000 for s in rnd], 0.95) for rnd in samples_ns]
    mid = statistics.median(p95s)
    return {"p50_us": percentile(flat, 0.50), "p95_us": percentile(flat, 0.95), "p99_us": percentile(flat, 0.99),
            "mean_us": statistics.fmean(flat), "samples": len(flat), "p95_rounds_us": p95s, "p95_round_median_us": mid,
            "p95_spread": (max(p95s) - min(p95s)) / mid if mid else 0.0}


def measure(scan: Callable[[str], object], inputs: dict[int, list[str]], settings: LatencySettings, *,
            clock: Clock = time.perf_counter_ns, cpu_clock: Clock = time.thread_time_ns,
            reference: Callable[[str], object] | None = None) -> dict[str, dict]:
    """Times `scan` on the inputs of each size. Returns, per size label, the wall-clock summary
    of the scanner, its CPU-clock summary (`cpu`), the reference's (`reference`, wall clock)
    and `p95_ratio` = scanner p95 / reference p95."""
    if reference is None and settings.reference == "loop":
        reference = reference_loop
    out: dict[str, dict] = {}
    for size, texts in inputs.items():
        for i in range(settings.warmup):
            scan(texts[i % len(texts)])
        ours: list[list[int]] = []
        cpu: list[list[int]] = []
        ref: list[list[int]] = []
        for _ in range(settings.repeats):
            a, c, b = _round(scan, reference, texts, settings.samples, clock, cpu_clock)
            ours.append(a)
            cpu.append(c)
            ref.append(b)
        stats = summarize(ours)
        stats["cpu"] = summarize(cpu)
        stats["bytes"] = round(statistics.fmean(len(t.encode("utf-8", "surrogatepass")) for t in texts))
        if reference is not None:
            r = summarize(ref)
            stats["reference"] = r
            stats["p95_ratio"] = stats["p95_us"] / r["p95_us"] if r["p95_us"] else None
            stats["p50_ratio"] = stats["p50_us"] / r["p50_us"] if r["p50_us"] else None
        out[size_label(size)] = stats
    return out


def _round(scan: Callable[[str], object], reference: Callable[[str], object] | None, texts: list[str], samples: int,
           clock: Clock, cpu_clock: Clock) -> tuple[list[int], list[int], list[int]]:
    ours: list[int] = []
    cpu: list[int] = []
    ref: list[int] = []
    gc.collect()
    enabled = gc.isenabled()
    gc.disable()  # a collection inside one timed call is noise, not the scanner's cost
    try:
        for i in range(samples):
            text = texts[i % len(texts)]
            c0 = cpu_clock()
            t0 = clock()
            scan(text)
            t1 = clock()
            cpu.append(cpu_clock() - c0)
            ours.append(t1 - t0)
            if reference is not None:
                t0 = clock()
                reference(text)
                ref.append(clock() - t0)
    finally:
        if enabled:
            gc.enable()
    return ours, cpu, ref
