import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import pytest  # noqa: E402

import aiguard  # noqa: E402


@pytest.fixture(scope="session", autouse=True)
def built_default_rules():
    """Built-in rules build their regexes on first use; the benchmarks measure steady
    scanning, so the shared default scanner builds them all before any timing."""
    aiguard.default_scanner().build_all()
