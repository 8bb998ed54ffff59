"""`aiguard scan`: scan stored logs (files, directories, stdin) and report findings.

Exit status: 0 when nothing at or above `--fail-on` was found (new findings only, with a
baseline), 1 when something was, 2 on a usage or input error.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from importlib import resources
from typing import IO, Any, Iterator

from ..exceptions import InputError
from ..result import _SEVERITY_ORDER
from ..scanner import KINDS, Scanner, default_scanner
from . import baseline as baselines
from .pipeline import BatchScan, Options, Summary
from .progress import Progress
from .readers import FORMATS, Input, expand

OUTPUT_FORMATS = ("table", "jsonl", "sarif", "html")
SEVERITIES = tuple(_SEVERITY_ORDER)


def add_parser(subparsers: Any) -> argparse.ArgumentParser:
    p = subparsers.add_parser("scan", help="scan files, directories or stdin for secrets, personal data and injection",
                              description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("paths", nargs="*", metavar="PATH",
                   help="files or directories (recursively) to scan; - for stdin. Text, JSONL/NDJSON, JSON, CSV, "
                        "Parquet and Arrow IPC (aiguard[arrow]); gzip and zstd (aiguard[zstd]) compressed")
    p.add_argument("--sample", action="store_true", help="scan the bundled sample chat log")
    g = p.add_argument_group("input")
    g.add_argument("--field", dest="fields", metavar="PATHS",
                   help="what to scan in each record: JSON field paths such as 'messages[*].content' or "
                        "'prompt,response', or column names for CSV, Parquet and Arrow (default: every string)")
    g.add_argument("--input-format", choices=FORMATS, help="read every input as this format (default: by file name)")
    g.add_argument("--time-field", metavar="NAME",
                   help="the record field holding its time, for the HTML report (default: timestamp, ts, time, ...)")
    g.add_argument("--on-error", choices=("fail", "skip"), default="fail",
                   help="bad input (malformed JSON, a missing field, non-UTF-8, an unreadable file): stop with exit 2 "
                        "(fail, the default) or report, count and go on (skip)")
    g = p.add_argument_group("rules")
    g.add_argument("--kinds", nargs="+", choices=KINDS, help="only these kinds")
    g.add_argument("--min-severity", choices=SEVERITIES, default="low", help="report findings at or above this")
    g.add_argument("--rules", nargs="+", metavar="FILE", help="ruleset files to use in addition to the built-in ones")
    g.add_argument("--no-builtin", action="store_true", help="use only the --rules files, not the built-in rules")
    g = p.add_argument_group("output")
    g.add_argument("--format", choices=OUTPUT_FORMATS, default="table", help="the report written to --output")
    g.add_argument("--json", action="store_true", help="same as --format jsonl")
    g.add_argument("-o", "--output", metavar="FILE", help="write the report here (default: stdout)")
    g.add_argument("--sarif", metavar="FILE", help="also write a SARIF 2.1.0 report here")
    g.add_argument("--html", metavar="FILE", help="also write the HTML report here")
    g.add_argument("--jsonl", metavar="FILE", help="also write JSON lines here")
    g.add_argument("--progress", choices=("auto", "always", "never"), default="auto",
                   help="progress line on stderr (auto: only on a terminal)")
    g.add_argument("-q", "--quiet", action="store_true", help="no summary line on stderr")
    g.add_argument("--redact-out", metavar="DIR",
                   help="also write redacted copies of the inputs (text and JSON lines) under DIR, each written "
                        "to a temporary file and renamed when complete")
    g.add_argument("--policy", metavar="TIER|FILE",
                   help="the policy that decides what --redact-out replaces and with what: low, medium (default), "
                        "high, critical, or a policy TOML file")
    g = p.add_argument_group("CI")
    g.add_argument("--fail-on", choices=SEVERITIES + ("never",), default="never",
                   help="exit 1 when a finding at or above this severity is found (default: never)")
    g.add_argument("--fail", action="store_true", help="same as --fail-on low")
    g.add_argument("--baseline", metavar="FILE", help="accepted findings (by fingerprint): they are not reported")
    g.add_argument("--write-baseline", metavar="FILE", help="write the fingerprints of the findings reported here")
    g = p.add_argument_group("performance")
    g.add_argument("--jobs", type=int, metavar="N", help="scanning threads (default: all cores)")
    p.set_defaults(handler=run)
    return p


def _inputs(args: argparse.Namespace) -> list[Input]:
    inputs = []
    if args.sample:
        sample = resources.files("aiguard").joinpath("samples/chat.jsonl")
        inputs.append(Input("sample/chat.jsonl", lambda: sample.open("rb")))  # type: ignore[arg-type,return-value]
    inputs += expand(args.paths)
    for i in inputs:
        if i.name != "-" and not i.name.startswith("sample/") and not os.path.exists(i.name):
            raise InputError(f"{i.name}: no such file or directory")
    return inputs


def _writer(fmt: str, out: IO[str], scanner: Scanner):  # noqa: ANN202
    from .reports import JsonLinesWriter, SarifWriter, TableWriter

    if fmt == "table":
        return TableWriter(out)
    if fmt == "jsonl":
        return JsonLinesWriter(out)
    if fmt == "sarif":
        return SarifWriter(out, scanner)
    from .html import HtmlWriter

    return HtmlWriter(out)


@contextlib.contextmanager
def atomic_text(path: str) -> Iterator[IO[str]]:
    """A text file written under a temporary name and renamed into place on success."""
    directory = os.path.dirname(os.path.abspath(path))
    tmp = os.path.join(directory, f".{os.path.basename(path)}.tmp-{os.getpid()}")
    fh = open(tmp, "w", encoding="utf-8")
    try:
        yield fh
        fh.close()
        os.replace(tmp, path)
    except BaseException:
        fh.close()
        with contextlib.suppress(OSError):
            os.remove(tmp)
        raise


def _summary_line(s: Summary) -> str:
    sev = ", ".join(f"{k} {v}" for k, v in reversed(s.by_severity.items()) if v)
    mb = s.bytes / 1e6
    line = (f"{s.findings} findings{f' ({sev})' if sev else ''} in {s.records:,} records, {s.texts:,} texts, "
            f"{mb:,.1f} MB, {s.elapsed:.2f} s ({mb / max(s.elapsed, 1e-9):,.1f} MB/s)")
    if s.baselined:
        line += f"; {s.baselined} accepted by the baseline"
    if s.skipped:
        line += f"; {s.skipped} input problems skipped (first: {s.problems[0]})"
    return line


def run(args: argparse.Namespace) -> int:
    if args.jobs is not None:
        if args.jobs < 1:
            raise InputError("--jobs must be at least 1")
        os.environ.setdefault("RAYON_NUM_THREADS", str(args.jobs))
    inputs = _inputs(args)
    if not inputs:
        print("aiguard scan: give files to scan, - for stdin, or --sample", file=sys.stderr)
        return 2
    if args.no_builtin and not args.rules:
        raise InputError("--no-builtin needs --rules files")
    scanner = Scanner(args.rules or (), builtin=not args.no_builtin) if args.rules or args.no_builtin \
        else default_scanner()
    options = Options(kinds=args.kinds, min_severity=args.min_severity, fields=args.fields,
                      time_field=args.time_field, input_format=args.input_format, on_error=args.on_error,
                      parallel=args.jobs != 1,
                      baseline=baselines.load(args.baseline) if args.baseline else frozenset())
    if args.write_baseline:
        baselines.key_check(args.write_baseline)  # refuse before scanning, not after
    redactor = None
    if args.redact_out:
        from .redact_out import RedactOut, load_policy

        if any(i.name == "-" for i in inputs):
            raise InputError("--redact-out cannot copy stdin (it is read once); save it to a file first")
        redactor = RedactOut(args.redact_out, scanner, load_policy(args.policy), kinds=args.kinds, fields=args.fields,
                             input_format=args.input_format, on_error=args.on_error)
        redactor.check(inputs)
    elif args.policy:
        raise InputError("--policy applies to --redact-out; give --redact-out DIR")
    batch = BatchScan(scanner, options)
    fail_at = SEVERITIES.index("low") if args.fail else (
        SEVERITIES.index(args.fail_on) if args.fail_on != "never" else None)
    failing = 0
    fingerprints: list[str] = []
    total = sum(i.size or 0 for i in inputs) or None
    show = {"auto": None, "always": True, "never": False}[args.progress]
    with contextlib.ExitStack() as stack:
        main_out = stack.enter_context(atomic_text(args.output)) if args.output else sys.stdout
        writers = [_writer("jsonl" if args.json else args.format, main_out, scanner)]
        for fmt, path in (("sarif", args.sarif), ("html", args.html), ("jsonl", args.jsonl)):
            if path:
                writers.append(_writer(fmt, stack.enter_context(atomic_text(path)), scanner))
        with Progress(batch.meter, total, enabled=show):
            for hit in batch.hits(inputs):
                for w in writers:
                    w.write(hit)
                if fail_at is not None and SEVERITIES.index(hit.finding.severity) >= fail_at:
                    failing += 1
                if args.write_baseline:
                    fingerprints.append(hit.finding.fingerprint)
        for w in writers:
            w.close(batch.summary)
    if redactor is not None:
        for inp in inputs:
            redactor.write(inp)
    if args.write_baseline:
        baselines.save(args.write_baseline, list(options.baseline) + fingerprints)
    if not args.quiet:
        print(_summary_line(batch.summary), file=sys.stderr)
        if redactor is not None:
            print(f"{len(redactor.written)} redacted copies in {args.redact_out} ({redactor.redacted} values replaced"
                  f"{f', {redactor.skipped} unreadable lines left out' if redactor.skipped else ''})", file=sys.stderr)
    return 1 if failing else 0


__all__ = ["add_parser", "run"]
