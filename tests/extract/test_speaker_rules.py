"""Speaker rules found on the tune part of the real-news sample, each on invented sentences
of the same forms (no real text): chants, a sentence that closes with its own attribution,
relative clauses, surname particles, possessors in -s’ and capitalised words that are no
cue."""

from __future__ import annotations

import pytest

from quotecheck.articles import parse_article
from quotecheck.extract import extract_claims
from quotecheck.models import Claim


def _claims(text: str) -> tuple[Claim, ...]:
    return extract_claims(parse_article("a.txt", text))


def _speakers(text: str) -> list[str | None]:
    return [c.speaker for c in _claims(text)]


@pytest.mark.parametrize(("text", "speaker"), [
    # a new clause after ", and" holds the chant: not the subject of "mentioned" before it
    ("Boos rang out when Ana Ruiz mentioned the mayor, and at one point the crowd loudly "
     "took up the chant “Close the depot! Close the depot!”", "the crowd"),
    ("Marchers then broke into chants of “Open the depot!”", "Marchers"),
    ("Ana Ruiz said the budget was short, and voters led a chant of “No more cuts!”",
     "voters"),
    ("A mix of riders, drivers and union members joined in a loud chant of “Fix the buses!”",
     "A mix of riders"),
])
def test_a_chant_belongs_to_the_subject_of_its_verb(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


def test_a_sentence_that_closes_with_its_attribution_is_that_speakers_account() -> None:
    text = ("Riders now say they value the line as a “lifeline for the valley” more than as "
            "a “luxury for tourists,” a survey by the transit board concluded this year.")
    assert _speakers(text) == ["a survey by the transit board"] * 2


@pytest.mark.parametrize(("text", "speaker"), [
    # a pronoun closing the sentence does not replace the name that says the words
    ("Ana Ruiz said the plan was “dead on arrival” for the valley, she said.", "Ana Ruiz"),
    # words after the closing cue that are a clause of their own: no closing attribution
    ("Ana Ruiz said the plan was “dead on arrival” for the valley, the mayor said, and that "
     "it would fail.", "Ana Ruiz"),
])
def test_what_is_no_closing_attribution(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize(("text", "speaker"), [
    # a relative pronoun with an auxiliary or an adverb before its cue
    ("Voters may not warm to a candidate who has repeatedly called for “a tax on bread” "
     "in every town.", "a candidate"),
    # the name a description in apposition stands for
    ("Ana Ruiz, a planner who has long argued that the depot is “a relic of the past,” left "
     "the board in May.", "Ana Ruiz"),
])
def test_the_subject_of_a_relative_clause(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


def test_a_cue_in_a_relative_clause_after_the_quote_attributes_nothing() -> None:
    text = ("Checkers now “x” out the screen with a banner that says the video is false.\n\n"
            "From the store page: “The app gives tips on safe food storage.” The first "
            "screen has a simple menu that just asks which language you prefer.\n")
    assert _speakers(text) == [None, None]


@pytest.mark.parametrize(("text", "speakers"), [
    ("“We are watching the case,” Mat dos Santos, the group's legal director, said.\n\n"
     "“It is about speech,” dos Santos says.\n", ["Mat dos Santos", "Mat dos Santos"]),
    ("The mayor spoke first. “We will not wait,” de Blasio said.", ["de Blasio"]),
    ("Mayor Bill de Blasio spoke first. “We will not wait,” de Blasio said.",
     ["Bill de Blasio"]),
])
def test_a_surname_with_a_particle_is_one_name(text: str, speakers: list[str]) -> None:
    assert _speakers(text) == speakers


def test_a_possessor_in_s_apostrophe_opens_a_description() -> None:
    claims = _claims("Reyes’ fundraising letter notes that the depot is “older than the "
                     "town.”\n")
    assert claims[0].speaker == "Reyes’ fundraising letter"
    assert claims[0].speaker_at is not None and claims[0].speaker_at.text == (
        "Reyes’ fundraising letter")


def test_a_closing_single_mark_after_a_capital_is_no_possessor() -> None:
    claims = _claims("‘Vote for the Democrats’ was painted on the wall, Ana Ruiz said.\n")
    assert "Democrats’ was" not in [c.speaker for c in claims]


def test_a_capitalised_cue_word_inside_a_name_is_no_cue() -> None:
    # "States" in "the United States" is no cue, even among capitalised words near it
    claims = _claims("His standing rose after the storm in Elm Park and his call for “a total "
                     "freeze” on all Trucks entering the United States.")
    assert [(c.speaker, c.cue) for c in claims] == [(None, None)]


def test_a_title_case_headline_still_attributes() -> None:
    claims = _claims("Judge Finds ‘No Basis’ For The Claim\n\nThe ruling came Monday.\n")
    assert [c.cue for c in claims] == ["finds"]


@pytest.mark.parametrize(("text", "speaker", "title"), [
    # a title's complement stays with the title
    ("The union will sit out the race, Transit Union Director of Government Affairs Dana "
     "Kim told the paper, adding that “no one has earned it.”", "Dana Kim",
     "Transit Union Director of Government Affairs"),
    ("“We will not back anyone,” Minister of Rural Transport Ana J. Ruiz said.", "Ana J. Ruiz",
     "Minister of Rural Transport"),
    # a description before a titled name is no apposition of it
    ("“We will wait,” the union will sit out the race altogether, Director Dana Kim said.",
     "Dana Kim", "Director"),
])
def test_a_name_keeps_its_title_apart(text: str, speaker: str, title: str) -> None:
    (claim,) = _claims(text)
    assert claim.speaker == speaker
    assert claim.speaker_at is not None and claim.speaker_at.title == title


@pytest.mark.parametrize(("text", "speaker", "refers_to"), [
    ("“The levy stays,” Okafor said at a briefing, according to the Harbour Gazette.",
     "the Harbour Gazette", "Okafor"),
    ("Mayor Peter Okafor spoke.\n\n“The levy stays,” Okafor said, according to a "
     "council pool report.", "a council pool report", "Peter Okafor"),
    ("According to council pool reports, Okafor said “the levy stays” for now.",
     "council pool reports", "Okafor"),
    ("“The levy stays,” the councillor told reporters, according to Reuters, on the way out.",
     "Reuters", "the councillor"),
    ("“The levy stays,” Okafor said, according to audio provided by Harbour Radio.",
     "audio provided by Harbour Radio", "Okafor"),
])
def test_according_to_credits_the_source_that_reports_the_words(
        text: str, speaker: str, refers_to: str) -> None:
    (claim,) = _claims(text)
    assert (claim.speaker, claim.cue, claim.speaker_refers_to) == (
        speaker, "according to", refers_to)
    assert not claim.speaker_inferred


@pytest.mark.parametrize(("text", "speaker"), [
    # a pronoun's words stay the pronoun's (resolved as ever, a guess never held against a
    # source): the source it cites is not who the pronoun stands for
    ("Peter Okafor spoke first. “The levy stays,” he said, according to the Gazette.",
     "Peter Okafor"),
    # "according to" inside a clause that is not set apart names no source of these words
    ("“The levy stays,” Okafor said as the crowd according to custom stood up.", "Okafor"),
])
def test_what_according_to_does_not_credit(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


def test_a_role_of_several_words_before_a_name() -> None:
    (claim,) = _claims("“We will license it,” said team member Kathryn Osei, who now studies "
                       "at Rice.")
    assert (claim.speaker, claim.speaker_at and claim.speaker_at.title) == (
        "Kathryn Osei", "team member")


@pytest.mark.parametrize(("text", "speaker"), [
    ("In a May poll by the Valley Tribune, 60 percent of riders said the plan was “a "
     "mistake.”", "a May poll"),
    ("In the spring survey, most riders said the buses were “always late.”", "the spring survey"),
    # a poll someone ran and speaks about is not what speaks
    ("In a survey of members, the union said the plan was “a mistake.”", "the union"),
    ("In a poll last week, Ana Ruiz said voters were “angry.”", "Ana Ruiz"),
])
def test_a_poll_speaks_for_its_respondents(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize(("text", "speaker"), [
    ("A group in “We are Elm Park” shirts walked in silence holding photos of the riders.",
     None),
    ("“The statute is clear,” the court held.", "the court"),
    ("The court held that the ban was “plainly unlawful.”", "The court"),
])
def test_hold_attributes_only_as_a_ruling(text: str, speaker: str | None) -> None:
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize(("text", "speakers"), [
    # a quote set off by dashes after an introduction is its subject's, a name the article
    # quotes with a cue elsewhere
    ("“We won,” Ruiz said.\n\nWhen Ruiz finally wrapped up — “I will fight for you!” — the "
     "balloons came down.\n", ["Ruiz", "Ruiz"]),
    # a one-word name the article never gives in full nor quotes with a cue speaks nothing
    ("When Ruiz finally wrapped up — “I will fight for you!” — the balloons came down.\n",
     [None]),
    ("When the bill finally passed — “a historic day” — the balloons came down.\n", [None]),
])
def test_a_quote_between_dashes_after_an_introduction(text: str,
                                                      speakers: list[str | None]) -> None:
    assert _speakers(text) == speakers


@pytest.mark.parametrize("text", [
    "Ana Ruiz shot back: “It is a mess.”",
    "“It is a mess,” Ana Ruiz fired back.",
    "“It is a mess,” Ana Ruiz hit back on Tuesday.",
])
def test_cues_that_answer_back(text: str) -> None:
    (claim,) = _claims(text)
    assert claim.speaker == "Ana Ruiz" and (claim.cue or "").endswith("back")


def test_called_it_is_a_cue_after_any_noun() -> None:
    (claim,) = _claims("Supporters of the plan called it “a lifeline for the valley.”")
    assert (claim.speaker, claim.cue) == ("Supporters of the plan", "called")


@pytest.mark.parametrize(("text", "speaker", "title"), [
    ("MSNBC's Rachel Osei called the plan “a mess.”", "Rachel Osei", "MSNBC's"),
    ("“It is a mess,” CNN’s Dana Kim said.", "Dana Kim", "CNN’s"),
])
def test_a_possessor_before_a_name_is_its_title(text: str, speaker: str, title: str) -> None:
    (claim,) = _claims(text)
    assert (claim.speaker, claim.speaker_at and claim.speaker_at.title) == (speaker, title)


@pytest.mark.parametrize(("text", "speaker"), [
    ("Ana Ruiz on the plan: “It is a mess.”\n", "Ana Ruiz"),
    ("More on the plan: “It is a mess.”\n", None),
])
def test_a_name_on_a_topic_leads_in_its_words(text: str, speaker: str | None) -> None:
    assert _speakers(text) == [speaker]


def test_a_possessor_speaks_without_its_mark() -> None:
    (claim,) = _claims("The Harbour senator’s answer was that “families come first.”")
    assert claim.speaker == "The Harbour senator"
    assert claim.speaker_at is not None and claim.speaker_at.text == "The Harbour senator"


def test_according_to_in_another_clause_credits_nothing() -> None:
    text = "“We will win,” Ana Ruiz said Tuesday, as polls, according to Gallup, showed her ahead."
    assert _speakers(text) == ["Ana Ruiz"]


@pytest.mark.parametrize(("text", "speakers"), [
    # a label before a colon names no one (nor does a cue word after "your")
    ("Example: “Notify me when the bus is late”\n", [None]),
    ("Note: “Deep Dive” sessions are open to all.\n", [None]),
    ("You can archive your posts.\n\nExample: “Archive posts to a calendar”\n", [None]),
    ("WALLACE: Is it a “mess”?\n", ["WALLACE"]),
])
def test_a_label_is_no_speaker(text: str, speakers: list[str | None]) -> None:
    assert _speakers(text) == speakers


@pytest.mark.parametrize(("text", "speaker"), [
    ("Many of us don’t find the reports “easy to read.”", "Many of us"),
    ("One technique we recommend is “Inspect Element.”", "we"),
    ("That’s what Ana Ruiz called “a mess.”", "Ana Ruiz"),
])
def test_a_description_ends_before_a_pronoun_or_a_contraction(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


def test_its_is_no_possessor() -> None:
    (claim,) = _claims("It’s quite common to hear managers ask for “total visits” first.")
    assert not (claim.speaker or "").startswith("It’s")


@pytest.mark.parametrize(("text", "speaker"), [
    # a number or a share opens a group
    ("Sixty percent of riders said the buses were “always late.”", "Sixty percent of riders"),
    ("In a survey, 60 percent of riders said the buses were “always late.”", "a survey"),
    ("Two of the riders said the bus was “always late.”", "Two of the riders"),
    # an irregular past tense ends a description
    ("Hundreds of marchers broke into chants of “Open the depot!”", "Hundreds of marchers"),
    # a verb in -ed and a name after a quote attribute it only after a comma, "!" or "?"
    ("Riders who wanted a mayor who “fixes the buses” backed Ana Ruiz.", None),
    ("“This is fantastic!” beamed Ana Ruiz.", "Ana Ruiz"),
])
def test_groups_counted_and_verbs_in_ed(text: str, speaker: str | None) -> None:
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize(("text", "speaker"), [
    ("A person familiar with the talks said the plan was “dead.”",
     "A person familiar with the talks"),
    ("People close to Ruiz say she is “furious.”", "People close to Ruiz"),
    ("“It is dead,” a person close to the mayor said.", "a person close to the mayor"),
    # "at" a place before a cue is still no part of a description
    ("Our partner at the agency has said, “We will stay.”", "Our partner"),
])
def test_anonymous_sources_keep_what_ties_them(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize(("text", "word"), [
    ("Weekly or monthly reports that go “up the ladder,” where you name the team.", "Weekly"),
    ("New figures from the ferry office on weekday trips reveal that “most riders stay”.",
     "New"),
    ("Regular drop-in hours with the board said to “keep the depot open” were cut.", "Regular"),
    ("Cognitive load theory says that “riders forget fast”.", "Cognitive"),
])
def test_a_capitalised_word_opening_a_longer_phrase_is_no_speaker(text: str, word: str
                                                                   ) -> None:
    assert _speakers(text) != [word]


@pytest.mark.parametrize(("text", "speaker"), [
    ("Okafor plans to “cut every route by noon,” the memo says.", "the memo"),
    ("Okafor also said “the depot stays open” this year.", "Okafor"),
    ("Okafor nearly said “the depot stays open” this year.", "Okafor"),
    ("Okafor and Vance said “the depot stays open” this year.", "Okafor and Vance"),
    ("Okafor, the chair, said “the depot stays open” this year.", "Okafor"),
])
def test_a_name_before_its_verb_an_adverb_or_an_aside_stays_the_speaker(
        text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize("text", [
    "As Martin Luther King, Jr. said, “The time is always right to do what is right.”",
    "“The time is always right,” Martin Luther King, Jr. said.",
])
def test_a_name_suffix_after_a_comma_stands_for_the_name(text: str) -> None:
    assert _speakers(text) == ["Martin Luther King"]


def test_a_heading_gives_no_full_name() -> None:
    """``Give Feedback`` heads a section: the sentence subject "Feedback" is no surname of it."""
    text = ("Sponsors open doors.\n\nGive Feedback\n\nFeedback is a big part of growth and a "
            "chance for “anyone who leads a team”.\n")
    assert _speakers(text) == [None]


def test_a_name_signing_the_quote_above_still_gives_the_full_name() -> None:
    text = "“We will win.”\n\nAna Ruiz\n\nLater, Ruiz said “we are done”.\n"
    assert _speakers(text)[-1] == "Ana Ruiz"
