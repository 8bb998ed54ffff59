"""Batch readers and pipeline: formats, field paths, compression, bad input."""

from __future__ import annotations

import gzip
import json
import sys

import pytest

import aiguard
from aiguard.batch import BatchScan, Options, expand
from aiguard.batch import fields, readers
from aiguard.exceptions import InputError

TOKEN = "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"
EMAIL = "jana.novak@example.org"


def hits(paths, **opts):
    batch = BatchScan(aiguard.default_scanner(), Options(**opts))
    found = [(h.source, h.line, h.record, h.field, h.start, h.end, h.finding.rule_id) for h in batch.hits(expand(paths))]
    return found, batch.summary


def write_jsonl(path, records):
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return str(path)


CHAT = [
    {"ts": "2026-01-02T10:00:00Z", "messages": [{"role": "user", "content": "hi"},
                                                 {"role": "user", "content": f"token {TOKEN}"}]},
    {"ts": "2026-01-03T10:00:00Z", "messages": [{"role": "assistant", "content": f"mail é {EMAIL}"}],
     "meta": {"note": f"copy {TOKEN}"}},
]


def test_field_paths_parse_and_select():
    assert fields.parse("messages[*].content, prompt") == [["messages", None, "content"], ["prompt"]]
    assert fields.parse("a.b[2]") == [["a", "b", 2]]
    found, missing = fields.select(CHAT[0], fields.parse("messages[*].content,prompt"))
    assert found == [("messages[0].content", "hi"), ("messages[1].content", f"token {TOKEN}")]
    assert missing == ["prompt"]
    for bad in ("", "a[x]", "a]", "a,,b"):
        with pytest.raises(InputError, match="bad field path"):
            fields.parse(bad)


def test_jsonl_field_path_locations(tmp_path):
    path = write_jsonl(tmp_path / "chat.jsonl", CHAT)
    found, summary = hits([path], fields="messages[*].content")
    assert found == [(path, 1, 0, "messages[1].content", 6, 46, "github-pat-classic"),
                     (path, 2, 1, "messages[0].content", 7, 29, "email")]  # code points: é is one
    assert summary.records == 2 and summary.texts == 3 and summary.skipped == 0
    everything, _ = hits([path])  # no --field: every string, here also meta.note
    assert ("meta.note", "github-pat-classic") in {(f[3], f[6]) for f in everything}


def test_text_lines_and_columns_across_blocks(tmp_path, monkeypatch):
    monkeypatch.setattr(readers, "TEXT_BLOCK", 64)  # many blocks: line numbers must carry across them
    lines = [f"line {i} nothing here at all" for i in range(20)]
    lines[13] = f"xx {TOKEN} yy"
    lines[17] = f"{EMAIL}"
    path = tmp_path / "app.log"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    found, summary = hits([str(path)])
    assert [(f[1], f[4], f[5], f[6]) for f in found] == [(14, 3, 43, "github-pat-classic"), (18, 0, 22, "email")]
    assert summary.records == 20


def test_gzip_and_directories(tmp_path):
    (tmp_path / "a" / "b").mkdir(parents=True)
    write_jsonl(tmp_path / "a" / "plain.jsonl", CHAT)
    with gzip.open(tmp_path / "a" / "b" / "packed.jsonl.gz", "wt", encoding="utf-8") as fh:
        fh.write("".join(json.dumps(r) + "\n" for r in CHAT))
    (tmp_path / "a" / "image.png").write_bytes(b"\x89PNG not a log")  # unknown format: not walked
    found, summary = hits([str(tmp_path / "a")], fields="messages[*].content")
    assert summary.inputs == 2
    by_file = {}
    for f in found:
        by_file.setdefault(f[0].rsplit("/", 1)[1], []).append(f[1:])
    assert by_file["plain.jsonl"] == by_file["packed.jsonl.gz"] and len(by_file["plain.jsonl"]) == 2


def test_zstd(tmp_path):
    zstandard = pytest.importorskip("zstandard")
    data = "".join(json.dumps(r) + "\n" for r in CHAT).encode()
    (tmp_path / "c.jsonl.zst").write_bytes(zstandard.ZstdCompressor().compress(data))
    found, _ = hits([str(tmp_path / "c.jsonl.zst")], fields="messages[*].content")
    assert [f[6] for f in found] == ["github-pat-classic", "email"]


def test_zstd_without_the_extra_names_it(tmp_path, monkeypatch):
    (tmp_path / "c.jsonl.zst").write_bytes(b"\x28\xb5\x2f\xfd" + b"\0" * 16)
    monkeypatch.setitem(sys.modules, "zstandard", None)
    monkeypatch.setitem(sys.modules, "compression", None)
    with pytest.raises(InputError, match=r"aiguard\[zstd\]"):
        hits([str(tmp_path / "c.jsonl.zst")])


def test_csv_columns(tmp_path):
    path = tmp_path / "t.csv"
    path.write_text(f'id,prompt,response\n1,"multi\nline {TOKEN}",ok\n2,hello,{EMAIL}\n', encoding="utf-8")
    found, summary = hits([str(path)], fields="prompt,response")
    assert [(f[1], f[2], f[3], f[6]) for f in found] == [(2, 0, "prompt", "github-pat-classic"), (4, 1, "response", "email")]
    assert summary.records == 2
    _, s = hits([str(path)], fields="nope", on_error="skip")
    assert s.skipped == 1 and "missing column nope" in s.problems[0]


