"""`Scanner`: rulesets compiled once into an immutable, thread-safe scanner."""

from __future__ import annotations

import hashlib
import os
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, NamedTuple, Sequence, Union

from . import _aiguard
from .result import Finding, ScanResult

if TYPE_CHECKING:
    from .leak import LeakGuard
    from .policy import Policy
    from .vault import Vault
    import pyarrow
    from .stream import GuardedStream

KINDS = ("secret", "pii", "injection")
LEAK = "leak"  # found by a LeakGuard, not by rules
DIRECTIONS = ("input", "output")


class Rule(NamedTuple):
    """A loaded rule's metadata."""

    id: str
    kind: str
    type: str
    severity: str
    description: str
    source: str


class Ruleset(NamedTuple):
    """Ruleset text with the name it is reported under in errors."""

    name: str
    toml: str

    @classmethod
    def from_file(cls, path: Union[str, os.PathLike]) -> "Ruleset":
        return cls(str(path), Path(path).read_text(encoding="utf-8"))


RulesetLike = Union[str, os.PathLike, Ruleset]


def _kinds(kinds: Union[str, Iterable[str], None]) -> list[str] | None:
    if kinds is None:
        return None
    if isinstance(kinds, str):
        kinds = [kinds]
    out = list(kinds)
    for k in out:
        if k not in KINDS and k != LEAK:
            raise ValueError(f"unknown kind {k!r} (expected one of {', '.join(KINDS)}, {LEAK})")
    return out


def _split(kinds: list[str] | None) -> tuple[list[str] | None, bool]:
    """(the kinds the rules scan for, whether leaks are wanted)."""
    if kinds is None or LEAK not in kinds:
        return kinds, kinds is None
    return [k for k in kinds if k != LEAK], True


