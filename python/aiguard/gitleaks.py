"""Import rules written in gitleaks' TOML format into aiguard's rule format.

gitleaks rules are `[[rules]]` tables with `id`, `description`, `regex`, optional
`secretGroup`, `entropy`, `keywords` and allowlists. Both use RE2-compatible, linear
regex syntax, so a rule translates field by field. Rules that only match file paths
(no `regex`) have no meaning for text and are skipped, and reported as skipped.
"""

from __future__ import annotations

import json
import os
import re
from typing import Any, Union

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10
    import tomli as tomllib  # type: ignore[no-redef]

from .exceptions import RulesetError
from .scanner import Ruleset


def _s(value: str) -> str:
    # A JSON string is a valid TOML basic string (same escapes).
    return json.dumps(value, ensure_ascii=False)


def _allow_patterns(rule: dict[str, Any]) -> list[str]:
    lists = rule.get("allowlists") or ([rule["allowlist"]] if "allowlist" in rule else [])
    out: list[str] = []
    for al in lists:
        if al.get("regexTarget", "secret") in ("secret", "match"):
            out.extend(al.get("regexes", []))
        out.extend(re.escape(w) for w in al.get("stopwords", []))
    return out


def import_gitleaks(path_or_text: Union[str, os.PathLike], *, name: str | None = None) -> Ruleset:
    """Translates a gitleaks config (a file path, or its TOML text) into a `Ruleset`
    to pass to `Scanner(rulesets=[...])`. Imported rules are of kind `secret`."""
    if isinstance(path_or_text, os.PathLike) or (isinstance(path_or_text, str) and "\n" not in path_or_text and os.path.exists(path_or_text)):
        src = str(path_or_text)
        with open(path_or_text, "rb") as fh:
            text = fh.read().decode("utf-8")
    else:
        src, text = name or "<gitleaks>", str(path_or_text)
    try:
        config = tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        raise RulesetError(f"{src}: not a valid gitleaks TOML file: {e}") from None
    blocks = []
    for i, rule in enumerate(config.get("rules", [])):
        rid = rule.get("id") or f"gitleaks-rule-{i}"
        if not rule.get("regex"):
            continue
        lines = [
            "[[rule]]",
            f"id = {_s('gitleaks.' + re.sub(r'[^A-Za-z0-9_.-]', '-', rid))}",
            'kind = "secret"',
            f"type = {_s(rid.replace('-', '_'))}",
            'severity = "high"',
            f"description = {_s(rule.get('description') or rid)}",
            f"keywords = [{', '.join(_s(k) for k in rule.get('keywords', []))}]",
            f"regex = {_s(rule['regex'])}",
        ]
        if rule.get("secretGroup"):
            lines.append(f"group = {int(rule['secretGroup'])}")
        if rule.get("entropy"):
            lines.append(f"min_entropy = {float(rule['entropy'])}")
        allow = _allow_patterns(rule)
        if allow:
            lines.append(f"allow = [{', '.join(_s(a) for a in allow)}]")
        blocks.append("\n".join(lines))
    return Ruleset(name or src, "\n\n".join(blocks) + "\n")
