"""Runs a scanner's detectors after the rule scan: run modes, cascade, timeouts, failures.

A detector failure (an exception, a timeout, or output that breaks the protocol) is
never silent: with `failure="closed"` (the default) the scan raises `DetectorError`;
with `failure="open"` the scan returns the findings it has and the failure is recorded
in `ScanResult.detector_errors`.
"""

from __future__ import annotations

import concurrent.futures
import os
import threading
from dataclasses import dataclass
from importlib import metadata
from typing import Any, NamedTuple, Sequence

from ..exceptions import DetectorError
from ..result import Finding, ScanResult

ENTRY_POINT_GROUP = "aiguard.detectors"
#: Detectors declaring at most this cost (µs per KB) run always unless told otherwise.
CHEAP_COST = 100.0
MODES = ("always", "cascade")
KINDS = ("secret", "pii", "injection")


class DetectorFailure(NamedTuple):
    """A detector that failed on a scan run with `detector_failure="open"`."""

    detector: str
    cause: str


@dataclass(frozen=True)
class Use:
    """How a scanner runs one detector.

    `mode`: `always`, or `cascade`: only texts whose score so far (the highest score of
    an injection finding from the rules and the cheaper detectors) lies in `uncertain`
    = [low, high), or that are scanned with `untrusted=True`, reach the detector.
    `timeout`: seconds for one batch; past it the detector counts as failed (its thread
    cannot be stopped and finishes in the background; its result is dropped).
    """

    detector: Any
    mode: str = "always"
    timeout: float | None = None
    uncertain: tuple[float, float] = (0.3, 0.9)

    def __post_init__(self) -> None:
        d = self.detector
        missing = [a for a in ("name", "kinds", "cost", "detect") if not hasattr(d, a)]
        if missing:
            raise TypeError(f"{type(d).__name__} is not a detector: it lacks {', '.join(missing)}")
        if not callable(d.detect):
            raise TypeError(f"detector {d.name!r}: detect is not callable")
        unknown = [k for k in d.kinds if k not in KINDS]
        if unknown or not d.kinds:
            raise ValueError(f"detector {d.name!r}: kinds must be some of {', '.join(KINDS)}, not {list(d.kinds)}")
        if self.mode not in MODES:
            raise ValueError(f"detector {d.name!r}: mode {self.mode!r} (expected always or cascade)")
        if self.timeout is not None and not self.timeout > 0:
            raise ValueError(f"detector {d.name!r}: timeout must be positive seconds, not {self.timeout!r}")
        low, high = self.uncertain
        if not 0.0 <= low <= high <= 1.0:
            raise ValueError(f"detector {d.name!r}: uncertain band {self.uncertain!r} is not within [0, 1]")


def always(detector: Any, *, timeout: float | None = None) -> Use:
    """Runs `detector` on every text."""
    return Use(detector, "always", timeout)


def cascade(detector: Any, *, timeout: float | None = None, uncertain: tuple[float, float] = (0.3, 0.9)) -> Use:
    """Runs `detector` only on texts whose score so far is uncertain, or that are untrusted."""
    return Use(detector, "cascade", timeout, uncertain)


def entry_point_names() -> list[str]:
    """The names of the detectors registered under the entry point group `aiguard.detectors`."""
    return sorted(ep.name for ep in metadata.entry_points(group=ENTRY_POINT_GROUP))


def load_entry_point(name: str) -> Any:
    """The detector registered as `name`: the entry point's object, called if it is a
    class or factory rather than a detector."""
    found = [ep for ep in metadata.entry_points(group=ENTRY_POINT_GROUP) if ep.name == name]
    if not found:
        known = ", ".join(entry_point_names()) or "none"
        raise DetectorError(f"no detector named {name!r} in entry point group {ENTRY_POINT_GROUP} (registered: {known})")
    try:
        obj = found[0].load()
        return obj if hasattr(obj, "detect") and not isinstance(obj, type) else obj()
    except Exception as e:
        raise DetectorError(f"detector {name!r} ({found[0].value}) could not be loaded: {type(e).__name__}: {e}") from e


_pool: concurrent.futures.ThreadPoolExecutor | None = None
_pool_lock = threading.Lock()


def _timeout_pool() -> concurrent.futures.ThreadPoolExecutor:
    global _pool
    with _pool_lock:
        if _pool is None:
            _pool = concurrent.futures.ThreadPoolExecutor(max_workers=4, thread_name_prefix="aiguard-detector")
        return _pool


