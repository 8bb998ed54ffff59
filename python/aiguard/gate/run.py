"""Runs a gate: scores the configured scanner (and policy) on the suites, times it, and
checks every threshold of the gate file."""

from __future__ import annotations

import datetime
import os
import platform
import re
import subprocess
import sys
from dataclasses import dataclass, field
from typing import Any, Callable, Protocol, Sequence

from .errors import GateError
from .gatefile import TIERS, GateConfig
from .latency import Clock, measure
from .metrics import Outcome, decisions, quality
from .suites import BUILTIN, Record, Suite, builtin_suite, load_suite
from .workload import texts


class ScannerLike(Protocol):
    def scan(self, text: str, **kwargs: Any) -> Any: ...


@dataclass(frozen=True)
class Check:
    """One threshold, as measured: `passed` is what the gate decides; `target_met` is the
    aspiration, reported only."""

    metric: str
    op: str
    limit: float
    value: float | None
    passed: bool
    target: float | None = None
    target_met: bool | None = None
    skipped: str | None = None  # why the threshold was not checked (only: no policy, by the caller's choice)

    @property
    def name(self) -> str:
        return f"{self.metric} {self.op} {self.limit:g}"


@dataclass
class GateResult:
    gate: str
    source: str
    quick: bool
    version: str
    commit: str
    timestamp: str
    machine: dict[str, Any]
    suites: list[dict[str, Any]]
    policy: str | None
    metrics: dict[str, float | None]
    latency: dict[str, dict]
    checks: list[Check]
    regressions: list[Any] = field(default_factory=list)  # history.Regression, set by --compare
    compared_with: str | None = None

    @property
    def passed(self) -> bool:
        return all(c.passed for c in self.checks) and not self.regressions


def resolve_policy(spec: str | None) -> Any:
    """A Policy from a preset name or a policy TOML file; None for no policy."""
    if spec is None:
        return None
    try:
        from ..policy import Policy  # type: ignore[attr-defined]
    except ImportError:
        raise GateError(f"the gate names policy {spec!r}, but this aiguard has no policy module (aiguard.policy)") from None
    return Policy.preset(spec) if spec in TIERS else Policy.from_toml(spec)


def scan_function(scanner: ScannerLike, policy: Any) -> Callable[[str, str], Any]:
    if policy is None:
        return lambda text, direction: scanner.scan(text)
    return lambda text, direction: scanner.scan(text, policy=policy, direction=direction)


def _outcome(result: Any, with_policy: bool) -> Outcome:
    found = tuple((f.start, f.end, f.kind, f.type) for f in result)
    decision = getattr(result, "decision", None) if with_policy else None
    return Outcome(found, getattr(decision, "value", decision))


def load_suites(config: GateConfig, extra: Sequence[str] = ()) -> list[Suite]:
    suites = [builtin_suite() if s == BUILTIN else load_suite(s) for s in (*config.suites, *extra)]
    names = [s.name for s in suites]
    if len(set(names)) != len(names):
        raise GateError(f"two suites share a name ({', '.join(names)}): rename one file")
    return suites


def run_gate(config: GateConfig, scanner: ScannerLike, *, policy: Any = None, suites: Sequence[Suite] | None = None,
             quick: bool = False, clock: Clock | None = None, cpu_clock: Clock | None = None,
             reference: Callable[[str], object] | None = None, commit: str | None = None) -> GateResult:
    """Scores and times `scanner` (with `policy`, if given) per `config`. `clock`, `cpu_clock`
    and `reference` replace the real clocks and reference workload (tests use fake ones)."""
    suites = list(suites) if suites is not None else load_suites(config)
    scan = scan_function(scanner, policy)
    records: list[Record] = [r for s in suites for r in s.records]
    outcomes = [_outcome(scan(r.text, r.direction), policy is not None) for r in records]

    def score(recs: list[Record], ocs: list[Outcome]) -> dict[str, float | None]:
        return {**quality(recs, ocs, excluded_types=config.excluded_types, min_type_support=config.min_type_support),
                **decisions(recs, ocs)}

    metrics = score(records, outcomes)  # all suites together, then each one as suite.NAME.*
    for s in suites:
        pairs = [(r, o) for r, o in zip(records, outcomes) if r.suite == s.name]
        for k, v in score([r for r, _ in pairs], [o for _, o in pairs]).items():
            metrics[f"suite.{s.name}.{k}"] = v

    settings = config.latency_settings(quick)
    inputs = {size: texts(size, settings.variants) for size in settings.sizes}
    clocks = {k: v for k, v in (("clock", clock), ("cpu_clock", cpu_clock)) if v is not None}
    latency = measure(lambda t: scan(t, "input"), inputs, settings, reference=reference, **clocks)
    for label, stats in latency.items():
        for key in ("p50_us", "p95_us", "p99_us", "mean_us", "p95_round_median_us", "p95_spread", "p95_ratio",
                    "p50_ratio"):
            if key in stats:
                metrics[f"latency.{label}.{key}"] = stats[key]
        for key in ("p50_us", "p95_us", "p99_us", "p95_spread"):
            metrics[f"latency.{label}.cpu_{key}"] = stats["cpu"][key]

    from .. import __version__
    return GateResult(
        gate=config.name, source=config.source, quick=quick, version=__version__, commit=commit or current_commit(),
        timestamp=datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"), machine=machine(),
        suites=[{"name": s.name, "path": s.path, "records": len(s.records)} for s in suites],
        policy=None if policy is None else str(config.policy or getattr(policy, "name", None) or "custom"),
        metrics=metrics, latency=latency,
        checks=evaluate(config, metrics, policy=policy is not None))


def evaluate(config: GateConfig, metrics: dict[str, float | None], *, policy: bool = True) -> list[Check]:
    """Every threshold against the metrics; a metric that was not measured fails (fail closed).
    Run without a policy (`policy=False`, the caller's explicit choice), the policy's
    thresholds are reported as skipped."""
    checks = []
    for t in config.thresholds:
        if not policy and re.sub(r"^suite\.[^.]+\.", "", t.metric).startswith("policy."):
            checks.append(Check(t.metric, t.op, t.limit, None, True, t.target, None, skipped="no policy"))
            continue
        value = metrics.get(t.metric)
        if value is None:
            checks.append(Check(t.metric, t.op, t.limit, None, False, t.target, None))
            continue
        meets = (lambda lim: value >= lim) if t.op == ">=" else (lambda lim: value <= lim)
        checks.append(Check(t.metric, t.op, t.limit, value, meets(t.limit), t.target,
                            None if t.target is None else meets(t.target)))
    return checks


def current_commit() -> str:
    for var in ("AIGUARD_COMMIT", "GITHUB_SHA", "CI_COMMIT_SHA", "GIT_COMMIT"):
        if os.environ.get(var):
            return os.environ[var]
    try:
        out = subprocess.run(["git", "rev-parse", "--short=12", "HEAD"], capture_output=True, text=True, timeout=5)
        return out.stdout.strip() if out.returncode == 0 and out.stdout.strip() else "unknown"
    except (OSError, subprocess.SubprocessError):
        return "unknown"


def machine() -> dict[str, Any]:
    return {"python": sys.version.split()[0], "platform": platform.platform(), "cpus": os.cpu_count(),
            "node": platform.node()}
