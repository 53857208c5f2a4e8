"""The tolerant comparison of an article's speaker with a source's."""

from __future__ import annotations

import pytest

from quotecheck.pipeline.speakers import speaker_matches


@pytest.mark.parametrize(("article", "source"), [
    ("Vance", "Councillor Ana Vance"),
    ("Ana Vance", "COUNCILLOR ANA VANCE"),
    ("A. Vance", "Ana Vance"),
    ("Mayor Okafor", "Peter Okafor"),
    ("Dr. Lin Holloway", "Harbour Master Lin Holloway"),
    ("Rosa Lindqvist", "Lindqvist"),
])
def test_the_same_person(article: str, source: str) -> None:
    assert speaker_matches(article, source) is True


@pytest.mark.parametrize(("article", "source"), [
    ("Okafor", "Councillor Vance"),
    ("Ana Vance", "Ben Vance"),
    ("Peter Okafor", "Chair Margot Delacroix"),
])
def test_different_people(article: str, source: str) -> None:
    assert speaker_matches(article, source) is False


@pytest.mark.parametrize(("article", "source"), [
    (None, "Vance"), ("Vance", None), ("she", "Vance"), ("the board", "Vance"), ("", "Vance"),
    ("Okafor", "A"), ("Okafor", "Q"),
])
def test_unknown_is_no_verdict(article: str | None, source: str | None) -> None:
    assert speaker_matches(article, source) is None
