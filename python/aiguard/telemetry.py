"""OpenTelemetry spans and metrics for scans, through the OpenTelemetry API only (no SDK:
the application that installs one decides where they go).

    scanner = aiguard.telemetry.instrument(aiguard.default_scanner())
    scanner.scan(prompt)  # a span `aiguard.scan`, a duration, findings and decisions counted

When `opentelemetry` cannot be imported, `instrument` hands back the scanner itself: the
scan path gains not a single call. Recorded, never with scanned text or matched values:
- span `aiguard.scan` (or `aiguard.scan_batch`) with the direction, the text length, the
  number of findings and the decision;
- histogram `aiguard.scan.duration` (seconds), by direction;
- counter `aiguard.findings`, by kind, type and severity;
- counter `aiguard.decisions`, by decision (when a policy decided).
"""

from __future__ import annotations

import time
from typing import Any, Sequence

try:
    from opentelemetry import metrics as _metrics
    from opentelemetry import trace as _trace
except ImportError:
    _metrics = _trace = None

AVAILABLE = _trace is not None


def instrument(scanner: Any, *, tracer_provider: Any = None, meter_provider: Any = None) -> Any:
    """`scanner` wrapped to report spans and metrics, or `scanner` itself without OpenTelemetry.
    The providers default to the globally configured ones."""
    if not AVAILABLE:
        return scanner
    return InstrumentedScanner(scanner, tracer_provider=tracer_provider, meter_provider=meter_provider)


class InstrumentedScanner:
    """A scanner that reports each scan; every other attribute is the wrapped scanner's."""

    def __init__(self, scanner: Any, *, tracer_provider: Any = None, meter_provider: Any = None) -> None:
        if not AVAILABLE:
            raise ImportError("aiguard.telemetry needs the opentelemetry-api package")
        from . import __version__

        self._scanner = scanner
        self._tracer = _trace.get_tracer("aiguard", __version__, tracer_provider=tracer_provider)
        meter = _metrics.get_meter("aiguard", __version__, meter_provider=meter_provider)
        self._duration = meter.create_histogram("aiguard.scan.duration", unit="s",
                                                description="Time of one aiguard scan")
        self._findings = meter.create_counter("aiguard.findings", unit="{finding}",
                                              description="Findings, by kind, type and severity")
        self._decisions = meter.create_counter("aiguard.decisions", unit="{scan}",
                                               description="Policy decisions of scans")

    def scan(self, text: str, **kwargs: Any) -> Any:
        direction = kwargs.get("direction", "input")
        with self._tracer.start_as_current_span("aiguard.scan", attributes={
                "aiguard.direction": direction, "aiguard.text.length": len(text)}) as span:
            t0 = time.perf_counter()
            result = self._scanner.scan(text, **kwargs)
            self._duration.record(time.perf_counter() - t0, {"aiguard.direction": direction})
            self._count(result, span)
        return result

    def scan_batch(self, texts: Sequence[str], **kwargs: Any) -> Any:
        texts = list(texts)
        direction = kwargs.get("direction", "input")
        with self._tracer.start_as_current_span("aiguard.scan_batch", attributes={
                "aiguard.direction": direction, "aiguard.batch.size": len(texts)}) as span:
            t0 = time.perf_counter()
            results = self._scanner.scan_batch(texts, **kwargs)
            self._duration.record(time.perf_counter() - t0, {"aiguard.direction": direction, "aiguard.batch": True})
            total = sum(self._count(r, None) for r in results)
            span.set_attribute("aiguard.findings", total)
        return results

    def _count(self, result: Any, span: Any) -> int:
        n = 0
        for f in result:
            n += 1
            self._findings.add(1, {"aiguard.kind": f.kind, "aiguard.type": f.type, "aiguard.severity": f.severity})
        decision = getattr(result, "decision", None)
        if decision is not None:
            decision = str(getattr(decision, "value", decision))
            self._decisions.add(1, {"aiguard.decision": decision})
        if span is not None:
            span.set_attribute("aiguard.findings", n)
            if decision is not None:
                span.set_attribute("aiguard.decision", decision)
        return n

    def __getattr__(self, name: str) -> Any:
        return getattr(self._scanner, name)

    def __repr__(self) -> str:
        return f"InstrumentedScanner({self._scanner!r})"
