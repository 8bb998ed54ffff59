"""Baseline files: findings accepted once (by fingerprint) so that CI fails only on new ones.

Fingerprints are keyed hashes (HMAC-SHA256), so a baseline only means something under the
same key across runs: it needs AIGUARD_FINGERPRINT_KEY (or `set_fingerprint_key`). The
file records a check value of the key, and a baseline written under another key is refused
rather than silently matching nothing.
"""

from __future__ import annotations

import json
import os
from typing import Iterable

from .. import result
from ..exceptions import InputError

VERSION = 1


def key_check(path: str) -> str:
    """The check value a baseline at `path` is written with; refused (`InputError`) while
    fingerprints do not compare across runs."""
    check = result.fingerprint_key_check()
    if check is None:
        raise InputError(f"{path}: a baseline needs fingerprints that compare across runs: "
                         "set AIGUARD_FINGERPRINT_KEY (a secret of 16 bytes or more) before aiguard is imported, "
                         "or call aiguard.set_fingerprint_key, for both writing and using it")
    return check


def load(path: str) -> frozenset[str]:
    check = key_check(path)
    try:
        with open(path, encoding="utf-8") as fh:
            data = json.load(fh)
    except json.JSONDecodeError as e:
        raise InputError(f"{path}:{e.lineno}: not a baseline file ({e.msg})") from None
    if not isinstance(data, dict) or data.get("version") != VERSION or not isinstance(data.get("fingerprints"), list):
        raise InputError(f"{path}: not an aiguard baseline (version {VERSION} with a fingerprints list)")
    if data.get("key_check") != check:
        raise InputError(f"{path}: written under another fingerprint key (AIGUARD_FINGERPRINT_KEY differs)")
    return frozenset(str(f) for f in data["fingerprints"])


def save(path: str, fingerprints: Iterable[str]) -> None:
    """Writes the baseline through a temporary file and a rename: never half a file."""
    data = {"version": VERSION, "key_check": key_check(path), "fingerprints": sorted(set(fingerprints))}
    tmp = f"{path}.tmp-{os.getpid()}"
    with open(tmp, "w", encoding="utf-8") as fh:
        json.dump(data, fh, indent=1)
        fh.write("\n")
    os.replace(tmp, path)
