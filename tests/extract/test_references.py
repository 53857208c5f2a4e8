"""Speakers found outside the quote's sentence: quotations running over paragraphs, bare
quotes after a paragraph about someone, lead-ins without a verb, signed quotes, and
he/she resolved to the person they stand for. Invented sentences of the forms real news
uses."""

from __future__ import annotations

from quotecheck.articles import parse_article
from quotecheck.extract import extract_claims
from quotecheck.extract.context import verbless_lead
from quotecheck.extract.frames import sentences, tokenize
from quotecheck.models import Claim


def _claims(text: str, name: str = "a.txt") -> tuple[Claim, ...]:
    return extract_claims(parse_article(name, text))


def _speakers(text: str) -> list[str | None]:
    return [c.speaker for c in _claims(text)]


def test_a_quotation_over_paragraphs_keeps_its_speaker_past_a_nested_quote() -> None:
    text = ("Transit history matters here, as the Harbour Transit Authority website notes:\n\n"
            "\"In the spring of 1961, some 40 riders met at the Eastgate depot, where they "
            "founded the Riders League. As their charter, the group adopted the Eastgate "
            "Pledge, which was drafted by bus driver A. Ruiz. Written \u201cat this time of "
            "empty buses,\u201d the pledge is a short summary of what riders want.\n\n"
            "\"Among its demands are the following: night service and fair fares.\n")
    speakers = _speakers(text)
    assert speakers[0] == "the Harbour Transit Authority website"
    assert speakers[-1] == "the Harbour Transit Authority website"


def test_bare_quotes_after_a_paragraph_about_someone_are_theirs_as_a_guess() -> None:
    text = ("\u201cTurnout matters,\u201d Ana Ruiz said in May.\n\n"
            "Ana Ruiz is upbeat about the count, in part because she sees the suburbs "
            "turning.\n\n\u201cWe will carry the county by ten points.\u201d\n")
    claim = _claims(text)[-1]
    assert claim.speaker == "Ana Ruiz"
    assert claim.speaker_inferred  # a guess: never held against a source


def test_no_guess_for_someone_the_article_never_quotes() -> None:
    text = ("Agile practices are designed to optimize for change.\n\n"
            "\u201cWelcome changing requirements, even late in development.\u201d\n")
    assert _speakers(text) == [None]


def test_the_person_a_sentence_names_acting_speaks_the_bare_quotes_after_it() -> None:
    text = ("\u201cBuses first,\u201d Omar Hadley said.\n\n"
            "What the plan means is unclear, since Omar Hadley spoke only briefly.\n\n"
            "\u201cWe need more buses.\u201d\n\u201cWe need them this year.\u201d\n")
    assert _speakers(text) == ["Omar Hadley"] * 3


def test_no_guess_from_a_paragraph_about_no_one_or_about_several() -> None:
    assert _speakers("The count was slow in the suburbs.\n\n\u201cWe will win.\u201d\n") == [
        None]
    assert _speakers("FULL TEXT.\n\n\u201cThe economy, first.\u201d\n") == [None]
    two = ("The count pleased Ana Ruiz, while Omar Hadley stayed home.\n\n"
           "\u201cWe will win.\u201d\n")
    assert _speakers(two) == [None]


def test_a_lead_in_without_a_verb_continues_the_speaker_before() -> None:
    text = ("\u201cWe never cut a route,\u201d Omar Hadley told the council in March.\n\n"
            "Then, a week later on the radio: \u201cWe cut two routes.\u201d\n")
    assert _speakers(text) == ["Omar Hadley", "Omar Hadley"]


def test_verbless_lead_needs_a_colon_and_no_verb() -> None:
    def lead(text: str) -> bool:
        start = text.index("\u201c")
        tokens = tokenize(text, 0, len(text), [(start, len(text), 0)])
        sent = sentences(tokens)[0]
        return verbless_lead(sent, next(k for k, t in enumerate(sent) if t.quote >= 0))

    assert lead("Then, later that month on the radio: \u201cWe cut two routes.\u201d")
    assert not lead("The council voted on the plan: \u201cyes.\u201d")
    assert not lead("Then, later that month on the radio \u201cWe cut two routes.\u201d")


def test_a_quote_signed_on_its_last_line() -> None:
    text = "Intro.\n\n\"We will keep every route open.\nAna Ruiz.\"\n"
    assert _speakers(text) == ["Ana Ruiz"]


