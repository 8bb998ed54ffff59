"""What the built-in learned detector adds to a scan, beside the rules-only scan measured
in the same run: the detector alone on a 2 KB prompt (the budget), and the whole scan
with and without it. check_budget.py reads the p95s; nothing here asserts a time."""

from __future__ import annotations

import pytest

import aiguard
from aiguard.detectors import LinearDetector
from workloads import prompt

TEXT_2KB = prompt(2048, 2)


@pytest.fixture(scope="module")
def detector():
    d = LinearDetector.default()
    d.detect(["warm up"])
    return d


@pytest.fixture(scope="module")
def scanners(detector):
    rules = aiguard.default_scanner()
    both = aiguard.Scanner(detectors=[detector])
    both.build_all()  # the shared default scanner is built by conftest.py
    return rules, both


def test_linear_detector_2kb(benchmark, detector):
    benchmark.extra_info.update(bytes=len(TEXT_2KB.encode()))
    benchmark(detector.detect, [TEXT_2KB])


def test_scan_rules_only_2kb(benchmark, scanners):
    benchmark.extra_info.update(bytes=len(TEXT_2KB.encode()))
    benchmark(scanners[0].scan, TEXT_2KB)


def test_scan_rules_and_linear_2kb(benchmark, scanners):
    benchmark.extra_info.update(bytes=len(TEXT_2KB.encode()))
    result = benchmark(scanners[1].scan, TEXT_2KB)
    assert result.findings
