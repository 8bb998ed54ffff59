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


class PolicyError(AiguardError, ValueError):
    """A policy is malformed: bad TOML, an unknown field, action, operator or tier, a missing hash key."""


class AuditError(AiguardError):
    """The audit log cannot be written safely (a damaged tail, a head that does not match)."""


__all__ = ["AiguardError", "RulesetError", "RuleCompileError", "InputError", "DetectorError", "PolicyError",
           "AuditError"]
