"""Field paths that choose what to scan in a JSON record.

    prompt,response            two top-level fields
    messages[*].content        `content` of every item of `messages`
    request.body.messages[0]   nested keys and one list index

A path that reaches an object or a list scans every string below it; no path at all
scans every string of the record.
"""

from __future__ import annotations

import re
from typing import Iterator, Union

from ..exceptions import InputError

# A step is a key (str), a list index (int) or every item of a list (None).
Step = Union[str, int, None]

_STEP = re.compile(r"([^.\[\]]+)|\[(\*|\d+)\]|(\.)")


def parse(spec: str) -> list[list[Step]]:
    """`a.b[*].c,d` -> [["a", "b", None, "c"], ["d"]]."""
    paths = []
    for part in spec.split(","):
        part = part.strip()
        steps: list[Step] = []
        pos = 0
        for m in _STEP.finditer(part):
            if m.start() != pos:
                break
            pos = m.end()
            if m.group(1) is not None:
                steps.append(m.group(1))
            elif m.group(2) is not None:
                steps.append(None if m.group(2) == "*" else int(m.group(2)))
        if not part or pos != len(part) or not steps:
            raise InputError(f"bad field path {part!r} in {spec!r} (expected e.g. messages[*].content or prompt,response)")
        paths.append(steps)
    return paths


def strings(value: object, where: str = "") -> Iterator[tuple[str, str]]:
    """Every string below `value`, with its concrete path."""
    if isinstance(value, str):
        yield where or ".", value
    elif isinstance(value, dict):
        for k, v in value.items():
            yield from strings(v, f"{where}.{k}" if where else str(k))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from strings(v, f"{where}[{i}]")


def select(record: object, paths: list[list[Step]] | None) -> tuple[list[tuple[str, str]], list[str]]:
    """The (path, string) pairs that `paths` reach in `record`, and the paths that reach nothing."""
    if paths is None:
        return list(strings(record)), []
    found: list[tuple[str, str]] = []
    missing: list[str] = []
    for steps in paths:
        reached = list(_walk(record, steps, ""))
        if not reached:
            missing.append(render(steps))
        for where, value in reached:
            found.extend(strings(value, where))
    return found, missing


def render(steps: list[Step]) -> str:
    out = ""
    for s in steps:
        if isinstance(s, str):
            out += f".{s}" if out else s
        else:
            out += "[*]" if s is None else f"[{s}]"
    return out


def _walk(value: object, steps: list[Step], where: str) -> Iterator[tuple[str, object]]:
    if not steps:
        yield where, value
        return
    step, rest = steps[0], steps[1:]
    if isinstance(step, str):
        if isinstance(value, dict) and step in value:
            yield from _walk(value[step], rest, f"{where}.{step}" if where else step)
    elif isinstance(value, list):
        if step is None:
            if not value:  # an empty list is present, not missing
                yield where, value
            for i, item in enumerate(value):
                yield from _walk(item, rest, f"{where}[{i}]")
        elif 0 <= step < len(value):
            yield from _walk(value[step], rest, f"{where}[{step}]")


def map_selected(value: object, paths: list[list[Step]] | None, fn) -> object:  # noqa: ANN001
    """`value` with every string that `paths` select (every string when None) replaced by
    `fn(string)`; the rest of the record is kept as it is."""
    if paths is None:
        return _map_all(value, fn)
    for steps in paths:
        value = _map_path(value, steps, fn)
    return value


def _map_all(value: object, fn) -> object:  # noqa: ANN001
    if isinstance(value, str):
        return fn(value)
    if isinstance(value, dict):
        return {k: _map_all(v, fn) for k, v in value.items()}
    if isinstance(value, list):
        return [_map_all(v, fn) for v in value]
    return value


def _map_path(value: object, steps: list[Step], fn) -> object:  # noqa: ANN001
    if not steps:
        return _map_all(value, fn)
    step, rest = steps[0], steps[1:]
    if isinstance(step, str):
        if isinstance(value, dict) and step in value:
            value = {**value, step: _map_path(value[step], rest, fn)}
    elif isinstance(value, list):
        if step is None:
            value = [_map_path(v, rest, fn) for v in value]
        elif 0 <= step < len(value):
            value = value[:step] + [_map_path(value[step], rest, fn)] + value[step + 1:]
    return value
