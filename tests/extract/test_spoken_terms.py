"""A quoted word in an article that quotes people, in a sentence about someone, is checked
as a quotation; the same sentence in an article that quotes few people, or in the writer's
own voice, stays a term. Also two forms met in blogs: words someone posted are a quotation;
a question right after telling the reader to ask is wording to use. Original fixtures
(invented text)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import jsonschema

from quotecheck.articles import parse_article
from quotecheck.extract import extract_claims
from quotecheck.extract.attribution import NONE, Attribution
from quotecheck.extract.kinds import QUOTATION, QuoteKind
from quotecheck.extract.spoken_terms import (
    CUED_SHARE,
    FIRST_PERSON_RATE,
    MIN_CUED,
    first_person_rate,
    spoken_terms,
)
from quotecheck.models import Claim
from tests.conftest import Run

#: the sentences with a quoted word that the article rule decides on
TERM_SENTENCES = """Okafor has railed against the “junk fees” that appear on every ticket.

The harbour board has long opposed the “night levy” on late crossings.

The fishing community has concluded that the “dawn toll” hurts the pier.

She wants the “ferry tax” gone by the spring.

Supporters cheered as Juan “Chico” Reyes marched with the crowd in a “Save the pier” T-shirt.

Vance joined the “fair fares” movement.

The “ferry pass” is an old idea.

Fare Cap is a scheme that ends the “double charge” on transfers.
"""

#: news: most of its quotes are tied to a speaker by a speech verb
NEWS = f"""# Ferry levy splits the council

“We will not raise fares this year,” Mayor Lena Okafor said on Monday.

“The levy is a tax on the people who can least afford it,” said Councillor Tom Vance.

“I have heard this for ten years,” Vance said.

{TERM_SENTENCES}
“It is the same old story,” Reyes told the crowd.

“We will be back next week,” said Ana Ruiz, a rider.

“Nobody asked us,” a second rider said.

“The vote is on Thursday,” the clerk said.

“We counted every ballot twice,” the clerk added.

“Turnout was up,” Okafor said.

“We will fight the toll,” a fisher said.
"""

#: a blog: one quote with a speech verb, the rest are the writer's words
BLOG = f"""# What we learned running the ferry pilot

We shipped the “beta” of the timetable page in May.

