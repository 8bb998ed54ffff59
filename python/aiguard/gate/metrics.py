"""Detection quality of a scanner (and the decisions of its policy) on labelled records.

The scoring follows the development corpus's rules, so figures mean the same thing:
- secret, pii: span level. A finding is right if it overlaps a labelled span of its kind;
  a labelled span is found if a finding of its kind overlaps it. A finding that overlaps
  nothing is a false positive where the record is labelled for that kind, else ignored.
  FPR is the share of records with no label of the kind (and labelled for it) that get a
  finding of the kind.
- injection: document level. A record is flagged if it gets any injection finding.
Types in `excluded_types` (person names by default: patterns are not expected to find
them) count on neither side.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Iterable, Sequence

from .suites import KINDS, Record

ACTIONS = ("allow", "redact", "block", "escalate")


@dataclass(frozen=True)
class Outcome:
    """What the gate saw for one record: findings as (start, end, kind, type), and the
    policy's decision (an action name) when a policy is configured."""

    findings: tuple[tuple[int, int, str, str], ...]
    decision: str | None = None


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _ratio(num: int, den: int) -> float | None:
    return num / den if den else None


def quality(records: Sequence[Record], outcomes: Sequence[Outcome], *, excluded_types: Iterable[str] = ("person",),
            min_type_support: int = 3) -> dict[str, float | None]:
    """Flat metrics: `{kind}.precision|recall|fpr|support`, `{kind}.min_type_recall` (over types
    with at least `min_type_support` labelled spans) and `type.{kind}/{type}.recall`."""
    excluded = set(excluded_types)
    out: dict[str, float | None] = {}
    for kind in ("secret", "pii"):
        c: Counter[str] = Counter()
        per_type: dict[str, list[int]] = defaultdict(lambda: [0, 0])  # type -> [found, labelled]
        for rec, oc in zip(records, outcomes):
            gold = [(lab.start, lab.end, lab.type) for lab in rec.labels if lab.kind == kind]
            scored_gold = [g for g in gold if g[2] not in excluded]
            mine = [f for f in oc.findings if f[2] == kind and f[3] not in excluded]
            for g in scored_gold:
                hit = any(_overlaps(g[:2], f[:2]) for f in mine)
                c["found"] += hit
                per_type[g[2]][0] += hit
                per_type[g[2]][1] += 1
            complete = kind in rec.labeled_kinds
            for f in mine:
                if any(_overlaps(f[:2], g[:2]) for g in scored_gold):
                    c["tp"] += 1
                elif complete and not any(_overlaps(f[:2], g[:2]) for g in gold):
                    c["fp"] += 1
            if complete and not gold:
                c["negatives"] += 1
                c["negatives_flagged"] += bool(mine)
        labelled = sum(n for _, n in per_type.values())
        out[f"{kind}.precision"] = _ratio(c["tp"], c["tp"] + c["fp"])
        out[f"{kind}.recall"] = _ratio(c["found"], labelled)
        out[f"{kind}.fpr"] = _ratio(c["negatives_flagged"], c["negatives"])
        out[f"{kind}.support"] = labelled
        supported = [h / n for h, n in per_type.values() if n >= min_type_support]
        out[f"{kind}.min_type_recall"] = min(supported) if supported else None
        for t, (h, n) in sorted(per_type.items()):
            out[f"type.{kind}/{t}.recall"] = h / n

    tp = fp = fn = tn = 0
    for rec, oc in zip(records, outcomes):
        if "injection" not in rec.labeled_kinds:
            continue
        gold = any(lab.kind == "injection" for lab in rec.labels)
        flagged = any(f[2] == "injection" for f in oc.findings)
        tp += gold and flagged
        fn += gold and not flagged
        fp += flagged and not gold
        tn += not gold and not flagged
    out["injection.precision"] = _ratio(tp, tp + fp)
    out["injection.recall"] = _ratio(tp, tp + fn)
    out["injection.fpr"] = _ratio(fp, fp + tn)
    out["injection.support"] = tp + fn
    return out


def record_class(rec: Record) -> str:
    """The class a record's decision is reported under: injection first (it is what a
    policy blocks), then secret, then pii; `benign` for a record with no label at all."""
    kinds = {lab.kind for lab in rec.labels}
    for kind in ("injection", "secret", "pii"):
        if kind in kinds:
            return kind
    return "benign"


def decisions(records: Sequence[Record], outcomes: Sequence[Outcome]) -> dict[str, float | None]:
    """`policy.{class}.{action}_rate` and `policy.{class}.intervene_rate` (any action but
    allow), for the classes injection, secret, pii and benign. Empty without a policy."""
    if not outcomes or all(oc.decision is None for oc in outcomes):
        return {}
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for rec, oc in zip(records, outcomes):
        counts[record_class(rec)][oc.decision or "allow"] += 1
    out: dict[str, float | None] = {}
    for cls in ("injection", "secret", "pii", "benign"):
        c = counts.get(cls, Counter())
        total = sum(c.values())
        for action in ACTIONS:
            out[f"policy.{cls}.{action}_rate"] = _ratio(c[action], total)
        out[f"policy.{cls}.intervene_rate"] = _ratio(total - c["allow"], total)
    return out
