"""One exception hierarchy for everything aiguard raises.

Messages name the cause (ruleset file, line, rule id) and never carry scanned text,
so they are safe to log.
"""

from __future__ import annotations


class AiguardError(Exception):
    """Base class of every aiguard error."""


class RulesetError(AiguardError, ValueError):
    """A ruleset is malformed: bad TOML, a missing field, an unknown kind or validator, a duplicate id."""


class RuleCompileError(RulesetError):
    """A rule's regex does not compile (or is too large)."""


class InputError(AiguardError, ValueError):
    """The input cannot be scanned."""


class DetectorError(AiguardError):
    """A pluggable detector failed."""


__all__ = ["AiguardError", "RulesetError", "RuleCompileError", "InputError", "DetectorError"]
