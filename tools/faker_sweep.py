"""Recall of the PII rules over what Faker's locale providers emit.

The development corpus holds a few values per locale; Faker (the library the corpus's
personal data came from) emits every layout its providers know. This sweep draws many
values of one type in each locale, puts each in one of a few phrasings written here, and
reports the share that aiguard finds, with the first misses:

    pip install faker            # not a dependency of aiguard: this is a tuning tool
    python tools/faker_sweep.py phone --n 100
    python tools/faker_sweep.py address --n 60 --locales de_DE,fr_FR

A finding counts when it is of kind "pii" and overlaps the value (the corpus's scoring).
The phrasings carry the words a person would write next to such a value; a value with no
context at all (a bare nine-digit passport number) is out of reach of any pattern.
"""

from __future__ import annotations

import argparse
import collections
import sys
from typing import Callable

import aiguard

try:
    from faker import Faker
except ImportError:  # pragma: no cover - a tool, not a test
    sys.exit("faker_sweep needs Faker: pip install faker")

LOCALES = "de_DE en_GB en_IN en_US es_ES fr_FR it_IT ja_JP nl_NL pl_PL pt_BR ru_RU sv_SE zh_CN".split()

# Each type: how to draw a value, and phrasings with {v} (the value) and {name}.
TYPES: dict[str, tuple[Callable[[Faker], str], list[str]]] = {
    "phone": (
        lambda f: f.phone_number(),
        [
            "Hey! Call me at {v} when you land.",
            "Contact\nName: {name}\nPhone: {v}\n",
            "INSERT INTO c (name, phone) VALUES ('{name}', '{v}');",
            "{name}, tel. {v}",
            "reach {name} on {v} after 5pm",
        ],
    ),
    "address": (
        lambda f: f.address(),
        [
            "My new address is {v}.",
            "Ship to:\n{name}\n{v}\nTel: 555",
            "- Name: {name}\n- Address: {v}\n",
            "Please send the parcel to {name}, {v}, before Friday.",
        ],
    ),
}


def sweep(kind: str, n: int, locales: list[str], seed: int) -> float:
    draw, phrasings = TYPES[kind]
    total: collections.Counter[str] = collections.Counter()
    missed: dict[str, list[tuple[int, str]]] = collections.defaultdict(list)
    for loc in locales:
        fake = Faker(loc)
        fake.seed_instance(seed)
        for i in range(n):
            value, phrasing = draw(fake), phrasings[i % len(phrasings)]
            text = phrasing.format(v=value, name=fake.name())
            start = text.index(value)
            end = start + len(value)
            total[loc] += 1
            found = aiguard.scan(text, kinds="pii").findings
            if not any(f.start < end and f.end > start for f in found):
                missed[loc].append((i % len(phrasings), value))
    for loc in locales:
        print(f"{loc:6} {1 - len(missed[loc]) / total[loc]:5.2f}  {missed[loc][:5]}")
    recall = 1 - sum(map(len, missed.values())) / sum(total.values())
    print(f"overall {recall:.3f} over {sum(total.values())} values")
    return recall


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("type", choices=sorted(TYPES))
    ap.add_argument("--n", type=int, default=60, help="values per locale")
    ap.add_argument("--locales", default=",".join(LOCALES))
    ap.add_argument("--seed", type=int, default=11)
    args = ap.parse_args()
    sweep(args.type, args.n, args.locales.split(","), args.seed)


if __name__ == "__main__":
    main()
