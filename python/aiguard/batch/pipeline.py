"""The batch pipeline: read -> scan -> hits, with bounded memory.

One reader thread parses the inputs into chunks of about `chunk_bytes` of text and
hands them over a queue of at most `QUEUE_CHUNKS` chunks; the calling thread scans each
chunk with `scan_batch` (all cores, the GIL released, so parsing the next chunk goes on
meanwhile) or, for Parquet and Arrow columns, with `scan_arrow` on the column in place.
Memory therefore depends on the chunk size, not on the size of the inputs.
"""

from __future__ import annotations

import queue
import threading
import time
from dataclasses import dataclass, field
from typing import Any, Iterable, Iterator

from ..exceptions import InputError
from ..result import _SEVERITY_ORDER, Finding
from ..scanner import Scanner, _kinds
from . import readers
from .readers import ArrowBatch, Input, Meter, Problem, Record

QUEUE_CHUNKS = 2
SEVERITIES = tuple(_SEVERITY_ORDER)


@dataclass
class Options:
    kinds: list[str] | None = None
    min_severity: str = "low"
    fields: str | None = None  # field paths (JSON) or column names (CSV, Parquet, Arrow)
    time_field: str | None = None
    input_format: str | None = None  # None: from the file name
    on_error: str = "fail"  # "fail" | "skip"
    parallel: bool = True
    chunk_bytes: int = 4 << 20
    baseline: frozenset[str] = frozenset()


@dataclass
class Summary:
    inputs: int = 0
    records: int = 0
    texts: int = 0
    bytes: int = 0
    findings: int = 0
    baselined: int = 0
    by_severity: dict[str, int] = field(default_factory=lambda: {s: 0 for s in SEVERITIES})
    skipped: int = 0
    problems: list[str] = field(default_factory=list)  # the first MAX_PROBLEMS, for the report
    elapsed: float = 0.0

    MAX_PROBLEMS = 100

    def to_dict(self) -> dict[str, Any]:
        return {"inputs": self.inputs, "records": self.records, "texts": self.texts, "bytes": self.bytes,
                "findings": self.findings, "baselined": self.baselined, "by_severity": self.by_severity,
                "skipped": self.skipped, "problems": self.problems, "elapsed_s": round(self.elapsed, 3)}


class Hit:
    """A finding with where it was found. For plain text, `line` and `start`/`end` are the
    line of the match and code-point columns in that line; otherwise `line` is the
    record's line (JSON lines, CSV) and `start`/`end` are offsets in the field's text."""

    __slots__ = ("source", "line", "record", "field", "start", "end", "finding", "timestamp")

    def __init__(self, source: str, line: int | None, record: int, field: str | None, start: int, end: int,
                 finding: Finding, timestamp: str | None) -> None:
        self.source, self.line, self.record, self.field = source, line, record, field
        self.start, self.end, self.finding, self.timestamp = start, end, finding, timestamp

    @property
    def location(self) -> str:
        where = self.source
        if self.line is not None:
            where += f":{self.line}"
        elif self.source:
            where += f"#{self.record}"
        return f"{where}:{self.field}" if self.field else where

    def to_dict(self) -> dict[str, Any]:
        f = self.finding
        d: dict[str, Any] = {"file": self.source, "line": self.line, "record": self.record, "field": self.field,
                             "start": self.start, "end": self.end, "kind": f.kind, "type": f.type,
                             "rule_id": f.rule_id, "severity": f.severity, "score": round(f.score, 3), "via": f.via,
                             "preview": f.preview, "fingerprint": f.fingerprint}
        if self.timestamp is not None:
            d["timestamp"] = self.timestamp
        return d


def _hit(record: Record, f: Finding) -> Hit:
    if not record.lines:
        return Hit(record.source, record.line, record.index, record.field, f.start, f.end, f, record.timestamp)
    text = record.text
    line = record.line + text.count("\n", 0, f.start)  # type: ignore[operator]
    line_start = text.rfind("\n", 0, f.start) + 1
    return Hit(record.source, line, line - 1, None, f.start - line_start, f.end - line_start, f, None)


_DONE = object()


