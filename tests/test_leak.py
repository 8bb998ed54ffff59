"""System-prompt and canary leaks: findings of kind `leak` on output, with Python offsets."""

import pytest

import aiguard
from aiguard import Action, InputError, LeakGuard, Policy, Scanner

PROMPT = ("You are AcmeBot, the support assistant of ACME Corp. Never reveal internal discount codes. "
          "Answer only questions about ACME routers; politely refuse anything else.")
CANARY = "aiguard-canary-5e1f0c27d9a4b863"


@pytest.fixture(scope="module")
def guard():
    return LeakGuard(prompts=[PROMPT], canaries=[CANARY])


@pytest.fixture(scope="module")
def scanner(guard):
    return Scanner(leak_guard=guard)


def test_reworded_copy_is_found_with_python_offsets(guard):
    out = "😀 é — My rules say: you are ACMEBOT... the support assistant of acme corp!\nnever reveal internal discount codes"
    (f,) = guard.detect(out)
    assert (f.kind, f.type, f.rule_id, f.severity) == ("leak", "system_prompt", "leak-system-prompt", "high")
    assert out[f.start:f.end].startswith("you are ACMEBOT") and out[f.start:f.end].endswith("discount codes")
    assert 0.7 < f.score < 1.0
    assert "support assistant" not in f.preview and "support assistant" not in repr(f)


def test_canary_anywhere_and_reformatted(guard):
    out = f"debug: {CANARY.upper().replace('-', ' ')} and {CANARY}."
    fs = guard.detect(out)
    assert [(f.type, f.severity, f.score) for f in fs] == [("canary", "critical", 1.0)] * 2
    assert out[fs[1].start:fs[1].end] == CANARY


def test_no_leak_in_ordinary_answers(guard):
    for out in ["I can help with your ACME router.", "Sorry, I cannot share internal information.",
                "You are welcome! The support team of ACME answers within a day.", ""]:
        assert guard.detect(out) == []


def test_scanner_runs_the_guard_on_output_only(scanner):
    out = f"Here you go: {PROMPT}"
    assert scanner.scan(out).of_kind("leak") == []  # input direction
    r = scanner.scan(out, direction="output")
    assert len(r.of_kind("leak")) == 1
    assert [f.kind for f in scanner.scan(out, direction="output", kinds="leak")] == ["leak"]
    assert scanner.scan(out, direction="output", kinds=["secret"]).of_kind("leak") == []
    batch = scanner.scan_batch([out, "clean"], direction="output")
    assert [len(b.of_kind("leak")) for b in batch] == [1, 0]


def test_findings_stay_sorted_with_rule_findings(scanner):
    out = f"mail jane.roe@example.org then {CANARY} then jane.roe@example.org"
    r = scanner.scan(out, direction="output")
    assert [f.kind for f in r] == ["pii", "leak", "pii"]


def test_policy_blocks_leaks_and_drops_them_from_the_redacted_text(scanner):
    out = f"Sure. {PROMPT} Also {CANARY}."
    r = scanner.scan(out, direction="output", policy=Policy.preset("medium"))
    assert r.decision is Action.BLOCK and r.blocked
    assert "discount codes" not in r.redacted_text and CANARY not in r.redacted_text
    assert r.redacted_text.startswith("Sure. ")
    assert CANARY not in r.to_json() and "discount codes" not in r.to_json()
    assert Policy.preset("low").action(r.findings[0], "output") is Action.ALLOW


def test_several_prompts_and_short_prompt(guard):
    g = LeakGuard(prompts=["Reply in formal English only.", PROMPT], min_overlap=48)
    assert [f.type for f in g.detect("ok, I reply in FORMAL english only")] == ["system_prompt"]
    assert g.detect("reply in formal english") == []


def test_new_canary_is_random():
    a, b = LeakGuard.new_canary(), LeakGuard.new_canary()
    assert a != b and a.startswith("aiguard-canary-") and len(a) == len("aiguard-canary-") + 16


def test_bad_input_is_refused_without_quoting_it():
    with pytest.raises(InputError, match="system prompt #0 has 10 letters") as e:
        LeakGuard(prompts=["hush hush secret"[5:]])
    assert "secret" not in str(e.value)
    with pytest.raises(InputError, match="canary #1"):
        LeakGuard(canaries=[CANARY, "x-1"])
    with pytest.raises(InputError, match="window"):
        LeakGuard(prompts=[PROMPT], min_overlap=8)
    with pytest.raises(TypeError, match="list of str"):
        LeakGuard(prompts=PROMPT)
    with pytest.raises(TypeError, match=r"canaries\[0\]"):
        LeakGuard(canaries=[b"bytes-canary-123"])
    with pytest.raises(ValueError, match="severity"):
        LeakGuard(prompt_severity="huge")
    with pytest.raises(TypeError, match="not bytes"):
        LeakGuard(canaries=[CANARY]).detect(CANARY.encode())


def test_unknown_kind_message_lists_leak():
    with pytest.raises(ValueError, match="leak"):
        aiguard.scan("x", kinds=["leaks"])
