"""The gate's outputs: Markdown (a CI job page), JUnit XML (one test case per threshold and
per regression, so CI systems show them natively) and JSON."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from dataclasses import asdict
from typing import Any

from .run import Check, GateResult


def _fmt(value: float | None) -> str:
    if value is None:
        return "not measured"
    return f"{value:.4g}" if abs(value) < 10 else f"{value:.1f}"


def _pct(value: float | None) -> str:
    return "—" if value is None else f"{100 * value:.1f}"


def to_markdown(r: GateResult) -> str:
    verdict = "PASSED" if r.passed else "FAILED"
    broken = [c for c in r.checks if not c.passed]
    lines = [f"## aiguard gate `{r.gate}`: {verdict}", "",
             f"aiguard {r.version}, commit `{r.commit}`, {r.timestamp}, {'quick' if r.quick else 'full'} mode; "
             f"policy: {r.policy or 'none'}; suites: " + ", ".join(f"{s['name']} ({s['records']})" for s in r.suites)
             + f"; Python {r.machine['python']}, {r.machine['cpus']} CPUs", ""]
    if broken or r.regressions:
        lines += ["**Broken:** " + "; ".join([c.name + f" (measured {_fmt(c.value)})" for c in broken]
                                             + ["regression " + g.describe() for g in r.regressions]), ""]
    lines += ["| threshold | measured | limit | | target | |", "|---|---|---|---|---|---|"]
    for c in r.checks:
        target = "" if c.target is None else f"{c.op} {c.target:g}"
        aim = "" if c.target_met is None else ("met" if c.target_met else "missed")
        verdict = f"skipped ({c.skipped})" if c.skipped else "ok" if c.passed else "BROKEN"
        lines.append(f"| {c.metric} | {_fmt(c.value)} | {c.op} {c.limit:g} | {verdict} "
                     f"| {target} | {aim} |")
    m = r.metrics
    lines += ["", "| suite | kind | precision % | recall % | FPR % | labelled | worst type recall % |",
              "|---|---|---|---|---|---|---|"]
    scopes = [("all", "")] + ([(s["name"], f"suite.{s['name']}.") for s in r.suites] if len(r.suites) > 1 else [])
    for name, p in scopes:
        for kind in ("secret", "pii", "injection"):
            lines.append(f"| {name} | {kind} | {_pct(m.get(f'{p}{kind}.precision'))} | {_pct(m.get(f'{p}{kind}.recall'))} "
                         f"| {_pct(m.get(f'{p}{kind}.fpr'))} | {m.get(f'{p}{kind}.support') or 0:.0f} "
                         f"| {_pct(m.get(f'{p}{kind}.min_type_recall'))} |")
    missed = sorted((k[5:-7], v) for k, v in m.items() if k.startswith("type.") and v is not None and v < 1)
    if missed:
        lines += ["", "Types not fully found (recall %): " + ", ".join(f"{t} {_pct(v)}" for t, v in missed)]
    policy = {k: v for k, v in m.items() if k.startswith("policy.") and k.endswith(("block_rate", "intervene_rate"))}
    if policy:
        lines += ["", "| records | blocked % | any action % |", "|---|---|---|"]
        for cls in ("injection", "secret", "pii", "benign"):
            lines.append(f"| {cls} | {_pct(m.get(f'policy.{cls}.block_rate'))} "
                         f"| {_pct(m.get(f'policy.{cls}.intervene_rate'))} |")
    lines += ["", "| input | p50 µs | p95 µs | p99 µs | p95 per round µs (spread) | CPU p50 / p95 µs "
              "| reference p95 µs | p95 ratio |", "|---|---|---|---|---|---|---|---|"]
    for label, s in r.latency.items():
        rounds = ", ".join(f"{p:.0f}" for p in s["p95_rounds_us"])
        ref = s.get("reference", {}).get("p95_us")
        lines.append(f"| {label} ({s['bytes']} B, {s['samples']} samples) | {s['p50_us']:.1f} | {s['p95_us']:.1f} "
                     f"| {s['p99_us']:.1f} | {rounds} ({100 * s['p95_spread']:.0f} %) "
                     f"| {s['cpu']['p50_us']:.1f} / {s['cpu']['p95_us']:.1f} | {_fmt(ref)} | {_fmt(s.get('p95_ratio'))} |")
    lines += ["", "Wall clock unless marked CPU (the calling thread's CPU time: what the scan costs, "
              "without the time other processes held the core). The reference is a fixed pure-Python loop "
              "over the same text, timed call for call with the scanner: the ratio stays comparable across "
              "machines and load."]
    if r.compared_with:
        lines += ["", f"Compared with {r.compared_with}: "
                  + ("no regression beyond the tolerances." if not r.regressions
                     else f"{len(r.regressions)} regression(s).")]
    return "\n".join(lines) + "\n"


def to_junit(r: GateResult) -> str:
    cases: list[tuple[str, str | None, str]] = []  # (name, failure message, stdout)
    skipped = {c.name: c.skipped for c in r.checks if c.skipped}
    for c in r.checks:
        failure = None if c.passed else f"{c.metric} = {_fmt(c.value)}, limit {c.op} {c.limit:g}"
        aim = "" if c.target is None else f"; target {c.op} {c.target:g}: {'met' if c.target_met else 'missed'}"
        cases.append((c.name, failure, f"measured {_fmt(c.value)}{aim}"))
    for g in r.regressions:
        cases.append((f"no regression: {g.metric}", g.describe(), ""))
    suite = ET.Element("testsuite", name=f"aiguard-gate.{r.gate}", tests=str(len(cases)),
                       failures=str(sum(1 for _, f, _ in cases if f)), errors="0", skipped=str(len(skipped)),
                       timestamp=r.timestamp)
    for name, failure, out in cases:
        case = ET.SubElement(suite, "testcase", classname=f"aiguard.gate.{r.gate}", name=name, time="0")
        if failure:
            ET.SubElement(case, "failure", message=failure, type="threshold").text = failure
        elif name in skipped:
            ET.SubElement(case, "skipped", message=skipped[name])
        if out:
            ET.SubElement(case, "system-out").text = out
    root = ET.Element("testsuites")
    root.append(suite)
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def to_dict(r: GateResult) -> dict[str, Any]:
    return {"gate": r.gate, "source": r.source, "passed": r.passed, "quick": r.quick, "version": r.version,
            "commit": r.commit, "timestamp": r.timestamp, "machine": r.machine, "suites": r.suites,
            "policy": r.policy, "checks": [{**asdict(c), "name": c.name} for c in r.checks],
            "regressions": [asdict(g) for g in r.regressions], "compared_with": r.compared_with,
            "metrics": r.metrics, "latency": r.latency}


def to_json(r: GateResult) -> str:
    return json.dumps(to_dict(r), indent=1, sort_keys=True)


def failing(r: GateResult) -> list[str]:
    """One line per broken threshold and regression: what the CLI prints and exits on."""
    broken: list[Check] = [c for c in r.checks if not c.passed]
    return ([f"threshold broken: {c.name} (measured {_fmt(c.value)})" for c in broken]
            + [f"regression: {g.describe()}" for g in r.regressions])
