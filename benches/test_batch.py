"""Batch scanning of stored logs, end to end, and the Arrow and Ray paths.

- End to end (read JSONL, parse, scan `messages[*].content`, write JSON-lines findings) on a
  generated chat log: on one core (CPU affinity) and on two, with the full default rules
  and with a one-rule ruleset; and reading + parsing alone. Together they show what
  reading, parsing and writing cost apart from the scan itself (the engine keeps a fixed
  per-byte cost even with one rule: its keyword pass and evasion survey).
- Peak memory (RSS of a child process) for two sizes of log: it should not grow with the file.
- `scan_arrow` on a 1-million-row column, one thread (MB/s per core) and all cores.
- Ray Data on a local cluster with 2 workers against single-process `scan_arrow` on the same data.

Sizes: AIGUARD_BATCH_MB (default 300; 24 with AIGUARD_BENCH_QUICK=1 or CI=true) and
AIGUARD_ARROW_ROWS (default 1,000,000; 200,000 in quick mode). check_budget.py reads the figures.
"""

from __future__ import annotations

import io
import json
import os
import random
import subprocess
import sys
import textwrap

import pytest

import aiguard
from aiguard.batch import BatchScan, Options, expand
from aiguard.batch.reports import JsonLinesWriter
from workloads import chat_log

QUICK = bool(os.environ.get("AIGUARD_BENCH_QUICK") or os.environ.get("CI"))
LOG_MB = int(os.environ.get("AIGUARD_BATCH_MB", 24 if QUICK else 300))
ARROW_ROWS = int(os.environ.get("AIGUARD_ARROW_ROWS", 200_000 if QUICK else 1_000_000))
FIELDS = "messages[*].content"
TINY_RULES = aiguard.Ruleset("tiny.toml", '''
[[rule]]
id = "tiny-github-pat"
kind = "secret"
type = "github_pat_classic"
severity = "critical"
description = "One rule, to measure the pipeline around the scan."
keywords = ["ghp_"]
regex = \'\'\'\\bghp_[A-Za-z0-9]{36}\\b\'\'\'
examples.match = ["export GH_TOKEN=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"]
examples.no_match = ["ghp_tooShort123"]
''')


def write_log(path, megabytes: int) -> int:
    """A JSONL chat log of about `megabytes` MB: conversations of a user and an assistant
    message cycling through a pool of generated messages (one in five holds a finding)."""
    pool = chat_log(6_000_000)
    rng = random.Random(3)
    target, written, n = megabytes * 1_000_000, 0, 0
    with open(path, "w", encoding="utf-8") as fh:
        while written < target:
            a, b = pool[n % len(pool)], pool[(n * 7 + 3) % len(pool)]
            line = json.dumps({"conversation": f"c{n}", "ts": f"2026-0{1 + n % 9}-1{n % 10}T10:00:00Z",
                               "user": f"u{rng.randrange(1000)}",
                               "messages": [{"role": "user", "content": a}, {"role": "assistant", "content": b}]})
            fh.write(line + "\n")
            written += len(line) + 1
            n += 1
    return written


@pytest.fixture(scope="module")
def log_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("batch") / "chat.jsonl"
    size = write_log(path, LOG_MB)
    return str(path), size


def scan_file(scanner, path: str, parallel: bool) -> int:
    batch = BatchScan(scanner, Options(fields=FIELDS, parallel=parallel))
    writer = JsonLinesWriter(io.StringIO())
    for hit in batch.hits(expand([path])):
        writer.write(hit)
    writer.close(batch.summary)
    return batch.summary.findings


def on_cores(n: int):
    """Runs the benchmark on `n` CPUs (Linux affinity), restoring them afterwards."""
    all_cpus = os.sched_getaffinity(0)
    if len(all_cpus) < n:
        pytest.skip(f"needs {n} CPUs")
    os.sched_setaffinity(0, sorted(all_cpus)[:n])
    return all_cpus


@pytest.mark.parametrize("rules", ["default", "tiny"])
@pytest.mark.parametrize("cores", [1, 2])
def test_batch_e2e(benchmark, log_file, rules, cores):
    path, size = log_file
    scanner = aiguard.default_scanner() if rules == "default" else aiguard.Scanner([TINY_RULES], builtin=False)
    scanner.scan("warm up")
    benchmark.extra_info.update(bytes=size, rules=len(scanner.rules), cores=cores, mb=LOG_MB)
    saved = on_cores(cores)
    try:
        found = benchmark.pedantic(scan_file, args=(scanner, path, cores > 1), rounds=2 if QUICK else 1,
                                   warmup_rounds=0)
    finally:
        os.sched_setaffinity(0, saved)
    assert found > 0