def _forget_pool_in_child() -> None:
    # A forked child has none of the parent's threads: it starts a pool of its own.
    global _pool, _pool_lock
    _pool, _pool_lock = None, threading.Lock()


os.register_at_fork(after_in_child=_forget_pool_in_child)


class DetectorSet:
    """A scanner's detectors, cheapest first. `specs`: detectors, `Use`s, or entry point names."""

    def __init__(self, specs: Sequence[Any], failure: str = "closed") -> None:
        if failure not in ("closed", "open"):
            raise ValueError(f"detector_failure must be 'closed' or 'open', not {failure!r}")
        self.failure = failure
        uses = []
        for s in specs:
            if isinstance(s, str):
                s = load_entry_point(s)
            if not isinstance(s, Use):
                s = Use(s, "always" if getattr(s, "cost", CHEAP_COST + 1) <= CHEAP_COST else "cascade")
            uses.append(s)
        names = [u.detector.name for u in uses]
        if len(set(names)) != len(names):
            raise ValueError(f"detector names must be unique: {names}")
        self.uses = sorted(uses, key=lambda u: u.detector.cost)

    def __bool__(self) -> bool:
        return bool(self.uses)

    def apply(self, texts: Sequence[str], results: Sequence[ScanResult], kinds: Sequence[str] | None,
              untrusted: bool = False) -> None:
        """Adds each detector's findings to `results` (in place, kept sorted by position)."""
        for use in self.uses:
            wanted = [k for k in use.detector.kinds if kinds is None or k in kinds]
            if not wanted:
                continue
            todo = [i for i, r in enumerate(results) if self._reaches(use, r, untrusted)]
            if not todo:
                continue
            try:
                found = self._run(use, [texts[i] for i in todo])
            except DetectorError as e:
                if self.failure == "closed":
                    raise
                for i in todo:
                    results[i].detector_errors.append(DetectorFailure(use.detector.name, str(e)))
                continue
            for i, fs in zip(todo, found):
                keep = [f for f in fs if f.kind in wanted]
                if keep:
                    results[i].findings.extend(keep)
                    results[i].findings.sort(key=lambda f: (f.start, f.end))

    @staticmethod
    def _reaches(use: Use, result: ScanResult, untrusted: bool) -> bool:
        if use.mode == "always" or untrusted:
            return True
        score = max((f.score for f in result.findings if f.kind == "injection"), default=0.0)
        low, high = use.uncertain
        return low <= score < high

    @staticmethod
    def _run(use: Use, texts: list[str]) -> list[list[Finding]]:
        d = use.detector
        try:
            if use.timeout is None:
                found = d.detect(texts)
            else:
                found = _timeout_pool().submit(d.detect, texts).result(timeout=use.timeout)
        except concurrent.futures.TimeoutError:
            raise DetectorError(f"detector {d.name!r} timed out after {use.timeout} s on {len(texts)} texts") from None
        except Exception as e:
            # The cause's message stays on __cause__: a detector's own message may quote the text.
            raise DetectorError(f"detector {d.name!r} failed: {type(e).__name__}") from e
        _check_output(d, texts, found)
        return found


def _check_output(d: Any, texts: list[str], found: Any) -> None:
    """A detector's output must keep the protocol: anything else is a failure, not a partial result."""
    def broken(why: str) -> DetectorError:
        return DetectorError(f"detector {d.name!r} broke the protocol: {why}")

    if not isinstance(found, list) or len(found) != len(texts):
        n = len(found) if isinstance(found, list) else type(found).__name__
        raise broken(f"{n} results for {len(texts)} texts (expected a list, one list of findings per text)")
    for text, fs in zip(texts, found):
        if not isinstance(fs, list):
            raise broken(f"a result is a {type(fs).__name__}, not a list of findings")
        for f in fs:
            if not isinstance(f, Finding):
                raise broken(f"a finding is a {type(f).__name__}, not aiguard.Finding")
            if f.kind not in d.kinds:
                raise broken(f"a finding of kind {f.kind!r}, which it does not declare")
            if not 0 <= f.start <= f.end <= len(text) or f._text is not text and f._text != text:
                raise broken(f"a finding's span {f.start}:{f.end} does not lie in its text")
