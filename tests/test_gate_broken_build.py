"""The gate on the real scanner: CI's own gate file passes the current build and fails a
deliberately broken one (a rule removed; a slowed scanner). Latency runs on a fake clock."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

import aiguard
from aiguard.cli import main
from aiguard.gate import LatencySettings, builtin_suite, load_gate, run_gate
from aiguard.gate import history
from gate_fakes import FakeClock, SlowScanner

ROOT = Path(__file__).parent.parent
SECRETS = (ROOT / "rulesets" / "secrets.toml").read_text("utf-8")
FAST = LatencySettings(sizes=(2048, 16384), samples=10, repeats=2, warmup=1, variants=1)


def ci_gate(prefixes: tuple[str, ...]):
    """CI's gate file, limited to aiguard's own suite and the thresholds under `prefixes`."""
    ci = load_gate(ROOT / ".ci" / "gate.toml")
    return replace(ci, suites=("builtin",), latency=FAST,
                   thresholds=tuple(t for t in ci.thresholds if t.metric.startswith(prefixes)))


def secrets_scanner(without: str | None = None) -> aiguard.Scanner:
    blocks = SECRETS.split("\n[[rule]]")
    kept = [b for b in blocks if f'id = "{without}"' not in b]
    assert len(kept) == len(blocks) - (without is not None)
    return aiguard.Scanner([aiguard.Ruleset("secrets.toml", "\n[[rule]]".join(kept))], builtin=False)


def gate_run(config, scanner, clock=None):
    clock = clock or FakeClock()
    return run_gate(config, scanner, suites=[builtin_suite()], clock=clock, cpu_clock=clock,
                    reference=lambda t: clock.advance_us(100 * len(t) / 2048), commit="test")


def test_ci_gate_catches_a_ruleset_with_a_rule_removed():
    config = ci_gate(("suite.builtin.secret.",))
    assert len(config.thresholds) == 3
    whole = gate_run(config, secrets_scanner())
    assert whole.passed, [c for c in whole.checks if not c.passed]
    broken = gate_run(config, secrets_scanner(without="npm-token"))
    failed = {c.metric for c in broken.checks if not c.passed}
    assert failed == {"suite.builtin.secret.recall", "suite.builtin.secret.min_type_recall"}
    assert broken.metrics["type.secret/npm_token.recall"] < 1.0


def test_ci_gate_catches_a_slowed_scanner(scanner):
    config = ci_gate(("latency.",))
    clock = FakeClock()

    class Costly:  # the real scanner, charged what the reference loop costs (today's ratio is ~1)
        def scan(self, text, **kw):
            clock.advance_us(100 * len(text) / 2048)
            return scanner.scan(text, **kw)

    assert gate_run(config, Costly(), clock).passed
    twice = gate_run(config, SlowScanner(Costly(), clock, extra_us=120), clock)  # about twice as slow
    assert {c.metric for c in twice.checks if not c.passed} == {"latency.2KB.p50_ratio"}
    slowed = gate_run(config, SlowScanner(Costly(), clock, extra_us=20000), clock)
    failed = {c.metric for c in slowed.checks if not c.passed}
    assert {"latency.2KB.p50_ratio", "latency.2KB.cpu_p95_us", "latency.2KB.p95_us"} <= failed


def write_gate(tmp_path, thresholds: str) -> Path:
    g = tmp_path / "g.toml"
    g.write_text('name = "t"\n[latency]\nsizes = [2048]\nsamples = 5\nrepeats = 2\nwarmup = 1\nvariants = 1\n'
                 f"[thresholds]\n{thresholds}\n", "utf-8")
    return g


def test_cli_writes_outputs_history_and_plot(tmp_path, capsys):
    g = write_gate(tmp_path, '"secret.recall" = { min = 0.9 }\n"latency.2KB.p95_us" = { max = 1e9, target = 25 }')
    out, hist, svg = tmp_path / "out", tmp_path / "h.jsonl", tmp_path / "p.svg"
    # latency here is on the real clock: a huge tolerance keeps its noise out of the comparison
    args = ["gate", "--gate", str(g), "--out", str(out), "--history", str(hist), "--compare", str(hist),
            "--tolerance", "1000", "--commit", "c1", "--plot", str(svg)]
    assert main(args) == 0
    assert main(args[:-4] + ["--commit", "c2", "--plot", str(svg)]) == 0
    assert {p.name for p in out.iterdir()} == {"gate.md", "gate.junit.xml", "gate.json"}
    assert [e["commit"] for e in history.load(hist)] == ["c1", "c2"]
    assert "Compared with" in (out / "gate.md").read_text() and svg.read_text().startswith("<svg")
    assert "aiguard gate `t`: PASSED" in capsys.readouterr().out


def test_cli_names_the_broken_threshold_and_bad_gate_files(tmp_path, capsys):
    g = write_gate(tmp_path, '"injection.recall" = { min = 1.01 }')
    assert main(["gate", "--gate", str(g), "--out", str(tmp_path / "o")]) == 1
    assert "threshold broken: injection.recall >= 1.01" in capsys.readouterr().err
    bad = write_gate(tmp_path, '"injection.recal" = { min = 1 }')
    assert main(["gate", "--gate", str(bad), "--out", str(tmp_path / "o")]) == 2
    assert "unknown metric" in capsys.readouterr().err


@pytest.mark.parametrize("missing", ["suite.jsonl"])
def test_cli_missing_suite_is_an_error(tmp_path, capsys, missing):
    g = write_gate(tmp_path, '"secret.recall" = { min = 0.9 }')
    assert main(["gate", "--gate", str(g), "--suite", str(tmp_path / missing), "--out", str(tmp_path / "o")]) == 2
    assert f"suite {tmp_path / missing}: cannot read it" in capsys.readouterr().err
