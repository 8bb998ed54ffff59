"""`Scanner`: rulesets compiled once into an immutable, thread-safe scanner."""

from __future__ import annotations

import os
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, NamedTuple, Sequence, Union

from . import _aiguard
from .result import Finding, ScanResult

if TYPE_CHECKING:
    from .stream import GuardedStream

KINDS = ("secret", "pii", "injection")


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
        if k not in KINDS:
            raise ValueError(f"unknown kind {k!r} (expected one of {', '.join(KINDS)})")
    return out


class Scanner:
    """Compiles rulesets once; `scan` and `scan_batch` may then be called from any thread.

    `rulesets`: extra ruleset files (paths) or `Ruleset` objects, in the TOML format of
    `rulesets/README.md`; `builtin=False` leaves the default rules out; `kinds` limits
    every scan of this scanner to some of `secret`, `pii`, `injection`.
    """

    def __init__(self, rulesets: Sequence[RulesetLike] = (), *, kinds: Union[str, Iterable[str], None] = None,
                 builtin: bool = True) -> None:
        sources = [r if isinstance(r, Ruleset) else Ruleset.from_file(r) for r in rulesets]
        self._compiled = _aiguard.CompiledScanner([tuple(s) for s in sources], builtin)
        self.rules: list[Rule] = [Rule(*r) for r in self._compiled.rules()]
        self._meta = [(r.kind, r.type, r.id, r.severity) for r in self.rules]
        self.kinds = _kinds(kinds)

    def _result(self, text: str, raw: list[tuple[int, int, int, float, str | None]]) -> ScanResult:
        meta = self._meta
        return ScanResult([Finding(*meta[r], score, s, e, text, via) for r, s, e, score, via in raw])

    def scan(self, text: str, *, kinds: Union[str, Iterable[str], None] = None) -> ScanResult:
        """Every finding in `text`, with Python str offsets."""
        k = self.kinds if kinds is None else _kinds(kinds)
        return self._result(text, self._compiled.scan(text, k))

    def scan_batch(self, texts: Sequence[str], *, kinds: Union[str, Iterable[str], None] = None,
                   parallel: bool = True) -> list[ScanResult]:
        """Scans many texts on all cores (the GIL released); results in input order.
        The thread count follows RAYON_NUM_THREADS when set; `parallel=False` uses one core."""
        texts = list(texts)
        k = self.kinds if kinds is None else _kinds(kinds)
        return [self._result(t, raw) for t, raw in zip(texts, self._compiled.scan_batch(texts, k, parallel))]

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


def scan(text: str, *, kinds: Union[str, Iterable[str], None] = None) -> ScanResult:
    """Scans `text` with the built-in rules: secrets, personal data and prompt injection."""
    return default_scanner().scan(text, kinds=kinds)


os.register_at_fork(after_in_child=_aiguard._after_fork_in_child)
