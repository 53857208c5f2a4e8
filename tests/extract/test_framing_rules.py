"""Quotation or not: the rules written on the DigitalGov dev part's errors, each a property
of English or of Markdown writing (quotecheck.extract.framing, own_words.instructed_block,
reading's sentence after a quote, list items as sentence ends). Our own invented
sentences; each rule has a counter-example that must stay as it was."""

from __future__ import annotations

import pytest

from quotecheck.articles import parse_article
from quotecheck.extract import extract_claims
from quotecheck.models import Claim


def _claims(text: str, name: str = "a.md") -> dict[str, Claim]:
    return {c.quote: c for c in extract_claims(parse_article(name, text))}


def _kind(text: str, quote: str) -> tuple[bool, str | None]:
    claim = _claims(text)[quote]
    return claim.quotation, claim.why


# --- naming, not describing -------------------------------------------------------------

@pytest.mark.parametrize(("text", "quote"), [
    ("After the spring update, Vale and Ortiz called the new portal “Harbor 3.1.”",
     "Harbor 3.1"),
    ("The clerks renamed their booking app “Ferry Desk 2” last year.", "Ferry Desk 2"),
])
def test_calling_a_thing_by_a_product_name_is_a_term(text: str, quote: str) -> None:
    assert _kind(text, quote) == (False, "term")


@pytest.mark.parametrize(("text", "quote"), [
    ("Okafor called the plan “a reckless gamble” on Monday.", "a reckless gamble"),
    ("At the ball Ruiz called the princess “Jenny,” and everyone heard it.", "Jenny"),
    ("Vale called the proposal “dead on arrival” after the vote.", "dead on arrival"),
])
def test_calling_something_a_description_or_a_person_a_nickname_stays_a_quotation(
        text: str, quote: str) -> None:
    assert _kind(text, quote) == (True, None)


# --- the sentence after a quote ---------------------------------------------------------

def test_a_quote_inside_the_writers_sentence_takes_no_speaker_from_the_next() -> None:
    text = ("As passes get cheaper, riders are swapping their “old paper tickets” for "
            "phones. Okafor estimates that half the riders did so this year.")
    claim = _claims(text)["old paper tickets"]
    assert claim.speaker is None
    assert not claim.quotation


def test_a_quote_that_closes_its_sentence_still_takes_the_next_sentences_speaker() -> None:
    text = "The ferry will run all winter, “and that is final.” Okafor said it twice."
    assert _claims(text)["and that is final"].speaker == "Okafor"


# --- list items -------------------------------------------------------------------------

_LISTED = ("The clerk shared some figures:\n\n"
           "* Okafor has 300 riders on the night ferry\n"
           "* 4,000 people signed up saying they want the boat if the docks enable the "
           "“late landing” feature, which would keep the pier open\n")


def test_a_list_item_ends_the_sentence_of_the_item_before_it() -> None:
    claim = _claims(_LISTED)["late landing"]
    assert claim.speaker != "Okafor"
    assert not claim.quotation


def test_a_line_break_inside_a_paragraph_ends_no_sentence() -> None:
    wrapped = _LISTED.replace("* ", "")  # the same lines, soft-wrapped prose
    assert _claims(wrapped)["late landing"].speaker == "Okafor"


# --- the outer question mark ------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "## What is a “tiny house?”\n\nA tiny house is a home under 40 square metres.\n",
    "How do you build a “rain garden?” Start with a shallow dip in the lawn.\n",
])
def test_the_question_mark_of_the_sentence_around_a_term_ends_no_quote(text: str) -> None:
    quote = "tiny house?" if "tiny" in text else "rain garden?"
    assert _kind(text, quote) == (False, "term")


def test_a_question_continuing_a_split_quote_stays_a_quotation() -> None:
    text = "“I am sure you did something,” said Vale, and pausing added, “something fine?”"
    assert _kind(text, "something fine?") == (True, None)


# --- wording given as a saying or a template --------------------------------------------

