"""System-prompt and canary leak detection on model output (findings of kind `leak`).

    guard = LeakGuard(prompts=[SYSTEM_PROMPT], canaries=[canary])
    scanner = aiguard.Scanner(leak_guard=guard)
    result = scanner.scan(answer, direction="output", policy=Policy.preset("high"))

The guard is a plain detector (`detect(text) -> list[Finding]`); a scanner runs it on
output only. The matching (folding, rolling hash, canaries) is in Rust:
crates/aiguard-core/src/leak.rs.
"""

from __future__ import annotations

import secrets
from typing import Iterable

from . import _aiguard
from .result import Finding

KIND = "leak"
PROMPT_RULE = "leak-system-prompt"
CANARY_RULE = "leak-canary"
SEVERITIES = ("low", "medium", "high", "critical")


def _strings(values: Iterable[str], what: str) -> list[str]:
    if isinstance(values, str):
        raise TypeError(f"{what} must be a list of str, not one str")
    out = list(values)
    for i, v in enumerate(out):
        if not isinstance(v, str):
            raise TypeError(f"{what}[{i}] must be str, not {type(v).__name__}")
    return out


class LeakGuard:
    """Finds registered system prompts and canary tokens in text.

    A prompt leaks when the text shares at least `min_overlap` consecutive letters and
    digits with it, compared without case, whitespace or punctuation (a prompt shorter
    than that leaks only when reproduced whole). A canary leaks wherever it appears,
    compared the same way. Errors name a prompt or canary by position, never by content.
    """

    kind = KIND
    cost = "cheap"

    def __init__(self, prompts: Iterable[str] = (), canaries: Iterable[str] = (), *, min_overlap: int = 40,
                 prompt_severity: str = "high", canary_severity: str = "critical") -> None:
        for sev in (prompt_severity, canary_severity):
            if sev not in SEVERITIES:
                raise ValueError(f"unknown severity {sev!r} (expected one of {', '.join(SEVERITIES)})")
        if not isinstance(min_overlap, int) or isinstance(min_overlap, bool):
            raise TypeError("min_overlap must be an int")
        self._prompts = _strings(prompts, "prompts")
        self._canaries = _strings(canaries, "canaries")
        self.min_overlap = min_overlap
        self.prompt_severity = prompt_severity
        self.canary_severity = canary_severity
        self._index = _aiguard.LeakIndex(self._prompts, self._canaries, min_overlap)

    @staticmethod
    def new_canary(prefix: str = "aiguard-canary") -> str:
        """A fresh random canary token to plant in a system prompt."""
        return f"{prefix}-{secrets.token_hex(8)}"

    def detect(self, text: str) -> list[Finding]:
        """Leak findings in `text`, sorted by position (Python str offsets). The score of a
        prompt leak grows with the share of the prompt it reproduces: 0.7 + 0.3 * share."""
        out = []
        for source, _index, start, end, matched, total in self._index.find(text):
            if source == "canary":
                out.append(Finding(KIND, "canary", CANARY_RULE, self.canary_severity, 1.0, start, end, text))
            else:
                score = 0.7 + 0.3 * min(1.0, matched / total)
                out.append(Finding(KIND, "system_prompt", PROMPT_RULE, self.prompt_severity, score, start, end, text))
        return out

    def __repr__(self) -> str:
        return (f"LeakGuard({len(self._prompts)} prompts, {len(self._canaries)} canaries, "
                f"min_overlap={self.min_overlap})")
