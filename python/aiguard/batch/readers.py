"""Readers of stored logs: each turns one input into records to scan, in order.

Formats: plain text, JSON lines (`.jsonl`, `.ndjson`), JSON documents (`.json`), CSV,
Parquet and Arrow IPC (`aiguard[arrow]`); gzip and zstd (`aiguard[zstd]`, or Python's
own on 3.14+) are recognized by their magic bytes. A reader never raises on bad data:
it yields a `Problem` naming the file and line, and the pipeline applies `--on-error`.
"""

from __future__ import annotations

import csv
import io
import json
import os
import sys
from dataclasses import dataclass
from typing import IO, Callable, Iterator, Union

from ..exceptions import InputError
from . import fields as fieldpaths

FORMATS = ("text", "jsonl", "json", "csv", "parquet", "arrow")
SUFFIXES = {".txt": "text", ".log": "text", ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "json", ".csv": "csv",
            ".parquet": "parquet", ".arrow": "arrow", ".feather": "arrow", ".ipc": "arrow", ".arrows": "arrow"}
COMPRESSED = (".gz", ".zst", ".zstd")
TIME_FIELDS = ("timestamp", "ts", "time", "created_at", "date")
TEXT_BLOCK = 1 << 20  # plain text is scanned in blocks of whole lines of about this size


@dataclass(slots=True)
class Record:
    """One text to scan. `lines` marks a block of plain-text lines: its findings are
    reported by line and column rather than by offset in the block."""

    source: str
    line: int | None  # 1-based line of the record (or of the block's first line)
    index: int  # 0-based record number in the source
    field: str | None
    text: str
    timestamp: str | None = None
    lines: bool = False


@dataclass(slots=True)
class ArrowBatch:
    """A string column of a Parquet or Arrow batch, scanned in place with `scan_arrow`."""

    source: str
    field: str
    column: object  # a pyarrow array
    first_index: int
    timestamps: object | None = None


@dataclass(slots=True)
class Problem:
    """Input that could not be read; counted and reported, never dropped silently."""

    source: str
    line: int | None
    message: str

    def __str__(self) -> str:
        where = f"{self.source}:{self.line}" if self.line is not None else self.source
        return f"{where}: {self.message}"


Item = Union[Record, ArrowBatch, Problem]


@dataclass(slots=True)
class Input:
    """A named input with a way to open it as bytes."""

    name: str
    open: Callable[[], IO[bytes]]
    size: int | None = None
    rel: str = ""  # the name of a copy: the base name, or the path below a walked directory


class Meter:
    """Bytes and records read so far, for the progress bar and the summary."""

    def __init__(self) -> None:
        self.bytes = 0  # uncompressed bytes of the texts handed to the scanner
        self.records = 0
        self.done_input_bytes = 0  # on-disk bytes of the inputs finished
        self.current: IO[bytes] | None = None  # the on-disk file being read

    def input_position(self) -> int:
        try:
            return self.done_input_bytes + (self.current.tell() if self.current else 0)
        except (OSError, ValueError):
            return self.done_input_bytes


def expand(paths: list[str]) -> list[Input]:
    """Files as given, directories walked recursively (files of a known format only,
    in sorted order), `-` for standard input."""
    out: list[Input] = []
    for p in paths:
        if p == "-":
            out.append(Input("-", lambda: sys.stdin.buffer, rel="stdin"))
        elif os.path.isdir(p):
            top = os.path.basename(os.path.normpath(os.path.abspath(p)))
            for root, dirs, files in os.walk(p):
                dirs.sort()
                for name in sorted(files):
                    if _format_of(name) is not None:
                        path = os.path.join(root, name)
                        out.append(_file(path, os.path.join(top, os.path.relpath(path, p))))
        else:
            out.append(_file(p, os.path.basename(p)))
    return out


def _file(path: str, rel: str) -> Input:
    try:
        size = os.path.getsize(path)
    except OSError:
        size = None
    return Input(path, lambda: open(path, "rb"), size, rel)


def _format_of(name: str) -> str | None:
    base = name.lower()
    for c in COMPRESSED:
        if base.endswith(c):
            base = base[: -len(c)]
    return SUFFIXES.get(os.path.splitext(base)[1])


def _decompressed(raw: IO[bytes], name: str) -> IO[bytes]:
    buffered = raw if isinstance(raw, io.BufferedReader) else io.BufferedReader(raw)  # type: ignore[arg-type]
    magic = buffered.peek(4)[:4]
    if magic[:2] == b"\x1f\x8b":
        import gzip

        return gzip.GzipFile(fileobj=buffered)  # type: ignore[return-value]
    if magic == b"\x28\xb5\x2f\xfd":
        try:
            from compression import zstd  # type: ignore[import-not-found]  # Python 3.14+

            return zstd.ZstdFile(buffered)  # type: ignore[no-any-return]
        except ImportError:
            pass
        try:
            import zstandard
        except ImportError:
            raise InputError(f"{name} is zstd-compressed: install the extra with pip install 'aiguard[zstd]'") from None
        # Its reader has no readline: buffering gives lines (and peek) as for the other streams.
        return io.BufferedReader(zstandard.ZstdDecompressor().stream_reader(buffered, read_across_frames=True))  # type: ignore[arg-type]
    return buffered


