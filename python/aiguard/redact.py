"""Replacing findings in text: every occurrence, overlapping findings merged, the text
between them untouched (so nothing else moves but by the length of the replacements)."""

from __future__ import annotations

from bisect import bisect_left
from typing import Callable, Iterable

from ._aiguard import count_each
from .result import Finding

# A redacted value this long is also replaced where it appears again without a finding
# (a secret pasted twice, once where its rule lacks context); shorter ones could be words.
MIN_REPEAT = 6
_RANK = {"low": 0, "medium": 1, "high": 2, "critical": 3}

Replace = Callable[[Finding, str], str]


def _merge(spans: list[tuple[int, int, Finding]]) -> list[tuple[int, int, Finding]]:
    """Overlapping spans become one; it is replaced as the most severe (then longest) finding in it."""
    spans.sort(key=_start)
    merged: list[tuple[int, int, Finding]] = []
    for span in spans:
        if merged and span[0] < merged[-1][1]:
            s0, e0, f0 = merged[-1]
            start, end, f = span
            lead = f if (_RANK[f.severity], end - start) > (_RANK[f0.severity], e0 - s0) else f0
            merged[-1] = (s0, max(e0, end), lead)
        else:
            merged.append(span)
    return merged


def _sorted_apart(spans: list[tuple[int, int, Finding]]) -> bool:
    """True when spans are already sorted and disjoint (the usual case): no merge needed."""
    end = 0
    for s, e, _ in spans:
        if s < end:
            return False
        end = e
    return True


def _start(span: tuple[int, int, Finding]) -> int:
    return span[0]


def _repeats(text: str, merged: list[tuple[int, int, Finding]]) -> list[tuple[int, int, Finding]]:
    """Copies of redacted values that overlap no span (spans are sorted and disjoint)."""
    values: dict[str, list] = {}
    for s, e, f in merged:
        if e - s >= MIN_REPEAT:
            seen = values.setdefault(text[s:e], [0, f])
            seen[0] += 1
    extra: list[tuple[int, int, Finding]] = []
    if not values:
        return extra
    try:
        counts = count_each(text, list(values))  # one pass of the text a value, in SIMD
    except UnicodeEncodeError:  # a lone surrogate: Python counts it
        counts = [text.count(v) for v in values]
    starts = None
    for (value, (covered, f)), count in zip(values.items(), counts):
        if count <= covered:
            continue  # the common case: every copy already has its finding
        if starts is None:
            starts = [s for s, _, _ in merged]
        i = text.find(value)
        while i >= 0:
            j = i + len(value)
            k = bisect_left(starts, j) - 1  # the last span starting before this copy ends
            if k < 0 or merged[k][1] <= i:
                extra.append((i, j, f))
                i = text.find(value, j)
            else:
                i = text.find(value, i + 1)
    return extra


def redaction_spans(text: str, findings: Iterable[Finding], *, every_copy: bool = True) -> list[tuple[int, int, Finding]]:
    """The spans `redact_text` replaces, sorted and disjoint, each with the finding it is
    replaced as: overlapping findings merged, and with `every_copy` the other copies of
    each redacted value of at least `MIN_REPEAT` characters."""
    spans = [(f.start, f.end, f) for f in findings if f.end > f.start]
    if not spans:
        return []
    merged = spans if _sorted_apart(spans) else _merge(spans)
    if every_copy:
        extra = _repeats(text, merged)
        if extra:
            merged = _merge(merged + extra)
    return merged


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
