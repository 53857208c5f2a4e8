"""How strongly links tie a quotation to a source: strong on the quote, right after it, or
on its speaker or cue; weak elsewhere in the paragraph."""

from __future__ import annotations

import pytest

from quotecheck.articles import parse_article
from quotecheck.extract import extract_claims


def _ties(text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    claim = extract_claims(parse_article("a.md", text))[0]
    strong = tuple(c for c in claim.cited if c not in claim.weak)
    return strong, claim.weak


@pytest.mark.parametrize("text", [
    "The mayor called it [“a reckless gamble”](s.txt) on Monday.",
    "“We will keep every route open” ([minutes](s.txt)), the mayor said.",
    "[Mayor Okafor said](s.txt) “we will keep every route open” on Monday.",
    "“We will keep every route open,” [the mayor said](s.txt) on Monday.",
    "“We will keep every route open,” according to [the minutes](s.txt).",
    "“We will keep every route open,” Okafor said in [a statement](s.txt).",
])
def test_strong_ties(text: str) -> None:
    assert _ties(text) == (("s.txt",), ())


@pytest.mark.parametrize("text", [
    "The council met [on Monday](w.txt). “We will keep every route open,” Okafor said.",
    "“We will keep every route open,” Okafor said after the [depot tour](w.txt) ended.",
    "[Peter Okafor](w.txt) chairs the board. “We will keep every route open,” Okafor said.",
    "“We will keep every route open,” [Okafor](w.txt) told the council.",  # a profile page
    "“We will keep every route open and run the [night bus](w.txt) all year,” Okafor said.",
])
def test_weak_ties(text: str) -> None:
    assert _ties(text) == ((), ("w.txt",))


def test_a_link_of_another_paragraph_is_no_tie() -> None:
    text = "Read the [report](r.txt).\n\n“We will keep every route open,” Okafor said.\n"
    assert _ties(text) == ((), ())


def test_a_directive_makes_a_weak_link_strong() -> None:
    text = ('<!-- quotecheck source="w.txt" -->\nThe council met [on Monday](w.txt). '
            "“We will keep every route open,” Okafor said.\n")
    assert _ties(text) == (("w.txt",), ())


def test_strong_and_weak_in_one_paragraph() -> None:
    text = ("The council met [on Monday](w.txt). “We will keep every route open,” "
            "[Okafor said](s.txt).")
    assert _ties(text) == (("s.txt",), ("w.txt",))
