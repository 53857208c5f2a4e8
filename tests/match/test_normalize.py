"""Normalisation folds typography and keeps an exact map back to the original."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quotecheck.match.normalize import normalize
from quotecheck.match.tokens import WORD


@pytest.mark.parametrize(("original", "expected"), [
    ("“We won’t”", "\"we won't\""),
    ("levy—that", "levy - that"),
    ("levy -- that", "levy - that"),
    ("levy – that", "levy - that"),
    ("wait…", "wait..."),
    ("wait. . .", "wait..."),
    ("a\u00a0b\u2009c", "a b c"),
    ("soft\u00adhyphen zero\u200bwidth", "softhyphen zerowidth"),
    ("recon-\n   sider", "recon-sider"),
    ("line\n  break\n\n\tand tabs", "line break and tabs"),
    ("ﬁnal ligature", "final ligature"),
    ("MiXeD CaSe", "mixed case"),
    ("Café", "café"),
])
def test_folds(original: str, expected: str) -> None:
    assert normalize(original).text == expected


def test_keeps_case_when_asked() -> None:
    assert normalize("“The Mayor”", casefold=False).text == '"The Mayor"'


def test_map_points_at_original_characters() -> None:
    original = "He said—twice—“no.”"
    norm = normalize(original)
    at = norm.text.index("twice")
    start, end = norm.original_span(at, at + len("twice"))
    assert original[start:end] == "twice"
    quote = norm.text.index('"no')
    assert original[norm.original_span(quote, quote + 1)[0]] == "“"


def test_length_changing_case_fold_falls_back_safely() -> None:
    original = "İstanbul said “no”"
    norm = normalize(original)
    at = norm.text.index("said")
    start, end = norm.original_span(at, at + 4)
    assert original[start:end] == "said"


_TYPOGRAPHIC = st.text(
    alphabet=st.sampled_from(list("abcXYZ019 -.,'\"\n\t") + list("“”‘’—–…\u00ad\u00a0\u200bé")),
    max_size=80,
)


@settings(max_examples=300, deadline=None)
@given(_TYPOGRAPHIC, st.data())
def test_word_spans_map_back_to_what_normalises_to_them(text: str, data: st.DataObject) -> None:
    norm = normalize(text)
    words = list(WORD.finditer(norm.text))
    if not words:
        return
    i = data.draw(st.integers(0, len(words) - 1))
    j = data.draw(st.integers(i, len(words) - 1))
    start, end = words[i].start(), words[j].end()
    o_start, o_end = norm.original_span(start, end)
    assert 0 <= o_start <= o_end <= len(text)
    assert normalize(text[o_start:o_end]).text.strip() == norm.text[start:end]


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=60), st.data())
def test_any_span_maps_inside_the_original(text: str, data: st.DataObject) -> None:
    norm = normalize(text)
    start = data.draw(st.integers(0, len(norm.text)))
    end = data.draw(st.integers(start, len(norm.text)))
    o_start, o_end = norm.original_span(start, end)
    assert 0 <= o_start <= o_end <= len(text)
    if end > start:
        piece = norm.text[start:end].strip()
        assert piece in normalize(text[o_start:o_end]).text or not piece.isalnum()
