"""Fakes for the gate's tests: a clock that only moves when told, scanners whose cost on
that clock is set by the test, and a scanner that answers from a suite's labels."""

from __future__ import annotations

from dataclasses import dataclass


class FakeClock:
    def __init__(self) -> None:
        self.ns = 0

    def __call__(self) -> int:
        return self.ns

    def advance_us(self, us: float) -> None:
        self.ns += int(us * 1000)


@dataclass
class FakeFinding:
    start: int
    end: int
    kind: str
    type: str
    severity: str = "high"


class FakeResult(list):
    decision = None


class OracleScanner:
    """Finds exactly the labelled spans of the records it knows (minus `blind` types), and
    costs `cost_us` per call on the fake clock."""

    def __init__(self, records, clock: FakeClock, cost_us: float = 50.0, blind: tuple[str, ...] = ()) -> None:
        self.by_text = {r.text: r for r in records}
        self.clock, self.cost_us, self.blind = clock, cost_us, blind
        self.calls = 0

    def scan(self, text: str, **kwargs) -> FakeResult:
        self.calls += 1
        self.clock.advance_us(self.cost_us)
        rec = self.by_text.get(text)
        labels = rec.labels if rec else ()
        return FakeResult(FakeFinding(lab.start, lab.end, lab.kind, lab.type) for lab in labels
                          if lab.type not in self.blind)


class SlowScanner:
    """Wraps a scanner and makes every call `extra_us` slower on the fake clock (the
    deliberately slowed build; a real one would sleep or spin)."""

    def __init__(self, inner, clock: FakeClock, extra_us: float) -> None:
        self.inner, self.clock, self.extra_us = inner, clock, extra_us

    def scan(self, text: str, **kwargs):
        self.clock.advance_us(self.extra_us)
        return self.inner.scan(text, **kwargs)
