"""`--redact-out DIR`: redacted copies of the inputs, one per input file, same relative path.

Each copy is written to a temporary file in DIR and renamed into place only when complete,
so a crash never leaves half a file. What is replaced and by what is the policy's decision
(`policy.action(finding, "input")` other than allow, `policy.replacement(finding, value)`),
applied with `aiguard.redact.redact_text`. Plain text and JSON lines are supported (JSON
lines keep every field, only the scanned strings change); other formats are refused with
a clear error rather than copied unredacted. A line that cannot be read is never copied:
it fails the run (`--on-error fail`) or is left out of the copy and counted (`skip`).
"""

from __future__ import annotations

import json
import os
from typing import IO, Any

from ..exceptions import InputError
from ..scanner import Scanner
from . import fields as fieldpaths
from . import readers
from .readers import Input

SUPPORTED = ("text", "jsonl")


def _policy_api():
    try:
        from ..policy import Action, Policy
        from ..redact import redact_text
    except ImportError as e:  # the policy contract lands with the policy work
        raise InputError(f"--redact-out needs aiguard.policy and aiguard.redact ({e})") from None
    return Action, Policy, redact_text


def load_policy(spec: str | None):
    """A policy from a tier name (low, medium, high, critical) or a TOML file; medium by default."""
    _, Policy, _ = _policy_api()
    if spec is None:
        return Policy.preset("medium")
    if spec in ("low", "medium", "high", "critical"):
        return Policy.preset(spec)
    return Policy.from_toml(spec)


class RedactOut:
    def __init__(self, out_dir: str, scanner: Scanner, policy: Any, *, kinds: list[str] | None, fields: str | None,
                 input_format: str | None, on_error: str) -> None:
        self.Action, _, self.redact_text = _policy_api()
        self.out_dir, self.scanner, self.policy = out_dir, scanner, policy
        self.kinds, self.on_error, self.input_format = kinds, on_error, input_format
        self.paths = fieldpaths.parse(fields) if fields else None
        self.written: list[str] = []
        self.skipped = 0
        self.redacted = 0

    def check(self, inputs: list[Input]) -> None:
        """Refuses, before anything is scanned, an input whose format cannot be copied redacted,
        and two inputs whose copies would have the same name."""
        seen: dict[str, str] = {}
        for inp in inputs:
            fmt = self.input_format or readers._format_of(inp.name) or "text"
            if fmt not in SUPPORTED:
                raise InputError(f"{inp.name}: --redact-out writes redacted copies of text and JSON lines only, "
                                 f"not {fmt}")
            target = self.target(inp)
            if target in seen:
                raise InputError(f"--redact-out: {seen[target]} and {inp.name} would both be copied to {target}")
            seen[target] = inp.name

    def target(self, inp: Input) -> str:
        """DIR/base name for a file, DIR/dir/relative path for a file found in a directory;
        compressed inputs are copied uncompressed (the suffix dropped)."""
        rel = inp.rel or os.path.basename(inp.name)
        for suffix in readers.COMPRESSED:
            if rel.endswith(suffix):
                rel = rel[: -len(suffix)]
        return os.path.join(self.out_dir, rel)

    def _redact(self, text: str) -> str:
        findings = [f for f in self.scanner.scan(text, kinds=self.kinds)
                    if self.policy.action(f, "input") != self.Action.ALLOW]
        if not findings:
            return text
        self.redacted += len(findings)
        return self.redact_text(text, findings, lambda f, value: self.policy.replacement(f, value))

    def _bad(self, inp: Input, line: int, why: str) -> None:
        if self.on_error == "fail":
            raise InputError(f"{inp.name}:{line}: {why}; no redacted copy written")
        self.skipped += 1

    def write(self, inp: Input) -> str:
        fmt = self.input_format or readers._format_of(inp.name) or "text"
        path = self.target(inp)
        os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
        tmp = f"{path}.tmp-{os.getpid()}"
        raw = inp.open()
        try:
            stream = readers._decompressed(raw, inp.name)
            with open(tmp, "w", encoding="utf-8", newline="") as out:
                if fmt == "jsonl":
                    self._jsonl(inp, stream, out)
                else:
                    self._text(inp, stream, out)
            os.replace(tmp, path)
        except BaseException:
            if os.path.exists(tmp):
                os.remove(tmp)
            raise
        finally:
            if inp.name != "-":
                raw.close()
        self.written.append(path)
        return path

    def _text(self, inp: Input, stream: IO[bytes], out: IO[str]) -> None:
        line = 1
        for block in readers._line_blocks(stream):
            try:
                out.write(self._redact(block.decode("utf-8")))
            except UnicodeDecodeError:
                for n, raw in enumerate(block.splitlines(keepends=True), line):
                    try:
                        out.write(self._redact(raw.decode("utf-8")))
                    except UnicodeDecodeError:
                        self._bad(inp, n, "not UTF-8")
            line += block.count(b"\n")

    def _jsonl(self, inp: Input, stream: IO[bytes], out: IO[str]) -> None:
        for n, raw in enumerate(stream, 1):
            if not raw.strip():
                out.write(raw.decode("utf-8", "replace"))
                continue
            try:
                value = json.loads(raw.decode("utf-8"))
            except (UnicodeDecodeError, json.JSONDecodeError):
                self._bad(inp, n, "not a valid UTF-8 JSON line")
                continue
            value = fieldpaths.map_selected(value, self.paths, self._redact)
            out.write(json.dumps(value, ensure_ascii=False) + "\n")
