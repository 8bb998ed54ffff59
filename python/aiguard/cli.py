"""`aiguard` on the command line. Each subcommand lives in its own module, which exposes
`add_parser(subparsers)` and sets `run(args) -> exit status` as the parser's default.

    aiguard scan --sample          scan the bundled sample chat log
    aiguard scan PATH... [options] scan stored logs (see `aiguard scan --help`)
"""

from __future__ import annotations

import argparse
import sys

from .exceptions import AiguardError


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="aiguard", description="Scan text for secrets, personal data and prompt injection.")
    sub = parser.add_subparsers(dest="command", required=True)
    # One line per subcommand.
    from .batch import cli as scan_cli; scan_cli.add_parser(sub)  # noqa: E702
    args = parser.parse_args(argv)
    try:
        return args.run(args)
    except (AiguardError, OSError) as e:
        print(f"aiguard: {e}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
