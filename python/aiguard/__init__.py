"""aiguard: guardrail scanning in microseconds for secrets, personal data and prompt injection."""

from ._aiguard import __version__
from .exceptions import AiguardError, DetectorError, InputError, RuleCompileError, RulesetError
from .gitleaks import import_gitleaks
from .result import Finding, ScanResult, set_fingerprint_key
from .scanner import Rule, Ruleset, Scanner, default_scanner, scan
from .stream import GuardedStream, StreamBlocked, StreamUpdate

__all__ = [
    "__version__",
    "scan",
    "Scanner",
    "default_scanner",
    "Rule",
    "Ruleset",
    "Finding",
    "ScanResult",
    "set_fingerprint_key",
    "import_gitleaks",
    "GuardedStream",
    "StreamUpdate",
    "StreamBlocked",
    "AiguardError",
    "RulesetError",
    "RuleCompileError",
    "InputError",
    "DetectorError",
]
