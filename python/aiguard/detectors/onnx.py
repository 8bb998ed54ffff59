"""Transformer classifiers through ONNX Runtime (the extra `aiguard[onnx]`).

    from aiguard.detectors import OnnxDetector, cascade
    scanner = aiguard.Scanner(detectors=[cascade(OnnxDetector("models/my-injection-classifier"), timeout=2.0)])

The folder holds `model.onnx` (a sequence classifier taking `input_ids`, `attention_mask`
and optionally `token_type_ids`, returning logits) and `tokenizer.json`; `config.json`,
when there, names the labels (`id2label`) and the model's length. Nothing is downloaded.

No text is truncated: a text longer than the model's window is split into overlapping
windows (the tokenizer's own overflow, `stride` tokens shared between neighbours), every
window of every text in a call is classified in batches, and a text scores as its best
window; the finding spans that window.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any, Sequence, Union

from ..exceptions import DetectorError
from ..result import Finding

POSITIVE_HINTS = ("injection", "jailbreak", "malicious", "unsafe", "attack")


def _runtime() -> tuple[Any, Any, Any]:
    try:
        import numpy
        import onnxruntime
        import tokenizers
    except ImportError as e:
        raise DetectorError(f"the ONNX detector needs the extra: pip install 'aiguard[onnx]' ({e.name} is missing)") from None
    return numpy, onnxruntime, tokenizers


class OnnxDetector:
    """A local ONNX sequence classifier as a detector (declared cost: expensive, so it
    runs in cascade mode unless wrapped in `always(...)`)."""

    cost = 20_000.0  # µs per KB: milliseconds a call on a CPU

    def __init__(self, path: Union[str, os.PathLike], *, name: str = "onnx", threshold: float = 0.5,
                 positive_label: Union[str, int, None] = None, window: int | None = None, stride: int | None = None,
                 batch_size: int = 16, kind: str = "injection", finding_type: str = "prompt_injection",
                 providers: Sequence[str] | None = None) -> None:
        np, ort, tokenizers = _runtime()
        self._np = np
        folder = Path(path)
        model_file, tok_file, cfg_file = folder / "model.onnx", folder / "tokenizer.json", folder / "config.json"
        for f in (model_file, tok_file):
            if not f.is_file():
                raise DetectorError(f"{folder}: no {f.name} (an ONNX model folder holds model.onnx and tokenizer.json)")
        config: dict[str, Any] = {}
        if cfg_file.is_file():
            try:
                config = json.loads(cfg_file.read_text("utf-8"))
            except (json.JSONDecodeError, UnicodeDecodeError) as e:
                raise DetectorError(f"{cfg_file}: not valid JSON ({e})") from None
        try:
            self.session = ort.InferenceSession(str(model_file), providers=list(providers or ["CPUExecutionProvider"]))
            self.tokenizer = tokenizers.Tokenizer.from_file(str(tok_file))
        except Exception as e:
            raise DetectorError(f"{folder}: cannot load the model or tokenizer ({type(e).__name__}: {e})") from None
        self.inputs = [i.name for i in self.session.get_inputs()]
        if "input_ids" not in self.inputs:
            raise DetectorError(f"{model_file}: the model takes {self.inputs}, expected input_ids (and attention_mask)")
        self.name, self.kinds, self.kind, self.type = name, (kind,), kind, finding_type
        self.threshold, self.batch_size = float(threshold), int(batch_size)
        self.window = int(window or min(int(config.get("max_position_embeddings", 512)), 512))
        self.stride = int(stride if stride is not None else self.window // 4)
        specials = self.tokenizer.num_special_tokens_to_add(False)
        if not 0 <= self.stride < self.window - specials - 1:
            raise DetectorError(f"{folder}: stride {self.stride} must be below the window ({self.window}) less special tokens")
        self.positive = self._positive_index(config, positive_label)
        self.tokenizer.no_padding()
        self.tokenizer.enable_truncation(max_length=self.window, stride=self.stride)
        pad = self.tokenizer.token_to_id("[PAD]")
        self.pad_id = int(config.get("pad_token_id", pad if pad is not None else 0))

    @staticmethod
    def _positive_index(config: dict, positive_label: Union[str, int, None]) -> int:
        labels = {int(k): str(v) for k, v in (config.get("id2label") or {}).items()}
        if isinstance(positive_label, int):
            return positive_label
        if isinstance(positive_label, str):
            for i, lab in labels.items():
                if lab.lower() == positive_label.lower():
                    return i
            raise DetectorError(f"label {positive_label!r} is not among the model's labels {sorted(labels.values())}")
        for i, lab in sorted(labels.items()):
            if any(h in lab.lower() for h in POSITIVE_HINTS):
                return i
        return 1  # two-class classifiers put the positive class second

    def _windows(self, texts: Sequence[str]) -> list[tuple[int, Any]]:
        """(text index, encoding) for every window of every text."""
        out = []
        for i, enc in enumerate(self.tokenizer.encode_batch(list(texts))):
            out.append((i, enc))
            out.extend((i, o) for o in enc.overflowing)
        return out

    def _classify(self, encodings: list[Any]) -> Any:
        np = self._np
        probs = []
        for b in range(0, len(encodings), self.batch_size):
            chunk = encodings[b:b + self.batch_size]
            width = max(len(e.ids) for e in chunk)
            ids = np.full((len(chunk), width), self.pad_id, dtype=np.int64)
            mask = np.zeros((len(chunk), width), dtype=np.int64)
            types = np.zeros((len(chunk), width), dtype=np.int64)
            for r, e in enumerate(chunk):
                ids[r, :len(e.ids)] = e.ids
                mask[r, :len(e.ids)] = e.attention_mask
                types[r, :len(e.ids)] = e.type_ids
            feed = {"input_ids": ids, "attention_mask": mask, "token_type_ids": types}
            logits = np.asarray(self.session.run(None, {k: v for k, v in feed.items() if k in self.inputs})[0],
                                dtype=np.float64)
            if logits.ndim != 2:
                raise DetectorError(f"detector {self.name!r}: the model returned shape {logits.shape}, expected (batch, labels)")
            if logits.shape[1] == 1:
                probs.append(1.0 / (1.0 + np.exp(-logits[:, 0])))
            else:
                z = np.exp(logits - logits.max(axis=1, keepdims=True))
                probs.append(z[:, self.positive] / z.sum(axis=1))
        return np.concatenate(probs) if probs else np.zeros(0)

    def detect(self, texts: Sequence[str]) -> list[list[Finding]]:
        windows = self._windows(texts)
        probs = self._classify([e for _, e in windows])
        best: dict[int, tuple[float, Any]] = {}
        for (i, enc), p in zip(windows, probs):
            if i not in best or p > best[i][0]:
                best[i] = (float(p), enc)
        out: list[list[Finding]] = []
        for i, text in enumerate(texts):
            p, enc = best.get(i, (0.0, None))
            if enc is None or p < self.threshold:
                out.append([])
                continue
            spans = [o for o, special in zip(enc.offsets, enc.special_tokens_mask) if not special and o[1] > o[0]]
            start, end = (min(s for s, _ in spans), max(e for _, e in spans)) if spans else (0, len(text))
            severity = "high" if p >= 0.9 else "medium"
            out.append([Finding(self.kind, self.type, f"detector.{self.name}", severity, p, start, end, text)])
        return out

    def __repr__(self) -> str:
        return f"OnnxDetector(name={self.name!r}, window={self.window}, stride={self.stride}, threshold={self.threshold})"
