"""The built-in learned detector: a linear model over hashed n-grams, scored in Rust.

The model file format, the feature hashing and the scoring live in
`crates/aiguard-core/src/model.rs`; this module loads a file and shapes findings.
The default model ships in the package (`aiguard/models/injection.aigm`); how it was
trained and what it scores is in docs/detectors.md.
"""

from __future__ import annotations

import os
import threading
from importlib import resources
from typing import Sequence, Union

from .. import _aiguard
from ..exceptions import DetectorError
from ..result import Finding

DEFAULT_MODEL = "models/injection.aigm"

ModelSource = Union[str, os.PathLike, bytes, None]


def load_model(source: ModelSource = None) -> _aiguard.LinearModel:
    """A model from a file path, the file's bytes, or (None) the packaged default."""
    if source is None:
        name = f"aiguard/{DEFAULT_MODEL}"
        data = resources.files("aiguard").joinpath(DEFAULT_MODEL).read_bytes()
    elif isinstance(source, bytes):
        name, data = "<model bytes>", source
    else:
        name = os.fspath(source)
        try:
            with open(name, "rb") as fh:
                data = fh.read()
        except OSError as e:
            raise DetectorError(f"{name}: cannot read the model file ({e.strerror})") from None
    return _aiguard.LinearModel.from_bytes(data, name)


class LinearDetector:
    """Prompt injection by a linear model; a finding spans the best-scoring window
    (about 2 × the model's chunk length) and its score is the model's probability."""

    kinds = ("injection",)
    cost = 10.0  # µs per KB, measured in benches/test_detectors.py

    def __init__(self, model: ModelSource = None, *, threshold: float | None = None,
                 name: str = "injection-linear") -> None:
        self.name = name
        self.model = load_model(model)
        self.threshold = self.model.threshold if threshold is None else float(threshold)
        if not 0.0 <= self.threshold <= 1.0:
            raise ValueError(f"threshold must be in [0, 1], not {threshold!r}")
        self._rule_id = f"detector.{name}"

    _default: "LinearDetector | None" = None
    _default_lock = threading.Lock()

    @classmethod
    def default(cls) -> "LinearDetector":
        """The detector of the packaged injection model, loaded once."""
        with cls._default_lock:
            if cls._default is None:
                cls._default = cls()
            return cls._default

    def probability(self, text: str) -> float:
        """The model's probability that `text` is an injection attempt."""
        return self.model.score(text)[0]

    def detect(self, texts: Sequence[str]) -> list[list[Finding]]:
        out: list[list[Finding]] = []
        for text, (p, start, end, via) in zip(texts, self.model.score_batch(list(texts))):
            if p >= self.threshold and end > start:
                severity = "high" if p >= 0.9 else "medium"
                out.append([Finding("injection", "prompt_injection", self._rule_id, severity, p, start, end, text, via)])
            else:
                out.append([])
        return out

    def __repr__(self) -> str:
        return f"LinearDetector(name={self.name!r}, threshold={self.threshold:.3f}, config={self.model.config()})"
