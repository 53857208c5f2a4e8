"""Finding quotes in a source: typography, elisions, brackets, order, absence."""

from __future__ import annotations

import pytest

from quotecheck.match import MatchSettings, SourceIndex, match_quote
from quotecheck.match.pattern import GapKind, parse_quote

SOURCE = (
    "MAYOR OKAFOR: Good evening. We will not raise fares this year -- not in\n"
    "January, not ever. The depot repairs alone will cost 4.2 million\n"
    "dollars. It is a well-\nknown fact that buses work. Senator Ruiz said the plan was dead.\n"
    "We did not, as the report claims, cut routes. The trains run late; the buses run on time."
)


@pytest.fixture(scope="module")
def index() -> SourceIndex:
    return SourceIndex(SOURCE)


def test_exact_with_line_break_in_source(index: SourceIndex) -> None:
    found = match_quote("The depot repairs alone will cost 4.2 million dollars", index)
    assert found is not None
    assert found.edits == () and not found.case_or_punctuation
    assert SOURCE[found.start : found.end] == (
        "The depot repairs alone will cost 4.2 million\ndollars")


def test_typography_only(index: SourceIndex) -> None:
    found = match_quote("we will not raise fares this year—not in January", index)
    assert found is not None
    assert found.edits == ()
    assert found.case_or_punctuation  # "we" vs "We"


def test_hyphen_across_line_break(index: SourceIndex) -> None:
    found = match_quote("It is a well-known fact", index)
    assert found is not None and found.edits == () and not found.case_or_punctuation


def test_dropped_not_is_an_edit(index: SourceIndex) -> None:
    found = match_quote("We will raise fares this year", index)
    assert found is not None
    assert [(e.quote, e.source) for e in found.edits] == [("", "not")]


def test_changed_number_is_an_edit(index: SourceIndex) -> None:
    found = match_quote("The depot repairs alone will cost 2.4 million dollars", index)
    assert found is not None
    assert [(e.quote, e.source) for e in found.edits] == [("2.4", "4.2")]


def test_elision_reports_what_it_left_out(index: SourceIndex) -> None:
    found = match_quote("We will not raise fares … not ever", index)
    assert found is not None
    assert found.edits == ()
    assert [e.omitted for e in found.elisions] == ["this year -- not in\nJanuary,"]


def test_elision_out_of_order(index: SourceIndex) -> None:
    found = match_quote("the buses run on time ... the trains run late", index)
    assert found is not None
    assert found.out_of_order


def test_elision_too_far_apart(index: SourceIndex) -> None:
    found = match_quote("Good evening ... the buses run on time", index,
                        MatchSettings(elision_window=50))
    assert found is not None and found.out_of_order


def test_bracket_substitution(index: SourceIndex) -> None:
    found = match_quote("[He] said the plan was dead", index)
    assert found is not None
    assert [(s.bracket, s.replaced) for s in found.substitutions] == [("He", "Senator Ruiz")]


def test_case_bracket_and_sic(index: SourceIndex) -> None:
    found = match_quote("[T]he depot repairs alone [sic] will cost 4.2 million dollars", index)
    assert found is not None
    assert found.edits == () and found.substitutions == ()


def test_absent_quote(index: SourceIndex) -> None:
    assert match_quote("Unicorns dance nightly on the moon", index) is None
    assert match_quote("...", index) is None


def test_several_occurrences_counted() -> None:
    index = SourceIndex("Yes we can. And again: yes we can. Once more, yes we can!")
    found = match_quote("yes we can", index)
    assert found is not None and found.occurrences == 3


def test_fragment_respects_word_boundaries() -> None:
    index = SourceIndex("The gamblers left early.")
    assert match_quote("gamble", index) is None


def test_large_source_uses_candidates() -> None:
    filler = " ".join(f"word{i % 997} filler{i % 13}" for i in range(30_000))
    text = filler + " The committee will not approve the budget this spring. " + filler
    index = SourceIndex(text)
    found = match_quote("The committee will approve the budget this spring", index)
    assert found is not None
    assert [(e.quote, e.source) for e in found.edits] == [("", "not")]


def test_parse_quote_pieces() -> None:
    pattern = parse_quote("…[T]he plan [...] was [sic] dead [emphasis added]…")
    assert pattern.pieces == ("The plan", "was dead")
    assert [g.kind for g in pattern.gaps] == [GapKind.ELISION]
    assert pattern.edge_ellipsis
    assert pattern.notes == ("sic", "emphasis added")
