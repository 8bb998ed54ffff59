#!/usr/bin/env python3
"""The hold-back a reader of a streamed answer sees: characters received but not yet
released after each 16-character feed, with the default rules and step.

    python benches/stream_lag.py [CORPUS.jsonl]

Prints the plan's hold-back, then the lag over the corpus texts (each streamed on its
own; short texts are held whole until `close`), over the corpus joined into one long
answer, and over synthetic answers of 10 KB to 1 MB (it must not grow with length).
"""

from __future__ import annotations

import json
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import aiguard  # noqa: E402
from workloads import prompt  # noqa: E402

CHUNK = 16


def lags(scanner, text: str) -> list[int]:
    s = scanner.stream()
    received = released = 0
    out = []
    for i in range(0, len(text), CHUNK):
        piece = text[i:i + CHUNK]
        received += len(piece)
        released += len(s.feed(piece).safe_text)
        out.append(received - released)
    assert released + len(s.close().safe_text) == len(text)
    return out


def main() -> None:
    scanner = aiguard.default_scanner()
    scanner.stream().close()
    hold, lookback = scanner._stream_plan.limits()
    print(f"plan: hold-back {hold} B, lookback {lookback} B, default step 512 B, whitespace alignment up to 512 B")
    corpus = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).parents[2] / "shared/corpus/dev.jsonl")
    if corpus.exists():
        texts = [json.loads(line)["text"] for line in corpus.read_text("utf-8").splitlines() if line.strip()]
        per_text = [max(lags(scanner, t)) for t in texts if t]
        print(f"corpus, {len(per_text)} texts: max lag per text in chars: median {statistics.median(per_text):.0f}, "
              f"max {max(per_text)} (texts under ~{hold} B are held whole until close)")
        joined = lags(scanner, "\n".join(texts))
        print(f"corpus joined ({sum(map(len, texts))} chars): lag per feed median {statistics.median(joined):.0f}, "
              f"p99 {sorted(joined)[len(joined) * 99 // 100]}, max {max(joined)} chars")
    for size in (10_000, 100_000, 1_000_000):
        lg = lags(scanner, prompt(size, max(1, size // 8000), seed=9))
        print(f"answer of {size // 1000} KB: lag per feed median {statistics.median(lg):.0f}, "
              f"p99 {sorted(lg)[len(lg) * 99 // 100]}, max {max(lg)} chars")


if __name__ == "__main__":
    main()
