"""The reversible vault: exact round trips (also from many threads at once), TTL on an
injected clock, a caller's store, and streaming restore."""

import threading

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import aiguard
from aiguard import Policy, Vault
from aiguard.vault import label_of


class FakeClock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self):
        return self.now


def test_labels():
    assert label_of("email") == "EMAIL"
    assert label_of("github_token") == "GITHUB_TOKEN"
    assert label_of("credit-card number") == "CREDIT_CARD_NUMBER"
    assert label_of("3des_key") == "V_3DES_KEY"
    assert label_of("") == "V"


def test_round_trip_and_unknown_placeholders_left_alone():
    v = Vault()
    a = v.placeholder("EMAIL", "a@example.org")
    b = v.placeholder("EMAIL", "b@example.org")
    t = v.placeholder("GITHUB_TOKEN", "ghp_x")
    assert (a, b, t) == ("<EMAIL_1>", "<EMAIL_2>", "<GITHUB_TOKEN_1>")
    assert v.placeholder("EMAIL", "a@example.org") == a
    text = f"{a}, {b}; {t} <EMAIL_9> <email_1> <EMAIL_1 <>"
    assert v.restore(text) == "a@example.org, b@example.org; ghp_x <EMAIL_9> <email_1> <EMAIL_1 <>"
    assert Vault().restore(text) == text  # another conversation's vault restores nothing
    assert len(v) == 3


def test_many_threads_round_trip_exactly():
    scanner = aiguard.default_scanner()
    policy = Policy.preset("high")
    shared = Vault()
    errors = []
    shared_emails = [f"team.member{i}@example.org" for i in range(5)]

    def work(t):
        try:
            for i in range(40):
                own = f"user{t}x{i}@example.com"
                text = f"From {own} to {shared_emails[i % 5]} about invoice {t}-{i}, cc {own}."
                r = scanner.scan(text, policy=policy, vault=shared)
                assert own not in r.redacted_text
                restored = shared.restore(r.redacted_text)
                if restored != text:
                    errors.append((t, i))
        except Exception as e:  # surfaced below, with the thread's place
            errors.append((t, repr(e)))

    threads = [threading.Thread(target=work, args=(t,)) for t in range(16)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    assert errors == []
    assert len(shared) == 16 * 40 + 5  # every distinct value once: no duplicate numbers under contention
    assert len({shared.placeholder("EMAIL", e) for e in shared_emails}) == 5


def test_ttl_expiry_on_an_injected_clock():
    clock = FakeClock()
    v = Vault(ttl=60, clock=clock)
    p = v.placeholder("EMAIL", "a@example.org")
    clock.now += 59
    assert v.restore(p) == "a@example.org"
    assert v.placeholder("EMAIL", "a@example.org") == p  # reuse refreshes the entry
    clock.now += 59
    assert v.restore(p) == "a@example.org"
    clock.now += 61
    assert v.restore(p) == p  # expired: left as is
    fresh = v.placeholder("EMAIL", "a@example.org")
    assert fresh == "<EMAIL_2>"  # a number is never reused for another lifetime
    v.purge()
    assert len(v) == 1 and v.restore(f"{p} {fresh}") == f"{p} a@example.org"


def test_purge_runs_on_its_own():
    clock = FakeClock()
    v = Vault(ttl=1, clock=clock)
    for i in range(63):
        v.placeholder("X", str(i))
    clock.now += 5
    v.placeholder("X", "late")  # the 64th insertion purges what expired
    assert len(v) == 1


def test_bad_ttl():
    with pytest.raises(ValueError, match="ttl"):
        Vault(ttl=0)


def test_callers_store_holds_the_values_and_resumes():
    store = {}
    v = Vault(store=store)
    p = v.placeholder("EMAIL", "a@example.org")
    assert store == {p: ("a@example.org", None)}
    again = Vault(store=store)
    assert again.restore(p) == "a@example.org"
    assert again.placeholder("EMAIL", "a@example.org") == p
    assert again.placeholder("EMAIL", "b@example.org") == "<EMAIL_2>"
    with pytest.raises(ValueError, match="not a placeholder"):
        Vault(store={"EMAIL_1": ("x", None)})


def test_clear():
    v = Vault()
    p = v.placeholder("EMAIL", "a@example.org")
    v.clear()
    assert v.restore(p) == p and len(v) == 0
    assert v.placeholder("EMAIL", "a@example.org") == "<EMAIL_2>"


def _answer_and_vault():
    v = Vault()
    values = ["a@example.org", "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", "b@example.org"]
    phs = [v.placeholder("EMAIL", values[0]), v.placeholder("GITHUB_TOKEN", values[1]),
           v.placeholder("EMAIL", values[2])]
    answer = f"Dear {phs[0]}, rotate {phs[1]}<{phs[2]}> now. 1 < 2 and <EMAIL_7> <b>x</b> <EMAIL_"
    return v, answer


@settings(max_examples=300, deadline=None)
@given(st.lists(st.integers(min_value=0, max_value=200), max_size=12))
def test_streaming_restore_equals_restoring_the_whole(cuts):
    v, answer = _answer_and_vault()
    cuts = sorted({c % (len(answer) + 1) for c in cuts})
    chunks = [answer[a:b] for a, b in zip([0] + cuts, cuts + [len(answer)])]
    r = v.restorer()
    out = "".join(r.feed(c) for c in chunks) + r.close()
    assert out == v.restore(answer)
    assert "a@example.org" in out and "<EMAIL_7>" in out


def test_streaming_one_character_at_a_time_holds_back_little():
    v, answer = _answer_and_vault()
    r = v.restorer()
    emitted = []
    for ch in answer:
        emitted.append(r.feed(ch))
        assert len(r._pending) <= 52
    assert "".join(emitted) + r.close() == v.restore(answer)
