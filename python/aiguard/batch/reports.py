"""Report writers: a table for people, JSON lines for machines, SARIF 2.1.0 for
code-scanning tools. (The HTML report is in html.py.) Every writer shows masked
previews and keyed fingerprints, never a matched value in clear.

A writer has `write(hit)` and `close(summary)`; table and JSON lines stream, SARIF
keeps its results (masked, a few hundred bytes each) until `close`.
"""

from __future__ import annotations

import json
from typing import IO, Any

from .. import __version__
from ..scanner import Scanner
from .pipeline import Hit, Summary


class TableWriter:
    def __init__(self, out: IO[str]) -> None:
        self.out = out

    def write(self, h: Hit) -> None:
        f = h.finding
        self.out.write(f"{h.location}  [{h.start}:{h.end}]  {f.severity:<8} {f.kind:<9} {f.type:<28} {f.preview}\n")

    def close(self, summary: Summary) -> None:
        self.out.flush()


class JsonLinesWriter:
    def __init__(self, out: IO[str]) -> None:
        self.out = out

    def write(self, h: Hit) -> None:
        self.out.write(json.dumps(h.to_dict(), ensure_ascii=False) + "\n")

    def close(self, summary: Summary) -> None:
        self.out.flush()


SARIF_SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
SARIF_LEVEL = {"critical": "error", "high": "error", "medium": "warning", "low": "note"}


class SarifWriter:
    """SARIF 2.1.0: one run, the rules that fired (with descriptions), one result per
    finding. Columns count Unicode code points (`columnKind`), as aiguard's offsets do.
    For plain text a region has line and columns; for a field of a JSON record or a
    column of a table the region has the record's line (if any) and the field is a
    logical location, with the offsets in the result's properties."""

    def __init__(self, out: IO[str], scanner: Scanner) -> None:
        self.out = out
        self.rules = {r.id: r for r in scanner.rules}
        self.rule_index: dict[str, int] = {}
        self.results: list[dict[str, Any]] = []

    def write(self, h: Hit) -> None:
        f = h.finding
        index = self.rule_index.setdefault(f.rule_id, len(self.rule_index))
        region: dict[str, Any] = {}
        if h.line is not None:
            region["startLine"] = h.line
        if h.field is None and h.line is not None:  # plain text: columns in the line
            region["startColumn"] = h.start + 1
            if h.end >= h.start:
                region["endColumn"] = h.end + 1
        physical: dict[str, Any] = {"artifactLocation": {"uri": _uri(h.source)}}
        if region:
            physical["region"] = region
        location: dict[str, Any] = {"physicalLocation": physical}
        if h.field is not None:
            location["logicalLocations"] = [{"fullyQualifiedName": f"record[{h.record}].{h.field}", "kind": "member"}]
        props: dict[str, Any] = {"kind": f.kind, "type": f.type, "severity": f.severity, "score": round(f.score, 3),
                                 "record": h.record, "start": h.start, "end": h.end, "preview": f.preview}
        if h.field is not None:
            props["field"] = h.field
        if f.via:
            props["via"] = f.via
        if h.timestamp is not None:
            props["timestamp"] = h.timestamp
        self.results.append({
            "ruleId": f.rule_id, "ruleIndex": index, "level": SARIF_LEVEL[f.severity],
            "message": {"text": f"{(self.rules[f.rule_id].description or f.type).rstrip('.')}: {f.preview}"},
            "locations": [location],
            "partialFingerprints": {"aiguardFingerprint/v1": f.fingerprint},
            "properties": props,
        })

    def close(self, summary: Summary) -> None:
        rules = []
        for rule_id in self.rule_index:  # in index order (dicts keep insertion order)
            r = self.rules[rule_id]
            rules.append({
                "id": r.id, "name": _camel(r.type),
                "shortDescription": {"text": r.description or r.type},
                "fullDescription": {"text": f"{r.description or r.type} ({r.kind}, rule from {r.source})"},
                "defaultConfiguration": {"level": SARIF_LEVEL[r.severity]},
                "properties": {"kind": r.kind, "type": r.type, "severity": r.severity, "tags": [r.kind, r.type]},
            })
        log = {
            "$schema": SARIF_SCHEMA, "version": "2.1.0",
            "runs": [{
                "tool": {"driver": {"name": "aiguard", "version": __version__, "semanticVersion": __version__,
                                    "rules": rules}},
                "columnKind": "unicodeCodePoints",
                "results": self.results,
                "invocations": [{"executionSuccessful": True,
                                 "properties": {"summary": {k: v for k, v in summary.to_dict().items()
                                                            if k != "elapsed_s"}}}],
            }],
        }
        json.dump(log, self.out, ensure_ascii=False, indent=1)
        self.out.write("\n")
        self.out.flush()


def _uri(path: str) -> str:
    from urllib.parse import quote

    return quote(path.replace("\\", "/")) if path != "-" else "stdin"


def _camel(type_: str) -> str:
    return "".join(p.capitalize() for p in type_.replace("-", "_").split("_"))
