"""Wording for the reader and the writer's own words (quotecheck.extract.wording): read
from the quote's sentence and paragraph, on original fixtures; news quotes next to them
stay quotations."""

from __future__ import annotations

import pytest

from quotecheck.articles import parse_article
from quotecheck.extract import extract_claims
from tests.extract.test_linear_time import GENEROUS, SIZE, _best_time, _repeat


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
    # "and ask": residents ask, not the reader
    ("Every week the parents meet and ask the board for a date. “When will the school "
     "reopen?”", "When will the school reopen?"),
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


@pytest.mark.parametrize("text", [
    "Our menu has three entries:\n\n- “Home”\n\n- “About Us”\n\n- “Contact”\n",
    "Our menu has three entries:\n\n1. “Home”\n\n2. “About Us”\n\n3. “Contact”\n",
    "<p>Our menu has three entries:</p><ul><li><p>“Home”</p></li>\n<li><p>“About Us”</p>"
    "</li>\n<li><p>“Contact”</p></li></ul>",
])
def test_a_loose_list_of_quoted_labels_is_no_dialogue(text: str) -> None:
    name = "a.html" if text.startswith("<") else "a.md"
    kinds = _kinds(text, name)
    assert len(kinds) == 3 and not any(quotation for _, quotation, _ in kinds), kinds


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


def test_questions_an_instruction_introduces_with_a_colon_are_suggested() -> None:
    text = ("Ask your vendor these questions:\n“Where do the backups live?”\n"
            "“Who can read them?”\n")
    assert _kinds(text) == [("Where do the backups live?", False, "suggested"),
                            ("Who can read them?", False, "suggested")]


@pytest.mark.parametrize(("text", "quote"), [
    ("After three years of pilots, the question arises “Who pays for the next one?”",
     "Who pays for the next one?"),
    ("Finally, with the pilots over, the question arises “Who pays for the next one?”",
     "Who pays for the next one?"),
    ("That leaves our team with one hard question to settle: “Do we keep the old form?”",
     "Do we keep the old form?"),
])
def test_a_question_named_as_one_is_a_thought(text: str, quote: str) -> None:
    assert (quote, False, "thought") in _kinds(text)


def test_a_question_someone_asks_after_the_question_stays_a_quotation() -> None:
    text = "Then the question came up. “Who pays for it?” Ruiz asked the board."
    assert ("Who pays for it?", True, None) in _kinds(text)


def test_a_later_quote_of_a_sentence_of_wording_to_use_is_wording_too() -> None:
    text = ("If you see “Log in” on one page and then “Sign in to your account” on the "
            "next, your site has a consistency problem.")
    assert ("Sign in to your account", False, "suggested") in _kinds(text)


def test_a_speech_verb_between_the_quotes_keeps_the_later_one_a_quotation() -> None:
    text = ("Try “Log in” on every page, Ruiz wrote, and then “we never changed it again "
            "after the audit.”")
    assert ("we never changed it again after the audit", True, None) in _kinds(text)


def test_link_text_in_title_case_is_the_pages_title_even_with_a_question_mark() -> None:
    text = ("This spring the agency worked with a design studio on “[Is Your Form Ready "
            "for Phones?](https://forms.example/ready),” which drew many readers.")
    assert _kinds(text) == [("Is Your Form Ready for Phones?", False, "title")]


def test_title_case_words_with_a_question_mark_and_no_link_are_no_title() -> None:
    text = ("This spring the agency worked with a design studio on “Is Your Form Ready "
            "for Phones?” which drew many readers.")
    assert ("Is Your Form Ready for Phones?", True, None) in _kinds(text)


def test_link_text_that_is_not_title_case_is_judged_as_before() -> None:
    text = ("The Census office says the tool is “[a faster way to find every table of the "
            "survey](https://census.example/tool)” and more.")
    assert [q for q, quotation, _ in _kinds(text) if quotation]


