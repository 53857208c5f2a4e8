"""It and they on invented text of the forms real news uses: the organisation, document or
group the pronoun stands for (extract/groups.py), and a quote in an introduction opened by
"as" or "when" that belongs to the subject after it."""

from __future__ import annotations

import pytest

from quotecheck.articles import parse_article
from quotecheck.extract import extract_claims


def _speakers(text: str) -> list[str | None]:
    return [c.speaker for c in extract_claims(parse_article("a.txt", text))]


@pytest.mark.parametrize(("text", "speaker"), [
    # an organisation's name goes on through "of"
    ("Still, the Harbour Business Council of Elm County opposed the rise.\n\n“Keep the levy "
     "where it is,” it recommended.\n", "Harbour Business Council of Elm County"),
    # a document opening the sentence before
    ("The memo showed a chart of the fares. It says: “Every route stays open.”\n",
     "The memo"),
    # the subject of the pronoun's own sentence, up to its noun
    ("The county charter makes no mention of ferries, although it does say that the county "
     "must “keep the crossings open.”\n", "The county charter"),
    # they: sentences opened by they followed back to a plural group
    ("In a new study, two economists -- Ana Ruiz of Elm College and Omar Hadley of Tampa -- "
     "raised doubts about the plan.\n\nThey examined ten years of fares. What's more, they "
     "found that fares rose.\n\n“These results should worry us,” they argued.\n",
     "two economists"),
    # they: names joined by "and", through a sentence where they are the subject of a cue
    ("In their new book, Ana Ruiz and Omar Hadley suggest that the plan failed.\n\nThe county "
     "might have waited, they argue, for a better year.\n\nEven at best, they write, the plan "
     "“produced nothing of value.”\n", "Ana Ruiz and Omar Hadley"),
])
def test_it_and_they_stand_for_a_group(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize(("text", "speaker"), [
    # "it" never reaches past a person's name opening a sentence
    ("The council met on Monday. Omar Hadley spoke first.\n\n“We will wait,” it said.\n",
     "it"),
    # a group of the other number is no antecedent
    ("The depot workers met on Monday.\n\n“We will wait,” it said.\n", "it"),
    ("The depot union met on Monday.\n\n“We will wait,” they said.\n", "they"),
])
def test_it_and_they_left_as_written(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


def test_a_quote_in_an_introduction_opened_by_as() -> None:
    text = ("As they weigh the “contested contest” in July, Ruiz supporters think back to "
            "2008.\n")
    assert _speakers(text) == ["Ruiz supporters"]


def test_he_or_she_after_an_introduction_opens_its_sentence() -> None:
    # "On Sunday, she said …" is a sentence she opens: the pronoun after it follows it back
    text = ("Dana Ruiz says the driver was rude to her. She has told the story before, as Omar "
            "Hadley has risen in the union.\n\nOn Sunday, she said that Lee Park, the manager, "
            "phoned her.\n\n“He called the depot and asked for me,” she said.\n")
    assert _speakers(text) == ["Dana Ruiz"]


def test_the_one_asked_answers_next() -> None:
    # the agent of a passive cue ("asked by Omar Lee") speaks that quote, but the one asked
    # is who a later "she said" continues; "But she …" opens a sentence too
    text = ("Ana Ruiz was asked by moderator Omar Lee whether the plan would risk “a bigger "
            "deficit.”\n\nHer answer was that “families come first.” But she had a slip.\n\n"
            "“The most important job is being a parent,” she said.\n")
    assert _speakers(text)[0] == "Omar Lee"
    assert _speakers(text)[-1] == "Ana Ruiz"
