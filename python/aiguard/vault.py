"""A reversible vault: typed placeholders (`<EMAIL_1>`) in the text sent to a model, and
their values put back in its answer (`vault.restore`), also when the answer streams in.

One vault is one conversation: the same value gets the same placeholder throughout it,
and placeholders of one conversation never restore in another. Values live in memory
only, unless the caller hands in a `store` (any mutable mapping, e.g. a wrapper around
a cache shared between processes), which then holds `placeholder -> (value, expires_at)`.
"""

from __future__ import annotations

import functools
import re
import threading
import time
from typing import Callable, MutableMapping, Optional, Tuple

# Labels are bounded so that matching stays linear; numbers start at 1.
PLACEHOLDER = re.compile(r"<([A-Z][A-Z0-9_]{0,39})_([1-9][0-9]{0,8})>")
_MAX_PLACEHOLDER = 1 + 40 + 1 + 9 + 1
# A tail that may grow into a placeholder when the next chunk arrives.
_OPEN_TAIL = re.compile(r"<(?:[A-Z][A-Z0-9_]{0,39}(?:_[0-9]{0,9})?)?\Z")
_NOT_LABEL = re.compile(r"[^A-Z0-9]+")
_PURGE_EVERY = 64

Entry = Tuple[str, Optional[float]]


@functools.lru_cache(maxsize=1024)
def label_of(finding_type: str) -> str:
    """The placeholder label of a finding type: `email` -> `EMAIL`, `github_token` -> `GITHUB_TOKEN`."""
    label = _NOT_LABEL.sub("_", finding_type.upper()).strip("_")[:40].rstrip("_")
    if not label or not label[0].isalpha():
        label = ("V_" + label)[:40].rstrip("_")
    return label


class Vault:
    """Placeholder <-> value map of one conversation; safe to share between threads.

    `ttl`: seconds an entry lives after it was last handed out (None: for the vault's
    lifetime); an expired placeholder no longer restores, and its number is never reused.
    `clock`: the time source for `ttl` (monotonic by default; inject one in tests, or use
    `time.time` with a store shared between processes).
    """

    def __init__(self, *, ttl: float | None = None, clock: Callable[[], float] = time.monotonic,
                 store: MutableMapping[str, Entry] | None = None) -> None:
        if ttl is not None and not ttl > 0:
            raise ValueError("ttl must be a positive number of seconds, or None")
        self._ttl = ttl
        self._clock = clock
        self._lock = threading.Lock()
        self._store: MutableMapping[str, Entry] = {} if store is None else store
        self._by_value: dict[tuple[str, str], str] = {}
        self._counters: dict[str, int] = {}
        self._added = 0
        for ph, (value, _expires) in list(self._store.items()):
            m = PLACEHOLDER.fullmatch(ph)
            if m is None:
                raise ValueError("the vault store holds a key that is not a placeholder")
            label, n = m.group(1), int(m.group(2))
            self._by_value[(label, value)] = ph
            self._counters[label] = max(self._counters.get(label, 0), n)

    def placeholder(self, label: str, value: str) -> str:
        """The placeholder of `value` under `label` (a new one the first time, or after expiry)."""
        if self._ttl is None:  # without expiry a known value needs no lock: single dict reads are atomic
            ph = self._by_value.get((label, value))
            if ph is not None and ph in self._store:
                return ph
        now = self._clock() if self._ttl is not None else 0.0
        expires = now + self._ttl if self._ttl is not None else None
        with self._lock:
            key = (label, value)
            ph = self._by_value.get(key)
            if ph is not None:
                entry = self._store.get(ph)
                if entry is not None and (entry[1] is None or entry[1] > now):
                    if expires is not None:
                        self._store[ph] = (value, expires)
                    return ph
            n = self._counters.get(label, 0) + 1
            self._counters[label] = n
            ph = f"<{label}_{n}>"
            self._store[ph] = (value, expires)
            self._by_value[key] = ph
            self._added += 1
            if self._ttl is not None and self._added % _PURGE_EVERY == 0:
                self._purge(now)
            return ph

    def _purge(self, now: float) -> None:
        for ph, (value, expires) in list(self._store.items()):
            if expires is not None and expires <= now:
                del self._store[ph]
                label = ph[1:ph.rindex("_")]
                if self._by_value.get((label, value)) == ph:
                    del self._by_value[(label, value)]

    def purge(self) -> None:
        """Forgets every expired entry now (it happens on its own every few insertions)."""
        with self._lock:
            self._purge(self._clock())

    def restore(self, text: str) -> str:
        """`text` with every live placeholder of this vault replaced by its value; unknown
        and expired placeholders are left as they are."""
        if "<" not in text:
            return text
        now = self._clock() if self._ttl is not None else 0.0
        store = self._store

        def value_of(m: re.Match) -> str:
            entry = store.get(m.group(0))
            if entry is None or (entry[1] is not None and entry[1] <= now):
                return m.group(0)
            return entry[0]

        with self._lock:
            return PLACEHOLDER.sub(value_of, text)

    def restorer(self) -> "Restorer":
        """A streaming restorer: feed it chunks of a model's answer as they arrive."""
        return Restorer(self)

    def __len__(self) -> int:
        with self._lock:
            return len(self._store)

    def clear(self) -> None:
        """Forgets every value (the end of the conversation). Numbers are not reused."""
        with self._lock:
            self._store.clear()
            self._by_value.clear()

    def __repr__(self) -> str:
        return f"Vault({len(self)} entries, ttl={self._ttl})"


class Restorer:
    """Restores placeholders in a stream of chunks, also those split across chunks.

    `feed(chunk)` returns the restored text that is safe to emit now; it holds back at
    most a placeholder's length (a trailing `<...` that the next chunk may complete).
    `close()` returns what is left.
    """

    def __init__(self, vault: Vault) -> None:
        self._vault = vault
        self._pending = ""

    def feed(self, chunk: str) -> str:
        text = self._pending + chunk
        cut = len(text)
        lt = text.rfind("<", max(0, len(text) - _MAX_PLACEHOLDER))
        if lt >= 0 and _OPEN_TAIL.match(text, lt):
            cut = lt
        self._pending = text[cut:]
        return self._vault.restore(text[:cut])

    def close(self) -> str:
        text, self._pending = self._pending, ""
        return self._vault.restore(text)
