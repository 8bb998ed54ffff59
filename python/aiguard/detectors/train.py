"""`aiguard train DATA.jsonl -o MODEL.aigm`: trains the linear detector's model with numpy.

DATA is JSONL, one `{"text": ..., "label": ...}` a line; a label is 1/0, true/false, or
a string (`injection`, `benign`). Features are hashed by the same Rust code that scores
(`aiguard._aiguard.hashed_features`), so training and scoring cannot disagree. The loss
is class-balanced logistic loss with L2, minimised by full-batch Adam; the weights are
then quantised to 8 bits. A deterministic tenth of the data is held out to choose the
threshold: the lowest score that flags at most `--max-fpr` of the held-out benign texts.

numpy comes with the extra `aiguard[train]`; scoring does not need it.
"""

from __future__ import annotations

import argparse
import json
import sys
import zlib
from typing import Any, NamedTuple

from .. import _aiguard
from ..exceptions import AiguardError

POSITIVE = {"1", "true", "injection", "jailbreak", "malicious", "positive"}
NEGATIVE = {"0", "false", "benign", "safe", "negative"}


class Report(NamedTuple):
    samples: int
    positives: int
    threshold: float
    heldout_recall: float
    heldout_fpr: float


def read_jsonl(path: str) -> tuple[list[str], list[int]]:
    texts, labels = [], []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
                text, label = rec["text"], str(rec["label"]).lower()
            except (json.JSONDecodeError, KeyError, TypeError) as e:
                raise AiguardError(f"{path}:{n}: expected a JSON object with text and label ({type(e).__name__})") from None
            if not isinstance(text, str) or label not in POSITIVE | NEGATIVE:
                raise AiguardError(f"{path}:{n}: text must be a string and label one of 1/0, true/false, injection/benign")
            texts.append(text)
            labels.append(int(label in POSITIVE))
    if len(set(labels)) < 2:
        raise AiguardError(f"{path}: needs both injection and benign examples")
    return texts, labels


def _np() -> Any:
    try:
        import numpy
    except ImportError:
        raise AiguardError("training needs numpy: pip install 'aiguard[train]'") from None
    return numpy


def _matrix(texts: list[str], config: tuple) -> tuple[Any, Any, Any]:
    """Sparse rows as (indices, values, row ids): each feature counts 1/sqrt(n features), as in scoring."""
    np = _np()
    raw, ends = _aiguard.hashed_features(texts, config)
    idx = np.frombuffer(raw, dtype="<u4").astype(np.int64)
    ends = np.asarray(ends, dtype=np.int64)
    lengths = np.diff(np.concatenate([[0], ends]))
    rows = np.repeat(np.arange(len(texts)), lengths)
    vals = (1.0 / np.sqrt(np.maximum(lengths, 1)))[rows]
    return idx, vals, rows


def fit(texts: list[str], labels: list[int], config: tuple, *, epochs: int = 300, l2: float = 1e-5,
        lr: float = 0.05) -> tuple[Any, float]:
    """Weights (float, one per bucket) and bias of a class-balanced logistic regression."""
    np = _np()
    n_buckets = 1 << config[0]
    idx, vals, rows = _matrix(texts, config)
    y = np.asarray(labels, dtype=np.float64)
    pos = y.sum()
    sample_w = np.where(y == 1, 0.5 / pos, 0.5 / (len(y) - pos))
    w = np.zeros(n_buckets)
    b = 0.0
    m, v = np.zeros(n_buckets + 1), np.zeros(n_buckets + 1)
    for t in range(1, epochs + 1):
        z = b + np.bincount(rows, weights=w[idx] * vals, minlength=len(y))
        err = (1.0 / (1.0 + np.exp(-z)) - y) * sample_w
        g = np.empty(n_buckets + 1)
        g[:-1] = np.bincount(idx, weights=err[rows] * vals, minlength=n_buckets) + l2 * w
        g[-1] = err.sum()
        m = 0.9 * m + 0.1 * g
        v = 0.999 * v + 0.001 * g * g
        step = lr * (m / (1 - 0.9**t)) / (np.sqrt(v / (1 - 0.999**t)) + 1e-8)
        w -= step[:-1]
        b -= step[-1]
    return w, float(b)


