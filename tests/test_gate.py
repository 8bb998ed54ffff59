"""The gate's logic: suites, scoring, thresholds, latency statistics, history and reports.
No test reads the wall clock: latency runs on a fake clock that the fake scanners advance."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aiguard.gate import (GateError, LatencySettings, Outcome, builtin_suite, decisions, load_gate, measure,
                          parse_gate, parse_suite, quality, run_gate)
from aiguard.gate import history, report
from aiguard.gate.latency import percentile
from aiguard.gate.run import evaluate
from gate_fakes import FakeClock, OracleScanner, SlowScanner

TINY = LatencySettings(sizes=(256, 2048), samples=20, repeats=3, warmup=2, variants=2)


def suite(*lines: dict, name: str = "t"):
    return parse_suite("\n".join(json.dumps(line) for line in lines), name=name, path=f"{name}.jsonl")


def gate(thresholds: str, **top: str) -> object:
    head = "".join(f'{k} = "{v}"\n' for k, v in top.items())
    return parse_gate(f'{head}[latency]\nsizes = [256, 2048]\nsamples = 20\nrepeats = 3\nwarmup = 2\nvariants = 2\n'
                      f"[thresholds]\n{thresholds}", source="test.toml", base=None)


# ---- suites ----------------------------------------------------------------------------------

def test_suite_parses_the_corpus_format():
    s = suite({"id": "a", "text": "key ghp_x here", "direction": "output",
               "labels": [{"start": 4, "end": 9, "kind": "secret", "type": "gh"}], "labeled_kinds": ["secret"]},
              {"text": "nothing"})
    a, b = s.records
    assert (a.id, a.direction, a.labels[0].type, a.labeled_kinds) == ("a", "output", "gh", frozenset({"secret"}))
    assert b.labeled_kinds == frozenset({"secret", "pii", "injection"}) and b.direction == "input"


@pytest.mark.parametrize("line, message", [
    ("{not json", "t.jsonl:1: not valid JSON"),
    ('{"text": 3}', "'text' must be a string"),
    ('{"text": "ab", "labels": [{"start": 1, "end": 5, "kind": "pii"}]}', "labels[0] needs integer offsets"),
    ('{"text": "ab", "labels": [{"start": 0, "end": 1, "kind": "name"}]}', "labels[0] has kind 'name'"),
    ('{"text": "ab", "direction": "sideways"}', "'direction' must be"),
    ('{"text": "ab", "labeled_kinds": ["secrets"]}', "'labeled_kinds' must be"),
])
def test_bad_suite_lines_are_named(line, message):
    with pytest.raises(GateError, match=message.replace("[", r"\[").replace("]", r"\]")):
        parse_suite(line, name="t", path="t.jsonl")


def test_builtin_suite_is_what_the_builder_makes():
    from aiguard.gate import suite_builder

    built = [json.dumps({"id": r.pop("id"), **r}, ensure_ascii=False) for r in suite_builder.build()]
    s = builtin_suite()
    assert len(s.records) == len(built) >= 200
    assert [r.text for r in s.records] == [json.loads(b)["text"] for b in built]
    kinds = {lab.kind for r in s.records for lab in r.labels}
    assert kinds == {"secret", "pii", "injection"}
    assert sum(not r.labels for r in s.records) >= 40  # benign near misses


def test_builtin_suite_values_carry_valid_check_digits():
    from aiguard.gate.suite_builder import luhn_complete

    def luhn_ok(number: str) -> bool:
        return luhn_complete(number[:-1]) == number

    s = builtin_suite()
    values = {(lab.type, r.text[lab.start:lab.end]) for r in s.records for lab in r.labels}
    cards = [v.replace(" ", "") for t, v in values if t == "payment_card"]
    ibans = [v.replace(" ", "") for t, v in values if t == "iban"]
    assert cards and all(luhn_ok(c) for c in cards)
    assert ibans and all(int("".join(str(int(ch, 36)) for ch in i[4:] + i[:4])) % 97 == 1 for i in ibans)
    bad = [r.text for r in s.records if r.source == "benign/bad_checksum"]
    assert bad and not any(luhn_ok(t.split()[3]) for t in bad)


# ---- scoring ---------------------------------------------------------------------------------

def test_quality_counts_spans_documents_and_negatives():
    s = suite(
        {"text": "aaaa bbbb", "labels": [{"start": 0, "end": 4, "kind": "secret", "type": "x"}]},
        {"text": "cccc dddd", "labels": [{"start": 5, "end": 9, "kind": "secret", "type": "y"}]},
        {"text": "clean one"},
        {"text": "clean two", "labeled_kinds": ["injection"]},  # not labelled for secrets: its finding is ignored
        {"text": "do evil now", "labels": [{"start": 0, "end": 11, "kind": "injection", "type": "o"}]},
    )
    outcomes = [Outcome(((1, 3, "secret", "x"), (6, 8, "pii", "email"))), Outcome(()),
                Outcome(((0, 5, "secret", "z"),)), Outcome(((0, 5, "secret", "z"),)),
                Outcome(((0, 4, "injection", "o"),))]
    m = quality(s.records, outcomes, min_type_support=1)
    assert m["secret.precision"] == 0.5 and m["secret.recall"] == 0.5
    assert m["secret.fpr"] == pytest.approx(1 / 2)  # records 3 and 5 are secret negatives; 3 is flagged
    assert m["type.secret/x.recall"] == 1.0 and m["type.secret/y.recall"] == 0.0
    assert m["secret.min_type_recall"] == 0.0
    assert m["pii.precision"] == 0.0 and m["pii.recall"] is None
    assert m["injection.recall"] == 1.0 and m["injection.precision"] == 1.0 and m["injection.fpr"] == 0.0


@settings(max_examples=50, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 30), st.integers(1, 10), st.sampled_from(["secret", "pii", "injection"])),
                max_size=6))
def test_quality_is_bounded_and_an_oracle_scores_perfectly(spans):
    recs = builtin_suite().records[::20]
    oracle = [Outcome(tuple((lab.start, lab.end, lab.kind, lab.type) for lab in r.labels)) for r in recs]
    m = quality(recs, oracle, min_type_support=1)
    assert all(m[f"{k}.recall"] == 1.0 and m[f"{k}.precision"] == 1.0 for k in ("secret", "pii", "injection"))
    noisy = [Outcome(o.findings + tuple((a, a + n, k, "x") for a, n, k in spans)) for o in oracle]
    m2 = quality(recs, noisy, min_type_support=1)
    assert all(v is None or 0.0 <= v <= 1.0 for k, v in m2.items() if not k.endswith(".support"))
    assert all(m2[f"{k}.recall"] == 1.0 for k in ("secret", "pii", "injection"))  # extra findings never lower recall


def test_person_labels_count_on_neither_side():
    s = suite({"text": "Jane Roe wrote", "labels": [{"start": 0, "end": 8, "kind": "pii", "type": "person"}]})
    m = quality(s.records, [Outcome(((0, 8, "pii", "person"),))])
    assert m["pii.recall"] is None and m["pii.precision"] is None


def test_decision_rates_per_record_class():
    s = suite({"text": "a", "labels": [{"start": 0, "end": 1, "kind": "injection"}]},
              {"text": "b", "labels": [{"start": 0, "end": 1, "kind": "injection"}]},
              {"text": "c"}, {"text": "d"})
    m = decisions(s.records, [Outcome((), "block"), Outcome((), "allow"), Outcome((), "allow"), Outcome((), "redact")])
    assert m["policy.injection.block_rate"] == 0.5 and m["policy.injection.intervene_rate"] == 0.5
    assert m["policy.benign.block_rate"] == 0.0 and m["policy.benign.intervene_rate"] == 0.5
    assert m["policy.secret.block_rate"] is None
    assert decisions(s.records, [Outcome(())] * 4) == {}


# ---- gate files ------------------------------------------------------------------------------

@pytest.mark.parametrize("tier", ["low", "medium", "high", "critical"])
def test_shipped_tier_gates_load(tier):
    g = load_gate(tier)
    assert g.name == tier and g.policy == tier and g.suites == ("builtin",)
    metrics = {t.metric for t in g.thresholds}
    assert {"secret.recall", "injection.recall", "latency.2KB.p95_us", "latency.2KB.p50_ratio"} <= metrics
    assert g.latency_settings(quick=True).samples < g.latency.samples


def test_tiers_get_stricter():
    limits = {tier: {t.metric: t.limit for t in load_gate(tier).thresholds} for tier in ("low", "medium", "high")}
    for metric in ("secret.recall", "pii.recall", "injection.recall"):
        assert limits["low"][metric] < limits["medium"][metric] < limits["high"][metric]
    assert {t.metric: t.limit for t in load_gate("critical").thresholds}["injection.recall"] > limits["high"]["injection.recall"]


def test_ci_gate_file_loads():
    from pathlib import Path

    g = load_gate(Path(__file__).parent.parent / ".ci" / "gate.toml")
    assert g.policy is None and g.suites[0] == "builtin" and g.suites[1].endswith("shared/corpus/dev.jsonl")


@pytest.mark.parametrize("text, message", [
    ('[thresholds]\n"secret.recal" = { min = 1 }', "unknown metric"),
    ('[thresholds]\n"latency.64KB.p95_us" = { max = 1 }', "size 64KB is not among"),
    ('[thresholds]\n"secret.recall" = { min = 1, max = 2 }', "write { min = X }"),
    ('[thresholds]\n"secret.recall" = { min = "high" }', "limits must be numbers"),
    ('colour = "red"', "unknown field 'colour'"),
    ('[latency]\nrounds = 3', "unknown field latency.rounds"),
    ('[latency]\nreference = "re"', "latency.reference must be"),
    ('[latency]\nsamples = 0', "latency.samples must be a positive integer"),
    ("[thresholds", "gate file g.toml"),
])
def test_bad_gate_files_are_named(text, message):
    with pytest.raises(GateError, match=message.replace("{", r"\{").replace("}", r"\}").replace("[", r"\[")):
        parse_gate(text, source="g.toml", base=None)


def test_unmeasured_metric_fails_closed_and_policy_thresholds_skip_only_without_policy():
    g = gate('"secret.recall" = { min = 0.9 }\n"policy.benign.block_rate" = { max = 0.1 }')
    checks = evaluate(g, {"secret.recall": None}, policy=True)
    assert [c.passed for c in checks] == [False, False]
    checks = evaluate(g, {"secret.recall": 0.95}, policy=False)
    assert checks[0].passed and checks[1].passed and checks[1].skipped == "no policy"


# ---- latency ---------------------------------------------------------------------------------

def test_percentiles_interpolate_between_ranks():
    assert percentile(list(range(1, 101)), 0.95) == pytest.approx(95.05)
    assert percentile([5.0], 0.99) == 5.0


def test_latency_counts_every_call_and_compares_with_the_reference():
    clock, costs = FakeClock(), iter(range(10**6))

    def scan(text):
        clock.advance_us(100 + next(costs) % 10)  # 100..109 µs

    def reference(text):
        clock.advance_us(200)

    out = measure(scan, {2048: ["a", "b"]}, TINY, clock=clock, cpu_clock=clock, reference=reference)
    s = out["2KB"]
    assert s["samples"] == 60 and len(s["p95_rounds_us"]) == 3
    assert 100 <= s["p50_us"] <= s["p95_us"] <= s["p99_us"] <= 109
    assert s["reference"]["p95_us"] == 200 and s["p95_ratio"] == pytest.approx(s["p95_us"] / 200)
    assert s["cpu"]["p95_us"] == s["p95_us"]  # one fake clock for both


def test_one_slow_round_shows_in_the_spread():
    clock, calls = FakeClock(), [0]

    def scan(text):
        calls[0] += 1
        clock.advance_us(1000 if 2 + 20 < calls[0] <= 2 + 40 else 100)  # the second round is 10x slower

    s = measure(scan, {256: ["x"]}, TINY, clock=clock, cpu_clock=clock, reference=lambda t: None)["256B"]
    assert s["p95_rounds_us"] == [100, 1000, 100]
    assert s["p95_round_median_us"] == 100 and s["p95_spread"] == pytest.approx(9.0)


# ---- the whole gate on fakes -----------------------------------------------------------------

QUALITY = '"secret.recall" = { min = 0.99 }\n"secret.min_type_recall" = { min = 0.9 }\n"pii.recall" = { min = 0.99 }\n'
LATENCY = '"latency.2KB.p95_us" = { max = 500, target = 25 }\n"latency.2KB.p95_ratio" = { max = 3 }\n'


def run_fake(scanner, clock, thresholds=QUALITY + LATENCY, **kw):
    return run_gate(gate(thresholds), scanner, suites=[builtin_suite()], clock=clock, cpu_clock=clock,
                    reference=lambda t: clock.advance_us(100), commit="abc123", **kw)


def test_a_good_build_passes():
    clock = FakeClock()
    r = run_fake(OracleScanner(builtin_suite().records, clock, cost_us=60), clock)
    assert r.passed, report.failing(r)
    assert r.metrics["latency.2KB.p95_us"] == 60 and r.metrics["latency.2KB.p95_ratio"] == pytest.approx(0.6)
    assert [c.target_met for c in r.checks if c.target is not None] == [False]  # 60 µs misses the 25 µs target


def test_a_build_blind_to_one_type_fails_recall():
    clock = FakeClock()
    r = run_fake(OracleScanner(builtin_suite().records, clock, blind=("npm_token",)), clock)
    broken = {c.metric for c in r.checks if not c.passed}
    assert broken == {"secret.recall", "secret.min_type_recall"}
    assert r.metrics["type.secret/npm_token.recall"] == 0.0
    assert any("secret.min_type_recall >= 0.9" in line for line in report.failing(r))


def test_a_slowed_scanner_fails_latency_and_only_latency():
    clock = FakeClock()
    slow = SlowScanner(OracleScanner(builtin_suite().records, clock, cost_us=60), clock, extra_us=2000)
    r = run_fake(slow, clock)
    assert {c.metric for c in r.checks if not c.passed} == {"latency.2KB.p95_us", "latency.2KB.p95_ratio"}


def test_policy_decisions_are_scored_when_a_policy_is_given():
    from gate_fakes import FakeResult

    clock = FakeClock()
    oracle = OracleScanner(builtin_suite().records, clock)

    class Decider:
        def scan(self, text, *, policy=None, direction="input"):
            assert policy == "P" and direction in ("input", "output")
            res = oracle.scan(text)
            res.decision = "block" if any(f.kind == "injection" for f in res) else "allow"
            return res

    r = run_fake(Decider(), clock, thresholds='"policy.injection.block_rate" = { min = 0.99 }\n'
                                                '"policy.benign.block_rate" = { max = 0 }\n', policy="P")
    assert r.passed and r.metrics["policy.injection.block_rate"] == 1.0 and r.metrics["policy.secret.allow_rate"] == 1.0


def test_gate_without_policy_module_is_a_clear_error(monkeypatch):
    import sys

    from aiguard.gate.run import resolve_policy

    monkeypatch.setitem(sys.modules, "aiguard.policy", None)
    with pytest.raises(GateError, match="no policy module"):
        resolve_policy("high")
    assert resolve_policy(None) is None


# ---- history and reports ---------------------------------------------------------------------

def test_history_flags_regressions_beyond_the_tolerance(tmp_path):
    clock = FakeClock()
    records = builtin_suite().records
    first = run_fake(OracleScanner(records, clock, cost_us=60), clock)
    path = tmp_path / "h.jsonl"
    history.append(path, first)
    same = run_fake(OracleScanner(records, clock, cost_us=70), clock)  # +17 %: within 25 %
    before = history.previous(history.load(path), same.gate, same.quick)
    assert before["commit"] == "abc123" and before["version"]
    assert history.compare(same, before, latency_tolerance=0.25, quality_tolerance=0.01) == []
    worse = run_fake(OracleScanner(records, clock, cost_us=90, blind=("iban",)), clock)
    regressed = {g.metric for g in history.compare(worse, before, latency_tolerance=0.25, quality_tolerance=0.01)}
    assert {"latency.2KB.p95_us", "latency.2KB.cpu_p95_us", "pii.recall", "type.pii/iban.recall"} <= regressed
    assert not any(m.endswith(".precision") for m in regressed)
    assert history.previous(history.load(path), same.gate, quick=True) is None


def test_bad_history_line_is_named(tmp_path):
    p = tmp_path / "h.jsonl"
    p.write_text('{"gate": "g", "metrics": {}}\n[1]\n')
    with pytest.raises(GateError, match="h.jsonl:2"):
        history.load(p)
    assert history.load(tmp_path / "missing.jsonl") == []


def test_reports_name_every_threshold_and_never_a_value():
    clock = FakeClock()
    r = run_fake(OracleScanner(builtin_suite().records, clock, blind=("npm_token",)), clock)
    root = ET.fromstring(report.to_junit(r))
    suite_el = root.find("testsuite")
    cases = suite_el.findall("testcase")
    assert len(cases) == len(r.checks) == 5
    assert suite_el.get("failures") == "2" and len([c for c in cases if c.find("failure") is not None]) == 2
    md = report.to_markdown(r)
    assert "FAILED" in md and "| secret.min_type_recall | 0 | >= 0.9 | BROKEN |" in md
    data = json.loads(report.to_json(r))
    assert data["passed"] is False and data["commit"] == "abc123"
    everything = md + report.to_junit(r) + report.to_json(r)
    values = [rec.text[lab.start:lab.end] for rec in builtin_suite().records for lab in rec.labels if lab.kind != "injection"]
    assert not [v for v in values if v in everything]


def test_plot_svg_and_png(tmp_path):
    from aiguard.gate.plot import plot_history

    entries = [{"commit": c, "metrics": {"latency.2KB.p95_us": p, "secret.recall": 1.0, "pii.recall": r}}
               for c, p, r in (("aaa", 90.0, 0.99), ("bbb", 95.0, 0.98), ("ccc", None, 0.995))]
    svg = plot_history(entries, tmp_path / "p.svg")
    root = ET.parse(svg).getroot()
    assert len(root.findall("{http://www.w3.org/2000/svg}polyline")) == 4
    png = plot_history(entries, tmp_path / "p.png")
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    with pytest.raises(GateError, match="give a .svg or .png"):
        plot_history(entries, tmp_path / "p.gif")
    with pytest.raises(GateError, match="empty"):
        plot_history([], tmp_path / "p.svg")
