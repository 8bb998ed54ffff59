"""`aiguard gate`: the guardrail gate on the command line.

    aiguard gate --gate high                        the shipped gate of a risk tier, on aiguard's own suite
    aiguard gate --gate my_gate.toml --suite mine.jsonl --rules team.toml --policy policy.toml
    aiguard gate --quick --out gate-results --history gate-history.jsonl --compare gate-history.jsonl --plot p.svg

Exit status: 0 when every threshold holds (and, with --compare, nothing regressed), 1 when
one is broken (each named on stderr), 2 when the gate cannot run (bad gate file, suite...).
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from pathlib import Path

from . import history, report
from .gatefile import load_gate
from .plot import plot_history
from .run import load_suites, resolve_policy, run_gate


def add_parser(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    p = subparsers.add_parser("gate", help="check detection quality and p95 latency against a gate file",
                              description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--gate", default="medium", help="a tier (low, medium, high, critical) or a gate TOML file "
                                                      "(default: medium)")
    p.add_argument("--suite", nargs="+", default=[], help="labelled JSONL suites to add to the gate file's")
    p.add_argument("--rules", nargs="+", default=[], help="ruleset files to scan with, besides the built-in rules")
    p.add_argument("--no-builtin-rules", action="store_true", help="scan with --rules only")
    p.add_argument("--policy", help="a policy preset or policy TOML file (default: the gate file's)")
    p.add_argument("--no-policy", action="store_true", help="score the scanner alone, without a policy")
    p.add_argument("--quick", action="store_true", help="fewer timing rounds (the gate file's [latency.quick])")
    p.add_argument("--out", default="gate-results", help="folder for gate.md, gate.junit.xml, gate.json")
    p.add_argument("--history", help="append this run to a JSON lines history file")
    p.add_argument("--compare", help="flag regressions against the previous run in this history file")
    p.add_argument("--tolerance", type=float, help="latency tolerance for --compare, as a share (0.25 = 25 %%)")
    p.add_argument("--plot", help="plot the history (of --history or --compare) to an .svg or .png file")
    p.add_argument("--commit", help="the commit to record (default: $GITHUB_SHA, $CI_COMMIT_SHA or git)")
    p.set_defaults(handler=main)
    return p


def main(args: argparse.Namespace) -> int:
    from .. import Scanner, default_scanner

    config = load_gate(args.gate)
    if args.tolerance is not None:
        config = replace(config, latency_tolerance=args.tolerance)
    policy = None if args.no_policy else resolve_policy(args.policy or config.policy)
    if args.rules or args.no_builtin_rules:
        scanner = Scanner(args.rules, builtin=not args.no_builtin_rules)
    else:
        scanner = default_scanner()
    suites = load_suites(config, args.suite)
    scanner.build_all()  # every rule's regex built before anything is timed
    result = run_gate(config, scanner, policy=policy, suites=suites, quick=args.quick, commit=args.commit)
    if policy is not None:
        result.policy = args.policy or config.policy

    if args.compare:
        before = history.previous(history.load(args.compare), result.gate, result.quick)
        if before is not None:
            result.regressions = history.compare(result, before, latency_tolerance=config.latency_tolerance,
                                                 quality_tolerance=config.quality_tolerance)
            result.compared_with = f"{before.get('version')} @ {before.get('commit')} ({before.get('timestamp')})"
        else:
            print(f"aiguard gate: no previous {'quick ' if result.quick else ''}run of gate {result.gate!r} in "
                  f"{args.compare}: nothing to compare", file=sys.stderr)
    if args.history:
        history.append(args.history, result)

    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    (out / "gate.md").write_text(report.to_markdown(result), "utf-8")
    (out / "gate.junit.xml").write_text(report.to_junit(result), "utf-8")
    (out / "gate.json").write_text(report.to_json(result), "utf-8")
    if args.plot:
        source = args.history or args.compare
        if not source:
            print("aiguard gate: --plot needs --history or --compare", file=sys.stderr)
            return 2
        plot_history([e for e in history.load(source) if e["gate"] == result.gate], args.plot)

    print(report.to_markdown(result))
    for line in report.failing(result):
        print(f"aiguard gate: {line}", file=sys.stderr)
    return 0 if result.passed else 1