def read_file(path: str) -> int:
    from aiguard.batch import readers

    meter = readers.Meter()
    return sum(1 for _ in readers.read(expand([path])[0], fmt=None, field_spec=FIELDS, time_field=None, meter=meter))


def test_batch_read_only(benchmark, log_file):
    """Reading and parsing alone, one core: the part of the pipeline that is not the scan."""
    path, size = log_file
    benchmark.extra_info.update(bytes=size, cores=1, mb=LOG_MB)
    saved = on_cores(1)
    try:
        records = benchmark.pedantic(read_file, args=(path,), rounds=2 if QUICK else 1, warmup_rounds=0)
    finally:
        os.sched_setaffinity(0, saved)
    assert records > 0


# The child's own peak: VmHWM belongs to its address space. (ru_maxrss would not do: Linux
# carries it over exec from the parent, so it reported the benchmark process's own peak.)
MEMORY_SCRIPT = textwrap.dedent("""
    import io, sys
    import aiguard
    from aiguard.batch import BatchScan, Options, expand
    from aiguard.batch.reports import JsonLinesWriter
    batch = BatchScan(aiguard.default_scanner(), Options(fields="messages[*].content"))
    w = JsonLinesWriter(open(sys.argv[2], "w"))
    for h in batch.hits(expand([sys.argv[1]])):
        w.write(h)
    status = open("/proc/self/status").read()
    print(int(status.split("VmHWM:")[1].split()[0]) // 1024)
""")


@pytest.mark.parametrize("scale", ["small", "large"])
def test_batch_peak_memory(benchmark, tmp_path, scale):
    mb = max(4, LOG_MB // 6) if scale == "small" else LOG_MB
    path = tmp_path / "log.jsonl"
    size = write_log(path, mb)
    peak = {}

    def run():
        out = subprocess.run([sys.executable, "-c", MEMORY_SCRIPT, str(path), str(tmp_path / "f.jsonl")],
                             capture_output=True, text=True, check=True, timeout=600)
        peak["mb"] = int(out.stdout.strip())

    benchmark.pedantic(run, rounds=1, warmup_rounds=0)
    benchmark.extra_info.update(bytes=size, input_mb=mb, peak_rss_mb=peak["mb"])


@pytest.fixture(scope="module")
def arrow_column():
    pa = pytest.importorskip("pyarrow")
    pool = chat_log(3_000_000)
    rng = random.Random(5)
    texts = []
    for i in range(ARROW_ROWS):  # chat-sized rows: slices of the generated messages, 40 to 400 characters
        t = pool[i % len(pool)]
        start = rng.randrange(max(1, len(t) - 400))
        texts.append(t[start:start + rng.randint(40, 400)])
    return pa.array(texts, pa.large_string())


@pytest.mark.parametrize("cores", [1, 2])
def test_scan_arrow(benchmark, arrow_column, cores):
    scanner = aiguard.default_scanner()
    nbytes = arrow_column.buffers()[2].size
    benchmark.extra_info.update(bytes=nbytes, rows=len(arrow_column), cores=cores)
    saved = on_cores(cores)
    try:
        table = benchmark.pedantic(scanner.scan_arrow, args=(arrow_column,), kwargs={"parallel": cores > 1},
                                   rounds=2 if QUICK else 3, warmup_rounds=0)
    finally:
        os.sched_setaffinity(0, saved)
    assert table.num_rows > 0


@pytest.mark.filterwarnings("ignore::DeprecationWarning", "ignore::FutureWarning", "ignore::UserWarning")
def test_ray_local_2_workers(benchmark, arrow_column):
    ray = pytest.importorskip("ray")
    import pyarrow as pa

    import aiguard.integrations.ray as ag

    ray.init(num_cpus=4, include_dashboard=False, log_to_driver=False, configure_logging=False)
    try:
        table = pa.table({"content": arrow_column})
        ds = ray.data.from_arrow(table).repartition(8).materialize()  # in the object store before timing

        def run():
            return sum(t.num_rows for t in ray.get(ag.scan_dataset(ds, "content", concurrency=2).to_arrow_refs()))

        benchmark.extra_info.update(bytes=arrow_column.buffers()[2].size, rows=len(arrow_column), workers=2)
        found = benchmark.pedantic(run, rounds=2, warmup_rounds=0)
    finally:
        ray.shutdown()
    assert found > 0
