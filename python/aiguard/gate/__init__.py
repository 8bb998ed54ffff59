"""The guardrail gate: detection quality and p95 latency of a configured scanner (and
policy) against the thresholds of a gate file, with history. See docs/gate.md."""

from .errors import GateError
from .gatefile import TIERS, GateConfig, Threshold, load_gate, parse_gate
from .history import Regression
from .latency import LatencySettings, measure
from .metrics import Outcome, decisions, quality
from .run import Check, GateResult, evaluate, run_gate
from .suites import Label, Record, Suite, builtin_suite, load_suite, parse_suite

__all__ = [
    "GateError", "TIERS", "GateConfig", "Threshold", "load_gate", "parse_gate", "Regression", "LatencySettings",
    "measure", "Outcome", "decisions", "quality", "Check", "GateResult", "evaluate", "run_gate", "Label", "Record",
    "Suite", "builtin_suite", "load_suite", "parse_suite",
]
