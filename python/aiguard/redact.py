"""Replacing findings in text: every occurrence, overlapping findings merged, the text
between them untouched (so nothing else moves but by the length of the replacements)."""

from __future__ import annotations

from typing import Callable, Iterable

from ._aiguard import redaction_plan
from .result import Finding

# A redacted value this long is also replaced where it appears again without a finding
# (a secret pasted twice, once where its rule lacks context); shorter ones could be words.
MIN_REPEAT = 6
SEVERITY_RANK = {"low": 0, "medium": 1, "high": 2, "critical": 3}

Replace = Callable[[Finding, str], str]


def redaction_spans(text: str, findings: Iterable[Finding], *, every_copy: bool = True) -> list[tuple[int, int, Finding]]:
    """The spans `redact_text` replaces, sorted and disjoint, each with the finding it is
    replaced as: overlapping findings merged (led by the most severe, then longest in UTF-8 bytes), and
    with `every_copy` the other copies of each redacted value of at least `MIN_REPEAT`
    characters. The work is done in Rust (crates/aiguard-core/src/redact.rs)."""
    found = findings if isinstance(findings, list) else list(findings)
    if not found:
        return []
    plan = redaction_plan(text, [(f.start, f.end, SEVERITY_RANK[f.severity]) for f in found],
                          MIN_REPEAT if every_copy else None)
    return [(start, end, found[lead]) for start, end, lead in plan]


def redact_text(text: str, findings: Iterable[Finding], replace: Replace, *, every_copy: bool = True) -> str:
    """`text` with each finding's span (Python str offsets) replaced by `replace(finding, value)`.

    Overlapping findings merge into one span, replaced once. With `every_copy` (the
    default), a redacted value of at least `MIN_REPEAT` characters is also replaced
    wherever else it appears in the text, so no clear copy survives.
    """
    merged = redaction_spans(text, findings, every_copy=every_copy)
    if not merged:
        return text
    parts = []
    at = 0
    for start, end, f in merged:
        parts.append(text[at:start])
        parts.append(replace(f, text[start:end]))
        at = end
    parts.append(text[at:])
    return "".join(parts)