def test_a_name_inside_a_quotation_is_not_what_he_stands_for() -> None:
    text = ("Omar Hadley spoke first.\n\n"
            "\u201cI met Luis Ferrand and the Harbour Board yesterday,\u201d he said.\n")
    assert _speakers(text) == ["Omar Hadley"]


def test_he_follows_sentences_opened_by_he_back_to_the_name() -> None:
    text = ("Omar Hadley toured the depot on Monday.\n\nHe then met Ana Ruiz and Luis "
            "Ferrand at City Hall.\n\nHe praised the new buses.\n\n"
            "\u201cThe buses are old,\u201d he said.\n")
    assert _speakers(text) == ["Omar Hadley"]


def test_a_title_after_a_word_sets_the_gender() -> None:
    text = ("Mr. Omar Hadley praised the plan. But Mrs. Ana Ruiz was not convinced by the "
            "figures.\n\n\u201cIt adds up,\u201d he said.\n")
    assert _speakers(text) == ["Omar Hadley"]


def test_a_one_word_name_with_a_speech_verb_is_a_person() -> None:
    text = ("Ferrand openly conceded the plan failed, pointing to New Haven.\n\n"
            "\u201cIt was my mistake,\u201d he said.\n")
    assert _speakers(text) == ["Ferrand"]


def test_a_possessor_is_not_the_name_it_possesses() -> None:
    text = ("The station\u2019s host Gloria Borger asked about Luis Ferrand\u2019s Harbour "
            "plan.\n\n\u201cIs it paid for?\u201d she asked.\n")
    assert _speakers(text) == ["Gloria Borger"]


def test_q_and_a_are_the_interviewer_and_interviewee_the_text_names() -> None:
    text = ("In March, Ana Ruiz interviewed Omar Hadley about the routes.\n\n"
            "**Q:** Was the plan \u201cfair\u201d?\n\n"
            "**A:** I called it \u201ca fair deal\u201d.\n")
    claims = _claims(text, "a.md")
    assert [c.speaker for c in claims] == ["Ana Ruiz", "Omar Hadley"]
    assert claims[0].speaker_at is not None and claims[0].speaker_at.title == "Q"


def test_q_and_a_named_through_titles_and_appositions() -> None:
    text = ("*Questions were moderated by Transit Board Chairwoman Dana Kim, of the Harbour "
            "Transit Authority (HTA), and answered by Director of Fleet Planning for the "
            "Authority, Luis Ferrand.*\n\n"
            "**Q:** Is \u201cnight service\u201d coming back?\n\n"
            "**A:** We said \u201cnext spring\u201d and we meant it.\n")
    assert [c.speaker for c in _claims(text, "a.md")] == ["Dana Kim", "Luis Ferrand"]


def test_q_and_a_stay_as_written_when_no_person_is_named() -> None:
    text = ("The mayor spoke in an interview with Harbour News on Monday.\n\n"
            "**Q:** Was it \u201cfair\u201d?\n\n**A:** It was \u201cfair\u201d, yes.\n")
    assert [c.speaker for c in _claims(text, "a.md")] == ["Q", "A"]


def test_it_is_the_organisation_that_opens_the_sentence_before() -> None:
    text = ("Still, the Harbour Business Council opposed the fare rise.\n\n"
            "\u201cKeep the fares where they are,\u201d it recommended.\n")
    (claim,) = _claims(text)
    assert claim.speaker == "Harbour Business Council"
    assert claim.speaker_inferred


def test_it_is_a_document_quoted_just_before() -> None:
    text = ("\u201cFares must rise,\u201d the audit says.\n\n"
            "\u201cThe reserves are gone,\u201d it adds.\n")
    assert _speakers(text) == ["the audit", "the audit"]


def test_it_stays_as_written_past_a_person_or_far_back() -> None:
    past_a_person = ("The Harbour Business Council opposed the rise. Omar Hadley did too.\n\n"
                     "\u201cKeep the fares,\u201d it said.\n")
    assert _speakers(past_a_person) == ["it"]


def test_a_title_before_a_name_is_dropped_but_an_organisation_kept_whole() -> None:
    text = ("Secretary of State Omar Hadley met the White House staff.\n\n"
            "\u201cWe agreed,\u201d he said.\n")
    assert _speakers(text) == ["Omar Hadley"]


