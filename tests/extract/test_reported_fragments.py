"""Reported fragments and words said (quotecheck.extract.fragments, kinds): a short fragment
someone named in its sentence is said to have said is a quotation; terms, sayings, titles
and UI strings next to cues stay what they are. One original sentence each."""

from __future__ import annotations

import pytest

from quotecheck.articles import parse_article
from quotecheck.extract import extract_claims


def _kinds(text: str, name: str = "a.md") -> list[tuple[str, bool, str | None]]:
    claims = extract_claims(parse_article(name, text))
    return [(c.quote, c.quotation, c.why) for c in claims]


# Reported fragments (quotecheck.extract.fragments): a short fragment a person or an
# organisation named in its sentence is said to have said, written, called or described is
# a quotation; the writer's terms, scare quotes and UI strings stay what they are.

@pytest.mark.parametrize(("text", "quote"), [
    ("Councillor Okafor said the new bridge was “plainly” overdue.", "plainly"),
    ("The harbour board called the dredging plan “a slow disaster” on Monday.",
     "a slow disaster"),
    ("Okafor described the audit as “thorough” but late.", "thorough"),
    ("According to Mayor Ines Vale, the budget is “a fair start” for the district.",
     "a fair start"),
    ("The lighthouse, which Vale called “a relic,” will close.", "a relic"),
    ("The “reckless” spending must stop, Okafor wrote in a letter.", "reckless"),
    ("Okafor insisted that “nobody” had seen the report before the vote.", "nobody"),
    ("The senator complained that the rules were “rigged” against small towns.", "rigged"),
    ("Okafor has warned, calling the toll “unfair,” that commuters will pay.", "unfair"),
    ("Sen. Ada Brook said the plan was “sensible” and cheap.", "sensible"),
    ("Islanders say the winter was “brutal.” Many Islanders stayed.", "brutal"),
    ("Ada Brook said Gov. Lane was “careless” with the budget.", "careless"),
    ("The mayor called the ferry a “lifeline” and the tunnel a “fantasy.”", "fantasy"),
    ("Okafor closed the debate on Friday, saying “never again” to the old route.",
     "never again"),
    ("Okafor hailed the vote as “historic,” telling reporters it was overdue.", "historic"),
    ("Okafor backed the new ferry route as “overdue,” telling reporters on the pier that it "
     "would run daily.", "overdue"),
    ("The Okafor campaign’s press officer said they would stay “for good.”", "for good"),
])
def test_a_fragment_someone_is_reported_to_have_said_is_a_quotation(text: str,
                                                                     quote: str) -> None:
    assert (quote, True, None) in _kinds(text)


@pytest.mark.parametrize(("text", "quote", "why"), [
    ("Last spring we shipped the “beta” to two offices.", "beta", "term"),
    ("Try to avoid a “waterfall” plan for small projects.", "waterfall", "term"),
    ("The button reads “Save draft” until the form is complete.", "Save draft", "ui"),
    ("Rural towns still face the so-called “digital divide” every day.", "digital divide",
     "scare"),
    ("Our editors use a planning tool called “Trello” for every post.", "Trello", "term"),
    ("The clinic uses a technique called “warm handoff” with new patients.", "warm handoff",
     "term"),
    ("What we call “agile” is mostly short meetings.", "agile", "term"),
    ("The new app uses a therapy technique called “mood logging” to help users.",
     "mood logging", "term"),
    ("Your readers are not a vague group called “the public” or “taxpayers” at all.",
     "taxpayers", "term"),
    ("Our team lead said the launch was “smooth” in the end.", "smooth", "term"),
    ("Our agency said the launch was “smooth” in the end.", "smooth", "term"),
    ("The agency announced that “Login.gov” now serves every office.", "Login.gov", "term"),
    ("Participants said they wanted a “simpler” form.", "simpler", "term"),
    ("Ines Vale said “GitHub” made reviews easier.", "GitHub", "term"),
    ("The Digital Analytics Program reports that “Chrome” is the top browser.", "Chrome",
     "term"),
    ("Ines Vale said “eCheck” saved the office a week.", "eCheck", "term"),
    ("Balancing Field Work and “day jobs” is very demanding for the crew.", "day jobs",
     "term"),
    ("Okafor sent the “red folder” warning staff about costs.", "red folder", "term"),
    ("Our team said the “sprint” felt long.", "sprint", "term"),
    ("Analysts expect more sales of phablets this year; Ines Vale said “phablets” will win.",
     "phablets", "term"),
    ("They tagged buoys that emit a warning tweet, while engineers build “smart buoys” too.",
     "smart buoys", "term"),
    ("Traffic moved into the “slow lane,” which explains the delays on the bridge.",
     "slow lane", "term"),
    ("There are many articles written on feedback, and some urge us to “care more.”",
     "care more", "term"),
])
def test_a_term_stays_a_term_next_to_a_cue(text: str, quote: str, why: str) -> None:
    assert (quote, False, why) in _kinds(text)


@pytest.mark.parametrize(("text", "quote"), [
    ("Okafor backed the plan on Friday, saying it was time for “a harbour that works.”",
     "a harbour that works"),
    ("“Red sky at night” is an old sailors’ saying on this coast.", "Red sky at night"),
])
def test_saying_is_a_saying_only_as_a_noun(text: str, quote: str) -> None:
    kinds = {q: why for q, _, why in _kinds(text)}
    assert kinds[quote] == (None if "Okafor" in text else "saying")


