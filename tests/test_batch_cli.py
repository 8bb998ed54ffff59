"""`aiguard scan` as CI uses it: exit codes, --fail-on, baselines, output files, stdin, progress."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

import aiguard
from aiguard import result
from aiguard.cli import main

TOKEN = "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"


@pytest.fixture
def stable_key(monkeypatch):
    # Restored after the test: the key is process-wide.
    monkeypatch.setattr(result, "_fingerprint_key", result._fingerprint_key)
    monkeypatch.setattr(result, "_fingerprint_key_stable", result._fingerprint_key_stable)
    aiguard.set_fingerprint_key(b"k" * 32)


def scan(capsys, *argv):
    code = main(["scan", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_exit_codes(tmp_path, capsys):
    clean = tmp_path / "clean.log"
    clean.write_text("nothing to see\n")
    dirty = tmp_path / "dirty.log"
    dirty.write_text(f"contact jana.novak@example.org\n")  # medium
    assert scan(capsys, str(clean), "--fail-on", "low")[0] == 0
    assert scan(capsys, str(dirty), "--fail-on", "high")[0] == 0
    assert scan(capsys, str(dirty), "--fail-on", "medium")[0] == 1
    assert scan(capsys, str(dirty), "--fail")[0] == 1
    assert scan(capsys, str(dirty))[0] == 0  # reporting only by default
    code, _, err = scan(capsys, str(tmp_path / "missing.log"))
    assert code == 2 and "missing.log: no such file" in err
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"a": 1}\n{not json\n')
    code, _, err = scan(capsys, str(bad))
    assert code == 2 and "bad.jsonl:2: not valid JSON" in err
    code, _, err = scan(capsys, str(bad), "--on-error", "skip")
    assert code == 0 and "1 input problems skipped" in err
    with pytest.raises(SystemExit) as e:
        main(["scan", "--fail-on", "bogus"])
    assert e.value.code == 2


def test_baseline_fails_only_on_new_findings(tmp_path, capsys, stable_key):
    log = tmp_path / "a.log"
    log.write_text(f"token {TOKEN}\n")
    base = tmp_path / "baseline.json"
    assert scan(capsys, str(log), "--write-baseline", str(base), "-q")[0] == 0
    assert len(json.loads(base.read_text())["fingerprints"]) == 1
    code, out, err = scan(capsys, str(log), "--baseline", str(base), "--fail-on", "low")
    assert code == 0 and out == "" and "1 accepted by the baseline" in err
    log.write_text(f"token {TOKEN}\nmail jana.novak@example.org\n")
    code, out, _ = scan(capsys, str(log), "--baseline", str(base), "--fail-on", "low")
    assert code == 1 and "email" in out and "github" not in out


def test_baseline_needs_a_stable_key(tmp_path, capsys, monkeypatch):
    monkeypatch.delenv("AIGUARD_FINGERPRINT_KEY", raising=False)
    monkeypatch.setattr(result, "_fingerprint_key_stable", False)
    code, _, err = scan(capsys, "--sample", "--write-baseline", str(tmp_path / "b.json"))
    assert code == 2 and "AIGUARD_FINGERPRINT_KEY" in err
    # Set only after import, the variable did not choose the key in use (a random one).
    monkeypatch.setenv("AIGUARD_FINGERPRINT_KEY", "k" * 32)
    code, _, err = scan(capsys, "--sample", "--write-baseline", str(tmp_path / "b.json"))
    assert code == 2 and not (tmp_path / "b.json").exists()


def test_baseline_under_another_key_is_refused(tmp_path, capsys, stable_key, monkeypatch):
    base = tmp_path / "b.json"
    scan(capsys, "--sample", "--write-baseline", str(base), "-q")
    monkeypatch.setattr(result, "_fingerprint_key", b"x" * 32)
    code, _, err = scan(capsys, "--sample", "--baseline", str(base))
    assert code == 2 and "another fingerprint key" in err


def test_report_files_are_written_whole_or_not_at_all(tmp_path, capsys):
    bad = tmp_path / "bad.jsonl"
    bad.write_text(f'{{"c": "{TOKEN}"}}\n{{oops\n')
    out = tmp_path / "report.sarif"
    code, _, _ = scan(capsys, str(bad), "--sarif", str(out), "-o", str(tmp_path / "r.txt"))
    assert code == 2 and not out.exists() and not (tmp_path / "r.txt").exists()
    assert not [p for p in os.listdir(tmp_path) if ".tmp-" in p]  # no temporary file left behind
    code, _, _ = scan(capsys, str(bad), "--on-error", "skip", "--sarif", str(out))
    assert code == 0 and json.loads(out.read_text())["runs"][0]["results"]


def test_stdin_and_silent_progress_when_piped(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "aiguard", "scan", "-", "--input-format", "jsonl", "--progress", "auto"],
                          input=f'{{"prompt": "{TOKEN}"}}\n', capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0
    assert "-:1:prompt" in proc.stdout and "github_pat_classic" in proc.stdout
    assert "\r" not in proc.stderr and "1 findings" in proc.stderr


def test_progress_line_counts(tmp_path):
    from aiguard.batch.progress import Progress
    from aiguard.batch.readers import Meter

    m = Meter()
    m.bytes, m.records, m.done_input_bytes = 5_000_000, 1234, 500
    line = Progress(m, 1000, enabled=False).line()
    assert "1,234 records" in line and "5.0 MB" in line and "50%" in line and "ETA" in line


def test_base_install_works_without_the_optional_extras(tmp_path):
    """No pyarrow, zstandard or Ray: text, JSONL and CSV scan; Parquet says which extra to install."""
    (tmp_path / "t.parquet").write_bytes(b"PAR1")
    code = (
        "import sys\n"
        "for m in ('pyarrow', 'zstandard', 'ray'): sys.modules[m] = None\n"
        "from aiguard.cli import main\n"
        "assert main(['scan', '--sample', '-q']) == 0\n"
        f"sys.exit(main(['scan', {str(tmp_path / 't.parquet')!r}]))\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 2, proc.stderr
    assert "pip install 'aiguard[arrow]'" in proc.stderr
