"""Labelled suites: JSON lines in the format of the development corpus (one record a line).

    {"id": "...", "text": "...", "direction": "input",
     "labels": [{"start": 41, "end": 81, "kind": "secret", "type": "github_pat_classic"}],
     "source": "secret/github", "labeled_kinds": ["secret", "pii", "injection"]}

Offsets are Python str offsets. `labeled_kinds` lists the kinds a record is exhaustively
labelled for (all three when absent): a finding of another kind is neither right nor wrong.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Union

from .errors import GateError

KINDS = ("secret", "pii", "injection")
BUILTIN = "builtin"  # the name of aiguard's own suite, shipped in the package


@dataclass(frozen=True)
class Label:
    start: int
    end: int
    kind: str
    type: str


@dataclass(frozen=True)
class Record:
    id: str
    text: str
    direction: str
    labels: tuple[Label, ...]
    source: str
    labeled_kinds: frozenset[str]
    suite: str


@dataclass(frozen=True)
class Suite:
    name: str
    path: str
    records: tuple[Record, ...]


def builtin_suite() -> Suite:
    """aiguard's own small suite (texts and generated values of its own making)."""
    data = resources.files("aiguard.gate").joinpath("suites/aiguard.jsonl").read_text("utf-8")
    return parse_suite(data, name=BUILTIN, path="aiguard/gate/suites/aiguard.jsonl")


def load_suite(path: Union[str, os.PathLike], name: str | None = None) -> Suite:
    p = Path(path)
    try:
        data = p.read_bytes().decode("utf-8")
    except OSError as e:
        raise GateError(f"suite {p}: cannot read it ({e.strerror or e})") from None
    except UnicodeDecodeError as e:
        raise GateError(f"suite {p}: not UTF-8 (byte {e.start})") from None
    return parse_suite(data, name=name or p.stem, path=str(p))


def parse_suite(data: str, *, name: str, path: str) -> Suite:
    records = []
    for n, line in enumerate(data.splitlines(), 1):
        if line.strip():
            records.append(_record(line, f"{path}:{n}", name))
    if not records:
        raise GateError(f"suite {path}: no records")
    return Suite(name, path, tuple(records))


def _record(line: str, where: str, suite: str) -> Record:
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as e:
        raise GateError(f"{where}: not valid JSON ({e.msg})") from None
    if not isinstance(obj, dict):
        raise GateError(f"{where}: a record must be a JSON object")
    text = obj.get("text")
    if not isinstance(text, str):
        raise GateError(f"{where}: 'text' must be a string")
    direction = obj.get("direction", "input")
    if direction not in ("input", "output"):
        raise GateError(f"{where}: 'direction' must be 'input' or 'output', not {direction!r}")
    labeled = obj.get("labeled_kinds", list(KINDS))
    if not isinstance(labeled, list) or any(k not in KINDS for k in labeled):
        raise GateError(f"{where}: 'labeled_kinds' must be a list of {', '.join(KINDS)}")
    raw_labels = obj.get("labels", [])
    if not isinstance(raw_labels, list):
        raise GateError(f"{where}: 'labels' must be a list")
    labels = tuple(_label(lab, where, i, len(text)) for i, lab in enumerate(raw_labels))
    return Record(id=str(obj.get("id") or where), text=text, direction=direction, labels=labels,
                  source=str(obj.get("source", "")), labeled_kinds=frozenset(labeled), suite=suite)


def _label(lab: object, where: str, i: int, n: int) -> Label:
    if not isinstance(lab, dict):
        raise GateError(f"{where}: labels[{i}] must be an object")
    start, end, kind = lab.get("start"), lab.get("end"), lab.get("kind")
    if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= n):
        raise GateError(f"{where}: labels[{i}] needs integer offsets with 0 <= start < end <= {n} (the text's length)")
    if kind not in KINDS:
        raise GateError(f"{where}: labels[{i}] has kind {kind!r} (expected one of {', '.join(KINDS)})")
    return Label(start, end, kind, str(lab.get("type") or kind))
