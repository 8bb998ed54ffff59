"""Streaming from Python: the cost of one 16-character `feed` (everything included: the
call, the scan when one is due, the update object), and the cost of a whole answer in
16-character chunks at 100 KB and 1 MB (linear: ideally 10x), with the whole-buffer
rescan that streaming replaces shown beside it for scale. Budgets in budgets.toml."""

from __future__ import annotations

import pytest

import aiguard
from workloads import prompt

CHUNK = 16
_100KB = prompt(100_000, 12, seed=5)
# The long answer is the short one ten times over, so that only its length differs.
ANSWERS = {"100KB": _100KB, "1MB": _100KB * 10}
RESCAN = {"8KB": prompt(8_000, 2, seed=6), "24KB": prompt(24_000, 4, seed=6)}


@pytest.fixture(scope="module")
def scanner():
    s = aiguard.default_scanner()
    s.stream().close()  # derives the stream plan once
    return s


def chunks(text: str) -> list[str]:
    return [text[i:i + CHUNK] for i in range(0, len(text), CHUNK)]


def test_stream_feed_16(benchmark, scanner):
    """One feed per round, walking through a long answer (a scan runs every ~64 feeds)."""
    pieces = chunks(ANSWERS["1MB"])
    state = {"stream": scanner.stream(), "i": 0}

    def feed():
        i = state["i"]
        if i == len(pieces):
            state["stream"], i = scanner.stream(), 0
        state["i"] = i + 1
        return state["stream"].feed(pieces[i])

    benchmark.extra_info.update(chunk_chars=CHUNK)
    benchmark.pedantic(feed, rounds=30_000, iterations=1, warmup_rounds=2000)


def _stream_whole(scanner, pieces):
    s = scanner.stream()
    n = 0
    for p in pieces:
        n += len(s.feed(p).safe_text)
    return n + len(s.close().safe_text)


@pytest.mark.parametrize("size", list(ANSWERS))
def test_stream_answer(benchmark, scanner, size):
    pieces = chunks(ANSWERS[size])
    benchmark.extra_info.update(bytes=len(ANSWERS[size].encode()), chunks=len(pieces))
    released = benchmark.pedantic(_stream_whole, args=(scanner, pieces), rounds=5 if size == "1MB" else 20,
                                  warmup_rounds=1)
    assert released == len(ANSWERS[size])


@pytest.mark.parametrize("size", list(RESCAN))
def test_baseline_rescan_answer(benchmark, scanner, size):
    """What per-chunk guardrails that rescan the whole buffer do: quadratic in the answer."""
    pieces = chunks(RESCAN[size])

    def rescan():
        buf = ""
        for p in pieces:
            buf += p
            scanner.scan(buf)

    benchmark.extra_info.update(bytes=len(RESCAN[size].encode()), chunks=len(pieces))
    benchmark.pedantic(rescan, rounds=1, iterations=1)


@pytest.mark.parametrize("size", list(RESCAN))
def test_stream_answer_small(benchmark, scanner, size):
    """Streaming the same answers as the rescan baseline, for the side-by-side figure."""
    pieces = chunks(RESCAN[size])
    benchmark.extra_info.update(bytes=len(RESCAN[size].encode()), chunks=len(pieces))
    benchmark.pedantic(_stream_whole, args=(scanner, pieces), rounds=10, warmup_rounds=1)