{TERM_SENTENCES}
“It works on my phone,” one rider said.
"""

EXPECTED_NEWS = {
    "junk fees": (True, None),  # a person by name is the subject
    "night levy": (True, None),  # a description of a group ("the board")
    "dawn toll": (True, None),  # a group ("the fishing community")
    "ferry tax": (True, None),  # she
    "Chico": (False, "term"),  # a nickname inside a name
    "Save the pier": (False, "term"),  # words on a thing named after them
    "fair fares": (False, "term"),  # names a kind of thing: "the … movement"
    "ferry pass": (False, "term"),  # a sentence about a thing
    "double charge": (False, "term"),  # a name the sentence defines: a thing
}


def _claims(text: str) -> dict[str, Claim]:
    return {c.quote: c for c in extract_claims(parse_article("story.md", text))}


def test_terms_about_someone_are_quotations_in_news() -> None:
    claims = _claims(NEWS)
    assert {q: (claims[q].quotation, claims[q].why) for q in EXPECTED_NEWS} == EXPECTED_NEWS
    assert claims["junk fees"].speaker == "Lena Okafor"
    assert claims["night levy"].speaker == "The harbour board"


def test_their_speaker_is_only_a_guess() -> None:
    claims = _claims(NEWS)
    assert claims["junk fees"].speaker_inferred
    assert claims["night levy"].speaker_inferred
    assert not claims["We will not raise fares this year"].speaker_inferred


def test_the_same_sentences_in_a_blog_stay_terms() -> None:
    claims = _claims(BLOG)
    assert [q for q in EXPECTED_NEWS if claims[q].quotation] == []
    assert {claims[q].why for q in EXPECTED_NEWS} == {"term"}
    assert claims["It works on my phone"].quotation


def test_a_post_in_the_writers_own_voice_keeps_its_terms() -> None:
    interview = NEWS.replace("# Ferry levy splits the council\n",
                             "# Ferry levy splits the council\n\nWe went to the vote with "
                             "our cameras.\n")
    claims = _claims(interview)
    assert claims["We will not raise fares this year"].quotation
    assert [q for q in EXPECTED_NEWS if claims[q].quotation] == []


def test_first_person_rate_counts_the_writers_words_only() -> None:
    assert FIRST_PERSON_RATE == 2.0
    text = "We met the US team. “We won,” said Kim. I'm sure our city agrees, as my aide did."
    inner = (text.index("We won"), text.index("We won") + len("We won,"))
    # outside the quote: 16 words, of which We, I('m), our, my are the writer's
    assert first_person_rate(text, [inner]) == 1000 * 4 / 16
    assert first_person_rate(text, [(0, len(text))]) == 0.0
    assert first_person_rate("", []) == 0.0


def _said(name: str) -> Attribution:
    return Attribution(name, "said", start=0, end=len(name), kind="name")


TERM = QuoteKind(False, "term")
TITLE = QuoteKind(False, "title", ("title",))
OKAFOR = Attribution("Okafor", None, start=0, end=6, kind="name", via="subject")


def _decide(cued: int, terms: int, kind: QuoteKind = TERM) -> list[bool]:
    text = "Okafor has railed against the “junk fees” here. " * (cued + terms)
    spans = [(31, 40)] * (cued + terms)
    whos = [_said("Ruiz")] * cued + [OKAFOR] * terms
    return spoken_terms(text, spans, whos, [QUOTATION] * cued + [kind] * terms)


def test_an_article_quotes_people_from_three_cued_quotes_that_are_half_of_its_quotes() -> None:
    assert MIN_CUED == 3 and CUED_SHARE == 0.5
    assert _decide(2, 1)[-1:] == [False]  # two cued quotes: too few
    assert _decide(3, 1)[-1:] == [True]
    assert _decide(3, 3)[-3:] == [True] * 3  # exactly half
    assert _decide(3, 4)[-4:] == [False] * 4  # less than half


def test_only_terms_change() -> None:
    assert _decide(3, 1, TITLE)[-1:] == [False]
    assert _decide(3, 1, QuoteKind(False, "scare", ("scare",)))[-1:] == [False]


def test_a_term_no_one_is_named_for_stays_one() -> None:
    text = "The “ferry pass” is old. "
    kinds = [QUOTATION] * 3 + [TERM]
    assert spoken_terms(text, [(5, 15)] * 4, [_said("Ruiz")] * 3 + [NONE], kinds)[-1] is False
    thing = Attribution("The ferry pass", None, kind="description", via="subject")
    assert spoken_terms(text, [(5, 15)] * 4, [_said("Ruiz")] * 3 + [thing], kinds)[-1] is False


def test_a_guessed_speaker_is_never_held_against_the_source(
        cli: Callable[..., Run], tmp_path: Path, schema: dict[str, Any]) -> None:
    (tmp_path / "hearing.txt").write_text(
        "CHAIRWOMAN OKAFOR: The committee will come to order.\n"
        "MR. VANCE: Riders pay junk fees on every ticket, and that ends now.\n")
    article = tmp_path / "story.md"
    article.write_text(NEWS)
    run = cli("verify", str(article), "--source", str(tmp_path / "hearing.txt"),
              "--format", "json")
    jsonschema.validate(run.json(), schema)
    claims = {c["quote"]: c for c in run.json()["articles"][0]["claims"]}
    fees = claims["junk fees"]
    assert (fees["quotation"], fees["speaker"], fees["speaker_inferred"]) == (
        True, "Lena Okafor", True)
    assert fees["verdict"] == "exact"
    assert fees["match"]["speaker"] == "MR. VANCE"
    assert claims["ferry pass"]["verdict"] == "skipped"


def test_words_someone_posted_are_a_quotation() -> None:
    text = ("# Reviews\n\nWe read the reviews.\n\n“Hello developers,” posted ferryfan99 under a "
            "one-star review, “the app froze twice.”\n")
    claims = _claims(text)
    assert claims["Hello developers"].quotation
    assert claims["the app froze twice"].quotation


def test_a_question_after_telling_the_reader_to_ask_is_wording_to_use() -> None:
    text = ("# Analytics\n\nAsk the rider what they plan to do. “What changes are we testing?”"
            "\n\nWhen someone wants a report, ask them for their goals first. “Why does this "
            "matter to you?”\n\nThe clerk will ask the mayor about fares. “Will they rise?”\n")
    claims = _claims(text)
    assert (claims["What changes are we testing?"].quotation,
            claims["What changes are we testing?"].why) == (False, "suggested")
    assert claims["Why does this matter to you?"].why == "suggested"
    assert claims["Will they rise?"].quotation  # someone will ask: narrated, not advice