class Scanner:
    """Compiles rulesets once; `scan` and `scan_batch` may then be called from any thread.

    `rulesets`: extra ruleset files (paths) or `Ruleset` objects, in the TOML format of
    `rulesets/README.md`; `builtin=False` leaves the default rules out; `kinds` limits
    every scan of this scanner to some of `secret`, `pii`, `injection`, `leak`.
    `leak_guard`: a `LeakGuard` whose findings (kind `leak`) join every scan with
    `direction="output"`. `detectors` run after the rules (see `aiguard.detectors`); a
    detector failure raises `DetectorError` with `detector_failure="closed"`, or is
    recorded in `ScanResult.detector_errors` with "open".
    """

    def __init__(self, rulesets: Sequence[RulesetLike] = (), *, kinds: Union[str, Iterable[str], None] = None,
                 builtin: bool = True, leak_guard: "LeakGuard | None" = None, detectors: Sequence[object] = (),
                 detector_failure: str = "closed") -> None:
        sources = [r if isinstance(r, Ruleset) else Ruleset.from_file(r) for r in rulesets]
        self._compiled = _aiguard.CompiledScanner([tuple(s) for s in sources], builtin)
        self.rules: list[Rule] = [Rule(*r) for r in self._compiled.rules()]
        self._meta = [(r.kind, r.type, r.id, r.severity) for r in self.rules]
        self.kinds = _kinds(kinds)
        self._core_kinds, self._leaks = _split(self.kinds)
        self.leak_guard = leak_guard
        self._ruleset_digest: str | None = None
        self._arrow_meta: list | None = None  # rule metadata as Arrow dictionaries, built on first scan_arrow
        self._detectors = None
        if detectors or detector_failure != "closed":
            from .detectors import DetectorSet

            self._detectors = DetectorSet(detectors, detector_failure)

    @property
    def ruleset_digest(self) -> str:
        """SHA-256 over the aiguard version and every rule's id, kind, type, severity, source
        and regex: the ruleset version an audit record names."""
        if self._ruleset_digest is None:
            h = hashlib.sha256(_aiguard.__version__.encode())
            for rule, regex in zip(self._compiled.rules(), self._compiled.regexes()):
                h.update(repr((rule[:4], rule[5], regex)).encode("utf-8", "surrogatepass"))
            self._ruleset_digest = h.hexdigest()
        return self._ruleset_digest

    def build_all(self) -> "Scanner":
        """Builds now, on all cores, the regexes of the built-in rules. They are otherwise
        built on each rule's first use, which keeps a new scanner at about 0.1 s and 40 MB
        instead of seconds and half a gigabyte, but makes the first scans that wake a rule
        slower (milliseconds a rule). Call it at start-up where first-request latency
        matters. Returns the scanner."""
        self._compiled.build_all()
        return self

    def _result(self, text: str, raw: list[tuple[int, int, int, float, str | None]]) -> ScanResult:
        meta = self._meta
        return ScanResult([Finding(*meta[r], score, s, e, text, via) for r, s, e, score, via in raw])

    def scan(self, text: str, *, kinds: Union[str, Iterable[str], None] = None, policy: "Policy | None" = None,
             direction: str = "input", vault: "Vault | None" = None, untrusted: bool = False) -> ScanResult:
        """Every finding in `text`, with Python str offsets. With a `policy`, the result also
        carries its decision, reasons, risk and redacted text (placeholders go to `vault`:
        one per conversation). `direction` is "input" (to the model) or "output" (from it).
        `untrusted` (a document or tool output rather than the user's own words) sends the
        text to cascade detectors too."""
        if kinds is None:
            core, leaks = self._core_kinds, self._leaks
        else:
            core, leaks = _split(_kinds(kinds))
        result = self._result(text, self._compiled.scan(text, core) if core != [] else [])
        if self._detectors:
            self._detectors.apply([text], [result], core, untrusted)
        if policy is None and self.leak_guard is None:
            if direction not in DIRECTIONS:
                raise ValueError(f"unknown direction {direction!r} (expected input or output)")
            return result
        return self._finish(result, text, leaks, policy, direction, vault)

    def _finish(self, result: ScanResult, text: str, leaks: bool, policy: "Policy | None", direction: str,
                vault: "Vault | None") -> ScanResult:
        if direction not in DIRECTIONS:
            raise ValueError(f"unknown direction {direction!r} (expected input or output)")
        original, failed = result, getattr(result, "_detector_errors", None)  # detectors that failed open
        if leaks and direction == "output" and self.leak_guard is not None:
            found = self.leak_guard.detect(text)
            if found:
                result = ScanResult(sorted(result.findings + found, key=lambda f: (f.start, f.end)))
        result = result if policy is None else policy.decide(result, text, direction, vault)
        if failed and result is not original:
            result.detector_errors.extend(failed)
        return result

    def scan_batch(self, texts: Sequence[str], *, kinds: Union[str, Iterable[str], None] = None,
                   parallel: bool = True, policy: "Policy | None" = None, direction: str = "input",
                   vault: "Vault | None" = None, untrusted: bool = False) -> list[ScanResult]:
        """Scans many texts on all cores (the GIL released); results in input order.
        The thread count follows RAYON_NUM_THREADS when set; `parallel=False` uses one core.
        `policy`, `direction` and `vault` as in `scan` (one vault numbers the whole batch)."""
        texts = list(texts)
        if kinds is None:
            core, leaks = self._core_kinds, self._leaks
        else:
            core, leaks = _split(_kinds(kinds))
        raws = self._compiled.scan_batch(texts, core, parallel) if core != [] else [[] for _ in texts]
        results = [self._result(t, raw) for t, raw in zip(texts, raws)]
        if self._detectors:
            self._detectors.apply(texts, results, core, untrusted)
        if policy is None and self.leak_guard is None:
            if direction not in DIRECTIONS:
                raise ValueError(f"unknown direction {direction!r} (expected input or output)")
            return results
        return [self._finish(r, t, leaks, policy, direction, vault) for r, t in zip(results, texts)]

    def scan_arrow(self, array: object, *, kinds: Union[str, Iterable[str], None] = None,
                   parallel: bool = True) -> "pyarrow.Table":
        """Scans an Arrow string, large_string or string_view column (any object with the
        Arrow PyCapsule interface: pyarrow, polars, pandas with Arrow strings...) where it
        lies, without copying the text, on all cores with the GIL released. Null rows are
        skipped. Returns a pyarrow Table of findings, one row each: row, start, end (code
        points in that row's text), kind, type, rule_id, severity, score. Needs pyarrow for
        the result table (`pip install 'aiguard[arrow]'`)."""
        try:
            import pyarrow as pa
        except ImportError:
            raise ImportError("Scanner.scan_arrow returns a pyarrow Table: pip install 'aiguard[arrow]'") from None
        k = self._core_kinds if kinds is None else _split(_kinds(kinds))[0]  # leaks need a direction: not here
        n, (rows, starts, ends, rules, scores) = _aiguard.scan_arrow(self._compiled, array, k, parallel)

        def column(data: bytes, type_: "pa.DataType") -> "pa.Array":
            return pa.Array.from_buffers(type_, n, [None, pa.py_buffer(data)])

        index = column(rules, pa.int32())
        if self._arrow_meta is None:
            self._arrow_meta = self._arrow_dictionaries(pa)
        # Each of kind, type, rule_id, severity: a dictionary of its distinct values, and the
        # rule index -> code map that turns the findings' rule indexes into codes.
        kind, type_, rule_id, severity = (pa.DictionaryArray.from_arrays(codes.take(index), values)
                                          for codes, values in self._arrow_meta)
        return pa.table({"row": column(rows, pa.int64()), "start": column(starts, pa.int64()),
                         "end": column(ends, pa.int64()), "kind": kind, "type": type_, "rule_id": rule_id,
                         "severity": severity, "score": column(scores, pa.float32())})

    def _arrow_dictionaries(self, pa) -> list:  # noqa: ANN001
        out = []
        for i in range(4):
            values = sorted({m[i] for m in self._meta})
            code = {v: c for c, v in enumerate(values)}
            out.append((pa.array([code[m[i]] for m in self._meta], pa.int32()), pa.array(values, pa.string())))
        return out

    def _arrow_columns(self, array: object, kinds: list[str] | None,
                       parallel: bool) -> tuple[memoryview, memoryview, memoryview, memoryview, memoryview]:
        """scan_arrow's findings as plain columns (rows, starts, ends, rule indexes, scores), no pyarrow needed."""
        _, (rows, starts, ends, rules, scores) = _aiguard.scan_arrow(self._compiled, array, kinds, parallel)
        return (memoryview(rows).cast("q"), memoryview(starts).cast("q"), memoryview(ends).cast("q"),
                memoryview(rules).cast("I"), memoryview(scores).cast("f"))

    def stream(self, direction: str = "output", policy: object = None, vault: object = None, *,
               step: int | None = None) -> "GuardedStream":
        """Guards a text that arrives in chunks (a streamed answer): see `aiguard.stream`."""
        from .stream import GuardedStream
        return GuardedStream(self, direction=direction, policy=policy, vault=vault, step=step)

    def __repr__(self) -> str:
        counts = {k: sum(r.kind == k for r in self.rules) for k in KINDS}
        return f"Scanner({len(self.rules)} rules: {counts})"


_default: Scanner | None = None
_default_lock = threading.Lock()


def default_scanner() -> Scanner:
    """The scanner of the built-in rules, compiled on first use."""
    global _default
    if _default is None:
        with _default_lock:
            if _default is None:
                _default = Scanner()
    return _default


def scan(text: str, *, kinds: Union[str, Iterable[str], None] = None, policy: "Policy | None" = None,
         direction: str = "input", vault: "Vault | None" = None) -> ScanResult:
    """Scans `text` with the built-in rules: secrets, personal data and prompt injection
    (policy, direction and vault as in `Scanner.scan`)."""
    return default_scanner().scan(text, kinds=kinds, policy=policy, direction=direction, vault=vault)


os.register_at_fork(after_in_child=_aiguard._after_fork_in_child)