def read(inp: Input, *, fmt: str | None, field_spec: str | None, time_field: str | None, meter: Meter) -> Iterator[Item]:
    """The records of one input. Raises `InputError` only for what makes the input
    unreadable as a whole before it starts (a missing extra, an unknown format)."""
    kind = fmt or _format_of(inp.name) or "text"
    if kind not in FORMATS:
        raise InputError(f"unknown input format {kind!r} (expected one of {', '.join(FORMATS)})")
    try:
        raw = inp.open()
    except OSError as e:
        yield Problem(inp.name, None, f"cannot be read ({e.strerror or e})")
        return
    meter.current = raw
    try:
        stream = _decompressed(raw, inp.name)
        paths = fieldpaths.parse(field_spec) if field_spec else None
        times = (time_field,) if time_field else TIME_FIELDS
        if kind == "text":
            yield from _text(stream, inp.name, meter)
        elif kind == "jsonl":
            yield from _jsonl(stream, inp.name, paths, times, meter)
        elif kind == "json":
            yield from _json(stream, inp.name, paths, times, meter)
        elif kind == "csv":
            yield from _csv(stream, inp.name, paths, times, meter)
        else:
            yield from _arrow(stream, inp.name, kind, paths, time_field, meter)
    except OSError as e:  # a read error, or a corrupt compressed stream (gzip raises BadGzipFile, an OSError)
        yield Problem(inp.name, None, f"read failed ({e})")
    except EOFError:
        yield Problem(inp.name, None, "the compressed stream ends early (truncated file)")
    finally:
        meter.current = None
        meter.done_input_bytes += inp.size or 0
        if inp.name != "-":
            raw.close()


def _line_blocks(stream: IO[bytes]) -> Iterator[bytes]:
    """Blocks of whole lines of about TEXT_BLOCK bytes."""
    rest = b""
    while True:
        chunk = stream.read(TEXT_BLOCK)
        if not chunk:
            if rest:
                yield rest
            return
        chunk = rest + chunk
        cut = chunk.rfind(b"\n") + 1
        if cut == 0:
            rest = chunk
            continue
        rest = chunk[cut:]
        yield chunk[:cut]


def _text(stream: IO[bytes], name: str, meter: Meter) -> Iterator[Item]:
    line = 1
    index = 0
    for block in _line_blocks(stream):
        meter.bytes += len(block)
        try:
            yield Record(name, line, index, None, block.decode("utf-8"), lines=True)
            index += 1
        except UnicodeDecodeError:
            # Scan the good lines one by one and report each bad one.
            for n, raw in enumerate(block.splitlines(keepends=True), line):
                try:
                    yield Record(name, n, index, None, raw.decode("utf-8"), lines=True)
                    index += 1
                except UnicodeDecodeError as e:
                    yield Problem(name, n, f"not UTF-8 (byte {e.start} of the line)")
        line += block.count(b"\n")
        meter.records = line - 1


def _timestamp(record: object, names: tuple[str, ...]) -> str | None:
    if isinstance(record, dict):
        for n in names:
            v = record.get(n)
            if isinstance(v, (str, int, float)) and not isinstance(v, bool):
                return str(v)
    return None


def _records_of(value: object, name: str, line: int | None, index: int, paths, times, meter: Meter) -> Iterator[Item]:
    found, missing = fieldpaths.select(value, paths)
    for m in missing:
        yield Problem(name, line, f"missing field {m}")
    ts = _timestamp(value, times)
    for where, text in found:
        yield Record(name, line, index, where, text, ts)
    meter.records += 1


def _jsonl(stream: IO[bytes], name: str, paths, times, meter: Meter) -> Iterator[Item]:
    index = 0
    for n, raw in enumerate(stream, 1):
        meter.bytes += len(raw)
        if not raw.strip():
            continue
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as e:
            yield Problem(name, n, f"not UTF-8 (byte {e.start} of the line)")
            continue
        try:
            value = json.loads(text)
        except json.JSONDecodeError as e:
            yield Problem(name, n, f"not valid JSON ({e.msg}, column {e.colno})")
            continue
        yield from _records_of(value, name, n, index, paths, times, meter)
        index += 1


