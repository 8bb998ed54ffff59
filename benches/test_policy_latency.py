"""What a policy adds to a scan: decision, reasons and redaction (placeholders in a vault)
for a 2 KB prompt with a few findings, timed on its own and beside the plain scan of the
same text in the same run. check_budget.py reads `test_policy_overhead` against its budget."""

from __future__ import annotations

import pytest

import aiguard
from aiguard import Policy, Vault
from workloads import prompt

TEXT = prompt(2048, 4)


@pytest.fixture(scope="module")
def scanner():
    s = aiguard.default_scanner()
    s.scan("warm up")
    return s


@pytest.fixture(scope="module")
def policy():
    return Policy.preset("high")


def test_policy_overhead(benchmark, scanner, policy):
    """Policy and redaction alone, on the findings of a scan done once."""
    found = scanner.scan(TEXT)
    vault = Vault()
    policy.decide(found, TEXT, "input", vault)  # the conversation has seen these values before
    benchmark.extra_info.update(bytes=len(TEXT.encode()), findings=len(found))
    result = benchmark(policy.decide, found, TEXT, "input", vault)
    assert result.redacted_text != TEXT and len(found) >= 3


def test_scan_plain_2kb(benchmark, scanner):
    """The baseline: the same text scanned without a policy."""
    benchmark.extra_info.update(bytes=len(TEXT.encode()))
    benchmark(scanner.scan, TEXT)


def test_scan_with_policy_2kb(benchmark, scanner, policy):
    vault = Vault()
    benchmark.extra_info.update(bytes=len(TEXT.encode()))
    result = benchmark(lambda: scanner.scan(TEXT, policy=policy, vault=vault))
    assert result.decision.value in ("redact", "block")
