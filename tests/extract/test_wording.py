"""Wording for the reader and the writer's own words (quotecheck.extract.wording): read
from the quote's sentence and paragraph, on original fixtures; news quotes next to them
stay quotations."""

from __future__ import annotations

import pytest

from quotecheck.articles import parse_article
from quotecheck.extract import extract_claims


def _kinds(text: str, name: str = "a.md") -> list[tuple[str, bool, str | None]]:
    claims = extract_claims(parse_article(name, text))
    return [(c.quote, c.quotation, c.why) for c in claims]


@pytest.mark.parametrize(("text", "quote"), [
    ("When a manager wants a dashboard, ask them what it is for. “Which decision will "
     "this number change?”", "Which decision will this number change?"),
    ("Ask the vendor how they store backups. “Where do the copies live?” Then write the "
     "answer down in the ticket.", "Where do the copies live?"),
    ("It is not enough to list the tasks, but try to get a date for each of them. “Who "
     "owns the next step? By when?”", "Who owns the next step? By when?"),
    ("Before the kickoff, you should ask what success looks like. “How will we know the "
     "form works?” Most teams never do.", "How will we know the form works?"),
])
def test_a_question_after_an_instruction_to_the_reader_is_suggested(text: str,
                                                                    quote: str) -> None:
    assert (quote, False, "suggested") in _kinds(text)


@pytest.mark.parametrize(("text", "quote"), [
    # no instruction: a question someone asked, told in the paragraph before it
    ("Okafor paused at the microphone. “Is the ferry safe?”", "Is the ferry safe?"),
    # a speaker in the question's own sentence
    ("Ask the clerk about the vote. “Is it over?” Ruiz asked the clerk.", "Is it over?"),
    # not a question
    ("Ask the vendor how they store backups. “We keep three copies in two regions.”",
     "We keep three copies in two regions"),
    # not a sentence by itself
    ("Ask the vendor, and the vendor replies that “where the copies live?” is secret.",
     "where the copies live?"),
])
def test_other_questions_stay_as_they_were(text: str, quote: str) -> None:
    kinds = {q: (quotation, why) for q, quotation, why in _kinds(text)}
    assert kinds.get(quote, (True, None))[1] != "suggested"
    assert quote in kinds


def test_a_question_a_named_speaker_asks_stays_a_quotation() -> None:
    text = ("Ask anyone at the depot about it. “Why did the buses stop?” Okafor asked the "
            "board on Monday.")
    assert ("Why did the buses stop?", True, None) in _kinds(text)


ANSWERS = ("The clerk listed the options, and the questions came back at once:\n\n"
           "“Wait, what is a quorum?”\n\n“Half of the board, plus one.”\n\n“OK.”\n\n"
           "“WE NEED ONE.”\n\nThe vote took place a week later.\n")


def test_lines_of_a_quoted_exchange_are_quotations_however_short() -> None:
    kinds = _kinds(ANSWERS)
    assert ("OK", True, None) in kinds and ("WE NEED ONE", True, None) in kinds


def test_a_lone_quote_paragraph_without_a_neighbour_stays_what_it_was() -> None:
    text = "Our team had a motto.\n\n“SHIP IT.”\n\nThe vote took place a week later.\n"
    assert _kinds(text) == [("SHIP IT", False, "title")]


OWN_BLOCK = ("We measured the open rate of every newsletter and tried A/B testing.\n\n"
             "> Split testing sends two versions of a message to two groups to learn which "
             "one works.\n\nThe second subject line won.\n")


def test_a_block_no_one_signs_or_introduces_is_the_writers_own() -> None:
    assert _kinds(OWN_BLOCK) == [(
        "Split testing sends two versions of a message to two groups to learn which one "
        "works.", False, "note")]


@pytest.mark.parametrize("text", [
    # introduced by a colon or a comma
    "The council posted this notice:\n\n> The ferry will not run on Sunday.\n",
    "The notice on the pier reads as follows:\n\n> The ferry will not run on Sunday.\n",
    "At the last meeting, a line from the bylaws came up,\n\n> The ferry will not run on "
    "Sunday.\n",
    # opened by a quotation mark
    "We talked to the harbour master.\n\n> “The ferry will not run on Sunday.”\n",
    # signed with a dash
    "We talked to the harbour master.\n\n> The ferry will not run on Sunday. —Ines Vale\n",
    # signed on the line after it
    "We talked to the harbour master.\n\n> The ferry will not run on Sunday.\n\n"
    "— Ines Vale, harbour master\n",
])
def test_a_block_that_is_signed_introduced_or_marked_stays_a_quotation(text: str) -> None:
    kinds = _kinds(text)
    assert kinds and all(quotation for _, quotation, _ in kinds), kinds
