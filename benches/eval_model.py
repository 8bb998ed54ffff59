#!/usr/bin/env python3
"""Injection detection on the development corpus: rules alone, the learned detector alone,
and rules plus the learned detector (document level, as ../shared/corpus/score.py counts it).

    python benches/eval_model.py [--data ../shared/corpus/dev.jsonl] [--model FILE.aigm]

The corpus is for evaluation only: the default model never trains on it. The functions
`rules_and_model` and `model_only` also serve score.py as `--scanner eval_model:rules_and_model`
(run from benches/).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import aiguard
from aiguard.detectors import LinearDetector

DEV = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpus" / "dev.jsonl"
_scanner: aiguard.Scanner | None = None


def _with_model() -> aiguard.Scanner:
    global _scanner
    if _scanner is None:
        _scanner = aiguard.Scanner(detectors=[LinearDetector.default()])
    return _scanner


def rules_and_model(text: str) -> list[aiguard.Finding]:
    """score.py adapter: the built-in rules plus the default learned detector."""
    return _with_model().scan(text).findings


def model_only(text: str) -> list[aiguard.Finding]:
    """score.py adapter: the default learned detector alone."""
    return LinearDetector.default().detect([text])[0]


def evaluate(records: list[dict], detector: LinearDetector) -> dict[str, dict[str, float]]:
    texts = [r["text"] for r in records]
    gold = [any(lab["kind"] == "injection" for lab in r["labels"]) for r in records]
    benign = [r["source"].startswith("benign/") for r in records]
    rules = [bool(res.of_kind("injection")) for res in aiguard.default_scanner().scan_batch(texts, kinds="injection")]
    model = [bool(fs) for fs in detector.detect(texts)]
    out = {}
    for name, flags in (("rules", rules), ("model", model), ("rules+model", [a or b for a, b in zip(rules, model)])):
        pos = [f for f, g in zip(flags, gold) if g]
        neg = [f for f, g in zip(flags, gold) if not g]
        ben = [f for f, b, g in zip(flags, benign, gold) if b and not g]
        out[name] = {"recall": sum(pos) / len(pos), "negatives_flagged": sum(neg) / len(neg),
                     "benign_flagged": sum(ben) / len(ben), "positives": len(pos), "negatives": len(neg), "benign": len(ben)}
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default=str(DEV))
    ap.add_argument("--model", default=None, help="a model file (default: the packaged one)")
    ap.add_argument("--threshold", type=float, default=None)
    args = ap.parse_args()
    records = [json.loads(line) for line in open(args.data, encoding="utf-8") if line.strip()]
    records = [r for r in records if "injection" in r.get("labeled_kinds", ["injection"])]
    detector = LinearDetector(args.model, threshold=args.threshold)
    scores = evaluate(records, detector)
    print(f"model threshold {detector.threshold:.3f}; {args.data}")
    print("| | injection recall | benign/* flagged | all negatives flagged |\n|---|---|---|---|")
    for name, s in scores.items():
        print(f"| {name} | {s['recall']:.3f} ({s['positives']}) | {s['benign_flagged']:.2%} ({s['benign']}) "
              f"| {s['negatives_flagged']:.2%} ({s['negatives']}) |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
