"""What a scan returns: `Finding`s and the `ScanResult` that holds them.

A finding keeps a reference to the scanned text instead of a copy of its value, so
the clear value never lands in a repr, a dict or JSON unless the caller asks for it
with `reveal()` / `to_dict(reveal=True)`.
"""

from __future__ import annotations

import enum
import hashlib
import hmac
import json
import os
import secrets
from typing import Any, Iterable, Iterator, Optional

_SEVERITY_ORDER = {"low": 0, "medium": 1, "high": 2, "critical": 3}
# Risk weight of one finding of each severity (docs/policy.md, "Risk score").
SEVERITY_WEIGHT = {"low": 0.1, "medium": 0.3, "high": 0.6, "critical": 0.9}


class Action(str, enum.Enum):
    """What a policy does about a finding, and the decision of a scan (the strongest action)."""

    ALLOW = "allow"
    REDACT = "redact"
    BLOCK = "block"
    ESCALATE = "escalate"


def risk_score(findings: Iterable["Finding"]) -> float:
    """1 - prod(1 - w(severity) * score): a noisy-OR in [0, 1] that any finding raises,
    more findings raise further, and no number of low ones pushes to certainty fast."""
    clear = 1.0
    for f in findings:
        clear *= 1.0 - SEVERITY_WEIGHT[f.severity] * min(max(f.score, 0.0), 1.0)
    return 1.0 - clear
_env_key = os.environb.get(b"AIGUARD_FINGERPRINT_KEY")
_fingerprint_key: bytes = _env_key or secrets.token_bytes(32)
# Whether fingerprints compare across runs: the key came from the environment or from
# set_fingerprint_key, not from the random draw.
_fingerprint_key_stable = bool(_env_key)


def set_fingerprint_key(key: bytes) -> None:
    """Sets the key of finding fingerprints (HMAC-SHA256). Without one, a random key is drawn
    per process (or read from the environment variable AIGUARD_FINGERPRINT_KEY), so that
    fingerprints compare within a process but cannot be brute-forced back to a value."""
    global _fingerprint_key, _fingerprint_key_stable
    if not isinstance(key, bytes) or len(key) < 16:
        raise ValueError("the fingerprint key must be bytes, at least 16 of them")
    _fingerprint_key = key
    _fingerprint_key_stable = True


def fingerprint_key_check() -> Optional[str]:
    """A check value of the fingerprint key (a keyed hash of a fixed message, which does
    not reveal the key), so that files of fingerprints can refuse another key's; `None`
    while the key is the per-process random one, whose fingerprints mean nothing later."""
    if not _fingerprint_key_stable:
        return None
    return hmac.new(_fingerprint_key, b"aiguard baseline key check", hashlib.sha256).hexdigest()[:16]


def mask(value: str, kind: str) -> str:
    """A preview that never shows a secret or personal value in clear: a short head
    (provider prefixes such as `ghp_` are not secret) and the length."""
    if kind == "injection":
        flat = " ".join(value.split())
        return flat if len(flat) <= 80 else flat[:77] + "..."
    keep = min(4, len(value) // 4)
    return f"{value[:keep]}…({len(value)} chars)"


class Finding:
    """One finding. `text[f.start:f.end]` is the matched value (Python str offsets).

    `via` is None when the value was matched in the text as given; otherwise it names
    the view it was found in (`normalized`, `leetspeak`, `rot13`, `base64`, `hex`, `url`,
    `unicode_tags`, `unescaped`), and the span covers the obfuscated or encoded text in the input.
    """

    __slots__ = ("kind", "type", "rule_id", "severity", "score", "start", "end", "via", "_text")

    def __init__(self, kind: str, type: str, rule_id: str, severity: str, score: float, start: int, end: int, text: str,
                 via: str | None = None) -> None:
        self.kind = kind
        self.type = type
        self.rule_id = rule_id
        self.severity = severity
        self.score = score
        self.start = start
        self.end = end
        self.via = via
        self._text = text

    @property
    def preview(self) -> str:
        """The masked value (injections, which are not sensitive, in clear)."""
        return mask(self._text[self.start:self.end], self.kind)

    @property
    def fingerprint(self) -> str:
        """A keyed hash of the rule type and value: equal values give equal fingerprints."""
        msg = f"{self.type}\x00{self._text[self.start:self.end]}".encode("utf-8", "surrogatepass")
        return hmac.new(_fingerprint_key, msg, hashlib.sha256).hexdigest()[:24]

    def reveal(self) -> str:
        """The clear matched value. Only on explicit request."""
        return self._text[self.start:self.end]

    def to_dict(self, *, reveal: bool = False) -> dict[str, Any]:
        d = {"kind": self.kind, "type": self.type, "rule_id": self.rule_id, "severity": self.severity,
             "score": round(self.score, 3), "start": self.start, "end": self.end,
             "via": self.via, "preview": self.preview, "fingerprint": self.fingerprint}
        if reveal:
            d["value"] = self.reveal()
        return d

    def __repr__(self) -> str:
        return (f"Finding(kind={self.kind!r}, type={self.type!r}, rule_id={self.rule_id!r}, severity={self.severity!r}, "
                f"score={self.score:.2f}, start={self.start}, end={self.end}, preview={self.preview!r})")

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Finding):
            return NotImplemented
        return (self.rule_id, self.start, self.end, self.reveal()) == (other.rule_id, other.start, other.end, other.reveal())

    def __hash__(self) -> int:
        return hash((self.rule_id, self.start, self.end))