def test_what_we_habitually_say_is_a_saying() -> None:
    text = "Storms come fast here. As we say at the harbour office, “Check the tide twice.”"
    assert _kind(text, "Check the tide twice") == (False, "saying")


def test_what_a_named_person_says_stays_a_quotation() -> None:
    text = "Storms come fast here. As Okafor says at every briefing, “Check the tide twice.”"
    assert _kind(text, "Check the tide twice") == (True, None)


def test_wording_in_a_given_format_is_a_template() -> None:
    text = ("Each request card names the rider and the need. They are written in the "
            "format: “As a night rider, I need a later boat so that I get home.”")
    assert _kind(text, "As a night rider, I need a later boat so that I get home") == (
        False, "suggested")


def test_words_someone_wrote_stay_a_quotation() -> None:
    text = ("Each request card names the rider and the need. Okafor wrote: “As a night "
            "rider, I need a later boat so that I get home.”")
    assert _kind(text, "As a night rider, I need a later boat so that I get home") == (
        True, None)


# --- a block of questions after an instruction to the reader ----------------------------

_BLOCK = ("Before the launch, {lead}\n\n"
          "> * Who reads this page first?\n"
          "> * What do they need to find in a minute?\n\n"
          "Then fix what the answers show.\n")
_QUESTIONS = "Who reads this page first? What do they need to find in a minute?"


@pytest.mark.parametrize("lead", ["ask yourself the following:",
                                  "you must consider:"])
def test_questions_set_off_after_an_instruction_are_suggested(lead: str) -> None:
    claims = _claims(_BLOCK.format(lead=lead))
    assert (claims[_QUESTIONS].quotation, claims[_QUESTIONS].why) == (False, "suggested")


@pytest.mark.parametrize("lead", [
    "the residents asked the board:",  # someone asked them: a quotation
    "ask yourself the questions the residents put to the board",  # no colon
])
def test_other_blocks_of_questions_stay_quotations(lead: str) -> None:
    claims = _claims(_BLOCK.format(lead=lead))
    assert (claims[_QUESTIONS].quotation, claims[_QUESTIONS].why) == (True, None)


def test_a_signed_block_of_questions_stays_a_quotation() -> None:
    text = _BLOCK.format(lead="ask yourself the following:").replace(
        "minute?\n", "minute?\n> — Ines Vale\n")
    claim = next(c for q, c in _claims(text).items() if q.startswith("Who reads"))
    assert (claim.quotation, claim.why) == (True, None)


def test_a_block_after_an_instruction_that_is_not_questions_stays_a_quotation() -> None:
    text = ("Before the launch, ask yourself the following:\n\n"
            "> The page must load in two seconds.\n\nThen fix it.\n")
    assert _kind(text, "The page must load in two seconds.") == (True, None)


# --- a passive cue has no speaker ---------------------------------------------------------

def test_the_subject_of_a_passive_cue_is_what_is_said_not_a_speaker() -> None:
    text = ("Request cards are written in the format: “As a night rider, I need a later "
            "boat so that I get home.”")
    claim = _claims(text)["As a night rider, I need a later boat so that I get home"]
    assert claim.speaker is None
    assert (claim.quotation, claim.why) == (False, "suggested")


@pytest.mark.parametrize(("text", "quote", "speaker"), [
    ("All week Okafor was saying things like “we cannot go on like this” to the crew.",
     "we cannot go on like this", "Okafor"),  # progressive, not passive
    ("The senator was asked by reporters: “Will you run?”", "Will you run?", "reporters"),
    # what others say of the subject, in the subject's words
    ("The interview set off a panic this week, and party chair Ana Ruiz was said to be "
     "“furious” with the mayor for splitting the party.", "furious", "Ana Ruiz"),
])
def test_an_active_cue_or_a_passive_with_its_agent_keeps_a_speaker(
        text: str, quote: str, speaker: str) -> None:
    assert _claims(text)[quote].speaker == speaker
