"""`aiguard audit verify FILE...`: checks the hash chain of an audit log.

One FILE: that log with its rotated files (FILE.000001, ...) and its head (FILE.head).
Several: those files, in the order given. Exit status 0 when the chain is intact,
1 when it is not (each problem printed with its file, line and seq), 2 on errors.
"""

from __future__ import annotations

import argparse
import sys

from .audit import verify
from .exceptions import AiguardError


def add_parser(subparsers: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    audit = subparsers.add_parser("audit", help="work with audit logs")
    actions = audit.add_subparsers(dest="audit_command", required=True)
    p = actions.add_parser("verify", help="check an audit log's hash chain")
    p.add_argument("files", nargs="+", help="the log (one file), or its files in chain order")
    p.add_argument("--head", default=None, help="head file to check the end against (default: FILE.head)")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    try:
        report = verify(args.files[0] if len(args.files) == 1 else args.files, head=args.head)
    except AiguardError as e:
        print(f"aiguard audit: {e}", file=sys.stderr)
        return 2
    for problem in report.problems:
        print(problem)
    files = f"{len(report.files)} file{'s' if len(report.files) != 1 else ''}"
    head = "no head file" if report.head is None else f"head at seq {report.head[0]}"
    if report.ok:
        print(f"ok: {report.records} records in {files}, chain intact, {head}")
        return 0
    print(f"TAMPERED: {len(report.problems)} problem(s) in {report.records} records in {files} ({head})")
    return 1
