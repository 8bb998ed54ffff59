"""Gate files (TOML): which suites, which policy, how to time, and the thresholds.

    name = "high"
    policy = "high"                   # a Policy preset name or a policy TOML file (optional)
    suites = ["builtin"]              # "builtin" is aiguard's own suite; paths are relative to this file
    [latency]                         # the fields of LatencySettings
    sizes = [256, 2048, 16384]
    [latency.quick]                   # overrides for --quick
    samples = 300
    [compare]                         # --compare: what counts as a regression
    latency_tolerance = 0.25          # relative (p50/p95/p99 and ratios may grow 25 %)
    quality_tolerance = 0.01          # absolute (precision, recall may drop 0.01; FPR grow 0.01)
    [thresholds]
    "secret.recall" = { min = 0.95 }
    "latency.2KB.p95_us" = { max = 500, target = 25 }   # target: reported, never fails
"""

from __future__ import annotations

import os
import re
import sys
from dataclasses import dataclass, field, fields, replace
from importlib import resources
from pathlib import Path
from typing import Any, Union

from .errors import GateError
from .latency import LatencySettings, size_label

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

TIERS = ("low", "medium", "high", "critical")
_KIND = r"(secret|pii|injection)"
_SIZE = r"\d+(B|KB)"
METRIC_PATTERNS = [re.compile(p) for p in (
    rf"{_KIND}\.(precision|recall|fpr|support|min_type_recall)",
    rf"type\.{_KIND}/[^.\s]+\.recall",
    rf"latency\.{_SIZE}\.(p50_us|p95_us|p99_us|mean_us|p95_round_median_us|p95_spread|p95_ratio|p50_ratio|cpu_p50_us|cpu_p95_us|cpu_p99_us|cpu_p95_spread)",
    r"policy\.(injection|secret|pii|benign)\.(allow|redact|block|escalate|intervene)_rate",
)]


@dataclass(frozen=True)
class Threshold:
    metric: str
    op: str  # ">=" or "<="
    limit: float
    target: float | None = None  # the aspiration, reported beside the limit


@dataclass(frozen=True)
class GateConfig:
    name: str
    source: str
    description: str = ""
    policy: str | None = None
    suites: tuple[str, ...] = ("builtin",)
    latency: LatencySettings = LatencySettings()
    quick: dict[str, Any] = field(default_factory=dict)
    latency_tolerance: float = 0.25
    quality_tolerance: float = 0.01
    min_type_support: int = 3
    excluded_types: tuple[str, ...] = ("person",)
    thresholds: tuple[Threshold, ...] = ()

    def latency_settings(self, quick: bool) -> LatencySettings:
        return replace(self.latency, **self.quick) if quick else self.latency


def known_metric(name: str) -> bool:
    base = re.sub(r"^suite\.[^.\s]+\.", "", name)  # per-suite metrics: suite.NAME.<metric>
    return any(p.fullmatch(base) for p in METRIC_PATTERNS)