def quantize(w: Any) -> tuple[bytes, float]:
    np = _np()
    scale = float(np.abs(w).max()) / 127 or 1.0
    q = np.clip(np.round(w / scale), -127, 127).astype(np.int8)
    return q.tobytes(), scale


def _heldout(text: str) -> bool:
    return zlib.crc32(text.encode("utf-8", "surrogatepass")) % 10 == 0


def train(texts: list[str], labels: list[int], *, bits: int = 18, chars: tuple[int, int] = (3, 5),
          words: int = 2, window: int = 256, seed: int = 1, epochs: int = 300, l2: float = 1e-5,
          max_fpr: float = 0.001) -> tuple[_aiguard.LinearModel, Report]:
    """Trains on nine tenths of the data, picks the threshold on the held-out tenth, and
    returns the model and its held-out scores."""
    np = _np()
    config = (bits, chars[0], chars[1], words, seed, window)
    hold = [_heldout(t) for t in texts]
    fit_t = [t for t, h in zip(texts, hold) if not h]
    fit_y = [y for y, h in zip(labels, hold) if not h]
    w, b = fit(fit_t, fit_y, config, epochs=epochs, l2=l2)
    q, scale = quantize(w)
    model = _aiguard.LinearModel(config, b, scale, 0.5, q)
    ho = [(model.score(t)[0], y) for t, y, h in zip(texts, labels, hold) if h]
    benign = np.sort([p for p, y in ho if y == 0])
    if len(benign):
        k = int(np.floor(max_fpr * len(benign)))
        threshold = float(min(0.99, max(0.5, benign[len(benign) - 1 - k] + 1e-4)))
    else:
        threshold = 0.5
    model = _aiguard.LinearModel(config, b, scale, threshold, q)
    positives = [p for p, y in ho if y == 1]
    recall = sum(p >= threshold for p in positives) / max(1, len(positives))
    fpr = float((benign >= threshold).mean()) if len(benign) else 0.0
    return model, Report(len(texts), sum(labels), threshold, recall, fpr)


def _run(args: argparse.Namespace) -> int:
    try:
        texts, labels = read_jsonl(args.data)
        model, report = train(texts, labels, bits=args.bits, chars=tuple(args.chars), words=args.words,
                              window=args.window, seed=args.seed, epochs=args.epochs, l2=args.l2,
                              max_fpr=args.max_fpr)
        data = model.to_bytes()
        with open(args.output, "wb") as fh:
            fh.write(data)
    except (AiguardError, OSError) as e:
        print(f"aiguard train: {e}", file=sys.stderr)
        return 2
    print(f"{args.output}: {len(data)} bytes; trained on {report.samples} texts ({report.positives} injections); "
          f"threshold {report.threshold:.3f}; held-out recall {report.heldout_recall:.3f}, "
          f"benign flagged {report.heldout_fpr:.4f}", file=sys.stderr)
    return 0


def add_parser(subparsers: Any) -> None:
    p = subparsers.add_parser("train", help="train the linear injection detector's model (needs aiguard[train])")
    p.add_argument("data", help='JSONL, one {"text": ..., "label": 1|0} a line')
    p.add_argument("-o", "--output", required=True, help="the model file to write")
    p.add_argument("--bits", type=int, default=18, help="2^bits hash buckets (default 18)")
    p.add_argument("--chars", type=int, nargs=2, default=[3, 5], metavar=("MIN", "MAX"), help="character n-gram orders")
    p.add_argument("--words", type=int, default=2, help="word n-grams up to this order (0-2)")
    p.add_argument("--window", type=int, default=256, help="chunk bytes; long texts are scored in windows of two")
    p.add_argument("--seed", type=int, default=1, help="hash seed")
    p.add_argument("--epochs", type=int, default=300)
    p.add_argument("--l2", type=float, default=1e-5)
    p.add_argument("--max-fpr", type=float, default=0.001, help="benign share flagged on held-out data (sets the threshold)")
    p.set_defaults(handler=_run)