def _json(stream: IO[bytes], name: str, paths, times, meter: Meter) -> Iterator[Item]:
    """A whole JSON document (not streamed): a list of records, or one record."""
    data = stream.read()
    meter.bytes += len(data)
    try:
        value = json.loads(data.decode("utf-8"))
    except UnicodeDecodeError as e:
        yield Problem(name, None, f"not UTF-8 (byte {e.start})")
        return
    except json.JSONDecodeError as e:
        yield Problem(name, e.lineno, f"not valid JSON ({e.msg}, column {e.colno})")
        return
    for i, item in enumerate(value if isinstance(value, list) else [value]):
        yield from _records_of(item, name, None, i, paths, times, meter)


def _csv(stream: IO[bytes], name: str, paths, times, meter: Meter) -> Iterator[Item]:
    csv.field_size_limit(2**31 - 1)  # chat messages can be longer than the 128 KB default
    columns = None
    if paths is not None:
        if any(len(p) != 1 or not isinstance(p[0], str) for p in paths):
            raise InputError(f"{name}: CSV fields are column names (e.g. prompt,response), not paths")
        columns = [p[0] for p in paths]
    text = io.TextIOWrapper(stream, encoding="utf-8", newline="")
    reader = csv.reader(text)
    try:
        header = next(reader, None)
        if header is None:
            return
        wanted = columns or header
        missing = [c for c in wanted if c not in header]
        if missing:
            yield Problem(name, 1, f"missing column {', '.join(missing)}")
        picks = [(c, header.index(c)) for c in wanted if c in header]
        time_at = next((header.index(t) for t in times if t in header), None)
        index = 0
        start = reader.line_num + 1
        for row in reader:
            meter.bytes += sum(len(v) for v in row)
            ts = row[time_at] if time_at is not None and time_at < len(row) else None
            for col, i in picks:
                if i < len(row) and row[i]:
                    yield Record(name, start, index, col, row[i], ts)
            meter.records += 1
            index += 1
            start = reader.line_num + 1
    except UnicodeDecodeError as e:
        yield Problem(name, reader.line_num + 1, f"not UTF-8 (byte {e.start} of a read block); the rest of the file is not read")
    except csv.Error as e:
        yield Problem(name, reader.line_num, f"malformed CSV ({e}); the rest of the file is not read")
    finally:
        text.detach()  # the caller closes the file


def _pyarrow(name: str):
    try:
        import pyarrow
    except ImportError:
        raise InputError(f"{name}: reading Parquet and Arrow needs pyarrow: pip install 'aiguard[arrow]'") from None
    return pyarrow


STRING_TYPES = ("string", "large_string", "string_view", "utf8", "large_utf8")


def _arrow(stream: IO[bytes], name: str, kind: str, paths, time_field: str | None, meter: Meter) -> Iterator[Item]:
    pa = _pyarrow(name)
    columns = None
    if paths is not None:
        if any(len(p) != 1 or not isinstance(p[0], str) for p in paths):
            raise InputError(f"{name}: Parquet and Arrow fields are column names, not paths (flatten nested columns first)")
        columns = [p[0] for p in paths]
    source = pa.BufferReader(stream.read()) if not stream.seekable() else stream
    try:
        if kind == "parquet":
            import pyarrow.parquet as pq

            pf = pq.ParquetFile(source)
            schema = pf.schema_arrow
            batches = pf.iter_batches(batch_size=65536)
        else:
            import pyarrow.ipc as ipc

            try:
                reader = ipc.open_file(source)
                schema = reader.schema
                batches = (reader.get_batch(i) for i in range(reader.num_record_batches))
            except pa.ArrowInvalid:
                source.seek(0)
                reader = ipc.open_stream(source)
                schema = reader.schema
                batches = iter(reader)
    except (pa.ArrowInvalid, OSError) as e:
        yield Problem(name, None, f"not a readable {kind} file ({e})")
        return
    names = schema.names
    wanted = columns or [f.name for f in schema if str(f.type) in STRING_TYPES]
    for c in wanted:
        if c not in names:
            yield Problem(name, None, f"missing column {c}")
        elif str(schema.field(c).type) not in STRING_TYPES:
            yield Problem(name, None, f"column {c} is {schema.field(c).type}, not a string column")
    picks = [c for c in wanted if c in names and str(schema.field(c).type) in STRING_TYPES]
    time_col = next((t for t in ((time_field,) if time_field else TIME_FIELDS) if t in names), None)
    first = 0
    try:
        for batch in batches:
            ts = batch.column(time_col) if time_col else None
            for c in picks:
                col = batch.column(c)
                meter.bytes += col.nbytes
                yield ArrowBatch(name, c, col, first, ts)
            first += batch.num_rows
            meter.records += batch.num_rows
    except (pa.ArrowInvalid, OSError) as e:
        yield Problem(name, None, f"read failed after row {first} ({e})")
