#!/usr/bin/env python3
"""Generates tests/data/secrets_pii_own.jsonl: a labelled set of secrets, personal data
and hard negatives in the corpus format of ../shared/corpus/README.md, written for
aiguard to check that the secret and PII rules hold up on formats and wrappers the dev
corpus does not show.

Every value is generated here: credentials are random bodies in each provider's
documented format (with the real checksum where the format has one: GitHub CRC32,
Luhn, IBAN mod-97, national id check digits, base58check / bech32, EIP-55); none is a
live credential or a real person. Standard library only, fixed seed, so the file is
reproducible:

    python tools/gen_own_secrets_pii.py            # writes tests/data/secrets_pii_own.jsonl
    python tools/gen_own_secrets_pii.py -o FILE --seed 7
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import importlib
import json
import os
import random
import string
import sys
import zlib
from pathlib import Path

R = random.Random()

UPPER = string.ascii_uppercase
LOWER = string.ascii_lowercase
DIGITS = string.digits
ALNUM = string.ascii_letters + string.digits
LOWALNUM = LOWER + DIGITS
UPALNUM = UPPER + DIGITS
HEX = "0123456789abcdef"
B64 = ALNUM + "+/"
B64URL = ALNUM + "-_"
BASE32 = UPPER + "234567"


def pick(xs):
    return R.choice(xs)


def rs(n: int, alphabet: str = ALNUM) -> str:
    """Random string; re-drawn until it has no long run of one character."""
    while True:
        s = "".join(R.choice(alphabet) for _ in range(n))
        if n < 8 or (max(s.count(c) for c in set(s)) * 3 < n and "xxxx" not in s.lower()):
            return s


def b64url_nopad(b: bytes) -> str:
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def b64(b: bytes) -> str:
    return base64.b64encode(b).decode()


# ------------------------------------------------------------------ checksums


def base62(n: int, width: int) -> str:
    alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
    out = []
    for _ in range(width):
        out.append(alphabet[n % 62])
        n //= 62
    return "".join(reversed(out))


def github_token(prefix: str) -> str:
    body = rs(30)
    return f"{prefix}_{body}{base62(zlib.crc32(body.encode()), 6)}"


def luhn_complete(partial: str) -> str:
    """Appends the Luhn check digit."""
    total = 0
    for i, ch in enumerate(reversed(partial)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return partial + str((10 - total % 10) % 10)


def luhn_ok(s: str) -> bool:
    d = [int(c) for c in s if c.isdigit()]
    total = 0
    for i, x in enumerate(reversed(d)):
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        total += x
    return total % 10 == 0


def card(brand: str) -> str:
    prefixes = {
        "visa": (["4"], 16),
        "visa13": (["4"], 13),
        "mastercard": (["51", "52", "53", "54", "55"], 16),
        "mastercard2": ([str(R.randint(2221, 2720))], 16),
        "amex": (["34", "37"], 15),
        "discover": (["6011", "65", str(R.randint(644, 649))], 16),
        "jcb": ([str(R.randint(3528, 3589))], 16),
        "diners": (["36", "38", str(R.randint(300, 305))], 14),
        "unionpay": (["62"], 16),
        "unionpay19": (["62"], 19),
        "maestro": (["6759", "5018", "5020", "5038"], 16),
        "mir": ([str(R.randint(2200, 2204))], 16),
        "visa19": (["4"], 19),
    }
    pres, n = prefixes[brand]
    p = pick(pres)
    body = p + "".join(pick(DIGITS) for _ in range(n - len(p) - 1))
    return luhn_complete(body)


def card_layout(num: str, sep: str) -> str:
    if sep == "" or len(num) == 13:
        return num
    if len(num) == 15:
        return sep.join([num[:4], num[4:10], num[10:]])
    if len(num) == 14:
        return sep.join([num[:4], num[4:10], num[10:]])
    groups = [num[i : i + 4] for i in range(0, len(num), 4)]
    return sep.join(groups)


# IBAN: country -> BBAN layout (a = letter, n = digit, c = either)
IBAN_LAYOUT = {
    "DE": "nnnnnnnnnnnnnnnnnn",
    "GB": "aaaannnnnnnnnnnnnn",
    "FR": "nnnnnnnnnncccccccccccnn",
    "ES": "nnnnnnnnnnnnnnnnnnnn",
    "IT": "annnnnnnnnncccccccccccc",
    "NL": "aaaannnnnnnnnn",
    "BE": "nnnnnnnnnnnn",
    "AT": "nnnnnnnnnnnnnnnn",
    "CH": "nnnnncccccccccccc",
    "PL": "nnnnnnnnnnnnnnnnnnnnnnnn",
    "PT": "nnnnnnnnnnnnnnnnnnnnn",
    "IE": "aaaannnnnnnnnnnnnn",
    "SE": "nnnnnnnnnnnnnnnnnnnn",
    "DK": "nnnnnnnnnnnnnn",
    "FI": "nnnnnnnnnnnnnn",
    "NO": "nnnnnnnnnnn",
    "LU": "nnnccccccccccccc",
    "CZ": "nnnnnnnnnnnnnnnnnnnn",
    "GR": "nnnnnnncccccccccccccccc",
    "RO": "aaaacccccccccccccccc",
    "HU": "nnnnnnnnnnnnnnnnnnnnnnnn",
    "TR": "nnnnn0cccccccccccccccc",
    "SA": "nncccccccccccccccccc",
    "AE": "nnnnnnnnnnnnnnnnnnn",
    "BR": "nnnnnnnnnnnnnnnnnnnnnnnac",
    "HR": "nnnnnnnnnnnnnnnnn",
    "LT": "nnnnnnnnnnnnnnnn",
    "MT": "aaaannnnncccccccccccccccccc",
}


def iban_check(country: str, bban: str) -> str:
    s = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return f"{98 - int(num) % 97:02d}"


def iban(country: str) -> str:
    layout = IBAN_LAYOUT[country]
    bban = "".join(pick(UPPER) if t == "a" else pick(DIGITS) if t == "n" else pick(UPALNUM) if t == "c" else t for t in layout)
    return country + iban_check(country, bban) + bban


def iban_grouped(s: str) -> str:
    return " ".join(s[i : i + 4] for i in range(0, len(s), 4))


def ssn() -> str:
    while True:
        area = R.randint(1, 899)
        if area != 666:
            break
    return f"{area:03d}-{R.randint(1, 99):02d}-{R.randint(1, 9999):04d}"


def nino() -> str:
    first = "ABCEGHJKLMNOPRSTWXYZ"
    second = "ABCEGHJKLMNPRSTWXYZ"
    while True:
        p = pick(first) + pick(second)
        if p not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ"):
            break
    return p + "".join(pick(DIGITS) for _ in range(6)) + pick("ABCD")


def dni() -> str:
    n = R.randint(10000000, 99999999)
    return f"{n:08d}" + "TRWAGMYFPDXBNJZSQVHLCKE"[n % 23]


def nie() -> str:
    lead = R.randint(0, 2)
    n = R.randint(1000000, 9999999)
    return "XYZ"[lead] + f"{n:07d}" + "TRWAGMYFPDXBNJZSQVHLCKE"[(lead * 10_000_000 + n) % 23]


def bsn() -> str:
    while True:
        d = [R.randint(0, 9) for _ in range(8)]
        d[0] = R.randint(1, 9)
        s = sum(x * w for x, w in zip(d, [9, 8, 7, 6, 5, 4, 3, 2]))
        last = s % 11
        if last < 10:
            return "".join(map(str, d)) + str(last)


def nir() -> str:
    sex = pick("12")
    yy = f"{R.randint(40, 99):02d}"
    mm = f"{R.randint(1, 12):02d}"
    dep = f"{R.randint(1, 95):02d}"
    com = f"{R.randint(1, 999):03d}"
    order = f"{R.randint(1, 999):03d}"
    body = sex + yy + mm + dep + com + order
    key = 97 - int(body) % 97
    return body + f"{key:02d}"


def codice_fiscale() -> str:
    odd = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]
    s = (
        "".join(pick("BCDFGHLMNPRSTVZ") for _ in range(3))
        + "".join(pick("BCDFGHLMNPRSTVZ") for _ in range(3))
        + f"{R.randint(40, 99):02d}"
        + pick("ABCDEHLMPRST")
        + f"{R.choice([R.randint(1, 28), R.randint(41, 68)]):02d}"
        + pick("ABCDEFGHLM")
        + f"{R.randint(1, 999):03d}"
    )
    total = 0
    for i, ch in enumerate(s):
        v = int(ch) if ch.isdigit() else ord(ch) - 65
        total += odd[v] if i % 2 == 0 else v
    return s + chr(65 + total % 26)


def pesel() -> str:
    yy = R.randint(0, 99)
    century = pick([0, 20]) if yy < 24 else 0
    mm = R.randint(1, 12) + century
    dd = R.randint(1, 28)
    body = f"{yy:02d}{mm:02d}{dd:02d}{R.randint(0, 9999):04d}"
    s = sum(int(c) * w for c, w in zip(body, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]))
    return body + str((10 - s % 10) % 10)


def personnummer() -> str:
    yy, mm, dd = R.randint(40, 99), R.randint(1, 12), R.randint(1, 28)
    body = f"{yy:02d}{mm:02d}{dd:02d}{R.randint(0, 999):03d}"
    full = luhn_complete(body)
    return f"{full[:6]}-{full[6:]}"


def cn_id() -> str:
    region = pick(["110105", "310104", "440305", "320106", "510107"])
    y, m, d = R.randint(1950, 2005), R.randint(1, 12), R.randint(1, 28)
    body = f"{region}{y}{m:02d}{d:02d}{R.randint(0, 999):03d}"
    s = sum(int(c) * ((1 << (17 - i)) % 11) for i, c in enumerate(body))
    check = (12 - s % 11) % 11
    return body + ("X" if check == 10 else str(check))


VD = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
    [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
    [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
    [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
    [4, 0, 1, 2, 3, 9, 5, 6, 7, 8],
    [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
    [6, 5, 9, 8, 7, 1, 0, 4, 3, 2],
    [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
    [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
    [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
]
VP = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
    [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
    [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
    [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
    [9, 4, 5, 3, 1, 2, 8, 7, 0, 6],
    [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
    [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
    [7, 0, 4, 6, 9, 1, 3, 2, 8, 5],
]
VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def aadhaar() -> str:
    body = str(R.randint(2, 9)) + "".join(pick(DIGITS) for _ in range(10))
    c = 0
    for i, ch in enumerate(reversed(body)):
        c = VD[c][VP[(i + 1) % 8][int(ch)]]
    full = body + str(VINV[c])
    return f"{full[:4]} {full[4:8]} {full[8:]}"


def cpf() -> str:
    d = [R.randint(0, 9) for _ in range(9)]
    for n in (9, 10):
        s = sum(x * (n + 1 - i) for i, x in enumerate(d[:n]))
        r = s * 10 % 11
        d.append(0 if r == 10 else r)
    s = "".join(map(str, d))
    return f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}"


def cnpj() -> str:
    d = [R.randint(0, 9) for _ in range(8)] + [0, 0, 0, 1]
    for n in (12, 13):
        w = [((n - 1 - i) % 8) + 2 for i in range(n)]
        r = sum(x * y for x, y in zip(d[:n], w)) % 11
        d.append(0 if r < 2 else 11 - r)
    s = "".join(map(str, d))
    return f"{s[:2]}.{s[2:5]}.{s[5:8]}/{s[8:12]}-{s[12:]}"


def sin() -> str:
    body = str(pick("1234567 9".replace(" ", ""))) + "".join(pick(DIGITS) for _ in range(7))
    full = luhn_complete(body)
    return f"{full[:3]} {full[3:6]} {full[6:]}"


def steuer_id() -> str:
    while True:
        digits = R.sample(range(10), 9)
        if digits[0] == 0:
            continue
        rep = R.choice(digits)
        d = digits + [rep]
        d = [d[0]] + R.sample(d[1:], 9)
        if d[0] == 0:
            continue
        p = 10
        for x in d:
            s = (x + p) % 10
            if s == 0:
                s = 10
            p = s * 2 % 11
        check = (11 - p) % 10
        return "".join(map(str, d)) + str(check)


def hetu() -> str:
    dd, mm, yy = R.randint(1, 28), R.randint(1, 12), R.randint(40, 99)
    ind = R.randint(2, 899)
    n = int(f"{dd:02d}{mm:02d}{yy:02d}{ind:03d}")
    return f"{dd:02d}{mm:02d}{yy:02d}-{ind:03d}" + "0123456789ABCDEFHJKLMNPRSTUVWXY"[n % 31]


def fnr() -> str:
    while True:
        dd, mm, yy = R.randint(1, 28), R.randint(1, 12), R.randint(40, 99)
        d = [int(c) for c in f"{dd:02d}{mm:02d}{yy:02d}{R.randint(0, 499):03d}"]
        k1 = 11 - sum(x * w for x, w in zip(d, [3, 7, 6, 1, 8, 9, 4, 5, 2])) % 11
        k1 = 0 if k1 == 11 else k1
        if k1 == 10:
            continue
        d.append(k1)
        k2 = 11 - sum(x * w for x, w in zip(d, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2])) % 11
        k2 = 0 if k2 == 11 else k2
        if k2 == 10:
            continue
        d.append(k2)
        return "".join(map(str, d))


def inn12() -> str:
    d = [R.randint(0, 9) for _ in range(10)]
    d[0] = R.randint(1, 9)
    d.append(sum(x * w for x, w in zip(d, [7, 2, 4, 10, 3, 5, 9, 4, 6, 8])) % 11 % 10)
    d.append(sum(x * w for x, w in zip(d, [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8])) % 11 % 10)
    return "".join(map(str, d))


def snils() -> str:
    d = [R.randint(0, 9) for _ in range(9)]
    s = sum(x * w for x, w in zip(d, [9, 8, 7, 6, 5, 4, 3, 2, 1])) % 101
    c = 0 if s == 100 else s
    t = "".join(map(str, d))
    return f"{t[:3]}-{t[3:6]}-{t[6:]} {c:02d}"


# ------------------------------------------------------------------ crypto addresses

B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def b58encode(b: bytes) -> str:
    n = int.from_bytes(b, "big")
    out = ""
    while n:
        n, r = divmod(n, 58)
        out = B58[r] + out
    pad = len(b) - len(b.lstrip(b"\0"))
    return "1" * pad + out


def btc_legacy(version: int) -> str:
    payload = bytes([version]) + bytes(R.getrandbits(8) for _ in range(20))
    check = hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    return b58encode(payload + check)


BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def bech32_polymod(values):
    gen = [0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3]
    chk = 1
    for v in values:
        b = chk >> 25
        chk = (chk & 0x1FFFFFF) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if ((b >> i) & 1) else 0
    return chk


def convertbits(data, frombits, tobits):
    acc, bits, ret, maxv = 0, 0, [], (1 << tobits) - 1
    for value in data:
        acc = (acc << frombits) | value
        bits += frombits
        while bits >= tobits:
            bits -= tobits
            ret.append((acc >> bits) & maxv)
    if bits:
        ret.append((acc << (tobits - bits)) & maxv)
    return ret


def btc_bech32(witver: int = 0, nbytes: int = 20) -> str:
    hrp = "bc"
    prog = [R.getrandbits(8) for _ in range(nbytes)]
    data = [witver] + convertbits(prog, 8, 5)
    const = 1 if witver == 0 else 0x2BC830A3
    values = [ord(x) >> 5 for x in hrp] + [0] + [ord(x) & 31 for x in hrp] + data
    polymod = bech32_polymod(values + [0] * 6) ^ const
    checksum = [(polymod >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(BECH[d] for d in data + checksum)


def keccak256(data: bytes) -> bytes:
    rc = [
        0x0000000000000001, 0x0000000000008082, 0x800000000000808A, 0x8000000080008000,
        0x000000000000808B, 0x0000000080000001, 0x8000000080008081, 0x8000000000008009,
        0x000000000000008A, 0x0000000000000088, 0x0000000080008009, 0x000000008000000A,
        0x000000008000808B, 0x800000000000008B, 0x8000000000008089, 0x8000000000008003,
        0x8000000000008002, 0x8000000000000080, 0x000000000000800A, 0x800000008000000A,
        0x8000000080008081, 0x8000000000008080, 0x0000000080000001, 0x8000000080008008,
    ]
    rot = [[0, 36, 3, 41, 18], [1, 44, 10, 45, 2], [62, 6, 43, 15, 61], [28, 55, 25, 21, 56], [27, 20, 39, 8, 14]]
    mask = (1 << 64) - 1

    def rol(x, n):
        return ((x << n) | (x >> (64 - n))) & mask if n else x

    rate = 136
    msg = bytearray(data) + b"\x01"
    while len(msg) % rate:
        msg += b"\0"
    msg[-1] |= 0x80
    a = [[0] * 5 for _ in range(5)]
    for off in range(0, len(msg), rate):
        block = msg[off : off + rate]
        for i in range(rate // 8):
            a[i % 5][i // 5] ^= int.from_bytes(block[8 * i : 8 * i + 8], "little")
        for r in range(24):
            c = [a[x][0] ^ a[x][1] ^ a[x][2] ^ a[x][3] ^ a[x][4] for x in range(5)]
            d = [c[(x - 1) % 5] ^ rol(c[(x + 1) % 5], 1) for x in range(5)]
            a = [[a[x][y] ^ d[x] for y in range(5)] for x in range(5)]
            b = [[0] * 5 for _ in range(5)]
            for x in range(5):
                for y in range(5):
                    b[y][(2 * x + 3 * y) % 5] = rol(a[x][y], rot[x][y])
            a = [[b[x][y] ^ (~b[(x + 1) % 5][y] & b[(x + 2) % 5][y]) for y in range(5)] for x in range(5)]
            a[0][0] ^= rc[r]
    out = b"".join(a[i % 5][i // 5].to_bytes(8, "little") for i in range(4))
    return out


def eth_address(checksummed: bool = True) -> str:
    h = "".join(pick(HEX) for _ in range(40))
    if not checksummed:
        return "0x" + h
    digest = keccak256(h.encode()).hex()
    return "0x" + "".join(c.upper() if c.isalpha() and int(digest[i], 16) >= 8 else c for i, c in enumerate(h))


# ------------------------------------------------------------------ credential values


def jwt_token(claims: dict | None = None, alg: str = "HS256") -> str:
    header = {"alg": alg, "typ": "JWT"}
    if claims is None:
        now = R.randint(1_650_000_000, 1_750_000_000)
        claims = {"sub": str(R.randint(10_000, 99_999_999)), "iat": now, "exp": now + 3600}
        if R.random() < 0.5:
            claims["scope"] = pick(["read write", "admin", "api:all", "openid profile email"])
    sig_len = 43 if alg.startswith("HS") or alg.startswith("ES") else 342
    return (
        b64url_nopad(json.dumps(header, separators=(",", ":")).encode())
        + "."
        + b64url_nopad(json.dumps(claims, separators=(",", ":")).encode())
        + "."
        + rs(sig_len, B64URL)
    )


def supabase_service_jwt() -> str:
    ref = rs(20, LOWER)
    now = R.randint(1_650_000_000, 1_720_000_000)
    return jwt_token({"iss": "supabase", "ref": ref, "role": "service_role", "iat": now, "exp": now + 315_360_000})


def pem_body(nbytes: int, head: bytes = b"", width: int = 64) -> list[str]:
    raw = head + bytes(R.getrandbits(8) for _ in range(nbytes - len(head)))
    s = b64(raw)
    return [s[i : i + width] for i in range(0, len(s), width)]


def private_key(kind: str) -> str:
    if kind == "rsa":
        lines = pem_body(1190, bytes.fromhex("308204a40201000282010100"))
        return "-----BEGIN RSA PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END RSA PRIVATE KEY-----"
    if kind == "ec":
        lines = pem_body(121, bytes.fromhex("30770201010420"))
        return "-----BEGIN EC PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END EC PRIVATE KEY-----"
    if kind == "pkcs8":
        lines = pem_body(1217, bytes.fromhex("308204bd020100300d06092a864886f70d0101010500048204a7"))
        return "-----BEGIN PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END PRIVATE KEY-----"
    if kind == "pkcs8-ec":
        lines = pem_body(138, bytes.fromhex("308187020100301306072a8648ce3d020106082a8648ce3d030107046d306b0201010420"))
        return "-----BEGIN PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END PRIVATE KEY-----"
    if kind == "encrypted":
        lines = pem_body(1298, bytes.fromhex("3082051c304e06092a864886f70d01050d3041"))
        return "-----BEGIN ENCRYPTED PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END ENCRYPTED PRIVATE KEY-----"
    if kind == "openssh":
        lines = pem_body(
            R.choice([399, 2590]), b"openssh-key-v1\x00\x00\x00\x00\x04none\x00\x00\x00\x04none\x00\x00\x00\x00\x00\x00\x00\x01", 70
        )
        return "-----BEGIN OPENSSH PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END OPENSSH PRIVATE KEY-----"
    if kind == "dsa":
        lines = pem_body(444, bytes.fromhex("308201bb02010002818100"))
        return "-----BEGIN DSA PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END DSA PRIVATE KEY-----"
    if kind == "pgp":
        lines = pem_body(R.choice([900, 1300]), b"\x95\x03\x98\x04", 64)
        crc = "=" + rs(4, B64)
        return (
            "-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n"
            + "\n".join(lines)
            + "\n"
            + crc
            + "\n-----END PGP PRIVATE KEY BLOCK-----"
        )
    if kind == "rsa-legacy-encrypted":
        lines = pem_body(1192)
        return (
            "-----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,"
            + rs(32, "0123456789ABCDEF")
            + "\n\n"
            + "\n".join(lines)
            + "\n-----END RSA PRIVATE KEY-----"
        )
    raise ValueError(kind)


def aws_secret() -> str:
    while True:
        s = rs(40, B64)
        if any(c.isdigit() for c in s) and any(c.isupper() for c in s) and any(c.islower() for c in s):
            return s


def aws_session_token() -> str:
    head = pick(["IQoJb3JpZ2luX2Vj", "IQoJb3JpZ2luX2VjE", "FwoGZXIvYXdzE"])
    return head + rs(R.choice([344, 420, 600, 868]), B64)


def azure_client_secret() -> str:
    return rs(3, ALNUM + "_-") + pick(DIGITS) + "Q~" + rs(33, ALNUM + "_~.-") + pick(ALNUM)


def sas_query() -> str:
    sv = pick(["2022-11-02", "2021-08-06", "2023-01-03", "2020-08-04"])
    st = f"2024-0{R.randint(1, 9)}-{R.randint(10, 28)}T0{R.randint(0, 9)}:00:00Z"
    se = f"2025-0{R.randint(1, 9)}-{R.randint(10, 28)}T0{R.randint(0, 9)}:00:00Z"
    sig = b64(bytes(R.getrandbits(8) for _ in range(32))).replace("+", "%2B").replace("/", "%2F").replace("=", "%3D")
    if R.random() < 0.5:
        return f"sv={sv}&ss=bfqt&srt=sco&sp=rwdlacupiytfx&se={se}&st={st}&spr=https&sig={sig}"
    return f"sp=r&st={st}&se={se}&spr=https&sv={sv}&sr=b&sig={sig}"


def slack_bot() -> str:
    return f"xoxb-{R.randint(10**11, 10**12 - 1)}-{R.randint(10**12, 10**13 - 1)}-{rs(24)}"


def slack_user() -> str:
    return f"xoxp-{R.randint(10**11, 10**12 - 1)}-{R.randint(10**11, 10**12 - 1)}-{R.randint(10**12, 10**13 - 1)}-{rs(32, HEX)}"


def slack_webhook() -> str:
    if R.random() < 0.75:
        return f"https://hooks.slack.com/services/T{rs(8, UPALNUM)}/B{rs(10, UPALNUM)}/{rs(24)}"
    return f"https://hooks.slack.com/workflows/T{rs(8, UPALNUM)}/A{rs(10, UPALNUM)}/{R.randint(10**17, 10**18 - 1)}/{rs(24)}"


def discord_bot() -> str:
    uid = str(R.randint(10**17, 14 * 10**17))
    return b64url_nopad(uid.encode()) + "." + rs(6, B64URL) + "." + rs(pick([27, 38]), B64URL)


def telegram_bot() -> str:
    return f"{R.randint(10**8, 8 * 10**9)}:AA{rs(33, B64URL)}"


def openai_project() -> str:
    return "sk-proj-" + rs(74, B64URL) + "T3BlbkFJ" + rs(74, B64URL)


def openai_svcacct() -> str:
    return "sk-svcacct-" + rs(74, B64URL) + "T3BlbkFJ" + rs(74, B64URL)


def openai_legacy() -> str:
    return "sk-" + rs(20) + "T3BlbkFJ" + rs(20)


def anthropic_key(kind: str = "api03") -> str:
    return f"sk-ant-{kind}-" + rs(93, B64URL) + "AA"


def pypi_token(test: bool = False) -> str:
    head = "pypi-AgENdGVzdC5weXBpLm9yZw" if test else "pypi-AgEIcHlwaS5vcmc"
    return head + "CJ" + rs(R.choice([150, 170]), B64URL)


def gcp_sa_json(indent: int = 2) -> str:
    project = pick(["acme-data", "orbit-ml", "tally-prod", "blue-lantern"]) + "-" + str(R.randint(100, 999))
    name = pick(["deployer", "ci-runner", "etl-sync", "bq-reader"])
    key = private_key("pkcs8").replace("\n", "\\n") + "\\n"
    d = {
        "type": "service_account",
        "project_id": project,
        "private_key_id": rs(40, HEX),
        "private_key": "@@KEY@@",
        "client_email": f"{name}@{project}.iam.gserviceaccount.com",
        "client_id": str(R.randint(10**20, 10**21 - 1)),
        "auth_uri": "https://accounts.google.com/o/oauth2/auth",
        "token_uri": "https://oauth2.googleapis.com/token",
        "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
        "client_x509_cert_url": f"https://www.googleapis.com/robot/v1/metadata/x509/{name}%40{project}.iam.gserviceaccount.com",
        "universe_domain": "googleapis.com",
    }
    s = json.dumps(d, indent=indent if indent else None)
    return s.replace('"@@KEY@@"', '"' + key + '"')


def password_value() -> str:
    style = R.random()
    words = ["Tango", "Maple", "River", "Falcon", "Copper", "Violet", "Orbit", "Cedar", "Amber", "Nimbus", "Quartz", "Harbor"]
    if style < 0.35:
        return pick(words) + pick(words).lower() + str(R.randint(10, 9999)) + pick("!#$%&*?@")
    if style < 0.7:
        return rs(R.randint(12, 20), ALNUM + "!#$%&*+-=?@^_")
    return rs(R.randint(16, 32), ALNUM)


def api_key_value(kind: str = "alnum") -> str:
    if kind == "hex":
        return rs(pick([32, 40, 64]), HEX)
    if kind == "b64":
        return rs(pick([32, 44]), B64URL)
    return rs(pick([24, 32, 40]), ALNUM)


# Providers: (label type, value generator, variable names people use, provider word,
# API host, needs_context). needs_context: the value has no distinctive prefix, so a
# wrapper keeps the provider's name near it (as people do: COHERE_API_KEY=..., "my
# Cohere key is ...").
PROVIDERS = [
    ("aws_access_key_id", lambda: pick(["AKIA", "AKIA", "ASIA"]) + rs(16, BASE32), ["AWS_ACCESS_KEY_ID", "aws_access_key_id", "accessKeyId"], "AWS", "sts.amazonaws.com", False),
    ("aws_secret_access_key", aws_secret, ["AWS_SECRET_ACCESS_KEY", "aws_secret_access_key", "secretAccessKey", "AWS_SECRET_KEY"], "AWS", "s3.amazonaws.com", True),
    ("aws_session_token", aws_session_token, ["AWS_SESSION_TOKEN", "aws_session_token", "sessionToken"], "AWS", "sts.amazonaws.com", False),
    ("google_api_key", lambda: "AIza" + rs(35, B64URL), ["GOOGLE_API_KEY", "GEMINI_API_KEY", "firebaseApiKey", "MAPS_API_KEY", "GOOGLE_GENAI_API_KEY"], "Google", "generativelanguage.googleapis.com", False),
    ("google_oauth_client_secret", lambda: "GOCSPX-" + rs(28, B64URL), ["GOOGLE_CLIENT_SECRET", "client_secret"], "Google", "oauth2.googleapis.com", False),
    ("google_oauth_token", lambda: "ya29.a0" + rs(R.choice([150, 210]), B64URL), ["GOOGLE_ACCESS_TOKEN", "access_token"], "Google", "www.googleapis.com", False),
    ("google_refresh_token", lambda: "1//0" + pick("3495egc") + rs(99, B64URL), ["GOOGLE_REFRESH_TOKEN", "refresh_token"], "Google", "oauth2.googleapis.com", False),
    ("azure_ad_client_secret", azure_client_secret, ["AZURE_CLIENT_SECRET", "ClientSecret", "client_secret", "AAD_CLIENT_SECRET"], "Azure", "login.microsoftonline.com", False),
    ("azure_openai_key", lambda: rs(32, HEX), ["AZURE_OPENAI_API_KEY", "AZURE_OPENAI_KEY", "azure_openai_api_key"], "Azure OpenAI", "contoso-ai.openai.azure.com", True),
    ("azure_storage_account_key", lambda: b64(bytes(R.getrandbits(8) for _ in range(64))), ["AZURE_STORAGE_KEY", "AZURE_STORAGE_ACCOUNT_KEY", "storageAccountKey"], "Azure storage", "acmedata.blob.core.windows.net", True),
    ("github_pat_classic", lambda: github_token("ghp"), ["GITHUB_TOKEN", "GH_TOKEN", "github_token", "githubToken", "GH_PAT"], "GitHub", "api.github.com", False),
    ("github_oauth_token", lambda: github_token("gho"), ["GITHUB_OAUTH_TOKEN", "gh_oauth"], "GitHub", "api.github.com", False),
    ("github_app_token", lambda: github_token(pick(["ghs", "ghu"])), ["GITHUB_APP_TOKEN", "INSTALLATION_TOKEN"], "GitHub", "api.github.com", False),
    ("github_refresh_token", lambda: github_token("ghr"), ["GITHUB_REFRESH_TOKEN"], "GitHub", "github.com", False),
    ("github_fine_grained_pat", lambda: "github_pat_11" + rs(20, UPALNUM) + "_" + rs(59), ["GITHUB_PAT", "GH_FINE_GRAINED_TOKEN"], "GitHub", "api.github.com", False),
    ("gitlab_pat", lambda: "glpat-" + rs(20, B64URL), ["GITLAB_TOKEN", "GL_TOKEN", "gitlab_private_token", "CI_API_TOKEN"], "GitLab", "gitlab.com", False),
    ("gitlab_pat", lambda: "glpat-" + rs(36, B64URL) + ".01." + rs(9, LOWALNUM), ["GITLAB_TOKEN", "GITLAB_API_TOKEN"], "GitLab", "gitlab.com", False),
    ("gitlab_runner_token", lambda: pick(["glrt-", "glrt-t1_", "glrtr-"]) + rs(20, B64URL), ["RUNNER_TOKEN", "CI_RUNNER_TOKEN", "runner_token"], "GitLab", "gitlab.com", False),
    ("gitlab_runner_token", lambda: "GR1348941" + rs(20, B64URL), ["REGISTRATION_TOKEN"], "GitLab", "gitlab.com", False),
    ("gitlab_token", lambda: pick(["gldt-", "glcbt-", "glptt-", "glft-", "glimt-", "glsoat-", "glffct-"]) + rs(20, B64URL), ["GITLAB_DEPLOY_TOKEN", "CI_TRIGGER_TOKEN", "GITLAB_FEED_TOKEN"], "GitLab", "gitlab.com", False),
    ("gitlab_token", lambda: "glagent-" + rs(50, B64URL), ["AGENT_TOKEN"], "GitLab", "kas.gitlab.com", False),
    ("gitlab_token", lambda: "gloas-" + rs(64, HEX), ["GITLAB_OAUTH_SECRET"], "GitLab", "gitlab.com", False),
    ("slack_bot_token", slack_bot, ["SLACK_BOT_TOKEN", "slack_token", "slackBotToken"], "Slack", "slack.com", False),
    ("slack_user_token", slack_user, ["SLACK_USER_TOKEN", "SLACK_TOKEN"], "Slack", "slack.com", False),
    ("slack_app_token", lambda: f"xapp-1-A{rs(10, UPALNUM)}-{R.randint(10**12, 10**13 - 1)}-{rs(64, HEX)}", ["SLACK_APP_TOKEN"], "Slack", "slack.com", False),
    ("slack_token", lambda: f"xoxe.xoxp-1-{rs(146)}", ["SLACK_CONFIG_TOKEN"], "Slack", "slack.com", False),
    ("slack_token", lambda: f"xoxc-{R.randint(10**11, 10**12 - 1)}-{R.randint(10**11, 10**12 - 1)}-{R.randint(10**12, 10**13 - 1)}-{rs(64, HEX)}", ["SLACK_XOXC"], "Slack", "slack.com", False),
    ("slack_webhook", slack_webhook, ["SLACK_WEBHOOK_URL", "slack_webhook", "webhookUrl"], "Slack", None, False),
    ("discord_bot_token", discord_bot, ["DISCORD_TOKEN", "DISCORD_BOT_TOKEN", "BOT_TOKEN"], "Discord", "discord.com", False),
    ("discord_webhook", lambda: f"https://discord.com/api/webhooks/{R.randint(10**17, 14 * 10**17)}/{rs(68, B64URL)}", ["DISCORD_WEBHOOK_URL", "discord_webhook"], "Discord", None, False),
    ("telegram_bot_token", telegram_bot, ["TELEGRAM_BOT_TOKEN", "TG_TOKEN", "BOT_TOKEN"], "Telegram", "api.telegram.org", False),
    ("stripe_live_secret_key", lambda: "sk_live_" + pick([rs(24), "51" + rs(97)]), ["STRIPE_SECRET_KEY", "stripe_secret", "STRIPE_API_KEY"], "Stripe", "api.stripe.com", False),
    ("stripe_test_secret_key", lambda: "sk_test_" + pick([rs(24), "51" + rs(97)]), ["STRIPE_SECRET_KEY", "STRIPE_TEST_KEY"], "Stripe", "api.stripe.com", False),
    ("stripe_restricted_key", lambda: pick(["rk_live_", "rk_test_"]) + pick([rs(24), "51" + rs(97)]), ["STRIPE_RESTRICTED_KEY"], "Stripe", "api.stripe.com", False),
    ("stripe_webhook_secret", lambda: "whsec_" + rs(32), ["STRIPE_WEBHOOK_SECRET", "endpoint_secret"], "Stripe", None, False),
    ("openai_project_key", openai_project, ["OPENAI_API_KEY", "openai_api_key", "openaiKey"], "OpenAI", "api.openai.com", False),
    ("openai_service_account_key", openai_svcacct, ["OPENAI_API_KEY", "OPENAI_SVC_KEY"], "OpenAI", "api.openai.com", False),
    ("openai_legacy_key", openai_legacy, ["OPENAI_API_KEY", "openai.api_key"], "OpenAI", "api.openai.com", False),
    ("anthropic_api_key", anthropic_key, ["ANTHROPIC_API_KEY", "anthropic_api_key", "CLAUDE_API_KEY"], "Anthropic", "api.anthropic.com", False),
    ("anthropic_admin_key", lambda: anthropic_key("admin01"), ["ANTHROPIC_ADMIN_KEY"], "Anthropic", "api.anthropic.com", False),
    ("huggingface_token", lambda: "hf_" + rs(34, ALNUM), ["HF_TOKEN", "HUGGINGFACEHUB_API_TOKEN", "HUGGING_FACE_HUB_TOKEN"], "Hugging Face", "huggingface.co", False),
    ("cohere_api_key", lambda: rs(40, ALNUM), ["COHERE_API_KEY", "CO_API_KEY", "cohere_api_key"], "Cohere", "api.cohere.com", True),
    ("mistral_api_key", lambda: rs(32, ALNUM), ["MISTRAL_API_KEY", "mistral_api_key"], "Mistral", "api.mistral.ai", True),
    ("groq_api_key", lambda: "gsk_" + rs(52), ["GROQ_API_KEY"], "Groq", "api.groq.com", False),
    ("replicate_api_token", lambda: "r8_" + rs(37), ["REPLICATE_API_TOKEN"], "Replicate", "api.replicate.com", False),
    ("perplexity_api_key", lambda: "pplx-" + rs(48), ["PERPLEXITY_API_KEY", "PPLX_API_KEY"], "Perplexity", "api.perplexity.ai", False),
    ("npm_token", lambda: "npm_" + rs(36), ["NPM_TOKEN", "NODE_AUTH_TOKEN"], "npm", "registry.npmjs.org", False),
    ("pypi_upload_token", lambda: pypi_token(R.random() < 0.2), ["PYPI_TOKEN", "TWINE_PASSWORD", "PYPI_API_TOKEN"], "PyPI", "upload.pypi.org", False),
    ("nuget_api_key", lambda: "oy2" + rs(43, LOWALNUM), ["NUGET_API_KEY"], "NuGet", "api.nuget.org", False),
    ("rubygems_api_key", lambda: "rubygems_" + rs(48, HEX), ["GEM_HOST_API_KEY", "RUBYGEMS_API_KEY"], "RubyGems", "rubygems.org", False),
    ("docker_hub_token", lambda: pick(["dckr_pat_", "dckr_oat_"]) + rs(27, B64URL), ["DOCKERHUB_TOKEN", "DOCKER_PASSWORD", "DOCKER_HUB_PAT"], "Docker Hub", "hub.docker.com", False),
    ("twilio_api_key", lambda: "SK" + rs(32, HEX), ["TWILIO_API_KEY", "TWILIO_API_KEY_SID"], "Twilio", "api.twilio.com", False),
    ("twilio_auth_token", lambda: rs(32, HEX), ["TWILIO_AUTH_TOKEN", "twilio_auth_token", "authToken"], "Twilio", "api.twilio.com", True),
    ("sendgrid_api_key", lambda: "SG." + rs(22, B64URL) + "." + rs(43, B64URL), ["SENDGRID_API_KEY", "SENDGRID_KEY"], "SendGrid", "api.sendgrid.com", False),
    ("mailgun_api_key", lambda: "key-" + rs(32, HEX), ["MAILGUN_API_KEY", "MG_API_KEY"], "Mailgun", "api.mailgun.net", False),
    ("mailgun_api_key", lambda: rs(32, HEX) + "-" + rs(8, HEX) + "-" + rs(8, HEX), ["MAILGUN_API_KEY", "MAILGUN_PRIVATE_KEY"], "Mailgun", "api.mailgun.net", True),
    ("mailchimp_api_key", lambda: rs(32, HEX) + "-us" + str(R.randint(1, 21)), ["MAILCHIMP_API_KEY", "MC_API_KEY"], "Mailchimp", "us6.api.mailchimp.com", False),
    ("shopify_access_token", lambda: pick(["shpat_", "shpca_", "shppa_", "shpss_"]) + rs(32, HEX), ["SHOPIFY_ACCESS_TOKEN", "SHOPIFY_API_SECRET", "shopify_token"], "Shopify", "acme-store.myshopify.com", False),
    ("datadog_api_key", lambda: rs(32, HEX), ["DD_API_KEY", "DATADOG_API_KEY", "datadog_api_key"], "Datadog", "api.datadoghq.com", True),
    ("datadog_app_key", lambda: rs(40, HEX), ["DD_APP_KEY", "DATADOG_APP_KEY", "DD_APPLICATION_KEY"], "Datadog", "api.datadoghq.eu", True),
    ("newrelic_user_key", lambda: pick(["NRAK-", "NRII-", "NRJS-", "NRIQ-"]) + rs(27, UPALNUM), ["NEW_RELIC_API_KEY", "NEW_RELIC_USER_KEY", "NEW_RELIC_INSERT_KEY"], "New Relic", "api.newrelic.com", False),
    ("newrelic_license_key", lambda: pick([rs(36, HEX), "eu01xx" + rs(30, HEX)]) + "NRAL", ["NEW_RELIC_LICENSE_KEY", "NRIA_LICENSE_KEY"], "New Relic", "collector.newrelic.com", False),
    ("sentry_token", lambda: "sntryu_" + rs(64, HEX), ["SENTRY_AUTH_TOKEN"], "Sentry", "sentry.io", False),
    ("sentry_token", lambda: "sntrys_" + b64url_nopad(json.dumps({"iat": R.randint(1_690_000_000, 1_720_000_000), "url": "https://sentry.io", "region_url": "https://us.sentry.io", "org": pick(["acme", "orbit-labs", "tally"])}, separators=(",", ":")).encode()) + "_" + rs(43, B64URL), ["SENTRY_AUTH_TOKEN", "SENTRY_ORG_TOKEN"], "Sentry", "sentry.io", False),
    ("sentry_token", lambda: rs(64, HEX), ["SENTRY_AUTH_TOKEN", "sentry_auth_token"], "Sentry", "sentry.io", True),
    ("pagerduty_api_key", lambda: pick(["u+" + rs(18), rs(20, ALNUM + "_-+")]), ["PAGERDUTY_API_KEY", "PAGERDUTY_TOKEN", "PD_API_KEY"], "PagerDuty", "api.pagerduty.com", True),
    ("pagerduty_routing_key", lambda: rs(32, HEX), ["PAGERDUTY_ROUTING_KEY", "PAGERDUTY_INTEGRATION_KEY", "pagerduty_service_key"], "PagerDuty", "events.pagerduty.com", True),
    ("atlassian_api_token", lambda: "ATATT3xFfGF0" + rs(170, B64URL) + "=" + rs(8, HEX).upper(), ["JIRA_API_TOKEN", "ATLASSIAN_API_TOKEN", "CONFLUENCE_TOKEN"], "Atlassian", "acme.atlassian.net", False),
    ("atlassian_api_token", lambda: rs(24, ALNUM), ["JIRA_API_TOKEN", "jira_token", "CONFLUENCE_API_TOKEN"], "Jira", "acme.atlassian.net", True),
    ("linear_api_key", lambda: "lin_api_" + rs(40), ["LINEAR_API_KEY"], "Linear", "api.linear.app", False),
    ("notion_token", lambda: pick(["secret_" + rs(43), "ntn_" + str(R.randint(10**10, 10**11 - 1)) + rs(35)]), ["NOTION_TOKEN", "NOTION_API_KEY"], "Notion", "api.notion.com", False),
    ("airtable_token", lambda: "pat" + rs(14) + "." + rs(64, HEX), ["AIRTABLE_TOKEN", "AIRTABLE_API_KEY", "AIRTABLE_PAT"], "Airtable", "api.airtable.com", False),
    ("airtable_api_key", lambda: "key" + rs(14), ["AIRTABLE_API_KEY"], "Airtable", "api.airtable.com", True),
    ("figma_token", lambda: "figd_" + rs(40, B64URL), ["FIGMA_TOKEN", "FIGMA_ACCESS_TOKEN"], "Figma", "api.figma.com", False),
    ("heroku_api_key", lambda: "-".join(rs(n, HEX) for n in (8, 4, 4, 4, 12)), ["HEROKU_API_KEY", "heroku_api_key"], "Heroku", "api.heroku.com", True),
    ("heroku_api_key", lambda: "HRKU-AA" + rs(58, B64URL), ["HEROKU_API_KEY"], "Heroku", "api.heroku.com", False),
    ("digitalocean_token", lambda: pick(["dop_v1_", "doo_v1_", "dor_v1_"]) + rs(64, HEX), ["DIGITALOCEAN_TOKEN", "DO_TOKEN", "DIGITALOCEAN_ACCESS_TOKEN"], "DigitalOcean", "api.digitalocean.com", False),
    ("netlify_token", lambda: "nfp_" + rs(36) + rs(4, HEX), ["NETLIFY_AUTH_TOKEN"], "Netlify", "api.netlify.com", False),
    ("netlify_token", lambda: rs(43, B64URL), ["NETLIFY_AUTH_TOKEN", "netlify_token"], "Netlify", "api.netlify.com", True),
    ("vercel_token", lambda: rs(24, ALNUM), ["VERCEL_TOKEN", "vercel_token"], "Vercel", "api.vercel.com", True),
    ("supabase_token", lambda: pick(["sbp_" + rs(40, HEX), "sb_secret_" + rs(31, B64URL)]), ["SUPABASE_ACCESS_TOKEN", "SUPABASE_SECRET_KEY"], "Supabase", "api.supabase.com", False),
    ("supabase_service_role_key", supabase_service_jwt, ["SUPABASE_SERVICE_ROLE_KEY", "supabaseServiceKey"], "Supabase", "abcdefghij.supabase.co", False),
    ("cloudflare_api_token", lambda: rs(40, B64URL), ["CLOUDFLARE_API_TOKEN", "CF_API_TOKEN"], "Cloudflare", "api.cloudflare.com", True),
    ("cloudflare_global_api_key", lambda: rs(37, HEX), ["CLOUDFLARE_API_KEY", "CF_API_KEY"], "Cloudflare", "api.cloudflare.com", True),
    ("cloudflare_origin_ca_key", lambda: "v1.0-" + rs(24, HEX) + "-" + rs(146, HEX), ["CF_ORIGIN_CA_KEY", "CLOUDFLARE_ORIGIN_CA_KEY"], "Cloudflare", "api.cloudflare.com", False),
    ("doppler_token", lambda: pick(["dp.pt.", "dp.st.prd.", "dp.sa.", "dp.ct."]) + rs(43), ["DOPPLER_TOKEN"], "Doppler", "api.doppler.com", False),
    ("vault_token", lambda: "hvs." + pick([rs(24), "CAES" + rs(86, B64URL)]), ["VAULT_TOKEN"], "Vault", "vault.acme.internal:8200", False),
    ("vault_token", lambda: "hvb." + "AAAAAQ" + rs(130, B64URL), ["VAULT_TOKEN"], "Vault", "vault.acme.internal:8200", False),
    ("terraform_cloud_token", lambda: rs(14) + ".atlasv1." + rs(67, B64URL), ["TFE_TOKEN", "TF_API_TOKEN", "TF_TOKEN_app_terraform_io"], "Terraform Cloud", "app.terraform.io", False),
    ("pulumi_access_token", lambda: "pul-" + rs(40, HEX), ["PULUMI_ACCESS_TOKEN"], "Pulumi", "api.pulumi.com", False),
    ("jwt", jwt_token, ["JWT", "ACCESS_TOKEN", "id_token", "authToken", "SESSION_JWT"], "JWT", "api.acme-corp.io", False),
    ("okta_api_token", lambda: "00" + rs(40, B64URL), ["OKTA_API_TOKEN", "OKTA_TOKEN"], "Okta", "acme.okta.com", True),
    ("algolia_admin_key", lambda: rs(32, HEX), ["ALGOLIA_ADMIN_KEY", "ALGOLIA_API_KEY"], "Algolia", "ABCD1234.algolia.net", True),
    ("hubspot_token", lambda: "pat-" + pick(["na1", "eu1"]) + "-" + "-".join(rs(n, HEX) for n in (8, 4, 4, 4, 12)), ["HUBSPOT_ACCESS_TOKEN", "HUBSPOT_TOKEN"], "HubSpot", "api.hubapi.com", False),
    ("sourcegraph_token", lambda: "sgp_" + rs(16, HEX) + "_" + rs(40, HEX), ["SRC_ACCESS_TOKEN"], "Sourcegraph", "sourcegraph.com", False),
    ("typeform_token", lambda: "tfp_" + rs(44, B64URL) + "_" + rs(14, B64URL), ["TYPEFORM_TOKEN"], "Typeform", "api.typeform.com", False),
    ("databricks_token", lambda: "dapi" + rs(32, HEX), ["DATABRICKS_TOKEN"], "Databricks", "adb-123.azuredatabricks.net", False),
    ("grafana_service_account_token", lambda: "glsa_" + rs(32) + "_" + rs(8, HEX), ["GRAFANA_TOKEN", "GF_SA_TOKEN"], "Grafana", "grafana.acme.io", False),
    ("postman_api_key", lambda: "PMAK-" + rs(24, HEX) + "-" + rs(34, HEX), ["POSTMAN_API_KEY"], "Postman", "api.getpostman.com", False),
    ("square_access_token", lambda: "EAAA" + rs(60, B64URL), ["SQUARE_ACCESS_TOKEN"], "Square", "connect.squareup.com", False),
    ("age_secret_key", lambda: "AGE-SECRET-KEY-1" + rs(58, BECH.upper()), ["AGE_KEY", "SOPS_AGE_KEY"], "age", None, False),
    ("tailscale_key", lambda: "tskey-auth-k" + rs(10, ALNUM) + "CNTRL-" + rs(33, ALNUM), ["TS_AUTHKEY", "TAILSCALE_AUTHKEY"], "Tailscale", "login.tailscale.com", False),
    ("openshift_token", lambda: "sha256~" + rs(43, B64URL), ["OPENSHIFT_TOKEN", "OC_TOKEN"], "OpenShift", "api.ocp.acme.internal:6443", False),
    ("octopus_api_key", lambda: "API-" + rs(26, UPALNUM), ["OCTOPUS_API_KEY"], "Octopus Deploy", "acme.octopus.app", False),
    ("circleci_token", lambda: "CCIPAT_" + rs(22, ALNUM) + "_" + rs(40, HEX), ["CIRCLECI_TOKEN", "CIRCLE_TOKEN"], "CircleCI", "circleci.com", False),
    ("dropbox_token", lambda: "sl.B" + rs(135, B64URL), ["DROPBOX_ACCESS_TOKEN"], "Dropbox", "api.dropboxapi.com", False),
    ("mapbox_token", lambda: "sk.eyJ1Ijoi" + rs(40, B64URL) + "." + rs(22, B64URL), ["MAPBOX_SECRET_TOKEN"], "Mapbox", "api.mapbox.com", False),
]


# ------------------------------------------------------------------ records


def S(value: str, typ: str):
    return ("secret", typ, value)


def PI(value: str, typ: str):
    return ("pii", typ, value)


def build(segs) -> tuple[str, list[dict]]:
    text, labels = "", []
    for s in segs:
        if isinstance(s, tuple):
            kind, typ, v = s[:3]
            labels.append({"start": len(text), "end": len(text) + len(v), "kind": kind, "type": typ})
            for a, b, k2, t2 in s[3] if len(s) > 3 else []:
                labels.append({"start": len(text) + a, "end": len(text) + b, "kind": k2, "type": t2})
            text += v
        else:
            text += s
    return text, labels


def snake(name: str) -> str:
    out = ""
    for i, c in enumerate(name):
        if c.isupper() and i and (name[i - 1].islower() or name[i - 1].isdigit()):
            out += "_"
        out += c
    return out.replace("-", "_").replace(".", "_").lower()


def upper(name: str) -> str:
    return snake(name).upper()


def camel(name: str) -> str:
    parts = snake(name).split("_")
    return parts[0] + "".join(p.title() for p in parts[1:])


def uuid4() -> str:
    h = rs(32, HEX)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{pick('89ab')}{h[17:20]}-{h[20:]}"


def git_sha() -> str:
    return rs(40, HEX)


def env_filler() -> str:
    """An unrelated config line: ordinary values, several of them look-alikes that are not secrets."""
    return pick(
        [
            f"PORT={pick(['3000', '8080', '5000', '8000'])}",
            f"LOG_LEVEL={pick(['info', 'debug', 'warn'])}",
            "NODE_ENV=production",
            f"APP_NAME={pick(['billing-api', 'orders-worker', 'search-gateway', 'notifier'])}",
            f"AWS_REGION={pick(['eu-central-1', 'us-east-1', 'ap-southeast-2'])}",
            f"S3_BUCKET=acme-{pick(['prod', 'staging'])}-assets",
            f"APP_ID={uuid4()}",
            f"GIT_SHA={git_sha()}",
            f"BUILD_ID={R.randint(1000, 99999)}",
            f"MAX_TOKENS={pick(['1024', '4096', '8192'])}",
            f"TOKEN_TTL_SECONDS={pick(['900', '3600', '86400'])}",
            "PASSWORD_MIN_LENGTH=12",
            "API_KEY_HEADER=X-Api-Key",
            f"STRIPE_PUBLISHABLE_KEY=pk_live_{rs(24)}",
            "SENTRY_ENVIRONMENT=production",
            "OTEL_EXPORTER_OTLP_ENDPOINT=http://otel-collector:4317",
            f"CACHE_KEY_PREFIX=v{R.randint(1, 9)}:sessions:",
            f"REQUEST_ID_HEADER=X-Request-Id",
            "FEATURE_FLAGS=new_checkout,fast_search",
            f"IMAGE_DIGEST=sha256:{rs(64, HEX)}",
            "TZ=UTC",
            f"WORKERS={R.randint(2, 16)}",
        ]
    )


def env_block(n: int) -> str:
    return "".join(env_filler() + "\n" for _ in range(n))


def env_name(p) -> str:
    return upper(pick(p[2]))


def quoted(v: str) -> tuple[str, str]:
    q = pick(["", '"', "'"])
    return q, q


# Each wrapper returns a list of segments around one secret (the provider tuple p, value v).


def w_env(p, v):
    q1, q2 = quoted(v)
    return [pick(["# .env\n", "", "# production\n", "# local overrides, do not commit\n"]), env_block(R.randint(0, 3)), f"{env_name(p)}={q1}", S(v, p[0]), f"{q2}\n", env_block(R.randint(0, 3))]


def w_yaml(p, v):
    key = pick([snake(pick(p[2])), camel(pick(p[2]))])
    q = pick(["", '"', "'"])
    section = snake(p[3].split()[0])
    return [
        pick(["app:\n", "config:\n", "settings:\n"]),
        f"  name: {pick(['billing', 'orders', 'search'])}\n  replicas: {R.randint(1, 5)}\n",
        f"  {section}:\n    enabled: true\n    {key}: {q}",
        S(v, p[0]),
        f"{q}\n    timeout: {R.randint(5, 60)}s\n",
    ]


def w_json(p, v):
    key = pick([camel(pick(p[2])), snake(pick(p[2])), upper(pick(p[2]))])
    section = camel(p[3].replace(" ", "_"))
    return [
        "{\n",
        f'  "service": "{pick(["checkout", "ingest", "reports"])}",\n',
        f'  "requestId": "{uuid4()}",\n' if R.random() < 0.5 else "",
        f'  "{section}": {{\n    "{key}": "',
        S(v, p[0]),
        f'",\n    "region": "{pick(["eu", "us", "ap"])}"\n  }}\n}}',
    ]


def w_toml(p, v):
    key = snake(pick(p[2]))
    return [f"[{snake(p[3].split()[0])}]\n", f'endpoint = "https://{p[4] or "api.example-service.io"}"\n', f'{key} = "', S(v, p[0]), '"\n', f"retries = {R.randint(1, 5)}\n"]


def w_python(p, v):
    style = R.random()
    lib = p[3].split()[0].lower()
    if style < 0.4:
        name = upper(pick(p[2]))
        return [f"import os\nimport requests\n\n{name} = \"", S(v, p[0]), f'"\n\n\ndef fetch(path):\n    return requests.get(f"https://{p[4] or "api.service.io"}/{{path}}", timeout=10)\n']
    if style < 0.75:
        cls = p[3].replace(" ", "")
        arg = pick(["api_key", "token", "auth_token", "key"])
        if p[5]:
            return [f"from {lib} import {cls}Client\n\nclient = {cls}Client({arg}=\"", S(v, p[0]), f'")\nresult = client.list(limit={R.randint(5, 100)})\n']
        return [f"client = {cls}Client({arg}='", S(v, p[0]), f"')\nprint(client.whoami())\n"]
    name = snake(pick(p[2]))
    return ["class Settings(BaseSettings):\n", f"    {name}: str = \"", S(v, p[0]), '"\n', "    debug: bool = False\n"]


def w_js(p, v):
    style = R.random()
    name = camel(pick(p[2]))
    if style < 0.5:
        q = pick(['"', "'", "`"])
        return [f"const {name} = {q}", S(v, p[0]), f"{q};\n"]
    return ["export default {\n", f"  baseUrl: 'https://{p[4] or 'api.service.io'}',\n", f"  {name}: '", S(v, p[0]), "',\n  retries: 3,\n};\n"]


def w_go(p, v):
    name = camel(pick(p[2]))
    if R.random() < 0.5:
        return ["package config\n\nconst (\n", f"\t{name[0].upper() + name[1:]} = \"", S(v, p[0]), f'"\n\tTimeout = {R.randint(5, 30)}\n)\n']
    return ["func main() {\n", f'\t{name} := "', S(v, p[0]), f'"\n\treq, _ := http.NewRequest("GET", "https://{p[4] or "api.service.io"}/v1/me", nil)\n', '\treq.Header.Set("Authorization", "Bearer "+' + name + ")\n}\n"]


def w_java(p, v):
    name = upper(pick(p[2]))
    if R.random() < 0.6:
        return ["public final class Secrets {\n", f"    private static final String {name} = \"", S(v, p[0]), '";\n}\n']
    return [f"val {camel(pick(p[2]))} = \"", S(v, p[0]), '"\n']


def w_export(p, v):
    q1, q2 = quoted(v)
    n = R.randint(300, 1900)
    hist = [f"  {n}  cd ~/src/infra\n", f"  {n + 1}  export {env_name(p)}={q1}", S(v, p[0]), f"{q2}\n", f"  {n + 2}  ./deploy.sh {pick(['prod', 'staging'])}\n"]
    return hist if R.random() < 0.5 else ["$ export ", f"{env_name(p)}={q1}", S(v, p[0]), f"{q2}\n$ make deploy\n"]


def w_curl(p, v):
    host = p[4] or "api.service.io"
    t = p[0]
    if t.startswith("anthropic"):
        hdr = ["-H 'x-api-key: ", S(v, t), "'"]
    elif t.startswith("github"):
        hdr = ['-H "Authorization: token ', S(v, t), '"']
    else:
        hdr = ['-H "Authorization: Bearer ', S(v, t), '"']
    if R.random() < 0.5:
        return [f"curl -s https://{host}/v1/{pick(['me', 'models', 'projects', 'users'])} ", *hdr, "\n"]
    return ["curl --request GET \\\n", f"  --url https://{host}/v2/{pick(['items', 'status'])} \\\n", "  ", *hdr, " \\\n  --header 'Accept: application/json'\n"]


def w_docker(p, v):
    if R.random() < 0.5:
        return [f"docker run -d --name {pick(['api', 'worker', 'bot'])} -e {env_name(p)}=", S(v, p[0]), f" -p 8080:8080 ghcr.io/acme/{pick(['api', 'worker'])}:{R.randint(1, 9)}.{R.randint(0, 20)}.{R.randint(0, 9)}\n"]
    return [
        "services:\n  app:\n    image: acme/app:latest\n    environment:\n",
        f"      - NODE_ENV=production\n      - {env_name(p)}=",
        S(v, p[0]),
        "\n    ports:\n      - \"8080:8080\"\n",
    ]


def w_k8s(p, v):
    if R.random() < 0.5:
        return [
            "apiVersion: v1\nkind: Secret\nmetadata:\n  name: app-secrets\ntype: Opaque\nstringData:\n",
            f"  {env_name(p)}: \"",
            S(v, p[0]),
            "\"\n",
        ]
    return [
        "    spec:\n      containers:\n        - name: app\n          image: acme/app:2.3.1\n          env:\n",
        "            - name: LOG_LEVEL\n              value: info\n",
        f"            - name: {env_name(p)}\n              value: \"",
        S(v, p[0]),
        "\"\n",
    ]


def w_cilog(p, v):
    ts = f"2024-{R.randint(1, 12):02d}-{R.randint(1, 28):02d}T{R.randint(0, 23):02d}:{R.randint(0, 59):02d}:{R.randint(0, 59):02d}.{R.randint(0, 999):03d}Z"
    style = R.random()
    if style < 0.4:
        return [f"{ts} Run echo \"{env_name(p)}=", S(v, p[0]), "\" >> $GITHUB_ENV\n", f"{ts} shell: /usr/bin/bash -e {{0}}\n"]
    if style < 0.7:
        return [f"+ export {env_name(p)}=", S(v, p[0]), "\n", f"+ ./scripts/release.sh --tag v{R.randint(1, 5)}.{R.randint(0, 20)}.{R.randint(0, 9)}\n"]
    return [f"[{ts}] DEBUG http.client: send: b'GET /v1/account HTTP/1.1\\r\\nHost: {p[4] or 'api.service.io'}\\r\\nAuthorization: Bearer ", S(v, p[0]), "\\r\\n'\n"]


def w_chat(p, v):
    word = p[3]
    forms = [
        (f"here's my {word} key: ", f" — why does the API keep returning 401?"),
        (f"I set up the {word} integration with this token ", " but it says unauthorized. Any idea?"),
        (f"Can you check if this {word} API key is formatted right? ", ""),
        (f"My {word} token is ", " and the SDK still complains."),
        (f"use {word} key ", " for the staging project, the prod one is in the vault"),
        (f"Voici ma clé {word} : ", " — ça ne marche pas."),
        (f"Mein {word}-Token: ", " funktioniert nicht, was mache ich falsch?"),
    ]
    a, b = pick(forms)
    return [a, S(v, p[0]), b]


def w_trace(p, v):
    cls = p[3].replace(" ", "")
    if R.random() < 0.6:
        return [
            "Traceback (most recent call last):\n",
            f'  File "/srv/app/jobs/sync.py", line {R.randint(10, 400)}, in <module>\n',
            f"    client = {cls}Client(api_key=\"",
            S(v, p[0]),
            "\")\n",
            f'  File "/usr/lib/python3.11/site-packages/{cls.lower()}/client.py", line {R.randint(10, 400)}, in __init__\n',
            "    raise AuthenticationError(\"invalid credentials\")\n",
            f"{cls.lower()}.errors.AuthenticationError: invalid credentials\n",
        ]
    return [
        f"Exception in thread \"main\" com.acme.{cls.lower()}.AuthException: rejected token=",
        S(v, p[0]),
        "\n\tat com.acme.client.Http.send(Http.java:88)\n\tat com.acme.Main.main(Main.java:12)\n",
    ]


def w_markdown(p, v):
    return [
        f"To reproduce, run:\n\n```bash\nexport {env_name(p)}=",
        S(v, p[0]),
        f"\npython -m app.sync --since {R.randint(1, 30)}d\n```\n\nand you'll see the error.",
    ]


def w_url(p, v):
    host = p[4] or "api.service.io"
    param = pick(["api_key", "apikey", "access_token", "token", "auth_token"])
    return [f"GET https://{host}/v1/{pick(['export', 'events', 'reports'])}?{param}=", S(v, p[0]), f"&format=json&page={R.randint(1, 9)} HTTP/1.1\n"]


WRAPPERS = [w_env, w_yaml, w_json, w_toml, w_python, w_js, w_go, w_java, w_export, w_curl, w_docker, w_k8s, w_cilog, w_chat, w_trace, w_markdown, w_url]


# ------------------------------------------------------------------ special secret records

HOSTS = ["db.internal.acme-corp.net", "pg-primary.prod.svc.cluster.local", "orders-db.c9x2kq.eu-west-1.rds.amazonaws.com", "mysql.staging.acme.io", "cache.prod.acme.io"]
USERS = ["app", "app_user", "etl", "svc_orders", "reporting", "admin", "deploy", "analytics"]


def db_password() -> str:
    # URI passwords: no '@', '/', ':' (people percent-encode those or avoid them).
    return rs(R.randint(12, 24), ALNUM + "!*-_.~$")


def aws_records():
    out = []
    for _ in range(3):
        kid, sec = pick(["AKIA", "ASIA"]) + rs(16, BASE32), aws_secret()
        out.append(["$ cat ~/.aws/credentials\n[default]\naws_access_key_id = ", S(kid, "aws_access_key_id"), "\naws_secret_access_key = ", S(sec, "aws_secret_access_key"), f"\nregion = {pick(['eu-west-1', 'us-east-2'])}\n"])
    for _ in range(3):
        kid, sec, tok = "ASIA" + rs(16, BASE32), aws_secret(), aws_session_token()
        out.append([
            "$ aws sts assume-role --role-arn arn:aws:iam::" + str(R.randint(10**11, 10**12 - 1)) + ":role/deployer --role-session-name ci\n{\n    \"Credentials\": {\n        \"AccessKeyId\": \"",
            S(kid, "aws_access_key_id"), "\",\n        \"SecretAccessKey\": \"", S(sec, "aws_secret_access_key"), "\",\n        \"SessionToken\": \"", S(tok, "aws_session_token"),
            "\",\n        \"Expiration\": \"2024-06-01T12:00:00+00:00\"\n    }\n}\n",
        ])
    for _ in range(2):
        kid, sec = "AKIA" + rs(16, BASE32), aws_secret()
        out.append(["s3 = boto3.client(\n    \"s3\",\n    aws_access_key_id=\"", S(kid, "aws_access_key_id"), "\",\n    aws_secret_access_key=\"", S(sec, "aws_secret_access_key"), "\",\n)\n"])
    for _ in range(2):
        kid, sec = "AKIA" + rs(16, BASE32), aws_secret()
        out.append(["$ aws configure\nAWS Access Key ID [None]: ", S(kid, "aws_access_key_id"), "\nAWS Secret Access Key [None]: ", S(sec, "aws_secret_access_key"), "\nDefault region name [None]: eu-central-1\nDefault output format [None]: json\n"])
    for _ in range(2):
        kid, sec = "AKIA" + rs(16, BASE32), aws_secret()
        out.append(["AWSCredentials creds = new BasicAWSCredentials(\"", S(kid, "aws_access_key_id"), "\", \"", S(sec, "aws_secret_access_key"), "\");\n"])
    for _ in range(2):
        kid, sec = "AKIA" + rs(16, BASE32), aws_secret()
        out.append(["provider \"aws\" {\n  region     = \"us-west-2\"\n  access_key = \"", S(kid, "aws_access_key_id"), "\"\n  secret_key = \"", S(sec, "aws_secret_access_key"), "\"\n}\n"])
    kid, sec = "AKIA" + rs(16, BASE32), aws_secret()
    out.append(["hey, the backup job uses key id ", S(kid, "aws_access_key_id"), " and secret ", S(sec, "aws_secret_access_key"), " — can you rotate them after the AWS audit?"])
    kid, sec = "AKIA" + rs(16, BASE32), aws_secret()
    out.append(["Access key ID,Secret access key\n", S(kid, "aws_access_key_id"), ",", S(sec, "aws_secret_access_key"), "\n"])
    return out


def gcp_records():
    out = []
    for indent in (2, 2, 4, 0, 0):
        sa = gcp_sa_json(indent)
        # the client_email inside is an e-mail address: labelled as personal data as well
        m = sa.index('"client_email": "') + len('"client_email": "')
        e = sa.index('"', m)
        inner = [(m, e, "pii", "email")]
        w = R.random()
        if indent == 0 and w < 0.5:
            out.append(["GOOGLE_CREDENTIALS='", ("secret", "gcp_service_account", sa, inner), "'\n"])
        elif w < 0.4:
            out.append(["$ cat service-account.json\n", ("secret", "gcp_service_account", sa, inner), "\n"])
        elif w < 0.7:
            out.append(["Here is the key file for the pipeline:\n\n```json\n", ("secret", "gcp_service_account", sa, inner), "\n```\n"])
        else:
            out.append(["credentials = service_account.Credentials.from_service_account_info(", ("secret", "gcp_service_account", sa, inner), ")\n"])
    return out


def azure_records():
    out = []
    for _ in range(4):
        acct = "st" + rs(R.randint(6, 12), LOWER)
        key = b64(bytes(R.getrandbits(8) for _ in range(64)))
        cs = f"DefaultEndpointsProtocol=https;AccountName={acct};AccountKey={key};EndpointSuffix=core.windows.net"
        wrap = R.random()
        if wrap < 0.33:
            out.append(['{\n  "ConnectionStrings": {\n    "Storage": "', S(cs, "azure_storage_connection_string"), '"\n  },\n  "Logging": { "LogLevel": { "Default": "Information" } }\n}\n'])
        elif wrap < 0.66:
            out.append(["AZURE_STORAGE_CONNECTION_STRING=\"", S(cs, "azure_storage_connection_string"), "\"\n"])
        else:
            out.append(["blob = BlobServiceClient.from_connection_string(\"", S(cs, "azure_storage_connection_string"), "\")\n"])
    for _ in range(2):
        ns = rs(8, LOWER)
        key = b64(bytes(R.getrandbits(8) for _ in range(32)))
        cs = f"Endpoint=sb://{ns}.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey={key}"
        out.append(["SERVICEBUS_CONNECTION=", S(cs, "azure_connection_string"), "\n"])
    for _ in range(2):
        key = b64(bytes(R.getrandbits(8) for _ in range(64)))
        cs = f"AccountEndpoint=https://{rs(8, LOWER)}.documents.azure.com:443/;AccountKey={key};"
        out.append(['"CosmosDb": "', S(cs, "azure_cosmos_connection_string"), '",\n'])
    for _ in range(4):
        q = sas_query()
        url = f"https://{rs(10, LOWER)}.blob.core.windows.net/{pick(['backups', 'exports', 'media'])}/{pick(['db.bak', 'report.csv', 'video.mp4'])}?{q}"
        sig_at = url.index("sig=") + 4
        out.append([pick(["Download link (expires tomorrow): ", "wget \"", "AZURE_BLOB_SAS_URL="]), url[:sig_at], S(url[sig_at:], "azure_sas_token"), "\n"])
    for _ in range(3):
        code = rs(40, B64URL) + "AzFu" + rs(8, B64URL) + "=="
        app = rs(8, LOWER)
        out.append([f"curl -X POST \"https://{app}-func.azurewebsites.net/api/HttpTrigger1?code=", S(code, "azure_function_key"), "\" -d '{\"name\": \"test\"}'\n"])
    for _ in range(2):
        out.append(["az login --service-principal -u ", uuid4(), " -p ", S(azure_client_secret(), "azure_ad_client_secret"), " --tenant ", uuid4(), "\n"])
    return out


def private_key_records():
    out = []
    kinds = ["rsa", "ec", "pkcs8", "pkcs8-ec", "encrypted", "openssh", "openssh", "dsa", "pgp", "rsa-legacy-encrypted"]
    for k in kinds:
        key = private_key(k)
        t = "private_key_pgp" if k == "pgp" else "private_key"
        w = R.random()
        if w < 0.3:
            out.append([f"$ cat ~/.ssh/{pick(['id_rsa', 'id_ed25519', 'deploy_key', 'server.key'])}\n", S(key, t), "\n"])
        elif w < 0.6:
            out.append(["Here is the key, the server rejects it:\n\n```\n", S(key, t), "\n```\n"])
        else:
            out.append(["tls.key: |\n" + "", S("\n".join("  " + l for l in key.split("\n")).lstrip(), t), "\n"])
    for k in ["rsa", "pkcs8", "ec", "openssh"]:
        key = private_key(k)
        esc = key.replace("\n", "\\n")
        w = R.random()
        if w < 0.4:
            out.append(['{\n  "client_id": "', uuid4(), '",\n  "private_key": "', S(esc, "private_key"), '\\n"\n}\n'])
        elif w < 0.7:
            out.append(['PRIVATE_KEY="', S(esc, "private_key"), '"\n'])
        else:
            out.append(["JWT_SIGNING_KEY: \"", S(esc, "private_key"), "\"\n"])
    key = private_key("rsa")
    out.append(['resource "tls_self_signed_cert" "ca" {\n  private_key_pem = <<EOT\n', S(key, "private_key"), "\nEOT\n}\n"])
    key = private_key("pkcs8")
    out.append(['SIGNING_KEY = """', S(key, "private_key"), '"""\n'])
    # truncated key pasted in a chat
    key = private_key("rsa").split("\n")
    part = "\n".join(key[:6])
    out.append(["it starts like this, is the format right?\n", S(part, "private_key"), "\n... (rest omitted)"])
    # kubeconfig: base64 of a PEM key
    key = private_key("rsa")
    data = b64((key + "\n").encode())
    out.append([
        "users:\n- name: admin\n  user:\n    client-certificate-data: ",
        b64(b"-----BEGIN CERTIFICATE-----\n" + bytes(R.getrandbits(8) for _ in range(48)) + b"\n-----END CERTIFICATE-----\n"),
        "\n    client-key-data: ",
        S(data, "private_key"),
        "\n",
    ])
    return out


def uri_records():
    out = []
    for _ in range(12):
        scheme = pick(["postgresql", "postgres", "postgresql+psycopg2", "mysql", "mysql+pymysql", "mariadb", "mongodb+srv", "mongodb", "redis", "rediss", "amqp", "amqps"])
        user = pick(USERS)
        pw = db_password()
        if scheme.startswith("mongodb+srv"):
            host = f"cluster{R.randint(0, 9)}.{rs(5, LOWER)}.mongodb.net/{pick(['orders', 'app'])}?retryWrites=true&w=majority"
        elif scheme.startswith("mongodb"):
            host = f"mongo-0.db:27017,mongo-1.db:27017/{pick(['orders', 'app'])}?replicaSet=rs0&authSource=admin"
        elif scheme.startswith("redis"):
            host = f"{pick(HOSTS)}:6379/0"
            if R.random() < 0.5:
                user = pick(["", "default"])
        elif scheme.startswith("amqp"):
            host = f"rabbitmq.prod.acme.io:5672/{pick(['%2F', 'events'])}"
        else:
            host = f"{pick(HOSTS)}:{pick(['5432', '3306'])}/{pick(['orders', 'billing', 'app'])}"
        uri = f"{scheme}://{user}:{pw}@{host}"
        t = {"postgresql": "postgres_uri", "postgres": "postgres_uri", "mysql": "mysql_uri", "mariadb": "mysql_uri", "mongodb": "mongodb_uri", "redis": "redis_uri", "rediss": "redis_uri", "amqp": "amqp_uri", "amqps": "amqp_uri"}[scheme.split("+")[0]]
        w = R.random()
        if w < 0.3:
            out.append([f"DATABASE_URL=", S(uri, t), "\n"])
        elif w < 0.5:
            out.append(["sqlalchemy.url = ", S(uri, t), "\n"])
        elif w < 0.7:
            out.append(["engine = create_engine(\"", S(uri, t), "\", pool_size=10)\n"])
        elif w < 0.85:
            out.append(["  celery:\n    broker_url: \"", S(uri, t), "\"\n"])
        else:
            out.append(["I can't connect with ", S(uri, t), " — it times out after 30s. Firewall?"])
    for _ in range(6):
        pw = db_password()
        user = pick(USERS)
        form = R.random()
        if form < 0.25:
            s = f"jdbc:postgresql://{pick(HOSTS)}:5432/orders?user={user}&password={pw}&ssl=true"
        elif form < 0.5:
            s = f"jdbc:mysql://{pick(HOSTS)}:3306/app?user={user}&password={pw}&useSSL=true"
        elif form < 0.75:
            s = f"jdbc:sqlserver://{pick(HOSTS)}:1433;databaseName=sales;user={user};password={pw};encrypt=true"
        else:
            s = f"jdbc:oracle:thin:{user}/{pw}@{pick(HOSTS)}:1521/ORCLPDB1"
        out.append([pick(["spring.datasource.url=", "JDBC_URL=", "<property name=\"url\" value=\""]), S(s, "jdbc_connection_string"), "\n"])
    for _ in range(3):
        pw = db_password()
        s = f"Server=tcp:{rs(8, LOWER)}.database.windows.net,1433;Initial Catalog=app;User ID={pick(USERS)};Password={pw};Encrypt=True;"
        out.append(['"DefaultConnection": "', s[: s.index("Password=") + 9], S(pw, "database_connection_string"), s[s.index("Password=") + 9 + len(pw):], '"\n'])
    for _ in range(5):
        pw = db_password()
        user = pick(USERS)
        host = pick(["nexus.acme.internal", "artifactory.acme.io", "git.acme-corp.net", "registry.acme.io", "ftp.acme-corp.net"])
        form = R.random()
        if form < 0.3:
            out.append(["pip install --index-url ", S(f"https://{user}:{pw}@{host}/repository/pypi/simple", "basic_auth_url"), " internal-tools\n"])
        elif form < 0.6:
            out.append(["git remote add origin ", S(f"https://{user}:{pw}@{host}/platform/api.git", "basic_auth_url"), "\n"])
        elif form < 0.8:
            out.append(["lftp ", S(f"ftp://{user}:{pw}@{host}/outgoing/", "basic_auth_url"), "\n"])
        else:
            out.append(["proxy: ", S(f"http://{user}:{pw}@proxy.acme-corp.net:3128", "basic_auth_url"), "\n"])
    # legacy Sentry DSN with its secret key
    pub, sec = rs(32, HEX), rs(32, HEX)
    out.append(["SENTRY_DSN=", S(f"https://{pub}:{sec}@sentry.acme.io/{R.randint(2, 99)}", "sentry_dsn_secret"), "\n"])
    return out


def generic_records():
    out = []
    forms = [
        lambda v: ["DB_PASSWORD=", S(v, "generic_password"), "\n"],
        lambda v: ["  password: \"", S(v, "generic_password"), "\"\n"],
        lambda v: ['{"username": "svc-report", "password": "', S(v, "generic_password"), '"}'],
        lambda v: ["spring.datasource.password=", S(v, "generic_password"), "\n"],
        lambda v: ["$db_pass = '", S(v, "generic_password"), "';\n"],
        lambda v: ["define( 'DB_PASSWORD', '", S(v, "generic_password"), "' );\n"],
        lambda v: ["$securePw = ConvertTo-SecureString \"", S(v, "generic_password"), "\" -AsPlainText -Force\n"],
        lambda v: ["CREATE USER 'report'@'%' IDENTIFIED BY '", S(v, "generic_password"), "';\n"],
        lambda v: ["ALTER ROLE app_rw WITH LOGIN PASSWORD '", S(v, "generic_password"), "';\n"],
        lambda v: ["machine api.acme-corp.net\n  login deploy\n  password ", S(v, "generic_password"), "\n"],
        lambda v: ["props.setProperty(\"password\", \"", S(v, "generic_password"), "\");\n"],
        lambda v: ["os.Setenv(\"DB_PASSWORD\", \"", S(v, "generic_password"), "\")\n"],
        lambda v: ["mysql -h db -u root -p", S(v, "generic_password"), " app < dump.sql\n"],
        lambda v: ["sshpass -p '", S(v, "generic_password"), "' ssh deploy@bastion\n"],
        lambda v: ["redis-cli -h cache -a ", S(v, "generic_password"), " ping\n"],
        lambda v: ["PGPASSWORD=", S(v, "generic_password"), " psql -h db -U app orders\n"],
        lambda v: ["ansible_become_password: ", S(v, "generic_password"), "\n"],
        lambda v: ["<add key=\"SmtpPassword\" value=\"", S(v, "generic_password"), "\" />\n"],
        lambda v: ["<password>", S(v, "generic_password"), "</password>\n"],
        lambda v: ["          - name: POSTGRES_PASSWORD\n            value: \"", S(v, "generic_password"), "\"\n"],
        lambda v: ["the wifi password is ", S(v, "password_in_prose"), ", don't share it"],
        lambda v: ["Login for the staging admin: user admin, pw: ", S(v, "password_in_prose"), "\n"],
        lambda v: ["My password is ", S(v, "password_in_prose"), " but it keeps saying invalid credentials"],
        lambda v: ["La contraseña es ", S(v, "password_in_prose"), " (cámbiala después)"],
        lambda v: ["Das Passwort für den Server lautet ", S(v, "password_in_prose"), "."],
        lambda v: ["Le mot de passe : ", S(v, "password_in_prose"), "\n"],
        lambda v: ["A senha do banco é ", S(v, "password_in_prose"), "\n"],
        lambda v: ["Het wachtwoord is ", S(v, "password_in_prose"), "\n"],
        lambda v: ["Hasło: ", S(v, "password_in_prose"), "\n"],
        lambda v: ["Passordet er ", S(v, "password_in_prose"), "\n"],
        lambda v: ["Heslo je ", S(v, "password_in_prose"), "\n"],
        lambda v: ["パスワード: ", S(v, "password_in_prose"), "\n"],
        lambda v: ["Пароль от базы: ", S(v, "password_in_prose"), "\n"],
        lambda v: ["sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username=\"app\" password=\"", S(v, "generic_password"), "\";\n"],
        lambda v: ["SMTP_PASS='", S(v, "generic_password"), "'\n"],
        lambda v: ["admin_pwd: ", S(v, "generic_password"), "\n"],
        lambda v: ["new_password = \"", S(v, "generic_password"), "\"\n"],
        lambda v: ["passphrase: '", S(v, "generic_password"), "'\n"],
    ]
    for f in forms:
        out.append(f(password_value()))
    keys = [
        lambda v: ["API_KEY=", S(v, "generic_api_key"), "\n"],
        lambda v: ["  api_key: ", S(v, "generic_api_key"), "\n"],
        lambda v: ['"apiKey": "', S(v, "generic_api_key"), '",\n'],
        lambda v: ["client_secret = '", S(v, "generic_api_key"), "'\n"],
        lambda v: ["X-API-Key: ", S(v, "generic_api_key"), "\n"],
        lambda v: ["headers = {\"X-Auth-Token\": \"", S(v, "generic_api_key"), "\"}\n"],
        lambda v: ["const SECRET = process.env.APP_SECRET || \"", S(v, "generic_api_key"), "\";\n"],
        lambda v: ["token = os.environ.get(\"SERVICE_TOKEN\", \"", S(v, "generic_api_key"), "\")\n"],
        lambda v: ["WEBHOOK_SECRET: ${WEBHOOK_SECRET:-", S(v, "generic_api_key"), "}\n"],
        lambda v: ["app deploy --api-key ", S(v, "generic_api_key"), " --region eu\n"],
        lambda v: ["https://api.partner-feeds.io/v2/feed?apikey=", S(v, "generic_api_key"), "&since=24h\n"],
        lambda v: ["Authorization: Bearer ", S(v, "bearer_token"), "\n"],
        lambda v: ["the partner gave us this API key: ", S(v, "generic_api_key"), " — where should I put it?"],
        lambda v: ["SECRET_KEY = '", S(v, "generic_api_key"), "'\n"],
        lambda v: ["JWT_SECRET=", S(v, "generic_api_key"), "\n"],
        lambda v: ["encryption_key: \"", S(v, "generic_api_key"), "\"\n"],
        lambda v: ["  - name: PARTNER_API_TOKEN\n    value: ", S(v, "generic_api_key"), "\n"],
        lambda v: ["config.set('auth_token', '", S(v, "generic_api_key"), "')\n"],
    ]
    for f in keys:
        out.append(f(api_key_value(pick(["alnum", "hex", "b64"]))))
    more = [
        lambda v: ["$config = [\n    'db_host' => 'db.internal',\n    'db_password' => '", S(v, "generic_password"), "',\n];\n"],
        lambda v: ["  config.password = \"", S(v, "generic_password"), "\"\n"],
        lambda v: ['<datasource user="app" password="', S(v, "generic_password"), '" url="jdbc:h2:mem:test"/>\n'],
        lambda v: ['[Service]\nEnvironment="API_TOKEN=', S(v, "generic_api_key"), '"\nExecStart=/usr/local/bin/worker\n'],
        lambda v: ["[database]\nhost = db.internal\nuser = reporting\npassword = ", S(v, "generic_password"), "\n"],
        lambda v: ["apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\ndata:\n  password: ", S(b64(v.encode()), "generic_password"), "\n"],
        lambda v: ["  - uses: actions/checkout@v4\n    with:\n      token: ", S(v, "generic_api_key"), "\n"],
    ]
    for f in more:
        out.append(f(password_value()))
    # Slack workflow and trigger webhooks (four path segments)
    out.append(["SLACK_WORKFLOW_URL=", S(f"https://hooks.slack.com/workflows/T{rs(8, UPALNUM)}/A{rs(10, UPALNUM)}/{R.randint(10**17, 10**18 - 1)}/{rs(24)}", "slack_webhook"), "\n"])
    out.append(["curl -X POST ", S(f"https://hooks.slack.com/triggers/T{rs(8, UPALNUM)}/{R.randint(10**12, 10**13 - 1)}/{rs(32, HEX)}", "slack_webhook"), " -d '{}'\n"])
    # docker auths / basic auth header
    for _ in range(3):
        cred = b64(f"{pick(USERS)}:{db_password()}".encode())
        out.append(['{\n  "auths": {\n    "registry.acme.io": {\n      "auth": "', S(cred, "docker_registry_auth"), '"\n    }\n  }\n}\n'])
    for _ in range(2):
        cred = b64(f"{pick(USERS)}:{db_password()}".encode())
        out.append(["curl -H \"Authorization: Basic ", S(cred, "basic_auth_header"), "\" https://jenkins.acme.io/api/json\n"])
    # GitHub / GitLab tokens inside clone URLs
    out.append(["git clone https://x-access-token:", S(github_token("ghs"), "github_app_token"), "@github.com/acme/infra.git\n"])
    out.append(["git clone https://oauth2:", S("glpat-" + rs(20, B64URL), "gitlab_pat"), "@gitlab.com/acme/app.git\n"])
    out.append(["//registry.npmjs.org/:_authToken=", S("npm_" + rs(36), "npm_token"), "\n"])
    out.append(["[pypi]\nusername = __token__\npassword = ", S(pypi_token(), "pypi_upload_token"), "\n"])
    return out


def multi_records():
    """Several secrets in one config file, as people paste them."""
    out = []
    simple = [p for p in PROVIDERS if not p[5]]
    for _ in range(14):
        chosen = R.sample(simple, 4)
        style = pick(["env", "yaml", "json"])
        segs = []
        if style == "env":
            segs.append(pick(["# .env.production\n", "", "# copied from 1password\n"]))
            for p in chosen:
                segs += [env_filler() + "\n", f"{env_name(p)}=", S(p[1](), p[0]), "\n"]
        elif style == "yaml":
            segs.append("secrets:\n")
            for p in chosen:
                segs += [f"  {snake(pick(p[2]))}: ", S(p[1](), p[0]), "\n"]
        else:
            segs.append("{\n")
            for i, p in enumerate(chosen):
                segs += [f'  "{camel(pick(p[2]))}": "', S(p[1](), p[0]), '"' + ("," if i < 3 else "") + "\n"]
            segs.append("}\n")
        out.append(segs)
    return out


# ------------------------------------------------------------------ personal data

FIRST = ["Anna", "Lukas", "Sofia", "Mateo", "Chloé", "Jonas", "Priya", "Kenji", "Olivia", "Rafael", "Ingrid", "Tomasz", "Aisha", "Liam", "Giulia", "Pieter", "Camila", "Yuki", "Noah", "Elif"]
LAST = ["Schneider", "García", "Rossi", "Dubois", "Kowalski", "Jansen", "Sharma", "Tanaka", "Oliveira", "Johansson", "O'Brien", "Müller", "Nguyen", "Petrova", "Smith", "Bianchi", "Fernández", "Novak"]


def person() -> str:
    return f"{pick(FIRST)} {pick(LAST)}"


def nd(n: int) -> str:
    return "".join(pick(DIGITS) for _ in range(n))


def phone(country: str) -> tuple[str, str]:
    """(number, layout) for a country; layout 'intl' or 'national'."""
    intl = R.random() < 0.45
    if country in ("US", "CA"):
        a = f"{R.randint(2, 9)}{nd(1)}{R.randint(1, 9)}" if True else ""
        e = f"{R.randint(2, 9)}{nd(2)}"
        l = nd(4)
        if intl:
            return pick([f"+1 {a} {e} {l}", f"+1-{a}-{e}-{l}", f"+1{a}{e}{l}", f"+1 ({a}) {e}-{l}"]), "intl"
        return pick([f"({a}) {e}-{l}", f"{a}-{e}-{l}", f"{a}.{e}.{l}", f"1-{a}-{e}-{l}", f"({a}) {e}-{l} ext. {R.randint(10, 999)}"]), "national"
    if country == "UK":
        if intl:
            return pick([f"+44 7{nd(3)} {nd(6)}", f"+44 20 {R.randint(3, 8)}{nd(3)} {nd(4)}", f"+44 (0)161 {nd(3)} {nd(4)}", f"+447{nd(9)}"]), "intl"
        return pick([f"07{nd(3)} {nd(6)}", f"020 {R.randint(3, 8)}{nd(3)} {nd(4)}", f"0161 {nd(3)} {nd(4)}", f"(0113) {nd(3)} {nd(4)}"]), "national"
    if country == "DE":
        if intl:
            return pick([f"+49 30 {nd(8)}", f"+49 (0)151 {nd(4)} {nd(4)}", f"+49 89 {nd(3)} {nd(4)}", f"+4917{nd(1)}{nd(7)}"]), "intl"
        return pick([f"030 {nd(8)}", f"0151 {nd(8)}", f"089/{nd(7)}", f"0172 {nd(3)} {nd(4)}", f"(040) {nd(3)} {nd(2)} {nd(2)}"]), "national"
    if country == "FR":
        pairs = " ".join(nd(2) for _ in range(4))
        if intl:
            return pick([f"+33 {R.randint(1, 7)} {pairs}", f"+33{R.randint(6, 7)}{nd(8)}", f"+33 (0){R.randint(1, 7)} {pairs}"]), "intl"
        return pick([f"0{R.randint(1, 7)} {pairs}", f"0{R.randint(6, 7)}.{pairs.replace(' ', '.')}", f"0{R.randint(1, 7)}{nd(8)}"]), "national"
    if country == "ES":
        if intl:
            return pick([f"+34 6{nd(2)} {nd(3)} {nd(3)}", f"+34 91 {nd(3)} {nd(2)} {nd(2)}", f"+346{nd(8)}"]), "intl"
        return pick([f"6{nd(2)} {nd(3)} {nd(3)}", f"91 {nd(3)} {nd(2)} {nd(2)}", f"6{nd(2)} {nd(2)} {nd(2)} {nd(2)}"]), "national"
    if country == "IT":
        if intl:
            return pick([f"+39 3{nd(2)} {nd(3)} {nd(4)}", f"+39 06 {nd(4)} {nd(4)}", f"+39 02 {nd(8)}"]), "intl"
        return pick([f"3{nd(2)} {nd(3)} {nd(4)}", f"06 {nd(4)} {nd(4)}", f"02 {nd(8)}", f"3{nd(2)}-{nd(7)}"]), "national"
    if country == "NL":
        if intl:
            return pick([f"+31 6 {nd(8)}", f"+31 20 {nd(3)} {nd(4)}", f"+316{nd(8)}"]), "intl"
        return pick([f"06-{nd(8)}", f"020-{nd(7)}", f"06 {nd(2)} {nd(2)} {nd(2)} {nd(2)}", f"010 {nd(3)} {nd(4)}"]), "national"
    if country == "IN":
        m = f"{R.randint(6, 9)}{nd(4)}"
        if intl:
            return pick([f"+91 {m} {nd(5)}", f"+91-{m}{nd(5)}", f"+91{m}{nd(5)}"]), "intl"
        return pick([f"{m} {nd(5)}", f"0{m} {nd(5)}", f"{m}{nd(5)}"]), "national"
    if country == "BR":
        ddd = pick(["11", "21", "31", "41", "51", "61", "71", "81"])
        if intl:
            return pick([f"+55 {ddd} 9{nd(4)}-{nd(4)}", f"+55 ({ddd}) 9{nd(4)}-{nd(4)}", f"+55{ddd}9{nd(8)}"]), "intl"
        return pick([f"({ddd}) 9{nd(4)}-{nd(4)}", f"({ddd}) {R.randint(2, 5)}{nd(3)}-{nd(4)}", f"{ddd} 9{nd(4)}-{nd(4)}"]), "national"
    if country == "JP":
        if intl:
            return pick([f"+81 90-{nd(4)}-{nd(4)}", f"+81 3-{nd(4)}-{nd(4)}", f"+81 80 {nd(4)} {nd(4)}"]), "intl"
        return pick([f"090-{nd(4)}-{nd(4)}", f"03-{nd(4)}-{nd(4)}", f"080-{nd(4)}-{nd(4)}", f"06-{nd(4)}-{nd(4)}"]), "national"
    if country == "AU":
        if intl:
            return pick([f"+61 4{nd(2)} {nd(3)} {nd(3)}", f"+61 2 {nd(4)} {nd(4)}", f"+614{nd(8)}"]), "intl"
        return pick([f"04{nd(2)} {nd(3)} {nd(3)}", f"(02) {nd(4)} {nd(4)}", f"03 {nd(4)} {nd(4)}"]), "national"
    if country == "MX":
        if intl:
            return pick([f"+52 55 {nd(4)} {nd(4)}", f"+52 1 55 {nd(4)} {nd(4)}"]), "intl"
        return pick([f"55 {nd(4)} {nd(4)}", f"(55) {nd(4)}-{nd(4)}"]), "national"
    if country == "CN":
        m = f"1{R.randint(3, 9)}{nd(1)}"
        if intl:
            return pick([f"+86 {m} {nd(4)} {nd(4)}", f"+86{m}{nd(8)}"]), "intl"
        return pick([f"{m} {nd(4)} {nd(4)}", f"{m}-{nd(4)}-{nd(4)}", f"{m}{nd(8)}"]), "national"
    if country == "KR":
        if intl:
            return f"+82 10-{nd(4)}-{nd(4)}", "intl"
        return f"010-{nd(4)}-{nd(4)}", "national"
    if country == "ZA":
        if intl:
            return f"+27 {R.randint(6, 8)}{nd(1)} {nd(3)} {nd(4)}", "intl"
        return f"0{R.randint(6, 8)}{nd(1)} {nd(3)} {nd(4)}", "national"
    raise ValueError(country)


COUNTRIES = ["US", "CA", "UK", "DE", "FR", "ES", "IT", "NL", "IN", "BR", "JP", "AU", "MX", "CN", "KR", "ZA"]


def email(name: str | None = None) -> str:
    name = name or person()
    first, last = name.split()[0], name.split()[-1]
    ascii_ = lambda s: "".join(c for c in s.lower().replace("é", "e").replace("ü", "ue").replace("á", "a") if c.isalnum())
    local = pick([
        f"{ascii_(first)}.{ascii_(last)}",
        f"{ascii_(first)[0]}{ascii_(last)}",
        f"{ascii_(first)}{R.randint(1, 99)}",
        f"{ascii_(first)}+{pick(['newsletter', 'shop', 'github', 'work'])}",
        f"{ascii_(last)}_{ascii_(first)}",
    ])
    domain = pick([
        "gmail.com", "outlook.com", "yahoo.co.uk", "web.de", "orange.fr", "libero.it", "mail.acme-corp.com", "eng.lists.example.org",
        "students.uni-hamburg.de", "protonmail.ch", "icloud.com", "company.co.jp", "hotmail.es", "uol.com.br", "xn--mnchen-3ya.de",
    ])
    return f"{local}@{domain}"


def idn_email() -> str:
    return pick(["jürgen.weiß@müller-bau.de", "info@bücher-ecke.de", "josé@correo.españa.es", "контакт@почта.рф", "用户@例子.中国", "anna@straße.example.de"])


STREETS_EN = ["Maple Avenue", "Oak Street", "Kings Road", "Harbor View Drive", "Elm Lane", "Cedar Court", "Victoria Parade", "Station Road", "Sunset Boulevard", "Mill Lane"]


def address(country: str) -> str:
    n = R.randint(1, 2400)
    if country == "US":
        return f"{n} {pick(STREETS_EN)}, {pick(['Springfield, IL 62704', 'Austin, TX 78701', 'Portland, OR 97205', 'Columbus, OH 43215'])}"
    if country == "US2":
        return f"{n} {pick(['W', 'E', 'N', 'S'])} {pick(['Main', 'Pine', 'Washington'])} St, Apt {R.randint(1, 40)}{pick('ABCD')}, {pick(['Denver, CO 80202', 'Madison, WI 53703'])}"
    if country == "UK":
        return f"{R.randint(1, 200)} {pick(['Kings Road', 'High Street', 'Church Lane', 'Victoria Road'])}, {pick(['London SW3 4TZ', 'Leeds LS1 4DY', 'Bristol BS8 1TH', 'Manchester M1 2WD'])}"
    if country == "UK2":
        return f"Flat {R.randint(1, 30)}, {R.randint(1, 99)} {pick(['Queen Street', 'Park Lane', 'Mill Road'])}, {pick(['Cardiff CF10 1AA', 'Edinburgh EH1 1YZ'])}"
    if country == "DE":
        return f"{pick(['Hauptstraße', 'Bahnhofstr.', 'Lindenweg', 'Goethestraße', 'Am Marktplatz'])} {R.randint(1, 140)}{pick(['', '', 'a'])}, {pick(['10115 Berlin', '80331 München', '50667 Köln', '20095 Hamburg'])}"
    if country == "FR":
        return f"{R.randint(1, 150)}{pick(['', ' bis'])} {pick(['rue de la Paix', 'avenue Victor Hugo', 'boulevard Haussmann', 'rue du Faubourg Saint-Antoine', 'place Bellecour'])}, {pick(['75002 Paris', '69002 Lyon', '13001 Marseille'])}"
    if country == "ES":
        return f"{pick(['Calle Mayor', 'Avenida de la Constitución', 'Paseo de Gracia', 'Calle de Alcalá'])} {R.randint(1, 300)}, {R.randint(1, 9)}º {pick('ABCD')}, {pick(['28013 Madrid', '08007 Barcelona', '41001 Sevilla'])}"
    if country == "IT":
        return f"{pick(['Via Roma', 'Via Giuseppe Garibaldi', 'Corso Vittorio Emanuele II', 'Piazza Navona'])} {R.randint(1, 200)}, {pick(['00186 Roma', '20121 Milano', '50122 Firenze'])}"
    if country == "NL":
        return f"{pick(['Kerkstraat', 'Prinsengracht', 'Dorpsweg', 'Stationsplein'])} {R.randint(1, 400)}, {R.randint(1000, 9999)} {pick(['AB', 'KL', 'XZ'])} {pick(['Amsterdam', 'Utrecht', 'Rotterdam'])}"
    if country == "BR":
        return f"{pick(['Rua das Flores', 'Avenida Paulista', 'Rua Augusta'])}, {R.randint(1, 2000)} - {pick(['Centro', 'Bela Vista'])}, {pick(['São Paulo - SP', 'Curitiba - PR'])}, {nd(5)}-{nd(3)}"
    if country == "JP":
        return f"{pick(['東京都渋谷区神南', '大阪府大阪市北区梅田', '京都府京都市中京区'])}{R.randint(1, 5)}-{R.randint(1, 20)}-{R.randint(1, 30)}"
    if country == "JP2":
        return f"{pick(['東京都港区六本木', '神奈川県横浜市西区みなとみらい'])}{R.randint(1, 6)}丁目{R.randint(1, 20)}番{R.randint(1, 30)}号"
    if country == "CN":
        return f"{pick(['北京市朝阳区建国路', '上海市浦东新区世纪大道', '广东省深圳市南山区科技园路'])}{R.randint(1, 200)}号"
    if country == "AU":
        return f"{R.randint(1, 300)} {pick(['George St', 'Collins Street', 'Queen St', 'Smith Street'])}, {pick(['Sydney NSW 2000', 'Melbourne VIC 3000', 'Brisbane QLD 4000'])}"
    if country == "CA":
        return f"{R.randint(1, 9999)} {pick(['Yonge Street', 'Rue Sainte-Catherine', 'Granville St'])}, {pick(['Toronto, ON M5B 2H1', 'Vancouver, BC V6Z 1K9'])}"
    raise ValueError(country)


def dob_text() -> str:
    y, m, d = R.randint(1940, 2005), R.randint(1, 12), R.randint(1, 28)
    months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
    return pick([f"{y}-{m:02d}-{d:02d}", f"{d:02d}/{m:02d}/{y}", f"{m:02d}/{d:02d}/{y}", f"{d}.{m}.{y}", f"{months[m - 1]} {d}, {y}", f"{d} {months[m - 1]} {y}", f"{d:02d}.{m:02d}.{y}"])


def passport_no(country: str) -> str:
    return {
        "US": lambda: pick(["5", "4", "A"]) + nd(8),
        "UK": lambda: nd(9),
        "DE": lambda: pick("CFGHJK") + rs(8, "CFGHJKLMNPRTVWXYZ0123456789"),
        "FR": lambda: nd(2) + rs(2, UPPER) + nd(5),
        "IN": lambda: pick(UPPER) + nd(7),
        "JP": lambda: pick(["TK", "TR", "MZ"]) + nd(7),
        "CN": lambda: "E" + nd(8),
        "ES": lambda: rs(3, UPPER) + nd(6),
        "IT": lambda: rs(2, UPPER) + nd(7),
    }[country]()


def ipv4() -> str:
    first = pick([R.randint(11, 126), R.randint(128, 191), R.randint(193, 223), 10, 172, 192])
    if first == 192:
        return f"192.168.{R.randint(0, 255)}.{R.randint(1, 254)}"
    if first == 172:
        return f"172.{R.randint(16, 31)}.{R.randint(0, 255)}.{R.randint(1, 254)}"
    return f"{first}.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}"


def ipv6(compressed: bool) -> str:
    groups = [format(R.randint(0, 0xFFFF), "x") for _ in range(8)]
    if compressed:
        k = R.randint(2, 4)
        return pick(["2001:db8", "fe80", "2a02:8070", "2600:1f18"]) + "::" + ":".join(groups[:k])
    return ":".join(groups)


def mac(sep: str = ":") -> str:
    b = [R.randint(0, 255) for _ in range(6)]
    b[0] &= 0xFE
    if sep == ".":
        h = "".join(f"{x:02x}" for x in b)
        return f"{h[:4]}.{h[4:8]}.{h[8:]}"
    s = sep.join(f"{x:02x}" for x in b)
    return s.upper() if R.random() < 0.4 else s


def P_(v, t):
    return ("pii", t, v)


def NAME(v):
    return ("pii", "person", v)


def pii_records():
    out = []
    # phones: every country, both layouts, several contexts
    ctx = [
        lambda p, c: ["Call me at ", P_(p, "phone"), " when you land."],
        lambda p, c: ["Tel: ", P_(p, "phone"), "\n"],
        lambda p, c: ["Phone: ", P_(p, "phone"), "\n"],
        lambda p, c: ["mobile ", P_(p, "phone"), " (WhatsApp too)"],
        lambda p, c: ["You can reach our office on ", P_(p, "phone"), " between 9 and 5."],
        lambda p, c: ["BEGIN:VCARD\nVERSION:3.0\nN:", NAME(person()), "\nTEL;TYPE=cell:", P_(p, "phone"), "\nEND:VCARD\n"],
        lambda p, c: ['{"name": "', NAME(person()), '", "phone": "', P_(p, "phone"), '"}'],
        lambda p, c: ["Bitte rufen Sie mich unter ", P_(p, "phone"), " an."],
        lambda p, c: ["Mon numéro de téléphone : ", P_(p, "phone"), "\n"],
        lambda p, c: ["Mi teléfono es ", P_(p, "phone"), ", llámame mañana."],
        lambda p, c: ["電話番号: ", P_(p, "phone"), "\n"],
        lambda p, c: ["Contact: ", P_(p, "phone"), "\n"],
    ]
    for c in COUNTRIES:
        for _ in range(3):
            p, _layout = phone(c)
            out.append(pick(ctx)(p, c))
    # CSV and signature blocks with several people
    for _ in range(6):
        segs = ["name,email,phone,city\n"]
        for _ in range(3):
            n = person()
            segs += [NAME(n), ",", P_(email(n), "email"), ",", P_(phone(pick(COUNTRIES))[0], "phone"), f",{pick(['Berlin', 'Lyon', 'Leeds', 'Austin', 'Osaka', 'Porto'])}\n"]
        out.append(segs)
    for _ in range(6):
        n = person()
        c = pick(["UK", "DE", "US", "FR", "NL", "AU"])
        out.append([
            "Thanks,\n\n", NAME(n), "\nSenior Account Manager | Acme Ltd\n",
            pick(["M: ", "Mobile: ", "Mob: ", "Cell: "]), P_(phone(c)[0], "phone"), "\n",
            pick(["T: ", "Office: ", "Direct: ", "Ph: "]), P_(phone(c)[0], "phone"), "\n", P_(email(n), "email"), "\n",
        ])
    # emails in many wrappers
    for _ in range(14):
        n = person()
        e = email(n)
        out.append(pick([
            ["Reply-To: ", P_(e, "email"), "\nSubject: Re: invoice\n\nThanks!"],
            ["please cc ", P_(e, "email"), " on the thread"],
            ['{"user": {"id": ', str(R.randint(1000, 99999)), ', "email": "', P_(e, "email"), '", "verified": true}}'],
            ["From: \"", NAME(n), "\" <", P_(e, "email"), ">\n"],
            ["mailto:", P_(e, "email"), "?subject=Hello"],
            ["INFO 2024-05-02 12:01:33 password reset requested for ", P_(e, "email"), "\n"],
            ["Schreib mir an ", P_(e, "email"), "."],
        ]))
    for _ in range(4):
        out.append(["Contact: ", P_(idn_email(), "email"), "\n"])
    # payment cards
    brands = ["visa", "visa", "mastercard", "mastercard2", "amex", "discover", "jcb", "diners", "unionpay", "unionpay19", "maestro", "mir", "visa13"]
    for b in brands:
        for sep in ["", " ", "-"]:
            num = card_layout(card(b), sep)
            out.append(pick([
                ["My card ", P_(num, "payment_card"), " was charged twice, please refund."],
                ["card_number=", P_(num, "payment_card"), "&exp=09/27&cvv=", nd(3), "\n"],
                ['{"pan": "', P_(num, "payment_card"), '", "expiry": "11/26"}'],
                ["Paid with ", P_(num, "payment_card"), " on 2024-03-14, amount EUR 129.90\n"],
                ["Kreditkarte: ", P_(num, "payment_card"), "\n"],
            ]))
    # IBANs
    for c in IBAN_LAYOUT:
        ib = iban(c)
        shown = iban_grouped(ib) if R.random() < 0.5 else ib
        out.append(pick([
            ["Please wire the deposit to IBAN ", P_(shown, "iban"), " by Friday."],
            ["Bankverbindung: ", P_(shown, "iban"), ", BIC ", rs(4, UPPER) + c + rs(2, UPALNUM), "\n"],
            ["iban: ", P_(shown, "iban"), "\n"],
            ["Account holder: ", NAME(person()), "\nIBAN: ", P_(shown, "iban"), "\n"],
            ["Virement sur le compte ", P_(shown, "iban"), " merci."],
        ]))
    # national ids
    ids = [
        ("us_ssn", ssn, ["SSN: ", "Social Security Number ", "ssn=", "My SSN is "]),
        ("uk_nino", lambda: pick([nino(), " ".join([nino()[:2], nino()[2:4], nino()[4:6], nino()[6:8], nino()[8]])]), ["National Insurance number: ", "NI number ", "NINO: "]),
        ("es_dni", lambda: pick([dni(), nie()]), ["DNI: ", "NIE ", "documento de identidad "]),
        ("nl_bsn", bsn, ["BSN: ", "burgerservicenummer "]),
        ("fr_nir", nir, ["n° de sécurité sociale : ", "NIR "]),
        ("it_codice_fiscale", codice_fiscale, ["Codice fiscale: ", "CF: "]),
        ("pl_pesel", pesel, ["PESEL: ", "nr PESEL "]),
        ("se_personnummer", personnummer, ["personnummer ", "Personnummer: "]),
        ("cn_resident_id", cn_id, ["身份证号: ", "resident ID "]),
        ("in_aadhaar", aadhaar, ["Aadhaar: ", "Aadhaar no. "]),
        ("br_cpf", cpf, ["CPF: ", "CPF "]),
        ("br_cnpj", cnpj, ["CNPJ: "]),
        ("ca_sin", sin, ["SIN: ", "Social Insurance Number "]),
        ("de_tax_id", steuer_id, ["Steuer-ID: ", "Steuerliche Identifikationsnummer "]),
        ("fi_hetu", hetu, ["henkilötunnus ", "HETU: "]),
        ("no_fodselsnummer", fnr, ["fødselsnummer ", "Fødselsnummer: "]),
        ("ru_inn", inn12, ["ИНН: ", "ИНН "]),
        ("ru_snils", snils, ["СНИЛС ", "СНИЛС: "]),
    ]
    for typ, gen, pre in ids:
        for _ in range(3):
            n = person()
            out.append(pick([
                [pick(pre), P_(gen(), typ), "\n"],
                ["Applicant ", NAME(n), ", ", pick(pre), P_(gen(), typ), ", date of birth ", P_(dob_text(), "date_of_birth"), "."],
                ["KYC check\nFull name: ", NAME(n), "\n", pick(pre).strip().rstrip(":") + ": ", P_(gen(), typ), "\n"],
            ]))
    # dates of birth and passports in context
    dob_ctx = ["DOB: ", "Date of birth: ", "born on ", "Geburtsdatum: ", "né le ", "fecha de nacimiento: ", "d.o.b. "]
    for _ in range(12):
        out.append([pick(["Patient ", "Guest ", "Employee "]), NAME(person()), ", ", pick(dob_ctx), P_(dob_text(), "date_of_birth"), pick([", ward 4", ".", ", room 12"])])
    for c in ["US", "UK", "DE", "FR", "IN", "JP", "CN", "ES", "IT"]:
        for _ in range(2):
            out.append(pick([
                ["Traveler: ", NAME(person()), ", passport ", P_(passport_no(c), "passport"), ", nationality ", c, "\n"],
                ["Passport No: ", P_(passport_no(c), "passport"), "\nExpiry: 2031-04-30\n"],
                ["Reisepass-Nr. ", P_(passport_no(c), "passport"), "\n"],
                ["passport number ", P_(passport_no(c), "passport"), " issued in ", str(R.randint(2016, 2023)), "\n"],
            ]))
    # addresses
    for c in ["US", "US2", "UK", "UK2", "DE", "FR", "ES", "IT", "NL", "BR", "JP", "JP2", "CN", "AU", "CA"]:
        for _ in range(2):
            a = address(c)
            out.append(pick([
                ["Ship to: ", NAME(person()), ", ", P_(a, "address"), "\n"],
                ["My new address is ", P_(a, "address"), "."],
                ["Address: ", P_(a, "address"), "\n"],
                ['{"shipping_address": "', P_(a, "address"), '"}'],
                ["Please deliver to ", P_(a, "address"), " after 6pm."],
            ]))
    # network identifiers
    for _ in range(6):
        ip = ipv4()
        out.append(pick([
            [P_(ip, "ipv4"), ' - - [12/Mar/2024:10:15:32 +0000] "GET /api/v1/orders HTTP/1.1" 200 512 "-" "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/122.0.6261.94 Safari/537.36"\n'],
            ["Mar 12 10:15:32 bastion sshd[2211]: Failed password for invalid user admin from ", P_(ip, "ipv4"), " port ", str(R.randint(1024, 65000)), " ssh2\n"],
            ["The login came from ", P_(ip, "ipv4"), " which is not on the allowlist."],
            ['{"client_ip": "', P_(ip, "ipv4"), '", "status": 403}'],
        ]))
    for _ in range(4):
        out.append([
            "eth0: flags=4163<UP,BROADCAST,RUNNING,MULTICAST>  mtu 1500\n        inet ", P_(ipv4(), "ipv4"), "  netmask 255.255.255.0\n        inet6 ",
            P_(ipv6(True), "ipv6"), "  prefixlen 64  scopeid 0x20<link>\n        ether ", P_(mac(":"), "mac_address"), "  txqueuelen 1000  (Ethernet)\n",
        ])
    for _ in range(4):
        out.append(pick([
            ["client connected from ", P_(ipv6(False), "ipv6"), "\n"],
            ["Wireless LAN adapter Wi-Fi:\n   Physical Address. . . . . . . . . : ", P_(mac("-"), "mac_address"), "\n"],
            ["switch# show mac address-table | include ", P_(mac("."), "mac_address"), "\n"],
            ["BSSID ", P_(mac(":"), "mac_address"), " seen by device\n"],
        ]))
    # crypto
    for _ in range(8):
        kind = R.random()
        if kind < 0.25:
            a, t = btc_legacy(0), "btc_address"
        elif kind < 0.45:
            a, t = btc_legacy(5), "btc_address"
        elif kind < 0.65:
            a, t = btc_bech32(0, pick([20, 32])), "btc_address"
        elif kind < 0.75:
            a, t = btc_bech32(1, 32), "btc_address"
        else:
            a, t = eth_address(R.random() < 0.7), "eth_address"
        out.append(pick([
            ["Send the refund to my wallet ", P_(a, t), " please."],
            ["Donations: ", P_(a, t), "\n"],
            ["withdraw to ", P_(a, t), " (network fee paid by me)"],
        ]))
    # mixed records: a form with several kinds
    for _ in range(10):
        n = person()
        c = pick(["US", "UK", "DE", "FR", "ES", "IT", "NL"])
        out.append([
            "Customer record\n---------------\nName: ", NAME(n), "\nEmail: ", P_(email(n), "email"), "\nPhone: ", P_(phone(pick(COUNTRIES))[0], "phone"),
            "\nDOB: ", P_(dob_text(), "date_of_birth"), "\nAddress: ", P_(address(pick(["US", "UK", "DE", "FR"])), "address"),
            "\nCard: ", P_(card_layout(card(pick(["visa", "mastercard", "amex"])), pick([" ", ""])), "payment_card"), "\nIBAN: ", P_(iban_grouped(iban(pick(list(IBAN_LAYOUT)))), "iban"), "\n",
        ])
    for _ in range(6):
        n = person()
        out.append(["INSERT INTO customers (full_name, email, phone, dob) VALUES ('", NAME(n), "', '", P_(email(n), "email"), "', '", P_(phone(pick(COUNTRIES))[0], "phone"), "', '", P_(f"{R.randint(1940, 2004)}-{R.randint(1, 12):02d}-{R.randint(1, 28):02d}", "date_of_birth"), "');"])
    return out


# ------------------------------------------------------------------ hard negatives (no label)


def luhn_invalid_16() -> str:
    while True:
        n = pick("456") + nd(15)
        if not luhn_ok(n):
            return n


def bad_iban() -> str:
    ib = iban(pick(list(IBAN_LAYOUT)))
    check = int(ib[2:4])
    return ib[:2] + f"{(check + R.randint(1, 50)) % 97 + 2:02d}"[-2:] + ib[4:]


def negative_records():
    out = []
    # UUIDs, git SHAs, hashes
    for _ in range(4):
        out.append(['{"id": "', uuid4(), '", "parent_id": "', uuid4(), '", "trace_id": "', rs(32, HEX), '", "created": "2024-02-11T08:21:45.120Z"}'])
    for _ in range(3):
        lines = "".join(f"{rs(7, HEX)} {pick(['fix: handle empty cart', 'feat: add export', 'chore: bump deps', 'docs: readme'])}\n" for _ in range(5))
        out.append(["$ git log --oneline -5\n", lines])
    for _ in range(3):
        out.append([f"$ git rev-parse HEAD\n{git_sha()}\nSee https://github.com/acme/api/commit/{git_sha()} and https://github.com/acme/api/compare/{rs(12, HEX)}...{rs(12, HEX)}\n"])
    for _ in range(3):
        out.append([f'    "node_modules/lodash": {{\n      "version": "4.17.21",\n      "resolved": "https://registry.npmjs.org/lodash/-/lodash-4.17.21.tgz",\n      "integrity": "sha512-{b64(bytes(R.getrandbits(8) for _ in range(64)))}"\n    }},\n'])
    out.append([f'[[package]]\nname = "regex"\nversion = "1.11.1"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "{rs(64, HEX)}"\n'])
    out.append([f'[[package]]\nname = "requests"\nversion = "2.32.3"\nfiles = [\n    {{file = "requests-2.32.3-py3-none-any.whl", hash = "sha256:{rs(64, HEX)}"}},\n]\n'])
    out.append([f"github.com/stretchr/testify v1.9.0 h1:{b64(bytes(R.getrandbits(8) for _ in range(32)))}\ngithub.com/stretchr/testify v1.9.0/go.mod h1:{b64(bytes(R.getrandbits(8) for _ in range(32)))}\n"])
    out.append([f"requests==2.32.3 \\\n    --hash=sha256:{rs(64, HEX)} \\\n    --hash=sha256:{rs(64, HEX)}\n"])
    out.append([f"{rs(64, HEX)}  aiguard-0.4.1-cp312-cp312-manylinux_2_17_x86_64.whl\n{rs(64, HEX)}  aiguard-0.4.1.tar.gz\n"])
    out.append([f"FROM python:3.12-slim@sha256:{rs(64, HEX)}\nRUN pip install --no-cache-dir -r requirements.txt\n"])
    # placeholders and references
    placeholders = [
        "OPENAI_API_KEY=sk-...\nANTHROPIC_API_KEY=<your-anthropic-key>\nGITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n",
        "aws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n",
        "export STRIPE_SECRET_KEY=sk_test_xxxxxxxxxxxxxxxxxxxxxxxx\nexport SLACK_BOT_TOKEN=xoxb-your-bot-token\n",
        "env:\n  NPM_TOKEN: ${{ secrets.NPM_TOKEN }}\n  DB_PASSWORD: ${{ secrets.DB_PASSWORD }}\n",
        "password: {{ .Values.postgresql.auth.password }}\napiKey: {{ required \"apiKey is required\" .Values.apiKey }}\n",
        "db_password = os.environ[\"DB_PASSWORD\"]\napi_key = settings.PARTNER_API_KEY\ntoken = get_token(scope=\"read\")\n",
        "const apiKey = process.env.OPENAI_API_KEY;\nconst secret = config.get('jwt.secret');\n",
        "Replace YOUR_API_KEY with the key from the dashboard:\n\n    curl -H \"Authorization: Bearer YOUR_API_KEY\" https://api.example.com/v1/me\n",
        "password: ********\ntoken: [REDACTED]\napi_key: <redacted>\n",
        "HF_TOKEN=hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx  # put your token here\n",
        "set GITHUB_TOKEN=%GITHUB_TOKEN%\nset NPM_TOKEN=%NPM_TOKEN%\n",
        "DATABASE_URL=postgres://user:password@localhost:5432/mydb\n",
        "spring.datasource.password=${DB_PASSWORD}\nspring.datasource.username=${DB_USER}\n",
        "<password>${env.NEXUS_PASSWORD}</password>\n",
        "password: !vault |\n          $ANSIBLE_VAULT;1.1;AES256\n          " + "\n          ".join(rs(80, HEX) for _ in range(3)) + "\n",
        "api_key = \"\"  # set me\nsecret_key = None\n",
        "ANTHROPIC_API_KEY=sk-ant-api03-...\n",
        "token: \"<TOKEN>\"\npassword: \"<PASSWORD>\"\n",
        "$ vault kv get -field=password secret/app/db\n",
        "SECRET_NAME=prod/app/db-credentials\nAWS_SECRETS_MANAGER_ARN=arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/app/db-AbCdEf\n",
    ]
    for t in placeholders:
        out.append([t])
    # identifiers and code that names secrets without holding one
    code = [
        "def rotate_api_key(old_api_key: str) -> str:\n    \"\"\"Rotate the API key and return the new one.\"\"\"\n    ...\n",
        "PASSWORD_RESET_URL = \"/accounts/password/reset/\"\nTOKEN_ENDPOINT = \"https://oauth2.googleapis.com/token\"\n",
        "max_tokens = 4096\ntoken_count = len(tokenizer.encode(text))\nkey_fn = lambda item: item.created_at\n",
        "password_hash = \"$2b$12$" + rs(53, ALNUM + "./") + "\"\n",
        "admin:$apr1$" + rs(8, ALNUM) + "$" + rs(22, ALNUM + "./") + "\n",
        "cache_key = f\"user:{user_id}:profile\"\nsecret_ref = \"projects/acme/secrets/db-password/versions/latest\"\n",
        "Use the `--token-file` flag to read the token from a file; never pass the token on the command line.\n",
        "The API key must be sent in the X-Api-Key header. Keys expire after 90 days.\n",
        "class TokenBucket:\n    def __init__(self, rate: float, capacity: int) -> None:\n        self.tokens = capacity\n",
    ]
    for t in code:
        out.append([t])
    # public material
    out.append(["ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + rs(43, B64) + " deploy\n"])
    out.append(["-----BEGIN PUBLIC KEY-----\n" + "\n".join(pem_body(294)) + "\n-----END PUBLIC KEY-----\n"])
    out.append(["-----BEGIN CERTIFICATE-----\n" + "\n".join(pem_body(900)) + "\n-----END CERTIFICATE-----\n"])
    out.append([f"STRIPE_PUBLISHABLE_KEY=pk_live_{rs(24)}\nNEXT_PUBLIC_SUPABASE_ANON_KEY=sb_publishable_{rs(31, B64URL)}\n"])
    out.append(["jwt:\n  algorithm: ES256\n  public_key_path: /etc/app/jwt.pub\n  issuer: https://auth.acme.io\n"])
    out.append([f"RECAPTCHA_SITE_KEY_URL=https://www.google.com/recaptcha/api.js?render=explicit\nsite_name: Acme\n"])
    # ids that look random but are not credentials
    out.append([f"customer: cus_{rs(14)}, payment_intent: pi_{rs(24)}, charge: ch_{rs(24)}, price: price_{rs(24)}\n"])
    out.append([f"https://www.youtube.com/watch?v={rs(11, B64URL)}&t=42s\nhttps://docs.google.com/document/d/{rs(44, B64URL)}/edit\n"])
    out.append([f"Slack channel C{rs(10, UPALNUM)}, user U{rs(10, UPALNUM)}, message ts 17{nd(8)}.{nd(6)}\n"])
    out.append([f"arn:aws:iam::{nd(12)}:role/deploy-{rs(6, LOWER)}\nRequestId: {uuid4()}\nx-amz-id-2: {rs(76, B64)}\n"])
    out.append([f"Twilio AccountSid: AC{rs(32, HEX)} (the account id, not a credential)\n"])
    out.append([f"background: url(\"data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAA{rs(300, B64)}=\");\n"])
    out.append([f"<img src=\"data:image/jpeg;base64,/9j/4AAQSkZJRgABAQ{rs(400, B64)}\" alt=\"logo\">\n"])
    out.append([f"https://cdn.acme.io/assets/{rs(32, HEX)}/app.{rs(8, HEX)}.js\nhttps://acme-prod-assets.s3.eu-central-1.amazonaws.com/uploads/{uuid4()}/{rs(20, LOWALNUM)}.jpg\n"])
    out.append([f"session_id={rs(32, HEX)}; Path=/; HttpOnly\nX-Request-Id: {uuid4()}\nETag: \"{rs(32, HEX)}\"\n"])
    out.append([f"kubectl get pod api-{rs(10, LOWALNUM)}-{rs(5, LOWALNUM)} -o jsonpath='{{.metadata.uid}}'\n{uuid4()}\nresourceVersion: \"{nd(8)}\"\n"])
    out.append([f"#{rs(6, HEX)} #{rs(6, HEX)}\n.btn-primary {{ color: #{rs(6, HEX)}; }}\n"])
    # number look-alikes for the personal-data rules
    bad, bad2 = luhn_invalid_16(), luhn_invalid_16()
    nums = [
        "Order number: " + "-".join(bad2[i : i + 4] for i in range(0, 16, 4)) + " (keep this for returns)",
        f"Invoice #{nd(8)} dated 2024-03-01, total 1,249.00 EUR",
        f"Tracking: 1Z{rs(6, UPALNUM)}{nd(10)}",
        f"ISBN 978-{R.randint(0, 9)}-{nd(3)}-{nd(5)}-{R.randint(0, 9)}",
        "card " + " ".join(bad[i : i + 4] for i in range(0, 16, 4)) + " was declined (invalid number)",
        f"The validator must reject {iban_grouped(bad_iban())} because the check digits are wrong.",
        f"version {R.randint(1, 20)}.{R.randint(0, 40)}.{R.randint(0, 300)}.{R.randint(0, 9999)} released",
        f"Upgraded firmware from {R.randint(1, 9)}.{R.randint(0, 19)}.{R.randint(0, 9)}.{R.randint(0, 300)} to {R.randint(1, 9)}.{R.randint(0, 19)}.{R.randint(0, 9)}.{R.randint(0, 300)}",
        f"Chrome/{R.randint(100, 130)}.0.{R.randint(1000, 7000)}.{R.randint(10, 200)} Safari/537.36",
        f"build 10.0.{R.randint(17000, 26000)}.{R.randint(100, 5000)}",
        f"ts={R.randint(1_600_000_000_000, 1_750_000_000_000)} latency_ms={R.randint(1, 900)}",
        f"2024-{R.randint(1, 12):02d}-{R.randint(1, 28):02d}T{R.randint(0, 23):02d}:{R.randint(0, 59):02d}:{R.randint(0, 59):02d}Z job finished in {R.randint(1, 600)}s",
        f"coordinates 48.{nd(4)}, 11.{nd(4)}",
        f"SKU {nd(3)}-{nd(2)}-{nd(4)} is back in stock",
        f"Ticket #{nd(6)}: printer on floor 3 jams",
        f"Case number CS-{nd(8)}, opened 2024-02-02",
        f"Total: {nd(3)} {nd(3)} {nd(3)} rows processed",
        f"pip install numpy=={R.randint(1, 2)}.{R.randint(0, 26)}.{R.randint(0, 5)}",
        f"Port {R.randint(1024, 65535)} is already in use (pid {R.randint(100, 99999)})",
        f"SSN 000-{nd(2)}-{nd(4)} is not a valid number",
        f"The sample ID 666-{nd(2)}-{nd(4)} is rejected by design",
    ]
    for t in nums:
        out.append([t])
    return out


# ------------------------------------------------------------------ assembly


def records():
    recs = []
    for p in PROVIDERS:
        # prefixed formats: three wrappers; context-dependent ones: four, as they are harder
        n = 4 if p[5] else 3
        for w in R.sample(WRAPPERS, n):
            v = p[1]()
            recs.append(("secret/" + p[0], w(p, v)))
    for name, fn in [("secret/aws", aws_records), ("secret/gcp_service_account", gcp_records), ("secret/azure", azure_records),
                     ("secret/private_key", private_key_records), ("secret/uri", uri_records), ("secret/generic", generic_records),
                     ("secret/multi", multi_records)]:
        for segs in fn():
            recs.append((name, segs))
    for segs in pii_records():
        recs.append(("pii/" + next((s[1] for s in segs if isinstance(s, tuple) and s[1] != "person"), "mixed"), segs))
    for segs in negative_records():
        recs.append(("negative", segs))
    # The blind batches 2-11 (tools/gen_own_secrets_pii_bN.py; each file's header says what
    # it holds), each appended after the one before, so that earlier ids and values stay;
    # from batch 8 on, a batch's second round (written after its first draft of rules)
    # follows it.
    this = sys.modules[__name__]
    for n in range(2, 12):
        batch = importlib.import_module(f"gen_own_secrets_pii_b{n}")
        recs.extend(batch.records(this))
        if hasattr(batch, "records_r2"):
            recs.extend(batch.records_r2(this))
    return recs


def main() -> None:
    # Faker draws some values (batch 10's Italian towns) by iterating a set, whose order
    # follows str hashing: without a fixed hash seed the same seeds give another file.
    if os.environ.get("PYTHONHASHSEED") != "0":
        os.execve(sys.executable, [sys.executable, *sys.argv], {**os.environ, "PYTHONHASHSEED": "0"})
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("-o", "--out", default=str(Path(__file__).resolve().parent.parent / "tests" / "data" / "secrets_pii_own.jsonl"))
    ap.add_argument("--seed", type=int, default=20241124)
    args = ap.parse_args()
    R.seed(args.seed)
    lines = []
    for i, (source, segs) in enumerate(records()):
        text, labels = build(segs)
        for lab in labels:
            assert text[lab["start"] : lab["end"]], (source, lab)
        lines.append(json.dumps({
            "id": f"own-{i:05d}",
            "text": text,
            "direction": "input",
            "labels": labels,
            "source": source,
            "split": "own",
            "labeled_kinds": ["secret", "pii"],
        }, ensure_ascii=False))
    Path(args.out).write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} records -> {args.out}")


if __name__ == "__main__":
    main()
