"""Latency and throughput of aiguard.scan() from Python, with baselines measured in the
same run: the same patterns under Python `re`, Hyperscan (the speed yardstick) and
detect-secrets (a common Python scanner). Budgets are checked by check_budget.py on
the JSON this writes; nothing here asserts a time."""

from __future__ import annotations

import os
import re
import warnings

import pytest

import aiguard
from workloads import chat_log, prompt

SIZES = {"256B": 256, "2KB": 2048, "16KB": 16384, "128KB": 131072}
FINDINGS = {"256B": 1, "2KB": 2, "16KB": 3, "128KB": 3}
TEXTS = {name: prompt(size, FINDINGS[name]) for name, size in SIZES.items()}


@pytest.fixture(scope="module")
def scanner():
    s = aiguard.default_scanner()
    s.scan("warm up")
    return s


@pytest.mark.parametrize("size", list(SIZES))
def test_scan(benchmark, scanner, size):
    text = TEXTS[size]
    benchmark.extra_info.update(bytes=len(text.encode()), findings=len(scanner.scan(text)))
    result = benchmark(scanner.scan, text)
    assert result.findings


def _python_re_patterns(scanner) -> list[re.Pattern]:
    out = []
    for pattern in scanner._compiled.regexes():
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # Rust syntax such as `[a&&b]` reads as a future set operation
            try:
                out.append(re.compile(pattern))
            except re.error:
                pass  # Rust-only syntax; reported as a count in extra_info
    return out


@pytest.mark.parametrize("size", ["2KB", "16KB"])
def test_baseline_python_re(benchmark, scanner, size):
    patterns = _python_re_patterns(scanner)
    text = TEXTS[size]
    benchmark.extra_info.update(bytes=len(text.encode()), patterns=len(patterns), rules=len(scanner.rules))

    def run():
        return [m.span() for p in patterns for m in p.finditer(text)]

    benchmark.pedantic(run, rounds=30, warmup_rounds=1)  # a round takes tens of milliseconds


@pytest.mark.skipif(not os.environ.get("AIGUARD_BENCH_HYPERSCAN"),
                    reason="opt-in (AIGUARD_BENCH_HYPERSCAN=1, pip install hyperscan): compiling some of the rules' "
                           "bounded repetitions takes Hyperscan minutes")
@pytest.mark.parametrize("size", ["2KB", "16KB"])
def test_baseline_hyperscan(benchmark, scanner, size):
    hyperscan = pytest.importorskip("hyperscan")
    exprs, ids = [], []
    for i, pattern in enumerate(scanner._compiled.regexes()):
        p = re.sub(r"\(\?P<\w+>", "(", pattern)
        try:
            db = hyperscan.Database()
            db.compile(expressions=[p.encode()], ids=[0], flags=[hyperscan.HS_FLAG_UTF8 | hyperscan.HS_FLAG_UCP])
        except Exception:
            continue  # a construct Hyperscan does not support
        exprs.append(p.encode())
        ids.append(i)
    db = hyperscan.Database()
    db.compile(expressions=exprs, ids=ids, flags=[hyperscan.HS_FLAG_UTF8 | hyperscan.HS_FLAG_UCP] * len(exprs))
    data = TEXTS[size].encode()
    benchmark.extra_info.update(bytes=len(data), patterns=len(exprs), rules=len(scanner.rules))
    hits = []

    def on_match(id_, start, end, flags, ctx):
        hits.append((id_, end))

    def run():
        hits.clear()
        db.scan(data, match_event_handler=on_match)
        return hits

    benchmark(run)


def test_baseline_detect_secrets(benchmark):
    pytest.importorskip("detect_secrets")
    from detect_secrets.core.scan import scan_line
    from detect_secrets.settings import default_settings

    text = TEXTS["2KB"]
    benchmark.extra_info.update(bytes=len(text.encode()))

    def run():
        with default_settings():
            return [s for line in text.splitlines() for s in scan_line(line)]

    benchmark.pedantic(run, rounds=30, warmup_rounds=2)


LOG = chat_log(4_000_000)


def test_batch_one_core(benchmark, scanner):
    benchmark.extra_info.update(bytes=sum(len(t.encode()) for t in LOG), texts=len(LOG))
    benchmark.pedantic(scanner.scan_batch, args=(LOG,), kwargs={"parallel": False}, rounds=5, warmup_rounds=1)


def test_batch_all_cores(benchmark, scanner):
    benchmark.extra_info.update(bytes=sum(len(t.encode()) for t in LOG), texts=len(LOG))
    benchmark.pedantic(scanner.scan_batch, args=(LOG,), rounds=5, warmup_rounds=1)