def test_parquet_and_arrow_columns(tmp_path):
    pa = pytest.importorskip("pyarrow")
    import pyarrow.ipc
    import pyarrow.parquet as pq

    table = pa.table({"id": [1, 2, 3], "prompt": ["hi", None, f"t {TOKEN}"], "response": [EMAIL, "ok", "é"]})
    pq.write_table(table, tmp_path / "t.parquet")
    with pa.ipc.new_file(tmp_path / "t.arrow", table.schema) as w:
        w.write_table(table)
    for name in ("t.parquet", "t.arrow"):
        found, summary = hits([str(tmp_path / name)])
        assert sorted((f[2], f[3], f[4], f[5], f[6]) for f in found) == [
            (0, "response", 0, 22, "email"), (2, "prompt", 2, 42, "github-pat-classic")]
        assert summary.records == 3
    found, _ = hits([str(tmp_path / "t.parquet")], fields="response")
    assert [f[3] for f in found] == ["response"]
    with pytest.raises(InputError, match="column id is int64, not a string column"):
        hits([str(tmp_path / "t.parquet")], fields="id")


def test_parquet_without_pyarrow_names_the_extra(tmp_path, monkeypatch):
    (tmp_path / "t.parquet").write_bytes(b"PAR1")
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    with pytest.raises(InputError, match=r"aiguard\[arrow\]"):
        hits([str(tmp_path / "t.parquet")])


BAD_LINES = [b'{"content": "fine"}\n', b'{"content": "broken\n', b'{"other": 1}\n', b'{"content": "caf\xe9"}\n',
             ('{"content": "' + TOKEN + '"}\n').encode()]


@pytest.mark.parametrize("line, message", [(2, "not valid JSON"), (3, "missing field content"), (4, "not UTF-8")])
def test_bad_input_fails_with_file_and_line(tmp_path, line, message):
    path = tmp_path / "bad.jsonl"
    path.write_bytes(b"".join([BAD_LINES[0]] * (line - 1) + [BAD_LINES[line - 1]]))
    with pytest.raises(InputError, match=rf"bad\.jsonl:{line}: {message}"):
        hits([str(path)], fields="content")


def test_bad_input_skipped_and_counted(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_bytes(b"".join(BAD_LINES))
    found, summary = hits([str(path)], fields="content", on_error="skip")
    assert [(f[1], f[6]) for f in found] == [(5, "github-pat-classic")]  # the lines after the bad ones still count
    assert summary.skipped == 3
    assert [p.split(": ", 1)[0].rsplit("/", 1)[1] for p in summary.problems] == ["bad.jsonl:2", "bad.jsonl:3", "bad.jsonl:4"]


def test_unreadable_and_truncated_files(tmp_path):
    whole = gzip.compress(("x " * 50000 + TOKEN).encode())
    (tmp_path / "cut.log.gz").write_bytes(whole[: len(whole) // 2])
    with pytest.raises(InputError, match="cut.log.gz"):
        hits([str(tmp_path / "cut.log.gz")])
    _, summary = hits([str(tmp_path / "cut.log.gz")], on_error="skip")
    assert summary.skipped == 1


def test_non_utf8_text_lines_are_reported_not_dropped(tmp_path):
    path = tmp_path / "mixed.log"
    path.write_bytes(b"ok line\n\xff\xfe bad\n" + f"{EMAIL}\n".encode())
    found, summary = hits([str(path)], on_error="skip")
    assert [(f[1], f[6]) for f in found] == [(3, "email")]
    assert summary.skipped == 1 and "mixed.log:2: not UTF-8" in summary.problems[0]


def test_min_severity_and_kinds(tmp_path):
    path = write_jsonl(tmp_path / "c.jsonl", CHAT)
    found, _ = hits([path], min_severity="high")
    assert {f[6] for f in found} == {"github-pat-classic"}
    found, _ = hits([path], kinds=["pii"])
    assert {f[6] for f in found} == {"email"}


def test_memory_stays_bounded_by_chunks(tmp_path):
    """The reader runs at most a few chunks ahead of the scanner, whatever the input size."""
    path = tmp_path / "big.jsonl"
    path.write_text("".join(json.dumps({"content": "clean text " * 20}) + "\n" for _ in range(5000)), encoding="utf-8")
    batch = BatchScan(aiguard.default_scanner(), Options(chunk_bytes=20_000))
    seen = []
    real = batch._scan_chunk

    def spy(chunk):
        seen.append(batch.meter.bytes)  # bytes read when this chunk is scanned
        return real(chunk)

    batch._scan_chunk = spy
    list(batch.hits(expand([str(path)])))
    scanned = 0
    for read_so_far in seen:
        scanned += 20_000
        assert read_so_far - scanned < 6 * 20_000 + 400  # the queue holds 2 chunks, plus one being built
    assert len(seen) > 10
