#!/usr/bin/env python3
"""Reads a pytest-benchmark JSON (written with --benchmark-save-data so raw timings are
kept), prints median, p95 and MB/s per benchmark plus ratios against the baselines of
the same run, and exits 1 if a budget is broken.

    python benches/check_budget.py bench-results/latest.json [--summary FILE.md]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys

US = 1e-6


def percentile(data: list[float], q: float) -> float:
    s = sorted(data)
    k = (len(s) - 1) * q
    lo, hi = int(k), min(int(k) + 1, len(s) - 1)
    return s[lo] + (s[hi] - s[lo]) * (k - lo)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("json")
    ap.add_argument("--summary", default=None, help="also write the table as Markdown here")
    args = ap.parse_args()
    with open(args.json) as fh:
        report = json.load(fh)

    rows: dict[str, dict] = {}
    for b in report["benchmarks"]:
        data = b["stats"].get("data") or []
        if not data:
            sys.exit(f"{b['name']}: no raw timings; run pytest-benchmark with --benchmark-save-data")
        nbytes = b.get("extra_info", {}).get("bytes", 0)
        med = statistics.median(data)
        rows[b["name"]] = {"median": med, "p95": percentile(data, 0.95), "rounds": len(data),
                           "mb_s": nbytes / med / 1e6 if nbytes else None, "extra": b.get("extra_info", {})}

    lines = ["| benchmark | rounds | median µs | p95 µs | MB/s |", "|---|---|---|---|---|"]
    for name, r in rows.items():
        mbs = f"{r['mb_s']:.0f}" if r["mb_s"] else ""
        lines.append(f"| {name} | {r['rounds']} | {r['median'] / US:.1f} | {r['p95'] / US:.1f} | {mbs} |")

    def get(name: str, field: str) -> float | None:
        return rows[name][field] if name in rows else None

    checks: list[tuple[str, float | None, str, float]] = []  # (what, measured, op, limit)
    checks.append(("p95 µs, 2 KB prompt", (get("test_scan[2KB]", "p95") or 0) / US or None, "<=", 25))
    checks.append(("p95 µs, 16 KB prompt", (get("test_scan[16KB]", "p95") or 0) / US or None, "<=", 200))
    checks.append(("MB/s on one core, 128 KB mostly clean", get("test_scan[128KB]", "mb_s"), ">=", 500))
    one, two = get("test_batch_one_core", "median"), get("test_batch_all_cores", "median")
    checks.append(("scan_batch speed-up, all cores vs one", one / two if one and two else None, ">=", 1.8))
    for size in ("2KB", "16KB"):
        ours = get(f"test_scan[{size}]", "median")
        base = get(f"test_baseline_python_re[{size}]", "median")
        checks.append((f"x faster than Python re, {size}", base / ours if ours and base else None, ">=", 100))
    ds, ours = get("test_baseline_detect_secrets", "median"), get("test_scan[2KB]", "median")
    checks.append(("x faster than detect-secrets, 2KB", ds / ours if ds and ours else None, ">=", 1000))
    for size in ("2KB", "16KB"):
        hs, ours = get(f"test_baseline_hyperscan[{size}]", "median"), get(f"test_scan[{size}]", "median")
        if hs and ours:  # the yardstick: reported, not a budget (Hyperscan only matches, it does not validate)
            lines_hs = f"Hyperscan ({rows[f'test_baseline_hyperscan[{size}]']['extra'].get('patterns')} patterns) median / aiguard median, {size}: {hs / ours:.2f}"
            lines.append("")
            lines.append(lines_hs)

    lines += ["", "| budget | measured | limit | |", "|---|---|---|---|"]
    broken = 0
    for what, value, op, limit in checks:
        if value is None:
            lines.append(f"| {what} | not measured | {op} {limit} | skipped |")
            continue
        ok = value <= limit if op == "<=" else value >= limit
        broken += not ok
        lines.append(f"| {what} | {value:.1f} | {op} {limit} | {'ok' if ok else 'BROKEN'} |")
    out = "\n".join(lines)
    print(out)
    if args.summary:
        with open(args.summary, "w") as fh:
            fh.write(out + "\n")
    if broken:
        print(f"\n{broken} budget(s) broken", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
