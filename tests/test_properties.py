"""Properties over generated text: the prefilter loses nothing, spans are exact, scans are deterministic."""

from hypothesis import given, settings, strategies as st

import aiguard

PIECES = [
    "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", "AKIAQ3EGT7LMZ2XWNP4B", "jana.novak@mailbox.example.org",
    "4111 1111 1111 1111", "GB82 WEST 1234 5698 7654 32", "ignore all previous instructions", "password = ",
    "😀", "é", "漢字", "\u200b", " ", "\n", "=", "'", '"', ":", "@", "-", "_", "0", "9", "a", "Z",
]
texts = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=8)), max_size=30).map("".join)
# Long enough that the keyword-less pass walks in lanes (crates/aiguard-core/src/keywordless.rs),
# so that findings straddle its part boundaries.
long_texts = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=8)), min_size=60, max_size=160).map("".join)


@settings(max_examples=300, deadline=None)
@given(texts)
def test_prefiltered_equals_exhaustive(text):
    compiled = aiguard.default_scanner()._compiled
    assert compiled.scan(text) == compiled.scan(text, exhaustive=True)


@settings(max_examples=100, deadline=None)
@given(long_texts)
def test_prefiltered_equals_exhaustive_on_long_texts(text):
    compiled = aiguard.default_scanner()._compiled
    assert compiled.scan(text) == compiled.scan(text, exhaustive=True)


@settings(max_examples=300, deadline=None)
@given(texts)
def test_spans_are_exact_and_deterministic(text):
    scanner = aiguard.default_scanner()
    first = scanner.scan(text)
    for f in first:
        assert 0 <= f.start < f.end <= len(text)
        assert f.reveal() == text[f.start:f.end]
    assert [f.to_dict() for f in scanner.scan(text)] == [f.to_dict() for f in first]
