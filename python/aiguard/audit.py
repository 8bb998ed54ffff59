"""A tamper-evident audit log: append-only JSON lines, one record per scan decision, each
carrying the SHA-256 of the record before it, so that `aiguard audit verify FILE` finds
any edit, deletion, insertion, reordering or truncation and says where.

    log = AuditLog("audit.jsonl", durability="batch", rotate_bytes=64 << 20)
    result = log.scan(scanner, text, policy=policy, direction="input", request_id=rid)

A record never holds a scanned value: findings appear by rule, span and keyed fingerprint.
Beside the log, `FILE.head` names the last record made durable (its seq and hash), so
that records cut from the end are noticed too. Rotated files are `FILE.000001`,
`FILE.000002`, ... (oldest first); the chain runs on across them. docs/policy.md
describes the format, the durability settings and what verification can and cannot prove.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import json
import os
import re
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Sequence, Union

from .exceptions import AuditError
from .result import ScanResult

if TYPE_CHECKING:
    from .policy import Policy
    from .scanner import Scanner
    from .vault import Vault

GENESIS = "0" * 64
DURABILITY = ("record", "batch")
_ROTATED = re.compile(r"\.(\d{6,})$")

PathLike = Union[str, os.PathLike]


def _digest(line: bytes) -> str:
    return hashlib.sha256(line).hexdigest()


def _utc(ts: float) -> str:
    return _dt.datetime.fromtimestamp(ts, _dt.timezone.utc).isoformat(timespec="microseconds").replace("+00:00", "Z")


def chain_files(path: PathLike) -> list[Path]:
    """The files of the log at `path` in chain order: rotated ones (oldest first), then `path`."""
    path = Path(path)
    rotated = []
    if path.parent.is_dir():
        for p in path.parent.iterdir():
            if p.name.startswith(path.name + "."):
                m = _ROTATED.search(p.name[len(path.name):])
                if m and p.name == f"{path.name}.{m.group(1)}":
                    rotated.append((int(m.group(1)), p))
    return [p for _, p in sorted(rotated)] + ([path] if path.exists() else [])


def _last_line(path: Path) -> bytes | None:
    """The last record line of `path`, read from the end; raises if the file ends inside a
    record (a crash mid-write, or a truncation)."""
    if not path.exists():
        return None
    with open(path, "rb") as fh:
        pos = fh.seek(0, os.SEEK_END)
        buf = b""
        while pos > 0:
            step = min(1 << 16, pos)
            pos -= step
            fh.seek(pos)
            buf = fh.read(step) + buf
            if not buf.endswith(b"\n"):
                raise AuditError(f"{path}: the last record is incomplete (the log was cut or a write was "
                                 "interrupted); run `aiguard audit verify` and move the damaged file away")
            i = buf.rfind(b"\n", 0, len(buf) - 1)
            if i >= 0 or pos == 0:
                return buf[i + 1:-1]
    return None


class AuditLog:
    """Appends audit records to `path`; safe to share between threads of one process (one
    writer process per log).

    `durability`: "record" flushes, fsyncs and moves the head after every record (nothing
    acknowledged is lost, truncation is always caught); "batch" (default) writes every
    record to the OS at once but fsyncs and moves the head every `batch_size` records and
    on `flush()` / `close()` (a power cut may lose, and a truncation may hide, up to
    `batch_size - 1` of the latest records). `rotate_bytes`: start a new file once the
    current one is this large. `clock`: the time source (seconds since the epoch).
    """

    def __init__(self, path: PathLike, *, durability: str = "batch", batch_size: int = 64,
                 rotate_bytes: int | None = None, clock: Callable[[], float] = time.time) -> None:
        if durability not in DURABILITY:
            raise ValueError(f"unknown durability {durability!r} (expected record or batch)")
        if batch_size < 1:
            raise ValueError("batch_size must be at least 1")
        if rotate_bytes is not None and rotate_bytes < 1:
            raise ValueError("rotate_bytes must be positive, or None")
        self.path = Path(path)
        self.head_path = Path(f"{self.path}.head")
        self.durability = durability
        self.batch_size = 1 if durability == "record" else batch_size
        self.rotate_bytes = rotate_bytes
        self._clock = clock
        self._lock = threading.Lock()
        self._seq, self._prev = self._resume()
        self._pending = 0
        self._fh = open(self.path, "ab")

    def _resume(self) -> tuple[int, str]:
        """(last seq, hash of the last record) of an existing log, checked against its head."""
        seq, prev = 0, GENESIS
        for f in reversed(chain_files(self.path)):
            line = _last_line(f)
            if line is not None:
                try:
                    seq = int(json.loads(line)["seq"])
                except (ValueError, KeyError, TypeError):
                    raise AuditError(f"{f}: the last record is not a valid audit record; "
                                     "run `aiguard audit verify`") from None
                prev = _digest(line)
                break
        head = _read_head(self.head_path)
        if head is not None and head[0] > seq:
            raise AuditError(f"{self.path}: the head names record {head[0]} but the log ends at {seq}: "
                             "records were cut from the end; run `aiguard audit verify`")
        return seq, prev

    def record(self, result: ScanResult, *, direction: str, request_id: str | None = None,
               policy: "Policy | None" = None, ruleset: str | None = None, latency_us: float | None = None) -> int:
        """Appends one record for `result`; returns its seq. Holds no scanned value."""
        findings = [{"rule_id": f.rule_id, "kind": f.kind, "type": f.type, "severity": f.severity,
                     "start": f.start, "end": f.end, "fingerprint": f.fingerprint} for f in result.findings]
        body = {"request_id": request_id, "direction": direction,
                "policy": None if policy is None else {"name": policy.name, "sha256": policy.digest},
                "ruleset_sha256": ruleset, "decision": result.decision.value, "blocked": result.blocked,
                "risk": round(result.risk, 4), "reasons": result.reasons,
                "latency_us": None if latency_us is None else round(latency_us, 1), "findings": findings}
        with self._lock:
            if self._fh.closed:
                raise AuditError(f"{self.path}: the audit log is closed")
            seq = self._seq + 1
            rec = {"seq": seq, "time": _utc(self._clock()), **body, "prev": self._prev}
            line = json.dumps(rec, separators=(",", ":"), ensure_ascii=True).encode("ascii")
            self._fh.write(line + b"\n")
            self._fh.flush()
            self._seq, self._prev = seq, _digest(line)
            self._pending += 1
            if self._pending >= self.batch_size:
                self._sync()
            if self.rotate_bytes is not None and self._fh.tell() >= self.rotate_bytes:
                self._rotate()
            return seq

    def scan(self, scanner: "Scanner", text: str, *, policy: "Policy | None" = None, direction: str = "input",
             vault: "Vault | None" = None, request_id: str | None = None) -> ScanResult:
        """Scans `text` and records the decision (as the policy's `audit` setting says:
        `all` scans, scans with `findings`, or `none`; without a policy, scans with findings)."""
        t0 = time.perf_counter()
        result = scanner.scan(text, policy=policy, direction=direction, vault=vault)
        latency_us = (time.perf_counter() - t0) * 1e6
        mode = "findings" if policy is None else policy.audit
        if mode == "all" or (mode == "findings" and result.findings):
            self.record(result, direction=direction, request_id=request_id, policy=policy,
                        ruleset=scanner.ruleset_digest, latency_us=latency_us)
        return result

    def _sync(self) -> None:
        self._fh.flush()
        os.fsync(self._fh.fileno())
        _write_head(self.head_path, self._seq, self._prev)
        self._pending = 0

    def _rotate(self) -> None:
        self._sync()
        self._fh.close()
        numbers = [int(_ROTATED.search(p.name).group(1)) for p in chain_files(self.path)[:-1]]  # type: ignore[union-attr]
        os.replace(self.path, f"{self.path}.{max(numbers, default=0) + 1:06d}")
        self._fh = open(self.path, "ab")

    def flush(self) -> None:
        """Makes every record written so far durable (fsync) and moves the head to it."""
        with self._lock:
            if not self._fh.closed and self._pending:
                self._sync()

    def close(self) -> None:
        with self._lock:
            if not self._fh.closed:
                if self._pending:
                    self._sync()
                self._fh.close()

    def __enter__(self) -> "AuditLog":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def head(self) -> tuple[int, str]:
        """(seq, hash) of the latest record: publish it elsewhere to anchor the log."""
        with self._lock:
            return self._seq, self._prev


def _write_head(path: Path, seq: int, digest: str) -> None:
    tmp = Path(f"{path}.tmp")
    with open(tmp, "wb") as fh:
        fh.write(json.dumps({"seq": seq, "sha256": digest}).encode() + b"\n")
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)


def _read_head(path: Path) -> tuple[int, str] | None:
    try:
        data = json.loads(path.read_bytes())
        return int(data["seq"]), str(data["sha256"])
    except FileNotFoundError:
        return None
    except (ValueError, KeyError, TypeError):
        raise AuditError(f"{path}: the head file is not valid") from None


class Verification:
    """What `verify` found: `ok`, the number of records, and each problem with its place."""

    def __init__(self, files: list[Path], records: int, problems: list[str], head: tuple[int, str] | None) -> None:
        self.files = files
        self.records = records
        self.problems = problems
        self.head = head

    @property
    def ok(self) -> bool:
        return not self.problems

    def __repr__(self) -> str:
        return f"Verification(ok={self.ok}, records={self.records}, problems={self.problems!r})"


def verify(paths: Union[PathLike, Sequence[PathLike]], *, head: PathLike | None = None) -> Verification:
    """Checks the chain of an audit log. One path: that log with its rotated files and its
    head file. Several: those files in that order (head: `head`, or the last one's)."""
    if isinstance(paths, (str, os.PathLike)):
        files = chain_files(paths)
        if not files:
            raise AuditError(f"{paths}: no such audit log")
        head_path = Path(head) if head is not None else Path(f"{paths}.head")
    else:
        files = [Path(p) for p in paths]
        if not files:
            raise AuditError("no audit files given")
        head_path = Path(head) if head is not None else Path(f"{files[-1]}.head")
    problems: list[str] = []
    expected_head = _read_head(head_path)
    prev_hash, prev_seq, prev_where = GENESIS, 0, ""
    first = True
    records = 0
    head_seen = False
    for f in files:
        try:
            data = f.read_bytes()
        except OSError as e:
            raise AuditError(f"{f}: cannot read ({e.__class__.__name__})") from None
        lines = data.split(b"\n")
        if lines[-1] != b"":
            problems.append(f"{f}:{len(lines)}: incomplete last record: the file was cut mid-record")
        for n, line in enumerate(lines[:-1], 1):
            records += 1
            where = f"{f}:{n}"
            digest = _digest(line)
            try:
                rec = json.loads(line)
                seq, prev = rec["seq"], rec["prev"]
                if not isinstance(seq, int):
                    raise TypeError
            except (ValueError, KeyError, TypeError):
                problems.append(f"{where}: not an audit record (edited or corrupted)")
                prev_hash, prev_seq, prev_where, first = digest, prev_seq + 1, where, False
                continue
            where = f"{where} (seq {seq})"
            if first:
                if prev != GENESIS:
                    problems.append(f"{where}: the chain does not start here (its prev is not the genesis hash): "
                                    "earlier records or files are missing")
            elif seq > prev_seq + 1:
                problems.append(f"{where}: seq jumps from {prev_seq} to {seq}: "
                                f"{seq - prev_seq - 1} record(s) deleted before this line")
            elif seq <= prev_seq:
                problems.append(f"{where}: seq {seq} comes after seq {prev_seq}: records reordered or inserted")
            elif prev != prev_hash:
                problems.append(f"{where}: prev does not match the hash of the record before it ({prev_where}): "
                                "that record was edited, or this one replaced it")
            if expected_head is not None and seq == expected_head[0]:
                head_seen = True
                if digest != expected_head[1]:
                    problems.append(f"{where}: does not match the hash the head recorded for it: edited")
            prev_hash, prev_seq, prev_where, first = digest, seq, f"{f}:{n}", False
    if expected_head is not None and not head_seen and expected_head[0] > 0:
        if expected_head[0] > prev_seq:
            problems.append(f"{files[-1]}: the log ends at seq {prev_seq} but its head names seq {expected_head[0]}: "
                            f"{expected_head[0] - prev_seq} record(s) cut from the end")
        else:
            problems.append(f"{head_path}: names seq {expected_head[0]}, which is not in the log")
    return Verification(files, records, problems, expected_head)
