"""Random values for the blind batches of tests/data/secrets_pii_own.jsonl
(tools/gen_own_secrets_pii_bN.py): alphabets, and draws from a batch's own seeded
generator, so that adding or changing a batch shifts no other batch's values."""

from __future__ import annotations

import base64
import random
import string

UPPER = string.ascii_uppercase
LOWER = string.ascii_lowercase
DIGITS = string.digits
ALNUM = UPPER + LOWER + DIGITS
LOWALNUM = LOWER + DIGITS
UPALNUM = UPPER + DIGITS
HEX = "0123456789abcdef"
UPHEX = "0123456789ABCDEF"
B64 = ALNUM + "+/"
B64URL = ALNUM + "-_"


class Draw:
    """Draws from one generator (`random.Random(seed)`), in the order they are asked for."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)

    def pick(self, xs):
        return self.rng.choice(xs)

    def rs(self, n: int, alphabet: str = ALNUM) -> str:
        """A random string, drawn again until no character fills a third of it and it
        holds no `xxxx` (which reads as a placeholder)."""
        while True:
            s = "".join(self.rng.choice(alphabet) for _ in range(n))
            if n < 8 or (max(s.count(c) for c in set(s)) * 3 < n and "xxxx" not in s.lower()):
                return s

    def nd(self, n: int) -> str:
        """n digits, the first not 0."""
        return str(self.rng.randint(1, 9)) + "".join(self.rng.choice(DIGITS) for _ in range(n - 1))

    def uuid(self) -> str:
        h = self.rs(32, HEX)
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{self.pick('89ab')}{h[17:20]}-{h[20:32]}"

    def rb(self, n: int) -> bytes:
        return bytes(self.rng.getrandbits(8) for _ in range(n))


def b64e(b: bytes) -> str:
    return base64.b64encode(b).decode()


def b64u(b: bytes) -> str:
    return base64.urlsafe_b64encode(b).decode().rstrip("=")
