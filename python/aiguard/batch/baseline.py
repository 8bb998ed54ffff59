"""Baseline files: findings accepted once (by fingerprint) so that CI fails only on new ones.

Fingerprints are keyed hashes (HMAC-SHA256), so a baseline only means something under the
same key across runs: it needs AIGUARD_FINGERPRINT_KEY (or `set_fingerprint_key`). The
file records a check value of the key, and a baseline written under another key is refused
rather than silently matching nothing.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
from typing import Iterable

from .. import result
from ..exceptions import InputError

VERSION = 1


def _key_check() -> str:
    return hmac.new(result._fingerprint_key, b"aiguard baseline key check", hashlib.sha256).hexdigest()[:16]


def _require_stable_key(path: str) -> None:
    if not os.environ.get("AIGUARD_FINGERPRINT_KEY") and not result._fingerprint_key_set:
        raise InputError(f"{path}: a baseline needs fingerprints that compare across runs: "
                         "set AIGUARD_FINGERPRINT_KEY (a secret of 16 bytes or more) for both writing and using it")


def load(path: str) -> frozenset[str]:
    _require_stable_key(path)
    try:
        with open(path, encoding="utf-8") as fh:
            data = json.load(fh)
    except json.JSONDecodeError as e:
        raise InputError(f"{path}:{e.lineno}: not a baseline file ({e.msg})") from None
    if not isinstance(data, dict) or data.get("version") != VERSION or not isinstance(data.get("fingerprints"), list):
        raise InputError(f"{path}: not an aiguard baseline (version {VERSION} with a fingerprints list)")
    if data.get("key_check") != _key_check():
        raise InputError(f"{path}: written under another fingerprint key (AIGUARD_FINGERPRINT_KEY differs)")
    return frozenset(str(f) for f in data["fingerprints"])


def save(path: str, fingerprints: Iterable[str]) -> None:
    """Writes the baseline through a temporary file and a rename: never half a file."""
    _require_stable_key(path)
    data = {"version": VERSION, "key_check": _key_check(), "fingerprints": sorted(set(fingerprints))}
    tmp = f"{path}.tmp-{os.getpid()}"
    with open(tmp, "w", encoding="utf-8") as fh:
        json.dump(data, fh, indent=1)
        fh.write("\n")
    os.replace(tmp, path)