def load_gate(spec: Union[str, os.PathLike]) -> GateConfig:
    """A tier name (`low`, `medium`, `high`, `critical`: the gate files shipped with aiguard)
    or the path of a gate file."""
    if str(spec) in TIERS:
        text = resources.files("aiguard.gate").joinpath(f"gates/{spec}.toml").read_text("utf-8")
        return parse_gate(text, source=f"aiguard/gate/gates/{spec}.toml", base=None)
    p = Path(spec)
    try:
        text = p.read_text("utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise GateError(f"gate file {p}: cannot read it ({e})") from None
    return parse_gate(text, source=str(p), base=p.parent)


def parse_gate(text: str, *, source: str, base: Path | None) -> GateConfig:
    try:
        doc = tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        raise GateError(f"gate file {source}: {e}") from None
    known = {"name", "description", "policy", "suites", "latency", "compare", "quality", "thresholds"}
    for key in doc:
        if key not in known:
            raise GateError(f"gate file {source}: unknown field {key!r} (known: {', '.join(sorted(known))})")
    suites = doc.get("suites", ["builtin"])
    if not isinstance(suites, list) or not all(isinstance(s, str) for s in suites):
        raise GateError(f"gate file {source}: 'suites' must be a list of paths (or \"builtin\")")
    suites = [s if s == "builtin" or base is None else str(base / s) for s in suites]
    policy = doc.get("policy")
    if policy is not None and not isinstance(policy, str):
        raise GateError(f"gate file {source}: 'policy' must be a preset name or a file path")
    if policy and policy not in TIERS and base is not None:
        policy = str(base / policy)
    lat_doc = dict(doc.get("latency", {}))
    quick = lat_doc.pop("quick", {})
    latency = _latency(lat_doc, source, "latency")
    _latency(quick, source, "latency.quick")  # checked now, applied on --quick
    compare = _table(doc, "compare", {"latency_tolerance", "quality_tolerance"}, source)
    quality = _table(doc, "quality", {"min_type_support", "excluded_types"}, source)
    sizes = {size_label(s) for s in latency.sizes}
    thresholds = tuple(_threshold(k, v, source, sizes) for k, v in doc.get("thresholds", {}).items())
    return GateConfig(
        name=str(doc.get("name", Path(source).stem)), source=source, description=str(doc.get("description", "")),
        policy=policy, suites=tuple(suites), latency=latency, quick=quick,
        latency_tolerance=float(compare.get("latency_tolerance", 0.25)),
        quality_tolerance=float(compare.get("quality_tolerance", 0.01)),
        min_type_support=int(quality.get("min_type_support", 3)),
        excluded_types=tuple(quality.get("excluded_types", ("person",))), thresholds=thresholds)


def _table(doc: dict, name: str, allowed: set[str], source: str) -> dict:
    table = doc.get(name, {})
    for key in table:
        if key not in allowed:
            raise GateError(f"gate file {source}: unknown field {name}.{key} (known: {', '.join(sorted(allowed))})")
    return table


def _latency(table: dict, source: str, where: str) -> LatencySettings:
    names = {f.name for f in fields(LatencySettings)}
    for key, value in table.items():
        if key not in names:
            raise GateError(f"gate file {source}: unknown field {where}.{key} (known: {', '.join(sorted(names))})")
    try:
        settings = replace(LatencySettings(), **{k: tuple(v) if k == "sizes" else v for k, v in table.items()})
    except TypeError as e:
        raise GateError(f"gate file {source}: [{where}] {e}") from None
    if settings.reference not in ("loop", "none"):
        raise GateError(f"gate file {source}: {where}.reference must be \"loop\" or \"none\"")
    for key in ("samples", "repeats", "variants"):
        value = getattr(settings, key)
        if not isinstance(value, int) or value < 1:
            raise GateError(f"gate file {source}: {where}.{key} must be a positive integer")
    if not settings.sizes or not all(isinstance(s, int) and s > 0 for s in settings.sizes):
        raise GateError(f"gate file {source}: {where}.sizes must be positive byte counts")
    return settings


def _threshold(metric: str, spec: object, source: str, sizes: set[str]) -> Threshold:
    where = f"gate file {source}: threshold {metric!r}"
    if not known_metric(metric):
        raise GateError(f"{where}: unknown metric (see docs/gate.md for the names)")
    size = re.match(rf"(?:suite\.[^.\s]+\.)?latency\.({_SIZE})\.", metric)
    if size and size.group(1) not in sizes:
        raise GateError(f"{where}: size {size.group(1)} is not among latency.sizes ({', '.join(sorted(sizes))})")
    if not isinstance(spec, dict) or len({"min", "max"} & spec.keys()) != 1 or spec.keys() - {"min", "max", "target"}:
        raise GateError(f"{where}: write {{ min = X }} or {{ max = X }}, optionally with target = Y")
    op, limit = (">=", spec["min"]) if "min" in spec else ("<=", spec["max"])
    target = spec.get("target")
    if not isinstance(limit, (int, float)) or (target is not None and not isinstance(target, (int, float))):
        raise GateError(f"{where}: limits must be numbers")
    return Threshold(metric, op, float(limit), None if target is None else float(target))
