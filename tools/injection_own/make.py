#!/usr/bin/env python3
"""Writes tests/data/injection_own.jsonl, aiguard's own labelled injection test set, from
the hand-written texts in this folder (nothing copied from the dev corpus or public data
sets). Injection records are labelled over the whole text (scoring is per document).

    python tools/injection_own/make.py            # writes tests/data/injection_own.jsonl
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from ben_en import BEN_EN  # noqa: E402
from ben_intl import BEN_INTL  # noqa: E402
from inj_en import INJ_EN  # noqa: E402
from inj_intl import INJ_INTL  # noqa: E402
from fresh import BEN_FRESH, BEN_FRESH3, INJ_FRESH, INJ_FRESH3  # noqa: E402
from fresh2 import BEN_FRESH2, INJ_FRESH2  # noqa: E402
from fresh3 import BEN_FRESH3_B, INJ_FRESH3_B  # noqa: E402
from fresh4 import BEN_FRESH4, INJ_FRESH4  # noqa: E402
from fresh5 import BEN_FRESH5, INJ_FRESH5  # noqa: E402
from fresh6 import BEN_FRESH6, INJ_FRESH6  # noqa: E402
from fresh7 import BEN_FRESH7, INJ_FRESH7  # noqa: E402
from fresh8 import BEN_FRESH8, INJ_FRESH8  # noqa: E402
from fresh9 import BEN_FRESH9, INJ_FRESH9  # noqa: E402
from fresh10 import BEN_FRESH10, INJ_FRESH10  # noqa: E402
from fresh11 import BEN_FRESH11, INJ_FRESH11  # noqa: E402
from fresh12 import BEN_FRESH12, INJ_FRESH12  # noqa: E402
from fresh13 import BEN_FRESH13, INJ_FRESH13  # noqa: E402
from fresh14 import BEN_FRESH14, INJ_FRESH14  # noqa: E402
from fresh15 import BEN_FRESH15, BEN_FRESH15_R2, INJ_FRESH15, INJ_FRESH15_R2  # noqa: E402


def records():
    # Batches in the order they were written (ids stay stable when a batch is added):
    # the first set, then two sets written after rounds of rule changes and measured
    # before any rule was tuned on them (see the commit messages for those figures),
    # then fresh2, fresh3, fresh4, fresh5, fresh6, fresh7, fresh8, fresh9, fresh10, fresh11, fresh12, fresh13, fresh14 and fresh15 with its second round (figures at the top of each file; fresh3's lists are
    # named *_FRESH3_B because fresh.py already has a third set called *_FRESH3).
    inj = [(f, "en", t) for f, t in INJ_EN] + list(INJ_INTL)
    ben = [(f, "en", t) for f, t in BEN_EN] + list(BEN_INTL)
    batches = ((True, inj), (False, ben), (True, INJ_FRESH), (False, BEN_FRESH), (True, INJ_FRESH3), (False, BEN_FRESH3),
               (True, INJ_FRESH2), (False, BEN_FRESH2), (True, INJ_FRESH3_B), (False, BEN_FRESH3_B),
               (True, INJ_FRESH4), (False, BEN_FRESH4), (True, INJ_FRESH5), (False, BEN_FRESH5),
               (True, INJ_FRESH6), (False, BEN_FRESH6), (True, INJ_FRESH7), (False, BEN_FRESH7),
               (True, INJ_FRESH8), (False, BEN_FRESH8), (True, INJ_FRESH9), (False, BEN_FRESH9),
               (True, INJ_FRESH10), (False, BEN_FRESH10), (True, INJ_FRESH11), (False, BEN_FRESH11),
               (True, INJ_FRESH12), (False, BEN_FRESH12), (True, INJ_FRESH13), (False, BEN_FRESH13),
               (True, INJ_FRESH14), (False, BEN_FRESH14),
               (True, INJ_FRESH15), (False, BEN_FRESH15), (True, INJ_FRESH15_R2), (False, BEN_FRESH15_R2))
    seen = set()
    n = 0
    for positive, rows in batches:
        for family, lang, text in rows:
            if text in seen:
                raise SystemExit(f"duplicate text: {text[:60]!r}")
            seen.add(text)
            n += 1
            labels = [{"start": 0, "end": len(text), "kind": "injection", "type": family}] if positive else []
            yield {
                "id": f"own-{n:04d}",
                "text": text,
                "direction": "input",
                "labels": labels,
                "source": f"{'injection' if positive else 'benign'}/own/{family}/{lang}",
                "split": "own",
                "labeled_kinds": ["injection"],
            }


def main() -> None:
    out = HERE.parent.parent / "tests" / "data" / "injection_own.jsonl"
    rows = list(records())
    with out.open("w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    pos = sum(1 for r in rows if r["labels"])
    print(f"{out}: {pos} injection, {len(rows) - pos} benign")


if __name__ == "__main__":
    main()