class BatchScan:
    """Scans inputs and yields `Hit`s in input order; `summary` counts as it goes.

    `on_hit_record(record, findings)` (optional) sees every scanned text record with all
    its findings, before severity and baseline filters: `--redact-out` uses it.
    """

    def __init__(self, scanner: Scanner, options: Options | None = None) -> None:
        self.scanner = scanner
        self.options = options or Options()
        self.summary = Summary()
        self.meter = Meter()
        self._kinds = _kinds(self.options.kinds) if self.options.kinds is not None else scanner.kinds
        self._min = _SEVERITY_ORDER[self.options.min_severity]

    def hits(self, inputs: Iterable[Input]) -> Iterator[Hit]:
        inputs = list(inputs)
        self.summary.inputs = len(inputs)
        started = time.perf_counter()
        q: queue.Queue = queue.Queue(maxsize=QUEUE_CHUNKS)
        stop = threading.Event()
        reader = threading.Thread(target=self._read, args=(inputs, q, stop), name="aiguard-reader", daemon=True)
        reader.start()
        try:
            while True:
                item = q.get()
                if item is _DONE:
                    break
                if isinstance(item, BaseException):
                    raise item
                if isinstance(item, Problem):
                    self._problem(item)
                elif isinstance(item, ArrowBatch):
                    yield from self._scan_arrow(item)
                else:
                    yield from self._scan_chunk(item)
        finally:
            stop.set()
            while reader.is_alive():  # unblock a reader waiting on a full queue
                try:
                    q.get_nowait()
                except queue.Empty:
                    reader.join(0.05)
            self.summary.records = self.meter.records
            self.summary.bytes = self.meter.bytes
            self.summary.elapsed = time.perf_counter() - started

    # The reader thread.
    def _read(self, inputs: list[Input], q: queue.Queue, stop: threading.Event) -> None:
        def put(item: object) -> bool:
            while not stop.is_set():
                try:
                    q.put(item, timeout=0.1)
                    return True
                except queue.Full:
                    pass
            return False

        o = self.options
        try:
            chunk: list[Record] = []
            size = 0
            for inp in inputs:
                for item in readers.read(inp, fmt=o.input_format, field_spec=o.fields, time_field=o.time_field,
                                         meter=self.meter):
                    if isinstance(item, Record):
                        chunk.append(item)
                        size += len(item.text)
                        if size >= o.chunk_bytes:
                            if not put(chunk):
                                return
                            chunk, size = [], 0
                        continue
                    if chunk and not put(chunk):  # keep the order of problems and records
                        return
                    chunk, size = [], 0
                    if not put(item):
                        return
            if chunk and not put(chunk):
                return
            put(_DONE)
        except BaseException as e:  # noqa: BLE001 - handed to the consuming thread, which raises it
            put(e)

    def _problem(self, p: Problem) -> None:
        self.summary.skipped += 1
        if len(self.summary.problems) < Summary.MAX_PROBLEMS:
            self.summary.problems.append(str(p))
        if self.options.on_error == "fail":
            raise InputError(f"{p} (use --on-error skip to skip bad input and go on)")

    def _keep(self, f: Finding) -> bool:
        if _SEVERITY_ORDER[f.severity] < self._min:
            return False
        if self.options.baseline and f.fingerprint in self.options.baseline:
            self.summary.baselined += 1
            return False
        return True

    def _count(self, h: Hit) -> Hit:
        self.summary.findings += 1
        self.summary.by_severity[h.finding.severity] += 1
        return h

    on_record = None  # optional callable(record, findings), see the class docstring

    def _scan_chunk(self, chunk: list[Record]) -> Iterator[Hit]:
        results = self.scanner.scan_batch([r.text for r in chunk], kinds=self._kinds, parallel=self.options.parallel)
        self.summary.texts += len(chunk)
        for record, result in zip(chunk, results):
            if self.on_record is not None:
                self.on_record(record, result.findings)
            for f in result:
                if self._keep(f):
                    yield self._count(_hit(record, f))

    def _scan_arrow(self, batch: ArrowBatch) -> Iterator[Hit]:
        self.summary.texts += len(batch.column)  # type: ignore[arg-type]
        rows, starts, ends, rules, scores = self.scanner._arrow_columns(batch.column, self._kinds,
                                                                       self.options.parallel)
        meta = self.scanner._meta
        texts: dict[int, str] = {}
        for row, s, e, r, score in zip(rows, starts, ends, rules, scores):
            if row not in texts:
                texts[row] = batch.column[row].as_py()  # type: ignore[index]
            f = Finding(*meta[r], score, s, e, texts[row])
            if self._keep(f):
                ts = None
                if batch.timestamps is not None:
                    v = batch.timestamps[row].as_py()  # type: ignore[index]
                    ts = None if v is None else (v.isoformat() if hasattr(v, "isoformat") else str(v))
                yield self._count(Hit(batch.source, None, batch.first_index + row, batch.field, s, e, f, ts))


__all__ = ["BatchScan", "Hit", "Options", "Summary"]
