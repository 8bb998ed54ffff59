import pytest

import aiguard


@pytest.fixture(scope="session")
def scanner() -> aiguard.Scanner:
    return aiguard.default_scanner()
