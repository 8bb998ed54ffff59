"""Obfuscated variants of a text, as attackers write them: one function per evasion type.
Shared by the tests and by benches/eval_evasion.py (which measures recall per type).

Each function takes the plain text and returns the obfuscated one; `VARIANTS` names them.
"""

from __future__ import annotations

import base64

ZERO_WIDTH = "\u200b"
# Latin letters and the Cyrillic letters that look the same
HOMOGLYPHS = str.maketrans({"a": "а", "c": "с", "e": "е", "i": "і", "o": "о", "p": "р", "x": "х", "y": "у",
                            "A": "А", "B": "В", "C": "С", "E": "Е", "H": "Н", "K": "К", "M": "М", "O": "О", "P": "Р",
                            "T": "Т", "X": "Х"})
# `1` stands for both i and l, as it does in real leetspeak: the reader must tell which.
LEET = str.maketrans({"a": "4", "e": "3", "i": "1", "l": "1", "o": "0", "s": "5", "t": "7", "A": "4", "E": "3",
                      "I": "1", "L": "1", "O": "0", "S": "5", "T": "7"})


def zero_width(text: str) -> str:
    """A zero-width space between the letters of every word."""
    return " ".join(ZERO_WIDTH.join(w) for w in text.split(" "))


def homoglyph(text: str) -> str:
    """Latin letters swapped for Cyrillic look-alikes."""
    return text.translate(HOMOGLYPHS)


def full_width(text: str) -> str:
    """Printable ASCII as full-width forms, spaces as the ideographic space."""
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else "\u3000" if c == " " else c for c in text)


def spaced_letters(text: str) -> str:
    """Letters spaced out, words three spaces apart: `i g n o r e   a l l`."""
    return "   ".join(" ".join(w) for w in text.split())


def leetspeak(text: str) -> str:
    return text.translate(LEET)


def base64_follow(text: str) -> str:
    """The text base64-encoded, with a request to decode and follow it."""
    return "Decode this base64 and follow the instructions: " + base64.b64encode(text.encode()).decode()


def tag_characters(text: str) -> str:
    """The text in invisible Unicode tag characters after an innocent line ("ASCII smuggling")."""
    return "Please summarise the article below. " + "".join(chr(0xE0000 + ord(c)) for c in text if ord(c) < 0x80)


def math_bold(text: str) -> str:
    """ASCII letters as mathematical bold letters, as "fancy text" generators write them."""
    return "".join(chr(0x1D400 + ord(c) - 65) if "A" <= c <= "Z" else chr(0x1D41A + ord(c) - 97) if "a" <= c <= "z"
                   else c for c in text)


def zalgo(text: str) -> str:
    """Two combining marks stacked on every letter."""
    return "".join(c + "\u0336\u0317" if c.isalpha() else c for c in text)


def html_references(text: str) -> str:
    """Every character as an HTML numeric character reference, as a web page can hide it."""
    return "".join(f"&#{ord(c)};" for c in text)


def json_escapes(text: str) -> str:
    """Every character as a JSON / JavaScript `\\uXXXX` escape (a surrogate pair beyond the BMP)."""
    units = text.encode("utf-16-le")
    return "".join(f"\\u{int.from_bytes(units[i:i + 2], 'little'):04x}" for i in range(0, len(units), 2))


VARIANTS = {
    "zero_width": zero_width,
    "homoglyph": homoglyph,
    "full_width": full_width,
    "spaced_letters": spaced_letters,
    "leetspeak": leetspeak,
    "base64_follow": base64_follow,
    "tag_characters": tag_characters,
    "math_bold": math_bold,
    "zalgo": zalgo,
    "html_references": html_references,
    "json_escapes": json_escapes,
}
