"""Quote marks as people type them: spaced marks, ``''``, mixed straight and curly pairs,
a stray closing mark, and a mis-paired mark that must not swallow what follows."""

from __future__ import annotations

import pytest

from quotecheck.articles import parse_article
from quotecheck.extract import extract_claims
from quotecheck.models import Claim


def _claims(text: str, name: str = "a.txt") -> tuple[Claim, ...]:
    return extract_claims(parse_article(name, text))


def _quotes(text: str, name: str = "a.txt") -> list[str]:
    return [c.quote for c in _claims(text, name)]


@pytest.mark.parametrize(("text", "expected"), [
    ('He said " Let the word go forth from this time and place " .',
     ["Let the word go forth from this time and place"]),
    ("He said “ we are ready ” today.", ["we are ready"]),
    ("''Turnout is up,'' Ms. Kim said. ''We are pleased.''",
     ["Turnout is up", "We are pleased"]),
    ("the pursuit of “life, liberty and happiness.'' Then he sat down.",
     ["life, liberty and happiness"]),
    ('"You know what I want? I want to wait” before answering, he said.',
     ["You know what I want? I want to wait"]),
    ('“That is going to happen now, at a new level." Then they left.',
     ["That is going to happen now, at a new level"]),
    ("\"They search for it and treat it like, 'Oh, this is important,' \" Magel said.",
     ["They search for it and treat it like, 'Oh, this is important,'"]),
    ("''I said, 'There is no daylight,''' he recalled.", ["I said, 'There is no daylight,'"]),
    ("''He said, 'Eight years.'.'' Then nothing.", ["He said, 'Eight years.'"]),
])
def test_marks_people_type(text: str, expected: list[str]) -> None:
    assert _quotes(text) == expected


def test_positions_of_two_apostrophe_marks() -> None:
    text = "Mr. Arad said the prime minister ''looked ashen,'' after the talk.\n"
    (claim,) = _claims(text)
    assert claim.quote == "looked ashen"
    assert text[claim.column - 1 : claim.end_column - 1] == "looked ashen"
    assert (claim.speaker, claim.cue) == ("Arad", "said")


def test_two_apostrophe_quote_continues_into_the_next_paragraph() -> None:
    text = "''We came to work.\n\n''We stayed,'' Ms. Lee said.\n"
    (claim,) = _claims(text)
    assert claim.quote == "We came to work. We stayed"
    assert (claim.line, claim.end_line) == (1, 3)


def test_misspaired_mark_stops_at_the_cue() -> None:
    text = "“A bully pulpit is no job,' said Gomez at the rally. “He can’t win,” he added."
    assert _quotes(text) == ["A bully pulpit is no job", "He can’t win"]
    claims = _claims(text)
    assert "unbalanced" in claims[0].flags
    assert claims[0].speaker == "Gomez"


def test_unclosed_quote_stops_at_the_next_opening_mark() -> None:
    text = "“We will win this. “Nobody doubts it,” she said."
    assert _quotes(text) == ["We will win this", "Nobody doubts it"]


def test_unclosed_quote_at_paragraph_end_stops_at_its_cue() -> None:
    text = "“We will win this,' Ruiz said to the crowd of supporters.\n\nThen came the vote.\n"
    claims = _claims(text)
    assert [c.quote for c in claims] == ["We will win this"]
    assert claims[0].speaker == "Ruiz"


def test_nested_double_mark_without_a_sentence_break_still_nests() -> None:
    assert _quotes("“He said “no” at the door,” Lee recalled.") == [
        "He said “no” at the door"]


def test_stray_closing_mark_at_the_end_of_a_block_quote() -> None:
    text = "The declaration says:\n\n> [A]ll men are created equal …”\n\nAfter.\n"
    (claim,) = _claims(text, "a.md")
    assert claim.quote == "[A]ll men are created equal …"


@pytest.mark.parametrize("text", [
    "Apples   2 lb\nPears    \"   \"\nPlums    \"   \"",
    "Set x = '' and y = ''.",
    "A 12 \" pipe.",
])
def test_spaced_and_doubled_marks_alone_are_not_quotes(text: str) -> None:
    assert _quotes(text) == []


def test_curly_pair_inside_a_straight_quote_nests() -> None:
    text = ('The club\'s history page puts it this way:\n\n"In the spring of 1931, nine '
            'growers met in a barn. Written “for all who work the land,” the charter is '
            'short.\n\n"It has three rules.\n')
    assert _quotes(text) == [  # one quotation over two paragraphs, the inner pair kept
        "In the spring of 1931, nine growers met in a barn. Written “for all who work the "
        "land,” the charter is short. It has three rules"]


def test_double_mark_glued_to_the_sentence_before_opens_a_quote() -> None:
    text = ('"We waited all winter," said one baker who asked not to be named."Nobody '
            'came to fix the oven."\n\nThe town is building a new bakery.')
    assert _quotes(text) == ["We waited all winter", "Nobody came to fix the oven"]


def test_an_unclosed_quote_is_not_cut_at_a_verb_after_a_modal() -> None:
    text = ("3. What comes next?\n\n“Next year, the office will continue to publish its "
            "figures every month.\n\nThe team answered the rest by email.\n")
    assert _quotes(text) == [
        "Next year, the office will continue to publish its figures every month"]
