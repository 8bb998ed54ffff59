"""`aiguard` on the command line: scan files (plain text or JSONL) and print findings.

    aiguard scan --sample          scan the bundled sample chat log
    aiguard scan FILE... [--json]  scan files; JSONL records are scanned field by field
"""

from __future__ import annotations

import argparse
import json
import sys
from importlib import resources
from typing import Iterator

from . import Scanner, default_scanner
from .exceptions import AiguardError
from .gate.cli import add_parser as add_gate_parser


def _records(path: str, data: str) -> Iterator[tuple[str, str]]:
    """(location, text) pairs: each string of each JSON line, or each line of plain text."""
    is_jsonl = path.endswith((".jsonl", ".ndjson"))
    for n, line in enumerate(data.splitlines(), 1):
        if not line.strip():
            continue
        if is_jsonl:
            try:
                record = json.loads(line)
            except json.JSONDecodeError as e:
                raise AiguardError(f"{path}:{n}: not valid JSON ({e.msg})") from None
            for field, text in _strings(record):
                yield f"{path}:{n}:{field}", text
        else:
            yield f"{path}:{n}", line


def _strings(value: object, path: str = "") -> Iterator[tuple[str, str]]:
    if isinstance(value, str):
        yield path or ".", value
    elif isinstance(value, dict):
        for k, v in value.items():
            yield from _strings(v, f"{path}.{k}" if path else str(k))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from _strings(v, f"{path}[{i}]")


def _scan(args: argparse.Namespace) -> int:
    scanner = Scanner(args.rules) if args.rules else default_scanner()
    inputs: list[tuple[str, str]] = []
    if args.sample:
        inputs.append(("sample/chat.jsonl", resources.files("aiguard").joinpath("samples/chat.jsonl").read_text("utf-8")))
    for path in args.paths:
        with open(path, "rb") as fh:
            try:
                inputs.append((path, fh.read().decode("utf-8")))
            except UnicodeDecodeError as e:
                raise AiguardError(f"{path}: not UTF-8 text (byte {e.start})") from None
    if not inputs:
        print("aiguard scan: give files to scan, or --sample", file=sys.stderr)
        return 2
    records = [r for path, data in inputs for r in _records(path, data)]
    results = scanner.scan_batch([t for _, t in records], kinds=args.kinds)
    total = 0
    for (where, _), result in zip(records, results):
        for f in result:
            total += 1
            if args.json:
                print(json.dumps({"location": where, **f.to_dict()}, ensure_ascii=False))
            else:
                print(f"{where}  [{f.start}:{f.end}]  {f.severity:<8} {f.kind:<9} {f.type:<28} {f.preview}")
    if not args.json:
        print(f"{total} findings in {len(records)} texts", file=sys.stderr)
    return 1 if total and args.fail else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="aiguard", description="Scan text for secrets, personal data and prompt injection.")
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("scan", help="scan files or the bundled sample")
    p.add_argument("paths", nargs="*", help="plain text or .jsonl files")
    p.add_argument("--sample", action="store_true", help="scan the bundled sample chat log")
    p.add_argument("--json", action="store_true", help="one JSON object per finding")
    p.add_argument("--fail", action="store_true", help="exit 1 when anything is found")
    p.add_argument("--kinds", nargs="+", choices=["secret", "pii", "injection"])
    p.add_argument("--rules", nargs="+", help="ruleset files to use in addition to the built-in ones")
    add_gate_parser(sub)
    args = parser.parse_args(argv)
    try:
        return getattr(args, "handler", _scan)(args)
    except (AiguardError, OSError) as e:
        print(f"aiguard: {e}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
