"""`aiguard` on the command line. Each subcommand lives in its own module, which exposes
`add_parser(subparsers)` and sets its `run(args) -> exit status` as the parser's default
`handler` (or `func`): registering one is one line below.

    aiguard scan --sample          scan the bundled sample chat log
    aiguard scan PATH... [options] scan stored logs (see `aiguard scan --help`)
"""

from __future__ import annotations

import argparse
import sys

from . import audit_cli
from .batch.cli import add_parser as add_scan_parser
from .detectors import train
from .exceptions import AiguardError
from .gate.cli import add_parser as add_gate_parser


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="aiguard", description="Scan text for secrets, personal data and prompt injection.")
    sub = parser.add_subparsers(dest="command", required=True)
    add_scan_parser(sub)  # one line per subcommand (and its import above)
    audit_cli.add_parser(sub)
    add_gate_parser(sub)
    train.add_parser(sub)  # aiguard train
    args = parser.parse_args(argv)
    handler = getattr(args, "handler", None) or args.func
    try:
        return handler(args)
    except (AiguardError, OSError) as e:
        print(f"aiguard: {e}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
