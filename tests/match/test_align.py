"""Word alignment: the quote's words against the best stretch of source words."""

from __future__ import annotations

from quotecheck.match.align import align_words


def _edits(quote: str, source: str) -> list[tuple[str, str]]:
    q, s = quote.split(), source.split()
    result = align_words(q, s)
    return [(" ".join(q[e.qa : e.qb]), " ".join(s[e.sa : e.sb])) for e in result.edits]


def test_faithful_quote_has_no_edits() -> None:
    result = align_words("raise fares this year".split(),
                         "we will not raise fares this year or next".split())
    assert (result.start, result.end, result.edits) == (3, 7, ())
    assert result.matched == 4


def test_dropped_word_reads_as_dropped_not_substituted() -> None:
    assert _edits("we will cut a route", "and we will not cut a route") == [("", "not")]
    assert _edits("will cut a route", "we will not cut a route") == [("", "not")]


def test_substitution() -> None:
    assert _edits("costs 14 dollars", "it costs 40 dollars today") == [("14", "40")]


def test_added_word() -> None:
    assert _edits("the very big plan", "the big plan") == [("very", "")]


def test_hyphenation_counts_as_same_word() -> None:
    result = align_words(["wellknown", "fact"], ["a", "wellknown", "fact"])
    assert result.edits == ()


def test_nothing_in_common() -> None:
    result = align_words("alpha beta".split(), "gamma delta epsilon".split())
    assert result.matched == 0


def test_compound_split_by_a_space_aligns_with_the_joined_word() -> None:
    result = align_words(["teach", "full", "time", "now"], ["teach", "fulltime", "now"])
    assert result.edits == ()
    assert (result.start, result.end, result.matched) == (0, 3, 4)
    reverse = align_words(["teach", "fulltime"], ["we", "teach", "full", "time"])
    assert reverse.edits == () and (reverse.start, reverse.end) == (1, 4)
