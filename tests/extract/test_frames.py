"""Tokens and the words of a stretch of them (quotecheck.extract.frames)."""

from __future__ import annotations

from quotecheck.extract.frames import text_of, tokenize


def test_the_words_of_a_stretch_keep_their_spaces_and_lose_edge_commas() -> None:
    text = "Dana Kim, a clerk, said so"
    tokens = tokenize(text, 0, len(text), [])
    assert [t.text for t in tokens][:3] == ["Dana", "Kim", ","]
    assert text_of(tokens, 0, 3) == "Dana Kim"  # the comma after the name is no part of it
    assert text_of(tokens, 2, 6) == "a clerk"  # nor the commas around an aside
    assert text_of(tokens, 3, 5) == "a clerk"
