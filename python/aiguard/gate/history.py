"""Gate history: one JSON line per gate run, keyed by aiguard version and commit, and the
comparison of a run with the previous one of the same gate and mode."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Union

from .errors import GateError
from .run import GateResult

HIGHER_IS_BETTER = (".precision", ".recall", ".min_type_recall")
LOWER_IS_BETTER_ABS = (".fpr",)
# p50 and p95 on both clocks and the ratios; not p99, whose tail on a shared machine is
# mostly other processes, nor the spread, which measures the machine more than the build
LOWER_IS_BETTER_REL = (".p50_us", ".p95_us", ".cpu_p50_us", ".cpu_p95_us", ".p50_ratio", ".p95_ratio")


@dataclass(frozen=True)
class Regression:
    metric: str
    before: float
    now: float
    allowed: str  # the tolerance, in words
    commit_before: str

    def describe(self) -> str:
        return f"{self.metric}: {self.before:.4g} -> {self.now:.4g} (allowed {self.allowed}; vs {self.commit_before})"


def entry(result: GateResult) -> dict[str, Any]:
    return {"gate": result.gate, "quick": result.quick, "version": result.version, "commit": result.commit,
            "timestamp": result.timestamp, "machine": result.machine, "passed": result.passed,
            "metrics": result.metrics}


def append(path: Union[str, os.PathLike], result: GateResult) -> None:
    p = Path(path)
    p.parent.mkdir(parents=True, exist_ok=True)
    with p.open("a", encoding="utf-8") as fh:
        fh.write(json.dumps(entry(result), sort_keys=True) + "\n")


def load(path: Union[str, os.PathLike]) -> list[dict[str, Any]]:
    """The entries of a history file; a missing file is an empty history."""
    p = Path(path)
    if not p.exists():
        return []
    out = []
    for n, line in enumerate(p.read_text("utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            raise GateError(f"history {p}:{n}: not valid JSON ({e.msg})") from None
        if not isinstance(obj, dict) or not isinstance(obj.get("metrics"), dict) or "gate" not in obj:
            raise GateError(f"history {p}:{n}: an entry needs 'gate' and 'metrics'")
        out.append(obj)
    return out


def previous(entries: list[dict[str, Any]], gate: str, quick: bool) -> dict[str, Any] | None:
    """The latest entry of the same gate run in the same mode (quick runs time fewer rounds)."""
    same = [e for e in entries if e.get("gate") == gate and bool(e.get("quick")) == quick]
    return same[-1] if same else None


def compare(result: GateResult, before: dict[str, Any], *, latency_tolerance: float,
            quality_tolerance: float) -> list[Regression]:
    """Metrics that got worse than `before` by more than the tolerance: quality by an absolute
    amount, latency by a share of its previous value."""
    out = []
    commit = str(before.get("commit", "?"))
    for metric, now in result.metrics.items():
        was = before["metrics"].get(metric)
        if now is None or was is None:
            continue
        if metric.endswith(HIGHER_IS_BETTER) and now < was - quality_tolerance:
            out.append(Regression(metric, was, now, f"-{quality_tolerance:g}", commit))
        elif metric.endswith(LOWER_IS_BETTER_ABS) and now > was + quality_tolerance:
            out.append(Regression(metric, was, now, f"+{quality_tolerance:g}", commit))
        elif metric.endswith(LOWER_IS_BETTER_REL) and now > was * (1 + latency_tolerance):
            out.append(Regression(metric, was, now, f"+{latency_tolerance:.0%}", commit))
    return out
