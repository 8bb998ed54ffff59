#!/usr/bin/env python3
"""Does the gate's p95 hold still? Runs the gate's latency measurement (the settings of a
gate file, full mode) several times back to back on the built-in scanner and prints each
run's p95 for one input size, on both clocks, and how far apart the runs are.

    python benches/gate_stability.py [--gate .ci/gate.toml] [--size 2048] [--runs 3] [--check 0.2]

With --check, exits 1 when (max - min) / min of the wall-clock p95s exceeds the share given
(issue 6 asks for 20 % on an idle machine). A measurement, not a unit test.
"""

from __future__ import annotations

import argparse
import os
import sys
from dataclasses import replace

import aiguard
from aiguard.gate import load_gate, measure
from aiguard.gate.latency import size_label
from aiguard.gate.workload import texts


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--gate", default=os.path.join(os.path.dirname(__file__), "..", ".ci", "gate.toml"))
    ap.add_argument("--size", type=int, default=2048)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--check", type=float, default=None)
    args = ap.parse_args()
    settings = replace(load_gate(args.gate).latency_settings(quick=False), sizes=(args.size,))
    scanner = aiguard.default_scanner()
    scanner.scan("warm up")
    inputs = {args.size: texts(args.size, settings.variants)}
    label = size_label(args.size)
    p95s = []
    print(f"{label}: {settings.repeats} rounds x {settings.samples} samples per run; load average {os.getloadavg()}")
    for i in range(args.runs):
        s = measure(scanner.scan, inputs, settings)[label]
        p95s.append(s["p95_us"])
        print(f"run {i + 1}: p50 {s['p50_us']:.1f} µs, p95 {s['p95_us']:.1f} µs (rounds: "
              f"{', '.join(f'{p:.0f}' for p in s['p95_rounds_us'])}), CPU p95 {s['cpu']['p95_us']:.1f} µs, "
              f"p95 ratio to the reference loop {s['p95_ratio']:.2f}")
    apart = (max(p95s) - min(p95s)) / min(p95s)
    print(f"wall-clock p95s {', '.join(f'{p:.1f}' for p in p95s)} µs: {100 * apart:.0f} % apart; "
          f"load average now {os.getloadavg()}")
    return 1 if args.check is not None and apart > args.check else 0


if __name__ == "__main__":
    sys.exit(main())