def test_a_sentence_the_next_one_calls_a_slogan_is_a_saying() -> None:
    text = ("Our office has a sign by the door. “Ship small, ship often.” Every new hire "
            "learns this old slogan in the first week.")
    assert ("Ship small, ship often.", False, "saying") in _kinds(text) or (
        "Ship small, ship often", False, "saying") in _kinds(text)


def test_words_posted_by_a_reviewer_are_a_quotation() -> None:
    text = ("Users noticed when the alerts stopped. “Dear team,” posted river_watcher in "
            "her one-star review, “the alerts no longer arrive on time.”")
    assert ("Dear team", True, None) in _kinds(text)


@pytest.mark.parametrize("text", [
    "Our most read piece was “Ten Tips for Plain Forms,” posted on the blog last week.",
    "Our most read piece was “Ten Tips for Plain Forms,” posted by the web team.",
    "Our most read piece was “Ten Tips for Plain Forms” posted river_watcher.",
])
def test_a_title_posted_somewhere_stays_a_title(text: str) -> None:
    assert _kinds(text) == [("Ten Tips for Plain Forms", False, "title")]


def test_a_slogan_in_the_next_sentence_must_point_back_to_the_quote() -> None:
    text = ("Our office has a sign by the door. “Ship small, ship often.” The sign won a "
            "slogan contest last year.")
    kinds = _kinds(text)
    assert kinds and kinds[0][2] != "saying", kinds


@pytest.mark.parametrize("text", [
    "The [Plain Talk guide](https://guide.example) encourages writers to “cut every word "
    "twice” before they publish.",
    "The harbour board urged residents to “stay off the pier” during the storm.",
])
def test_words_someone_urges_people_to_are_a_quotation(text: str) -> None:
    kinds = _kinds(text)
    assert len(kinds) == 1 and kinds[0][1], kinds


@pytest.mark.parametrize("text", [
    "We encourage you to “cut every word” before you publish.",
    "Last year we encouraged every team to “cut every word” before it published.",
])
def test_the_writer_urging_the_reader_is_not_a_quotation(text: str) -> None:
    assert _kinds(text) == [("cut every word", False, "term")]


@pytest.mark.parametrize("text", [
    "Ines Vale, the clinic’s research lead, suggests that one way to begin is to ask: "
    "“Who on your team can answer a patient at night?”",
    "To begin, Dr. Ines Vale recommends you ask “Who on your team can answer a patient "
    "at night?”",
])
def test_wording_a_named_person_suggests_is_her_words(text: str) -> None:
    assert _kinds(text) == [("Who on your team can answer a patient at night?", True, None)]


def test_wording_the_reader_is_told_to_use_stays_suggested() -> None:
    text = "One way to begin is to ask: “Who on your team can answer a patient at night?”"
    assert _kinds(text) == [("Who on your team can answer a patient at night?", False,
                             "suggested")]


WORDING_INPUTS = {
    "questions after instructions in one paragraph": _repeat("Ask them. “Why not?” "),
    "lone quotes, paragraph after paragraph": _repeat("“Yes.”\n\n“NO.”\n\n"),
    "quoted link text": _repeat("See “[Big News Today](https://a.example/x)” now. "),
    "unsigned blocks": _repeat("Done.\n\n> A note of ours.\n\n"),
    "one long sentence of quotes": _repeat("if you see “a” and then “b” or "),
}


@pytest.mark.parametrize("name", list(WORDING_INPUTS))
def test_the_wording_rules_keep_extraction_linear(name: str) -> None:
    make = WORDING_INPUTS[name]
    small, large = _best_time(make(SIZE)), _best_time(make(4 * SIZE))
    assert large / max(small, 1e-4) < GENEROUS, (name, small, large)


def test_a_block_after_a_sentence_that_quotes_someone_stays_a_quotation() -> None:
    text = ("She also promised that “every pier stays open,” a pledge riders welcomed.\n\n"
            "> The budget passed seven to two.\n")
    assert ("The budget passed seven to two.", True, None) in _kinds(text)
