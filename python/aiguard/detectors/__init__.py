"""Detectors beside the rules: anything with `detect(texts) -> findings per text`.

    from aiguard import Scanner
    from aiguard.detectors import LinearDetector, cascade

    scanner = Scanner(detectors=[LinearDetector.default()])                 # always runs
    scanner = Scanner(detectors=[LinearDetector.default(),
                                 cascade(my_onnx_detector, timeout=2.0)],  # only uncertain or untrusted texts
                      detector_failure="open")                             # a failure is recorded, not raised
    scanner.scan(tool_output, untrusted=True)

A detector named by a string is loaded from the entry point group `aiguard.detectors`
(the built-in one is `injection-linear`). See docs/detectors.md.
"""

from __future__ import annotations

from typing import Protocol, Sequence, runtime_checkable

from ..result import Finding
from .linear import LinearDetector
from .runner import DetectorFailure, DetectorSet, Use, always, cascade, entry_point_names, load_entry_point


@runtime_checkable
class Detector(Protocol):
    """What a detector provides.

    `name`: short and unique, used in rule ids (`detector.<name>`) and error messages;
    `kinds`: the finding kinds it reports (`secret`, `pii`, `injection`);
    `cost`: its declared cost, in microseconds per KB of text; detectors run cheapest
    first, and one costing more than `CHEAP_COST` runs in cascade mode unless told otherwise;
    `detect(texts)`: one list of `Finding`s per text, in order, with Python str offsets.
    """

    name: str
    kinds: Sequence[str]
    cost: float

    def detect(self, texts: Sequence[str]) -> list[list[Finding]]: ...


def __getattr__(name: str):
    # The ONNX detector imports onnxruntime: only when asked for.
    if name == "OnnxDetector":
        from .onnx import OnnxDetector

        return OnnxDetector
    raise AttributeError(name)


__all__ = ["Detector", "DetectorSet", "DetectorFailure", "Use", "always", "cascade", "LinearDetector",
           "OnnxDetector", "entry_point_names", "load_entry_point"]
