"""Policies: what happens to a finding (allow, redact, block, escalate) by kind, type,
rule, severity and direction, with presets for four risk tiers.

A policy is an ordered list of rules; for each finding the *last* rule that matches
decides (so a file that `extends` a preset overrides it rule by rule), else `default`.
The scan's decision is the strongest action taken: ALLOW < REDACT < ESCALATE < BLOCK.
The format, the tiers and the risk score are documented in docs/policy.md.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any, Iterable, Mapping, NamedTuple, Union

from .exceptions import PolicyError
from ._aiguard import redaction_plan
from .redact import MIN_REPEAT, SEVERITY_RANK
from .result import Action, Finding, ScanResult, risk_score
from .vault import Vault, label_of

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10
    import tomli as tomllib  # type: ignore[no-redef]

TIERS = ("low", "medium", "high", "critical")
KINDS = ("secret", "pii", "injection", "leak")
SEVERITIES = ("low", "medium", "high", "critical")
DIRECTIONS = ("input", "output")
OPERATORS = ("mask", "placeholder", "hash", "drop")
AUDIT_MODES = ("none", "findings", "all")
# Placeholders restore to their values; only values the user may see again get them.
RESTORABLE_KINDS = ("secret", "pii")
DEFAULT_OPERATORS = {"secret": "placeholder", "pii": "placeholder", "injection": "drop", "leak": "drop"}
STRENGTH = {Action.ALLOW: 0, Action.REDACT: 1, Action.ESCALATE: 2, Action.BLOCK: 3}

_TOP_KEYS = {"name", "description", "extends", "default", "audit", "mask_tail", "hash_key_env", "operators", "rule"}
_RULE_KEYS = {"kind", "type", "rule_id", "severity", "min_severity", "direction", "action", "operator"}

__all__ = ["Action", "Policy", "PolicyRule", "TIERS", "risk_score"]


class _Resolved(NamedTuple):
    """What a policy does about findings of one (kind, type, rule, severity) in one direction."""

    action: Action
    operator: str
    reason: str
    strength: int
    redacted: bool  # replaced in `redacted_text`
    label: str  # of its placeholders
    rank: int  # severity, which leads where redacted spans overlap


def _action(value: Any, where: str) -> Action:
    try:
        return Action(value)
    except ValueError:
        raise PolicyError(f"{where}: unknown action {value!r} (expected allow, redact, block or escalate)") from None


def _names(value: Any, allowed: Iterable[str] | None, field: str, where: str) -> frozenset[str] | None:
    if value is None:
        return None
    values = [value] if isinstance(value, str) else value
    if not isinstance(values, list) or not values or not all(isinstance(v, str) for v in values):
        raise PolicyError(f"{where}: {field} must be a string or a non-empty list of strings")
    if allowed is not None:
        for v in values:
            if v not in allowed:
                raise PolicyError(f"{where}: unknown {field} {v!r} (expected one of {', '.join(allowed)})")
    return frozenset(values)


@dataclass(frozen=True)
class PolicyRule:
    """One rule: the findings it matches (None: any) and what happens to them."""

    action: Action
    kinds: frozenset[str] | None = None
    types: frozenset[str] | None = None
    rule_ids: frozenset[str] | None = None
    severities: frozenset[str] | None = None
    directions: frozenset[str] = frozenset(DIRECTIONS)
    operator: str | None = None

    @classmethod
    def from_dict(cls, d: Mapping[str, Any], where: str) -> "PolicyRule":
        unknown = set(d) - _RULE_KEYS
        if unknown:
            raise PolicyError(f"{where}: unknown field(s) {', '.join(sorted(unknown))} "
                              f"(expected {', '.join(sorted(_RULE_KEYS))})")
        if "action" not in d:
            raise PolicyError(f"{where}: missing field 'action'")
        if "severity" in d and "min_severity" in d:
            raise PolicyError(f"{where}: give severity or min_severity, not both")
        severities = _names(d.get("severity"), SEVERITIES, "severity", where)
        if "min_severity" in d:
            lowest = d["min_severity"]
            if lowest not in SEVERITIES:
                raise PolicyError(f"{where}: unknown min_severity {lowest!r} (expected one of {', '.join(SEVERITIES)})")
            severities = frozenset(SEVERITIES[SEVERITIES.index(lowest):])
        direction = d.get("direction", "both")
        if direction not in ("input", "output", "both"):
            raise PolicyError(f"{where}: unknown direction {direction!r} (expected input, output or both)")
        operator = d.get("operator")
        if operator is not None and operator not in OPERATORS:
            raise PolicyError(f"{where}: unknown operator {operator!r} (expected one of {', '.join(OPERATORS)})")
        kinds = _names(d.get("kind"), KINDS, "kind", where)
        if operator == "placeholder" and kinds is not None and not kinds <= set(RESTORABLE_KINDS):
            raise PolicyError(f"{where}: placeholders restore to their values, so they are for secret and pii only")
        return cls(action=_action(d["action"], where), kinds=kinds, types=_names(d.get("type"), None, "type", where),
                   rule_ids=_names(d.get("rule_id"), None, "rule_id", where), severities=severities,
                   directions=frozenset(DIRECTIONS) if direction == "both" else frozenset([direction]),
                   operator=operator)

    def matches(self, f: Finding, direction: str) -> bool:
        return (direction in self.directions
                and (self.kinds is None or f.kind in self.kinds)
                and (self.severities is None or f.severity in self.severities)
                and (self.types is None or f.type in self.types)
                and (self.rule_ids is None or f.rule_id in self.rule_ids))

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"action": self.action.value}
        for field, value in (("kind", self.kinds), ("type", self.types), ("rule_id", self.rule_ids),
                             ("severity", self.severities)):
            if value is not None:
                d[field] = sorted(value)
        d["direction"] = sorted(self.directions)
        if self.operator:
            d["operator"] = self.operator
        return d


class Policy:
    """An immutable policy. Build one with `Policy.preset(tier)`, `Policy.from_toml(...)`
    or the constructor; pass it to `Scanner.scan(text, policy=...)`.

    `hash_key` (bytes, at least 16) is the HMAC-SHA256 key of the `hash` operator; it is
    required when any rule or kind uses that operator.
    """

    def __init__(self, rules: Iterable[PolicyRule] = (), *, name: str = "custom", description: str = "",
                 default: Action | str = Action.ALLOW, operators: Mapping[str, str] | None = None,
                 mask_tail: int = 4, audit: str = "findings", hash_key: bytes | None = None) -> None:
        self.name = name
        self.description = description
        self.rules: tuple[PolicyRule, ...] = tuple(rules)
        self.default = _action(default, f"policy {name!r}: default") if isinstance(default, str) else default
        self.operators = dict(DEFAULT_OPERATORS)
        for kind, op in (operators or {}).items():
            if kind not in KINDS:
                raise PolicyError(f"policy {name!r}: operators: unknown kind {kind!r}")
            if op not in OPERATORS:
                raise PolicyError(f"policy {name!r}: operators.{kind}: unknown operator {op!r} "
                                  f"(expected one of {', '.join(OPERATORS)})")
            if op == "placeholder" and kind not in RESTORABLE_KINDS:
                raise PolicyError(f"policy {name!r}: operators.{kind}: placeholders restore to their values, "
                                  "so they are for secret and pii only")
            self.operators[kind] = op
        if not isinstance(mask_tail, int) or isinstance(mask_tail, bool) or not 0 <= mask_tail <= 16:
            raise PolicyError(f"policy {name!r}: mask_tail must be an integer from 0 to 16")
        self.mask_tail = mask_tail
        if audit not in AUDIT_MODES:
            raise PolicyError(f"policy {name!r}: unknown audit mode {audit!r} (expected none, findings or all)")
        self.audit = audit
        if hash_key is not None and (not isinstance(hash_key, bytes) or len(hash_key) < 16):
            raise PolicyError(f"policy {name!r}: the hash key must be bytes, at least 16 of them")
        uses_hash = "hash" in self.operators.values() or any(r.operator == "hash" for r in self.rules)
        if uses_hash and hash_key is None:
            raise PolicyError(f"policy {name!r}: the hash operator needs a key (hash_key=..., or hash_key_env in TOML)")
        self._hash_key = hash_key
        self._cache: dict[tuple[str, str, str, str, str], _Resolved] = {}
        canonical = {"rules": [r.to_dict() for r in self.rules], "default": self.default.value,
                     "operators": self.operators, "mask_tail": mask_tail, "audit": audit}
        self.digest = hashlib.sha256(json.dumps(canonical, sort_keys=True).encode()).hexdigest()

    # -- building -------------------------------------------------------------------------

    @classmethod
    def preset(cls, tier: str, *, hash_key: bytes | None = None) -> "Policy":
        """The policy of a risk tier: low, medium, high or critical (docs/policy.md has the table)."""
        if tier not in TIERS:
            raise PolicyError(f"unknown policy tier {tier!r} (expected one of {', '.join(TIERS)})")
        text = resources.files("aiguard").joinpath(f"policies/{tier}.toml").read_text("utf-8")
        return cls._from_text(text, f"preset {tier}", hash_key)

    @classmethod
    def from_toml(cls, source: Union[str, os.PathLike], *, hash_key: bytes | None = None) -> "Policy":
        """A policy from a TOML file (a path) or TOML text. `extends = "<tier>"` starts from a
        preset; the file's rules then come after the preset's, so they win where both match."""
        if isinstance(source, os.PathLike) or (isinstance(source, str) and "\n" not in source
                                               and "=" not in source and source.strip()):
            try:
                text = Path(source).read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as e:
                raise PolicyError(f"{source}: cannot read the policy ({e.__class__.__name__})") from None
            return cls._from_text(text, str(source), hash_key)
        if not isinstance(source, str):
            raise TypeError(f"a policy is loaded from a path or TOML text, not {type(source).__name__}")
        return cls._from_text(source, "<policy text>", hash_key)

    @classmethod
    def _from_text(cls, text: str, origin: str, hash_key: bytes | None) -> "Policy":
        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as e:
            raise PolicyError(f"{origin}: not valid TOML ({e})") from None
        unknown = set(data) - _TOP_KEYS
        if unknown:
            raise PolicyError(f"{origin}: unknown field(s) {', '.join(sorted(unknown))}")
        rules: list[PolicyRule] = []
        operators: dict[str, str] = {}
        settings: dict[str, Any] = {}
        if "extends" in data:
            base = cls.preset(data["extends"]) if data["extends"] in TIERS else None
            if base is None:
                raise PolicyError(f"{origin}: extends {data['extends']!r}: not a tier ({', '.join(TIERS)})")
            rules.extend(base.rules)
            operators.update(base.operators)
            settings.update(default=base.default, mask_tail=base.mask_tail, audit=base.audit)
        raw_rules = data.get("rule", [])
        if not isinstance(raw_rules, list):
            raise PolicyError(f"{origin}: 'rule' must be an array of tables ([[rule]])")
        for n, raw in enumerate(raw_rules, 1):
            if not isinstance(raw, dict):
                raise PolicyError(f"{origin}: rule #{n} must be a table")
            rules.append(PolicyRule.from_dict(raw, f"{origin}: rule #{n}"))
        if not isinstance(data.get("operators", {}), dict):
            raise PolicyError(f"{origin}: 'operators' must be a table")
        operators.update(data.get("operators", {}))
        for key in ("default", "mask_tail", "audit"):
            if key in data:
                settings[key] = data[key]
        if "hash_key_env" in data and hash_key is None:
            env = os.environb.get(str(data["hash_key_env"]).encode())
            if not env:
                raise PolicyError(f"{origin}: hash_key_env names {data['hash_key_env']!r}, which is not set")
            hash_key = env
        name = data.get("name", data.get("extends", Path(origin).stem if origin.endswith(".toml") else "custom"))
        try:
            return cls(rules, name=str(name), description=str(data.get("description", "")), operators=operators,
                       hash_key=hash_key, **settings)
        except PolicyError as e:
            raise PolicyError(f"{origin}: {e}") from None

    def with_rules(self, *rules: Mapping[str, Any]) -> "Policy":
        """This policy with more rules (dicts in the TOML rule format) after its own, so they win."""
        extra = [PolicyRule.from_dict(r, f"policy {self.name!r}: added rule #{n}") for n, r in enumerate(rules, 1)]
        return Policy((*self.rules, *extra), name=self.name, description=self.description, default=self.default,
                      operators=self.operators, mask_tail=self.mask_tail, audit=self.audit, hash_key=self._hash_key)

    # -- deciding -------------------------------------------------------------------------

    def _resolve(self, f: Finding, direction: str) -> _Resolved:
        """What happens to a finding in a direction; cached, since a policy never changes."""
        key = (f.kind, f.type, f.rule_id, f.severity, direction)
        hit = self._cache.get(key)
        if hit is None:
            if direction not in DIRECTIONS:
                raise ValueError(f"unknown direction {direction!r} (expected input or output)")
            action, op = self.default, self.operators.get(f.kind, "drop")
            for rule in reversed(self.rules):
                if rule.matches(f, direction):
                    action = rule.action
                    if rule.operator is not None and (rule.operator != "placeholder" or f.kind in RESTORABLE_KINDS):
                        op = rule.operator
                    break
            reason = f"{action.value} {f.kind}/{f.type} (rule {f.rule_id}, {f.severity}, {direction})"
            redacted = action is Action.REDACT or (action is not Action.ALLOW and f.kind != "injection")
            hit = self._cache[key] = _Resolved(action, op, reason, STRENGTH[action], redacted, label_of(f.type),
                                               SEVERITY_RANK[f.severity])
        return hit

    def action(self, finding: Finding, direction: str) -> Action:
        """What this policy does about `finding` in `direction` ("input" or "output")."""
        return self._resolve(finding, direction).action

    def operator(self, finding: Finding, direction: str) -> str:
        """The redaction operator for `finding` in `direction`."""
        return self._resolve(finding, direction).operator

    def replacement(self, finding: Finding, value: str, *, vault: Vault | None = None,
                    direction: str = "input") -> str:
        """The text that replaces `value` (the finding's text) when this policy redacts it.
        Without a vault, placeholders are numbered from 1 on each call."""
        return self._replace(finding, value, self._resolve(finding, direction).operator, vault)

    def _replace(self, f: Finding, value: str, op: str, vault: Vault | None) -> str:
        if op == "placeholder":
            return (vault if vault is not None else Vault()).placeholder(label_of(f.type), value)
        if op == "mask":
            keep = min(self.mask_tail, len(value) // 4)
            return "*" * (len(value) - keep) + value[len(value) - keep:]
        if op == "hash":
            assert self._hash_key is not None  # checked when the policy was built
            msg = f"{f.type}\x00{value}".encode("utf-8", "surrogatepass")
            return f"<{label_of(f.type)}:{hmac.new(self._hash_key, msg, hashlib.sha256).hexdigest()[:16]}>"
        return ""  # drop

    def decide(self, result: ScanResult, text: str, direction: str = "input", vault: Vault | None = None) -> ScanResult:
        """`result` with this policy's decision, reasons and redacted text.

        Redacted: every finding whose action is REDACT, and also every secret, PII or leak
        finding whose action is BLOCK or ESCALATE, so that `redacted_text` is safe to log
        whatever was decided. Injections are blocked, not rewritten, unless a rule says redact.
        """
        findings = result.findings
        if not findings:
            if direction not in DIRECTIONS:
                raise ValueError(f"unknown direction {direction!r} (expected input or output)")
            return ScanResult.decided(findings, Action.ALLOW, [], text)
        decision, strongest = Action.ALLOW, 0
        reasons: dict[str, None] = {}  # in order, once each
        redact: list[tuple[Finding, str, str]] = []  # (finding, operator, placeholder label)
        spans: list[tuple[int, int, int]] = []
        cache, resolve = self._cache, self._resolve
        for f in findings:
            hit = cache.get((f.kind, f.type, f.rule_id, f.severity, direction)) or resolve(f, direction)
            action, op, reason, strength, redacted, label, rank = hit
            if strength == 0:
                continue
            if strength > strongest:
                decision, strongest = action, strength
            reasons[reason] = None
            if redacted:
                redact.append((f, op, label))
                spans.append((f.start, f.end, rank))
        if spans:
            text = self._redact(text, redact, redaction_plan(text, spans, MIN_REPEAT), vault)
        return ScanResult.decided(findings, decision, list(reasons), text)

    def _redact(self, text: str, redact: list[tuple[Finding, str, str]], plan: list[tuple[int, int, int]],
                vault: Vault | None) -> str:
        """`text` with each planned span replaced as its leading finding says. The loop of
        `redact.redact_text`, written out here: going through it (a callback a span) costs
        0.45 µs, 8 % of the policy step, which has a latency budget."""
        scope = vault if vault is not None else Vault()  # one numbering per call without a vault
        placeholder, replace = scope.placeholder, self._replace
        parts: list[str] = []
        add = parts.append
        at = 0
        for start, end, lead in plan:
            f, op, label = redact[lead]
            value = text[start:end]
            add(text[at:start])
            add(placeholder(label, value) if op == "placeholder" else replace(f, value, op, scope))
            at = end
        add(text[at:])
        return "".join(parts)

    def __repr__(self) -> str:
        return f"Policy({self.name!r}, {len(self.rules)} rules, default={self.default.value}, audit={self.audit})"