@pytest.mark.parametrize(("text", "quotes"), [
    ("Outside the hall, students kept chanting “Keep the ferry” and “Save our pier” until "
     "dark.", ["Keep the ferry", "Save our pier"]),
    ("Fans met the mayor with cries of “Four More Years” at the pier.", ["Four More Years"]),
    ("Neighbours were crying “foul” over the new tolls.", ["foul"]),
    ("Asked where the ferry should stop, the clerk gave one word. “Tuesday,” the clerk "
     "answered.", ["Tuesday"]),
    ("“Look at that,” a passer-by exclaimed as the ferry docked.", ["Look at that"]),
])
def test_words_shouted_chanted_or_answered_are_a_quotation(text: str,
                                                           quotes: list[str]) -> None:
    assert [(q, True, None) for q in quotes] == [k for k in _kinds(text) if k[0] in quotes]


@pytest.mark.parametrize(("text", "quote"), [
    ("The union issued a statement saying it left the talks “because the offer ignored the "
     "night crews.”", "because the offer ignored the night crews"),
    ("The board said it would “review every route.” An old saying holds that ferries never "
     "run on time.", "review every route"),
])
def test_a_statement_saying_or_a_saying_in_the_next_sentence_is_no_saying(
        text: str, quote: str) -> None:
    assert (quote, True, None) in _kinds(text)


def test_went_on_to_say_narrates_what_was_said() -> None:
    assert _kinds("Okafor went on to say she is “confident” the ferry will run.") == [
        ("confident", True, None)]
    assert _kinds("Tell the clerk to say “yes” at the desk.") == [
        ("yes", False, "suggested")]


@pytest.mark.parametrize(("text", "quote"), [
    ("The governor referred to the toll collectors as “heroes” in his speech.", "heroes"),
    ("The committee has released an ad dubbing its rivals as “Tollmakers.”", "Tollmakers"),
    ("Many Republicans now refer to the mayor as “the ferry queen” in private.",
     "the ferry queen"),
    ("Okafor said the count was close and called her standing in the crowded candidate "
     "field “remarkable.”", "remarkable"),
    ("Another plan would be what Okafor called a “let the towns decide” approach, working "
     "with each pier.", "let the towns decide"),
])
def test_words_someone_describes_a_thing_with_are_a_quotation(text: str, quote: str) -> None:
    assert (quote, True, None) in _kinds(text)


def test_a_sentence_quoted_by_itself_after_another_is_a_quotation() -> None:
    said = "Okafor spoke to reporters on the pier on Monday, after the vote. “It was fine.”"
    assert _kinds(said) == [("It was fine", True, None)]
    epigraph = "“Ferries, stupid.”\n\nThe slogan hung on the wall of the campaign office."
    assert _kinds(epigraph) == [("Ferries, stupid", False, "term")]
    for writer in ("We", "I", "You"):  # the writer's or reader's own term
        assert _kinds(f"{writer} refer to this as “content debt” in our team.") == [
            ("content debt", False, "term")]


@pytest.mark.parametrize(("text", "quote"), [
    ("Outside the depot, banners that said “We won” went up overnight.", "We won"),
    ("In the spring survey, most riders said “the night ferry” can't be trusted.",
     "the night ferry"),
])
def test_words_right_after_the_verb_that_says_them_are_a_quotation(text: str,
                                                                   quote: str) -> None:
    assert _kinds(text) == [(quote, True, None)]


def test_words_before_headlines_name_the_headlines() -> None:
    text = "At the end of April, the mayor earned “is it over?” headlines when staff left."
    assert _kinds(text) == [("is it over?", False, "term")]


@pytest.mark.parametrize(("text", "quotes"), [
    ("The mayor endorsed her on Friday, citing her “long record,” “firm grasp of the harbour "
     "budget” and patience.", ["long record", "firm grasp of the harbour budget"]),
    ("The office announced that “it is moving every ferry to the north pier” and “closing” "
     "the old dock.", ["it is moving every ferry to the north pier", "closing"]),
])
def test_a_term_listed_with_a_quotation_is_one(text: str, quotes: list[str]) -> None:
    assert _kinds(text) == [(q, True, None) for q in quotes]


def test_quotes_not_listed_together_keep_their_kinds() -> None:
    text = ("Okafor said the ferry was “late again.” Last spring we shipped the “beta” to two "
            "offices.")
    assert _kinds(text) == [("late again", True, None), ("beta", False, "term")]
    terms = "We shipped the “beta” and the “gamma” builds last spring."
    assert _kinds(terms) == [("beta", False, "term"), ("gamma", False, "term")]
    ui = "The clerk said “press the green key now,” and “Submit” button stays grey."
    assert ("Submit", False, "ui") in _kinds(ui)  # only a term takes the list's kind


def test_what_someone_claimed_or_vowed_to_do_is_a_quotation() -> None:
    text = "The harbour master left in March. (She claimed to “retire.”) Then the board met."
    assert _kinds(text) == [("retire", True, None)]
    assert _kinds("Please remember to “save” often.") == [("save", False, "term")]