def test_he_or_she_after_a_description_is_the_person_introduced_with_it() -> None:
    text = ("Sen. Ana Ruiz toured the depot with Mayor Luis Ferrand.\n\n"
            "\u201cIt is old,\u201d the senator said.\n\n\u201cWe will fix it,\u201d she added.\n")
    assert _speakers(text) == ["the senator", "Ana Ruiz"]


def test_a_last_line_that_is_no_name_signs_nothing() -> None:
    assert _speakers("Intro.\n\n\"We will keep every route open.\nThank You.\"\n") == [None]
    assert _speakers("Intro.\n\n\"Our slogan is simple.\nVote Early Today.\"\n") == [None]


def test_an_abbreviation_does_not_end_a_sentence() -> None:
    text = "Mayor Luis Ferrand spoke with Sen. Omar Hadley.\n\n\u201cWe agree,\u201d he said.\n"
    assert _speakers(text) == ["Luis Ferrand"]


def test_a_bare_quote_in_a_paragraph_continues_its_speaker_or_the_person_named() -> None:
    crowd = ("\u201cWe will win,\u201d Ana Ruiz said. The crowd cheered loudly. "
             "\u201cWe will win big.\u201d\n")
    assert _speakers(crowd) == ["Ana Ruiz", "Ana Ruiz"]
    rival = ("\u201cNo,\u201d Omar Hadley said.\n\n"
             "\u201cWe will win,\u201d Ana Ruiz said. Omar Hadley disagreed with her. "
             "\u201cWe will lose.\u201d\n")
    assert _speakers(rival) == ["Omar Hadley", "Ana Ruiz", "Omar Hadley"]


def test_an_organisation_before_a_title_only_says_whose_title_it_is() -> None:
    text = ("Harbour Transit spokesman Omar Hadley opened the depot.\n\n"
            "\u201cIt is new,\u201d he said.\n")
    assert _speakers(text) == ["Omar Hadley"]


def test_a_headline_name_before_a_colon_speaks_its_quotes() -> None:
    text = ("Ruiz: Hadley Would Put Routes On Hold, \u2018I Fear The Same For Buses\u2019.\n\n"
            "The mayor spoke on Monday.\n")
    assert _speakers(text) == ["Ruiz"]


def test_a_titled_surname_shared_by_two_people_stays_a_surname() -> None:
    text = ("Luis Ferrand spoke first. Ana Ferrand spoke next.\n\n"
            "\u201cWe will win,\u201d Mrs. Ferrand said.\n\n"
            "\u201cWe did,\u201d Mr. Ferrand said.\n")
    assert _speakers(text) == ["Ferrand", "Ferrand"]
    one = "Donald Hartley spoke first.\n\n\u201cWe will win,\u201d Mr. Hartley said.\n"
    assert _speakers(one) == ["Donald Hartley"]


def test_a_decade_ends_a_sentence_an_initial_does_not() -> None:
    text = ("Many officials expect a return to the 1990s. Hadley repeated that view, "
            "citing Ana Ruiz.\n\n\u201cWe have a plan,\u201d he said.\n")
    assert _speakers(text) == ["Hadley"]


def test_a_lead_in_without_a_verb_that_names_someone_is_theirs() -> None:
    before = "\u201cWe never cut a route,\u201d Omar Hadley told the council.\n\n"
    same_line = before + "Ana Ruiz, on the radio a week later: \u201cThey cut two routes.\u201d\n"
    assert _speakers(same_line) == ["Omar Hadley", "Ana Ruiz"]
    own_paragraph = before + "From Ana Ruiz\u2019s statement:\n\n\u201cThey cut two.\u201d\n"
    assert _speakers(own_paragraph) == ["Omar Hadley", "Ana Ruiz"]
    label = before + "Key Points:\n\n\u201cTwo routes were cut.\u201d\n"
    assert _speakers(label)[1] != "Key Points"


def test_a_bare_quote_continues_the_reporter_not_the_one_who_named_something() -> None:
    text = ("Her neighbours have mocked the plan, calling it \u201ca bus to nowhere,\u201d "
            "Ana Ruiz said as she left.\n\n\u201cBut it is our bus, and we love it!\u201d\n")
    assert _speakers(text) == ["Her neighbours", "Ana Ruiz"]
