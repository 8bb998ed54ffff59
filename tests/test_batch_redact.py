"""`aiguard scan --redact-out DIR`: redacted copies written whole (temp file, rename) or not at all.

Needs the policy contract (aiguard.policy, aiguard.redact) from the policy work; until that
has landed on this branch the module is skipped, and the lead's merge runs it.
"""

from __future__ import annotations

import json
import os

import pytest

pytest.importorskip("aiguard.redact", reason="the policy contract (aiguard.redact) has not landed on this branch yet")

from aiguard.cli import main  # noqa: E402

TOKEN = "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"
EMAIL = "jana.novak@example.org"


def scan(capsys, *argv):
    code = main(["scan", *argv])
    return code, *capsys.readouterr()


def test_jsonl_copy_keeps_the_record_and_replaces_values(tmp_path, capsys):
    src = tmp_path / "chat.jsonl"
    records = [{"id": 1, "messages": [{"role": "user", "content": f"my token {TOKEN}, mail {EMAIL}"}]},
               {"id": 2, "messages": [{"role": "assistant", "content": "all clean"}]}]
    src.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    out = tmp_path / "out"
    code, _, err = scan(capsys, str(src), "--field", "messages[*].content", "--redact-out", str(out), "-q")
    assert code == 0
    copy = [json.loads(line) for line in (out / "chat.jsonl").read_text("utf-8").splitlines()]
    assert len(copy) == 2 and copy[1] == records[1] and copy[0]["id"] == 1
    text = copy[0]["messages"][0]["content"]
    assert TOKEN not in text and EMAIL not in text and text.startswith("my token ")
    assert not [p for p in os.listdir(out) if ".tmp-" in p]


def test_text_copy_and_policy_tier(tmp_path, capsys):
    (tmp_path / "logs").mkdir()
    (tmp_path / "logs" / "app.log").write_text(f"line one\nexport GH_TOKEN={TOKEN}\nlast\n", encoding="utf-8")
    out = tmp_path / "out"
    code, _, err = scan(capsys, str(tmp_path / "logs"), "--redact-out", str(out), "--policy", "high")
    assert code == 0 and "1 redacted copies" in err
    copy = (out / "logs" / "app.log").read_text("utf-8")
    assert TOKEN not in copy and copy.startswith("line one\nexport GH_TOKEN=") and copy.endswith("\nlast\n")


def test_refusals_leave_nothing_behind(tmp_path, capsys):
    csv = tmp_path / "t.csv"
    csv.write_text(f"a\n{TOKEN}\n")
    out = tmp_path / "out"
    code, _, err = scan(capsys, str(csv), "--redact-out", str(out))
    assert code == 2 and "text and JSON lines only" in err and not out.exists()
    bad = tmp_path / "bad.jsonl"
    bad.write_text(f'{{"c": "{TOKEN}"}}\n{{broken\n')
    code, _, err = scan(capsys, str(bad), "--redact-out", str(out))
    assert code == 2 and not (out / "bad.jsonl").exists()
    assert not out.exists() or not [p for p in os.listdir(out) if ".tmp-" in p]
    code, _, err = scan(capsys, "--sample", "--policy", "high")
    assert code == 2 and "--policy applies to --redact-out" in err
