"""aiguard: guardrail scanning in microseconds for secrets, personal data and prompt injection."""

from ._aiguard import __version__
from .audit import AuditLog
from .exceptions import AiguardError, AuditError, DetectorError, InputError, PolicyError, RuleCompileError, RulesetError
from .gitleaks import import_gitleaks
from .leak import LeakGuard
from .policy import Action, Policy
from .redact import redact_text
from .result import Finding, ScanResult, set_fingerprint_key
from .scanner import Rule, Ruleset, Scanner, default_scanner, scan
from .vault import Vault
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
    "Action",
    "Policy",
    "Vault",
    "redact_text",
    "LeakGuard",
    "AuditLog",
    "GuardedStream",
    "StreamUpdate",
    "StreamBlocked",
    "AiguardError",
    "RulesetError",
    "RuleCompileError",
    "InputError",
    "DetectorError",
    "PolicyError",
    "AuditError",
]
