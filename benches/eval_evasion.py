#!/usr/bin/env python3
"""Recall on obfuscated variants of injection texts, per obfuscation type, relative to the
recall on their plain originals (target: at least 90 % of it), for the rules alone, the
default learned detector alone, and both.

    python benches/eval_evasion.py [--originals dev|generated] [--data ../shared/corpus/dev.jsonl]

`dev`: the handwritten (plain) injection records of the development corpus, used only to
measure; `generated`: attacks from tools/gen_injection_data.py under a seed the default
model was not trained with. Variants come from tests/evasion_variants.py.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "tests"), str(ROOT / "tools")]

import aiguard  # noqa: E402
from aiguard.detectors import LinearDetector  # noqa: E402
from evasion_variants import VARIANTS  # noqa: E402

DEV = ROOT / ".." / "shared" / "corpus" / "dev.jsonl"


def originals(kind: str, data: Path, n: int) -> list[str]:
    if kind == "dev":
        rows = [json.loads(line) for line in open(data, encoding="utf-8") if line.strip()]
        return [r["text"] for r in rows if r["source"].startswith("injection/handwritten")
                and any(lab["kind"] == "injection" for lab in r["labels"])][:n]
    import gen_injection_data as gen

    rows = gen.generate(n * 3, seed=12345)
    return [r["text"] for r in rows if r["label"] == 1 and r["family"] != "project_rule_example"][:n]


def flags(texts: list[str]) -> dict[str, list[bool]]:
    rules = [bool(r) for r in aiguard.default_scanner().scan_batch(texts, kinds="injection")]
    model = [bool(f) for f in LinearDetector.default().detect(texts)]
    return {"rules": rules, "model": model, "rules+model": [a or b for a, b in zip(rules, model)]}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--originals", choices=["dev", "generated"], default="dev")
    ap.add_argument("--data", default=str(DEV))
    ap.add_argument("--n", type=int, default=1000)
    args = ap.parse_args()
    plain = originals(args.originals, Path(args.data), args.n)
    base = flags(plain)
    base_recall = {k: sum(v) / len(v) for k, v in base.items()}
    print(f"{len(plain)} plain injection texts ({args.originals}); recall on them: "
          + ", ".join(f"{k} {v:.3f}" for k, v in base_recall.items()))
    print("\n| variant | rules | model | rules+model | rules+model / plain |\n|---|---|---|---|---|")
    worst = 1.0
    for name, fn in VARIANTS.items():
        got = flags([fn(t) for t in plain])
        recall = {k: sum(v) / len(v) for k, v in got.items()}
        rel = recall["rules+model"] / base_recall["rules+model"] if base_recall["rules+model"] else 0.0
        worst = min(worst, rel)
        print(f"| {name} | {recall['rules']:.3f} | {recall['model']:.3f} | {recall['rules+model']:.3f} | {rel:.1%} |")
    print(f"\nworst variant / plain (rules+model): {worst:.1%} (target >= 90%)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