class ScanResult:
    """The findings of one scan, sorted by position; with a policy, also its decision.

    Without a policy `decision` is ALLOW, `blocked` False, `reasons` empty and
    `redacted_text` None; `risk` is computed from the findings either way.
    """

    # `_outcome` stays unset on the no-policy path, so building a plain result costs what it always did;
    # so does `_detector_errors` where no detector failed.
    __slots__ = ("findings", "_outcome", "_detector_errors")

    def __init__(self, findings: list[Finding]) -> None:
        self.findings = findings

    @property
    def detector_errors(self) -> list:
        """Detectors that failed on a scanner set to fail open (see aiguard.detectors)."""
        try:
            return self._detector_errors
        except AttributeError:
            self._detector_errors: list = []
            return self._detector_errors

    @classmethod
    def decided(cls, findings: list[Finding], decision: Action, reasons: list[str],
                redacted_text: str | None) -> "ScanResult":
        """A result that carries a policy's decision."""
        r = cls.__new__(cls)
        r.findings = findings
        r._outcome = (decision, reasons, redacted_text)
        return r

    def __iter__(self) -> Iterator[Finding]:
        return iter(self.findings)

    def __len__(self) -> int:
        return len(self.findings)

    def __bool__(self) -> bool:
        """True when anything was found."""
        return bool(self.findings)

    def of_kind(self, kind: str) -> list[Finding]:
        return [f for f in self.findings if f.kind == kind]

    @property
    def max_severity(self) -> str | None:
        return max((f.severity for f in self.findings), key=_SEVERITY_ORDER.__getitem__, default=None)

    @property
    def decision(self) -> Action:
        """The strongest action the policy took (ALLOW < REDACT < ESCALATE < BLOCK)."""
        try:
            return self._outcome[0]
        except AttributeError:
            return Action.ALLOW

    @property
    def blocked(self) -> bool:
        """True when the text must not go on: the decision is BLOCK, or ESCALATE (held for a human)."""
        return self.decision in (Action.BLOCK, Action.ESCALATE)

    @property
    def reasons(self) -> list[str]:
        """One line per (action, rule) the policy applied, naming rules, never values."""
        try:
            return list(self._outcome[1])
        except AttributeError:
            return []

    @property
    def redacted_text(self) -> str | None:
        """The text with every redaction applied (the text itself when nothing was redacted);
        None without a policy. Findings the policy allowed stay in clear here."""
        try:
            return self._outcome[2]
        except AttributeError:
            return None

    @property
    def risk(self) -> float:
        """Risk score in [0, 1] (formula: `risk_score`, docs/policy.md)."""
        return risk_score(self.findings)

    def to_dict(self, *, reveal: bool = False) -> dict[str, Any]:
        """Findings (masked previews and fingerprints), decision, reasons and risk; the
        redacted text only with `reveal=True`, since what a policy allowed is still clear in it."""
        d = {"findings": [f.to_dict(reveal=reveal) for f in self.findings], "max_severity": self.max_severity,
             "decision": self.decision.value, "blocked": self.blocked, "reasons": self.reasons,
             "risk": round(self.risk, 4)}
        if reveal:
            d["redacted_text"] = self.redacted_text
        if getattr(self, "_detector_errors", None):
            d["detector_errors"] = [e._asdict() for e in self._detector_errors]
        return d

    def to_json(self, *, reveal: bool = False, **kwargs: Any) -> str:
        return json.dumps(self.to_dict(reveal=reveal), ensure_ascii=False, **kwargs)

    def __repr__(self) -> str:
        head = f"ScanResult({len(self.findings)} findings"
        try:
            head += f", decision={self._outcome[0].value}"
        except AttributeError:
            pass
        return f"{head}: {self.findings!r})"
