"""The shared scan cases (tests/cases/scan_cases.toml) through the Python API."""

import pathlib
import tomllib

import pytest

CASES = tomllib.loads((pathlib.Path(__file__).parent / "cases" / "scan_cases.toml").read_text("utf-8"))["case"]


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_case(scanner, case):
    result = scanner.scan(case["text"])
    got = [[f.rule_id, f.start, f.end] for f in result if f.rule_id in case["rules"]]
    assert got == case["expect"]
    for f in result:
        assert 0 <= f.start < f.end <= len(case["text"])
