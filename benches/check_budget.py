#!/usr/bin/env python3
"""Reads a pytest-benchmark JSON (written with --benchmark-save-data so raw timings are
kept), prints median, p95 and MB/s per benchmark plus ratios against the baselines of
the same run, and exits 1 if a budget is broken.

    python benches/check_budget.py bench-results/latest.json [--ci] [--summary FILE.md]

Without --ci the exit status follows the targets of budgets.toml; with --ci it follows
their CI floors (see budgets.toml), and the report still shows both.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tomllib
from pathlib import Path

US = 1e-6
BUDGETS = tomllib.loads((Path(__file__).parent / "budgets.toml").read_text("utf-8"))


def percentile(data: list[float], q: float) -> float:
    s = sorted(data)
    k = (len(s) - 1) * q
    lo, hi = int(k), min(int(k) + 1, len(s) - 1)
    return s[lo] + (s[hi] - s[lo]) * (k - lo)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("json")
    ap.add_argument("--summary", default=None, help="also write the table as Markdown here")
    ap.add_argument("--ci", action="store_true", help="gate on the CI floors instead of the targets")
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

    measured: dict[str, float | None] = {
        "p95_us_2kb": (get("test_scan[2KB]", "p95") or 0) / US or None,
        "p95_us_16kb": (get("test_scan[16KB]", "p95") or 0) / US or None,
        "mb_s_128kb": get("test_scan[128KB]", "mb_s"),
    }
    measured["p95_us_policy_2kb"] = (get("test_policy_overhead", "p95") or 0) / US or None
    plain, with_policy = get("test_scan_plain_2kb", "median"), get("test_scan_with_policy_2kb", "median")
    if plain and with_policy:  # context for the policy budget: the whole scan with and without it
        lines += ["", f"scan 2 KB median, with policy / without (same run): {with_policy / US:.1f} / {plain / US:.1f} µs"]
    one, two = get("test_batch_one_core", "median"), get("test_batch_all_cores", "median")
    measured["batch_speedup"] = one / two if one and two else None
    for size in ("2KB", "16KB"):
        ours, base = get(f"test_scan[{size}]", "median"), get(f"test_baseline_python_re[{size}]", "median")
        measured[f"vs_re_{size.lower()}"] = base / ours if ours and base else None
    ds, ours = get("test_baseline_detect_secrets", "median"), get("test_scan[2KB]", "median")
    measured["vs_detect_secrets_2kb"] = ds / ours if ds and ours else None
    measured["linear_detector_p95_us_2kb"] = (get("test_linear_detector_2kb", "p95") or 0) / US or None
    with_d, without = get("test_scan_rules_and_linear_2kb", "p95"), get("test_scan_rules_only_2kb", "p95")
    if with_d and without:  # reported beside the budget: the same figure, seen from the whole scan
        lines += ["", f"scan p95, 2 KB: rules only {without / US:.1f} µs, rules + learned detector {with_d / US:.1f} µs "
                      f"(+{(with_d - without) / US:.1f} µs)"]
    for size in ("2KB", "16KB"):
        hs, ours = get(f"test_baseline_hyperscan[{size}]", "median"), get(f"test_scan[{size}]", "median")
        if hs and ours:  # the yardstick: reported, not a budget (Hyperscan only matches, it does not validate)
            lines_hs = f"Hyperscan ({rows[f'test_baseline_hyperscan[{size}]']['extra'].get('patterns')} patterns) median / aiguard median, {size}: {hs / ours:.2f}"
            lines.append("")
            lines.append(lines_hs)

    # Batch scanning (benches/test_batch.py).
    measured["batch_e2e_mb_s_core"] = get("test_batch_e2e[1-default]", "mb_s")
    measured["batch_pipeline_mb_s_core"] = get("test_batch_e2e[1-tiny]", "mb_s")
    measured["batch_read_mb_s_core"] = get("test_batch_read_only", "mb_s")
    one, two = get("test_batch_e2e[1-default]", "median"), get("test_batch_e2e[2-default]", "median")
    measured["batch_e2e_speedup"] = one / two if one and two else None
    small, large = (rows.get(f"test_batch_peak_memory[{s}]", {}).get("extra", {}) for s in ("small", "large"))
    if small.get("peak_rss_mb") and large.get("peak_rss_mb"):
        measured["batch_peak_rss_growth"] = large["peak_rss_mb"] / small["peak_rss_mb"]
        lines.append("")
        lines.append(f"Batch peak RSS: {small['peak_rss_mb']} MB for a {small['input_mb']} MB log, "
                     f"{large['peak_rss_mb']} MB for a {large['input_mb']} MB log")
    measured["scan_arrow_mb_s_core"] = get("test_scan_arrow[1]", "mb_s")
    ray_t, arrow_t = get("test_ray_local_2_workers", "median"), get("test_scan_arrow[2]", "median")
    measured["ray_2_workers_vs_scan_arrow"] = ray_t / arrow_t if ray_t and arrow_t else None
    measured["p95_us_stream_feed_16"] = (get("test_stream_feed_16", "p95") or 0) / US or None
    short, long = get("test_stream_answer[100KB]", "median"), get("test_stream_answer[1MB]", "median")
    measured["stream_1mb_vs_100kb"] = long / short if short and long else None
    for size in ("8KB", "24KB"):
        rescan, ours = get(f"test_baseline_rescan_answer[{size}]", "median"), get(f"test_stream_answer_small[{size}]", "median")
        if rescan and ours:  # for scale: what streaming replaces (not a budget)
            lines += ["", f"whole-buffer rescan per 16-char chunk / streaming, {size} answer: {rescan / ours:.0f}x"]

    lines += ["", "| budget | measured | target | | CI floor | |", "|---|---|---|---|---|---|"]
    broken = 0
    for key, b in BUDGETS.items():
        value, op = measured.get(key), b["op"]
        if value is None:
            lines.append(f"| {b['what']} | not measured | {op} {b['target']} | skipped | {op} {b['ci_floor']} | skipped |")
            continue
        meets = (lambda lim: value <= lim) if op == "<=" else (lambda lim: value >= lim)
        ok_target, ok_floor = meets(b["target"]), meets(b["ci_floor"])
        broken += not (ok_floor if args.ci else ok_target)
        lines.append(f"| {b['what']} | {value:.1f} | {op} {b['target']} | {'ok' if ok_target else 'BROKEN'} "
                     f"| {op} {b['ci_floor']} | {'ok' if ok_floor else 'BROKEN'} |")
    out = "\n".join(lines)
    print(out)
    if args.summary:
        with open(args.summary, "w") as fh:
            fh.write(out + "\n")
    if broken:
        print(f"\n{broken} budget(s) broken ({'CI floors' if args.ci else 'targets'})", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
