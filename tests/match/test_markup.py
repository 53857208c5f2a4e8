"""Source text as people type it: markup cleaned away, offsets still those of the text."""

from __future__ import annotations

import pytest

from quotecheck.match import SourceIndex, match_quote
from quotecheck.match.headings import find_headings
from quotecheck.match.markup import clean_source
from quotecheck.models import Verdict
from quotecheck.verdict import judge

PLAY = """ACT I

HAMLET.
To be, or not to be, that is the question.
ALL.
Not a whit, we defy augury.
MS. LEE: Most people thought she is _always_ right about the *budget*, **every** year.
MR. DIAZ: The figures for May 1<sup>st</sup> &amp; June were fine (APPLAUSE) and final.
OPHELIA. Good my lord, the play 's the thing , he said.
"""

GUTTERED = """1   The court finds that the town acted
2   within its authority when it denied
3   the permit, and the motion is granted.
"""


@pytest.mark.parametrize(("quote", "raw"), [
    ("she is always right about the budget, every year",
     "she is _always_ right about the *budget*, **every** year"),
    ("Not a whit, we defy augury", "Not a whit, we defy augury"),
    ("The figures for May 1st & June were fine and final",
     "The figures for May 1<sup>st</sup> &amp; June were fine (APPLAUSE) and final"),
    ("the play's the thing, he said", "the play 's the thing , he said"),
    ("within its authority when it denied the permit",
     "within its authority when it denied\n3   the permit"),
])
def test_markup_never_changes_a_faithful_quote(quote: str, raw: str) -> None:
    source = GUTTERED if "authority" in quote else PLAY
    found = match_quote(quote, SourceIndex(source))
    assert found is not None
    assert judge(found, quote)[0] in (Verdict.EXACT, Verdict.VERIFIED)
    assert source[found.start : found.end] == raw


def test_a_speaker_heading_is_never_a_lead_in() -> None:
    found = match_quote("Not a whit, we defy augury.", SourceIndex(PLAY))
    assert found is not None and found.lead_in == ""
    assert judge(found, "Not a whit, we defy augury.")[0] is Verdict.EXACT


def test_emphasis_does_not_hide_a_change() -> None:
    quote = "she is never right about the budget"
    found = match_quote(quote, SourceIndex(PLAY))
    assert found is not None and judge(found, quote)[0] is Verdict.ALTERED


def test_headings_name_the_speakers() -> None:
    assert [h.name for h in find_headings(PLAY)] == [
        "HAMLET", "ALL", "MS. LEE", "MR. DIAZ", "OPHELIA"]


@pytest.mark.parametrize("text", [
    "CHAPTER I.\nIt was a dark night.\nCHAPTER II.\nIt rained.",
    "Note: one label alone is not a speaker.\nA line.",
    "Photo: the depot.\nText here.\nPhoto: the bus.\nContact: the office.\nContact: again.",
    "snake_case_name and 2 * 3 * 4 stay as they are, and x < y > z too.",
])
def test_ordinary_text_is_left_alone(text: str) -> None:
    cleaned, mapping = clean_source(text)
    assert cleaned == text and mapping is None
