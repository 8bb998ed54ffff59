"""Redaction: every copy goes, overlapping findings merge, the rest of the text stays put."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import aiguard
from aiguard import Policy, Vault, redact_text
from aiguard.result import Finding

TOKEN = "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"
AWS = "AKIAZ7QPR4MXW2LK5BNT"
EMAIL = "jane.roe@example.org"
KEY = b"0123456789abcdef"
OPERATORS = ["mask", "placeholder", "hash", "drop"]


def policy_with(operator):
    return Policy.preset("high", hash_key=KEY).with_rules(
        {"kind": ["secret", "pii"], "action": "redact", "operator": operator})


@pytest.mark.parametrize("operator", OPERATORS)
@pytest.mark.parametrize("n", [1, 2, 7, 60])
def test_secret_repeated_n_times_leaves_no_clear_copy(operator, n):
    pieces = [f"copy {i}: {TOKEN} and key {AWS}, mail {EMAIL};" for i in range(n)]
    text = " ".join(pieces) + f" glued{TOKEN} and {TOKEN}"
    r = aiguard.scan(text, policy=policy_with(operator), vault=Vault())
    for value in (TOKEN, AWS, EMAIL):
        assert value not in r.redacted_text, (operator, n, value)
    # and nothing else moved: the prose between findings is intact, in order
    assert r.redacted_text.startswith("copy 0: ")
    assert all(f"copy {i}: " in r.redacted_text for i in range(n))


def test_copies_the_rules_miss_are_redacted_too():
    # `glued...` has no word boundary before the token, so no rule matches that copy
    text = f"token {TOKEN} then glued{TOKEN}"
    assert len(aiguard.scan(text, kinds="secret")) == 1
    r = aiguard.scan(text, policy=Policy.preset("medium"), vault=Vault())
    assert r.redacted_text == "token <GITHUB_PAT_CLASSIC_1> then glued<GITHUB_PAT_CLASSIC_1>"
    # and the switch for callers who want spans only
    f = aiguard.scan(text, kinds="secret").findings
    assert TOKEN in redact_text(text, f, lambda f, v: "#", every_copy=False)


def test_same_value_same_placeholder_across_a_conversation():
    v = Vault()
    p = Policy.preset("high")
    a = aiguard.scan(f"mail {EMAIL}", policy=p, vault=v).redacted_text
    b = aiguard.scan(f"again {EMAIL} and other.person@example.org", policy=p, vault=v).redacted_text
    assert a == "mail <EMAIL_1>" and b == "again <EMAIL_1> and <EMAIL_2>"


def f_at(start, end, text, severity="high", type="t"):
    return Finding("secret", type, "r", severity, 1.0, start, end, text)


def test_overlapping_findings_merge_into_one_replacement():
    text = "0123456789abcdefghij"
    fs = [f_at(2, 8, text, "medium", "small"), f_at(5, 12, text, "critical", "big"), f_at(15, 17, text)]
    out = redact_text(text, fs, lambda f, v: f"[{f.type}:{v}]", every_copy=False)
    assert out == "01[big:23456789ab]cde[t:fg]hij"


def test_touching_spans_stay_apart_and_empty_spans_are_ignored():
    text = "aaaabbbbcccc"
    fs = [f_at(0, 4, text), f_at(4, 8, text), f_at(9, 9, text)]
    assert redact_text(text, fs, lambda f, v: "#", every_copy=False) == "##cccc"


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="ab xy", min_size=0, max_size=60), st.lists(st.tuples(st.integers(0, 60), st.integers(0, 8)),
                                                                        max_size=8))
def test_redaction_equals_interval_union(text, raw):
    spans = [(s, min(s + n, len(text))) for s, n in raw if s < len(text)]
    fs = [f_at(s, e, text) for s, e in spans]
    out = redact_text(text, fs, lambda f, v: "<" + "#" * len(v) + ">", every_copy=False)
    # reference: mark covered characters, then collapse each maximal overlapping run
    merged = []
    for s, e in sorted(x for x in spans if x[1] > x[0]):
        if merged and s < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e])
    expected, at = [], 0
    for s, e in merged:
        expected += [text[at:s], "<" + "#" * (e - s) + ">"]
        at = e
    expected.append(text[at:])
    assert out == "".join(expected)


def test_non_ascii_offsets():
    text = f"😀 é 漢字 {EMAIL} ✓"
    r = aiguard.scan(text, policy=Policy.preset("high"), vault=Vault())
    assert r.redacted_text == "😀 é 漢字 <EMAIL_1> ✓"


RANK = {"low": 0, "medium": 1, "high": 2, "critical": 3}


def reference_spans(text, findings, min_repeat=6):
    """What `redaction_spans` must return, computed the slow and obvious way."""
    def size(f):  # "longest" is counted in UTF-8 bytes, as Rust sees the text
        return len(text[f.start:f.end].encode())

    def merge(spans):
        out = []
        for s, e, f in sorted(spans, key=lambda x: x[0]):
            if out and s < out[-1][1]:
                lead = out[-1][2]
                if (RANK[f.severity], size(f)) > (RANK[lead.severity], size(lead)):
                    lead = f
                out[-1] = (out[-1][0], max(out[-1][1], e), lead)
            else:
                out.append((s, e, f))
        return out

    merged = merge([(f.start, f.end, f) for f in findings if f.end > f.start])
    first = {}
    for s, e, f in merged:
        if e - s >= min_repeat:
            first.setdefault(text[s:e], f)
    extra = []
    for value, f in first.items():
        taken_end = 0
        for i in range(len(text)):
            j = i + len(value)
            if i >= taken_end and text.startswith(value, i) and all(e <= i or s >= j for s, e, _ in merged):
                extra.append((i, j, f))
                taken_end = j
    return merge(merged + extra)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="ab é😀", min_size=0, max_size=50),
       st.lists(st.tuples(st.integers(0, 50), st.integers(0, 12), st.sampled_from(list(RANK))), max_size=6))
def test_redaction_spans_match_the_reference(text, raw):
    # Rust computes the spans in UTF-8 bytes; they must be these, in Python str offsets,
    # copies included ("ababab" found once is replaced everywhere it occurs on its own).
    from aiguard.redact import redaction_spans

    fs = [f_at(s, min(s + n, len(text)), text, sev) for s, n, sev in raw if s <= len(text)]
    got = [(s, e, id(f)) for s, e, f in redaction_spans(text, fs)]
    assert got == [(s, e, id(f)) for s, e, f in reference_spans(text, fs)]


def test_spans_past_the_text_are_refused():
    from aiguard.redact import redaction_spans

    with pytest.raises(ValueError, match="past the end"):
        redaction_spans("short", [f_at(2, 9, "short")])


def test_odd_plans_fail_cleanly_or_plan_nothing():
    # The Rust entry point takes anything Python hands it: reversed, empty and negative
    # spans, ranks out of range, multi-byte text. A clear error or an empty plan, no panic.
    from aiguard._aiguard import redaction_plan

    text = "é😀 secret-value secret-value"
    assert redaction_plan(text, [(5, 2, 1), (3, 3, 0)], 6) == []
    assert redaction_plan(text, [(3, 15, 3)], 0) == [(3, 15, 0), (16, 28, 0)]
    with pytest.raises(OverflowError):
        redaction_plan(text, [(-1, 4, 0)], 6)
    with pytest.raises(OverflowError):
        redaction_plan(text, [(0, 4, 300)], 6)
    with pytest.raises(ValueError, match="past the end"):
        redaction_plan(text, [(0, len(text) + 1, 0)], 6)


def test_copy_check_survives_lone_surrogates():
    text = "k=Zq8pLm2vNx7w \ud800 and again Zq8pLm2vNx7w"
    out = redact_text(text, [f_at(2, 14, text)], lambda f, v: "#")
    assert out == "k=# \ud800 and again #"
