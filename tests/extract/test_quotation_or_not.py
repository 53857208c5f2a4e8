"""Quoted words that are not quotations: skipped by verify with the reason, checked with
--check-all-quoted or the config key, recorded in the JSON; never an empty quote."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from quotecheck.articles import parse_article
from quotecheck.extract import extract_claims
from tests.conftest import Run

ARTICLE = ("The mayor said “we will not raise fares” ([minutes](minutes.txt)).\n\n"
           "We shipped the “beta” and you can click “Save draft” ([minutes](minutes.txt)).\n\n"
           ">\n\n> “”\n")
MINUTES = "At the meeting the mayor said we will not raise fares. The beta. Save draft.\n"


def _write(tmp_path: Path) -> Path:
    (tmp_path / "minutes.txt").write_text(MINUTES)
    article = tmp_path / "story.md"
    article.write_text(ARTICLE)
    return article


def _claims(run: Run) -> list[dict[str, Any]]:
    claims: list[dict[str, Any]] = run.json()["articles"][0]["claims"]
    return claims


def test_non_quotations_are_skipped_with_the_reason(
        cli: Callable[..., Run], tmp_path: Path, schema: dict[str, Any]) -> None:
    run = cli("verify", str(_write(tmp_path)), "--format", "json")
    jsonschema.validate(run.json(), schema)
    assert [(c["quote"], c["quotation"], c["why"], c["verdict"], c["note"])
            for c in _claims(run)] == [
        ("we will not raise fares", True, None, "exact", None),
        ("beta", False, "term", "skipped", "not a quotation: term"),
        ("Save draft", False, "ui", "skipped", "not a quotation: ui"),
    ]
    assert run.code == 0


def test_check_all_quoted_checks_them(cli: Callable[..., Run], tmp_path: Path) -> None:
    run = cli("verify", str(_write(tmp_path)), "--format", "json", "--check-all-quoted")
    assert [(c["quotation"], c["verdict"]) for c in _claims(run)] == [
        (True, "exact"), (False, "exact"), (False, "exact")]


def test_config_key_checks_them(cli: Callable[..., Run], tmp_path: Path) -> None:
    article = _write(tmp_path)
    (tmp_path / "quotecheck.toml").write_text("check-all-quoted = true\n")
    run = cli("verify", str(article), "--format", "json")
    assert [c["verdict"] for c in _claims(run)] == ["exact", "exact", "exact"]
    shown = cli("config", str(tmp_path)).stdout
    assert "check-all-quoted = true" in shown


def test_config_key_must_be_a_boolean(cli: Callable[..., Run], tmp_path: Path) -> None:
    article = _write(tmp_path)
    (tmp_path / "quotecheck.toml").write_text('check-all-quoted = "yes"\n')
    run = cli("verify", str(article))
    assert run.code == 2
    assert "check-all-quoted must be true or false" in run.stderr


def test_extract_reports_the_kind_and_never_an_empty_quote(
        cli: Callable[..., Run], tmp_path: Path, schema: dict[str, Any]) -> None:
    run = cli("extract", str(_write(tmp_path)), "--format", "json")
    jsonschema.validate(run.json(), schema)
    claims = _claims(run)
    assert [(c["quote"], c["quotation"], c["why"]) for c in claims] == [
        ("we will not raise fares", True, None), ("beta", False, "term"),
        ("Save draft", False, "ui")]


# The rules, one original sentence each (quotecheck.extract.kinds): what is a quotation and
# what the words around a quote make it instead.

def _kinds(text: str, name: str = "a.md") -> list[tuple[str, bool, str | None]]:
    claims = extract_claims(parse_article(name, text))
    return [(c.quote, c.quotation, c.why) for c in claims]


def test_first_half_of_a_split_quote_is_a_quotation() -> None:
    text = "“Nobody reads it,” Okafor reflects, “not even the people who wrote it.”"
    assert _kinds(text) == [("Nobody reads it", True, None),
                            ("not even the people who wrote it", True, None)]


@pytest.mark.parametrize(("text", "title"), [
    ("“We expected this,” the mayor said on “Morning Desk.”", "Morning Desk"),
    ("The senator spoke about it in an interview with “Weekend Report,” she said.",
     "Weekend Report"),
    ("Reyes appeared on Channel Nine’s “Sunrise” to defend the plan, he said.", "Sunrise"),
    ("“It was never easy,” said Ortiz, the author of “Rivers Without Bridges.”",
     "Rivers Without Bridges"),
    ("Next month the press will publish ''Salt and Iron,'' a memoir by the former mayor.",
     "Salt and Iron"),
    ("''We expected this,'' Ruiz told Channel Nine's ''Morning Desk Live.''",
     "Morning Desk Live"),
])
def test_a_title_stays_a_title_next_to_a_speaker(text: str, title: str) -> None:
    assert (title, False, "title") in _kinds(text)


def test_a_clause_after_a_term_is_not_its_speech_verb() -> None:
    text = "Traffic moved into the “slow lane,” which explains the delays on the bridge."
    assert _kinds(text) == [("slow lane", False, "term")]


def test_several_sentences_after_the_name_of_a_work_are_a_quotation() -> None:
    text = ("Kim put it well in a trade magazine article: “Plans are cheap. Keeping them "
            "is the hard part.”")
    assert _kinds(text)[0][1:] == (True, None)


@pytest.mark.parametrize(("text", "quote"), [
    ("You are probably thinking, “How hard can this be?” It is harder than it looks.",
     "How hard can this be?"),
    ("Each week we come back to the question “Who is this page for?” before we write.",
     "Who is this page for?"),
])
def test_a_thought_is_not_a_quotation(text: str, quote: str) -> None:
    assert _kinds(text) == [(quote, False, "thought")]


def test_a_quote_joined_by_or_takes_the_kind_of_the_one_before() -> None:
    text = ("Before a launch I keep wondering “did anyone test the forms?” or "
            "“who answers the phone on Monday?” and then I ask.")
    assert [why for _, _, why in _kinds(text)] == ["thought", "thought"]


def test_words_naming_a_kind_of_thing_are_a_term() -> None:
    text = "Designers often cite the “one page, one task, one reader” rule when they plan."
    assert _kinds(text) == [("one page, one task, one reader", False, "term")]


def test_wording_put_into_a_message_is_suggested() -> None:
    text = "I always put “this link expires in seven days” at the end of the invitation."
    assert _kinds(text) == [("this link expires in seven days", False, "suggested")]


def test_a_topic_after_a_cue_and_a_preposition_is_not_speech() -> None:
    text = "It is not clear whether we may report on “drafts still in review” at the meeting."
    assert _kinds(text)[0][1:] == (False, "term")


def test_the_text_of_a_prompt_is_ui() -> None:
    text = "Most people agree with the prompt, “My manager explains decisions clearly.”"
    assert _kinds(text) == [("My manager explains decisions clearly", False, "ui")]


@pytest.mark.parametrize(("text", "quote"), [
    ("Her advice to new teams: “Start small.” It worked for us.", "Start small"),
    ("Then Park told the room: “No.”", "No"),
    ("Then Park told the room: “not yet.”", "not yet"),
])
def test_short_words_a_colon_introduces_are_a_quotation(text: str, quote: str) -> None:
    assert _kinds(text) == [(quote, True, None)]


@pytest.mark.parametrize(("text", "quote"), [
    ("Some teams post only long reads (“work you have already polished” as the bureau’s "
     "Dana Ruiz says) while others post daily.", "work you have already polished"),
    ("The first year was “Boom, Bust, Repeat,” Lena Ortiz, a former web manager at the "
     "housing department, shared.", "Boom, Bust, Repeat"),
])
def test_a_speaker_named_after_the_quote_makes_it_a_quotation(text: str, quote: str) -> None:
    assert _kinds(text) == [(quote, True, None)]


def test_symbols_between_words_are_not_words() -> None:
    text = "The pilot tested how the mix of “maps + surveys + interviews” may help planners."
    assert _kinds(text) == [("maps + surveys + interviews", False, "term")]


def test_a_hit_is_a_work() -> None:
    text = ("Remember last spring’s surprise hit “[What nobody tells you about the forms we "
            "ask people to fill](https://example.org/forms)”? It is still read every day.")
    assert _kinds(text)[0][1:] == (False, "title")
