"""Verdicts: typography passes, meaning-bearing changes fail, whatever the score."""

from __future__ import annotations

import pytest

from quotecheck.match import SourceIndex, match_quote
from quotecheck.models import Alignment, Edit, Elision, Verdict
from quotecheck.verdict import classify, drops_negation, judge

SOURCE = (
    "We will not raise fares this year. The city hired 40 new drivers in March. "
    "Most residents support the plan, Mayor Okafor said. We organise the routes carefully "
    "and the buses run on time. We did not, as the report claims, cut routes."
)


@pytest.fixture(scope="module")
def index() -> SourceIndex:
    return SourceIndex(SOURCE)


def _verdict(index: SourceIndex, quote: str) -> Verdict | None:
    found = match_quote(quote, index)
    return judge(found, quote)[0] if found else None


@pytest.mark.parametrize(("quote", "expected"), [
    ("We will not raise fares this year", Verdict.EXACT),
    ("we will NOT raise fares this year", Verdict.VERIFIED),
    ("We will not raise fares, this year", Verdict.VERIFIED),
    ("We will raise fares this year", Verdict.ALTERED),
    ("We won't raise fares this year", Verdict.ALTERED),
    ("The city hired 14 new drivers in March", Verdict.ALTERED),
    ("The city hired forty new drivers in March", Verdict.ALTERED),
    ("All residents support the plan", Verdict.ALTERED),
    ("Most residents support the plan, Mayor Diaz said", Verdict.ALTERED),
    ("We will not lower fares this year", Verdict.ALTERED),
    ("We organize the routes carefully", Verdict.MINOR),
    ("the buses run on time", Verdict.EXACT),
    ("We will . . . raise fares this year", Verdict.ALTERED),
    ("We did . . . cut routes", Verdict.ALTERED),
    ("We organise the routes . . . the buses run on time", Verdict.VERIFIED),
    ("The city hired 40 new drivers … in March", Verdict.VERIFIED),
    ("Residents support the plan", Verdict.ALTERED),
    ("Voters demand a recall of the whole council today", None),
])
def test_verdicts(index: SourceIndex, quote: str, expected: Verdict | None) -> None:
    assert _verdict(index, quote) is expected


@pytest.mark.parametrize(("edit", "kind", "meaningful"), [
    (Edit("", "not", "", "not"), "negation", True),
    (Edit("do", "don't", "do", "don't"), "negation", True),
    (Edit("14", "40", "14", "40"), "number_changed", True),
    (Edit("diaz", "ruiz", "Diaz", "Ruiz"), "name_changed", True),
    (Edit("always", "often", "always", "often"), "word_changed", True),
    (Edit("might", "will", "might", "will"), "word_changed", True),
    (Edit("a", "the", "a", "the"), "word_changed", False),
    (Edit("color", "colour", "color", "colour"), "word_changed", False),
    (Edit("they", "we", "they", "we"), "word_changed", True),
    (Edit("lower", "raise", "lower", "raise"), "word_changed", True),
    (Edit("decrease", "increase", "decrease", "increase"), "word_changed", True),
    (Edit("illegal", "legal", "illegal", "legal"), "word_changed", True),
    (Edit("theater", "theatre", "theater", "theatre"), "word_changed", False),
    (Edit("very", "", "very", ""), "word_added", True),
    (Edit("", "that", "", "that"), "word_dropped", False),
    (Edit("well known", "wellknown", "well known", "well-known"), "hyphenation", False),
])
def test_classify(edit: Edit, kind: str, meaningful: bool) -> None:
    difference, is_meaningful = classify(edit)
    assert difference.kind == kind
    assert is_meaningful is meaningful


def test_many_small_changes_are_altered() -> None:
    edits = tuple(Edit("a", "the", "a", "the") for _ in range(3))
    alignment = Alignment(0, 10, 80.0, 0.7, edits=edits)
    quote = 'one two three four five six seven eight nine ten'
    assert judge(alignment, quote)[0] is Verdict.ALTERED


def test_score_never_decides() -> None:
    alignment = Alignment(0, 10, 99.9, 0.99, edits=(Edit("", "not", "", "not"),))
    assert judge(alignment, ' '.join(['word'] * 30))[0] is Verdict.ALTERED


@pytest.mark.parametrize(("omitted", "after_break", "drops"), [
    ("not", False, True),
    ("this year -- not in January,", False, False),
    ("not, as the report claims,", False, True),
    ("and it was not, in fact,", True, False),
    ("in the spring", False, False),
])
def test_drops_negation(omitted: str, after_break: bool, drops: bool) -> None:
    assert drops_negation(Elision(omitted, len(omitted), after_break)) is drops


@pytest.mark.parametrize(("source", "quote", "verdict", "kind"), [
    ("He said “we’re ready” — twice.", "He said \"we're ready\" -- twice", Verdict.EXACT,
     "typography"),
    ("The Plan Is Dead, he said.", "the plan is dead", Verdict.VERIFIED, "case"),
    ("The plan, he said, is dead.", "The plan he said is dead", Verdict.VERIFIED,
     "punctuation"),
])
def test_form_differences_are_named(source: str, quote: str, verdict: Verdict,
                                    kind: str) -> None:
    found = match_quote(quote, SourceIndex(source))
    assert found is not None
    result, differences = judge(found, quote)
    assert result is verdict
    assert [d.kind for d in differences] == [kind]


def test_elision_that_marks_nothing_is_only_punctuation(index: SourceIndex) -> None:
    quote = "The city hired 40 new drivers … in March"
    found = match_quote(quote, index)
    assert found is not None
    verdict, differences = judge(found, quote)
    assert verdict is Verdict.VERIFIED
    assert [(d.kind, d.source, d.detail) for d in differences] == [
        ("elision", "", "nothing but punctuation omitted")]


def test_elision_length_counts_the_gap() -> None:
    source = SourceIndex("We will keep every route, as promised last spring, and add buses.")
    quote = "We will keep every route … and add buses"
    found = match_quote(quote, source)
    assert found is not None
    _, differences = judge(found, quote)
    gap = ", as promised last spring, "
    assert [(d.kind, d.source, d.detail) for d in differences] == [
        ("elision", gap.strip(), f"{len(gap)} characters omitted")]


OKAFOR = SourceIndex(
    "Mayor Okafor said: we will raise fares next year, and the council agreed. "
    "He said the fear of failure is the enemy of progress. "
    "We will cut the budget next year, unless the council objects."
)


@pytest.mark.parametrize(("quote", "expected", "kind"), [
    ("we will [not] raise fares next year", Verdict.ALTERED, "bracket"),
    ("[Governor Ruiz] said: we will raise fares", Verdict.ALTERED, "bracket"),
    ("we will raise fares [this] year", Verdict.ALTERED, "bracket"),
    ("we will raise fares [in 2027]", Verdict.ALTERED, "bracket"),
    ("[They] will raise fares next year", Verdict.ALTERED, "bracket"),
    ("[Okafor] said the fear of failure", Verdict.VERIFIED, "insertion"),
    ("[He] said: we will raise fares", Verdict.VERIFIED, "insertion"),
    ("we will raise fares next year, and [the council] agreed", Verdict.VERIFIED, "insertion"),
    ("They will raise fares next year", Verdict.ALTERED, "word_added"),
    ("we will raise fares next year, or the council agreed", Verdict.ALTERED, "word_changed"),
    ("we will raise fares before next year", Verdict.ALTERED, "word_added"),
    ("we would raise fares next year", Verdict.ALTERED, "word_changed"),
    ("we will raise fares next year, and a council agreed", Verdict.MINOR, "word_changed"),
    ("we will raise fares next year, and um the council agreed", Verdict.MINOR, "word_added"),
    ("Failure is the enemy of progress.", Verdict.ALTERED, "truncation"),
    ("We will cut the budget next year.", Verdict.ALTERED, "truncation"),
])
def test_brackets_small_words_and_truncations(quote: str, expected: Verdict, kind: str) -> None:
    found = match_quote(quote, OKAFOR)
    assert found is not None
    verdict, differences = judge(found, quote)
    assert verdict is expected, differences
    assert differences[0].kind == kind


@pytest.mark.parametrize("quote", [
    "failure is the enemy of progress", "we will cut the budget next year",
    "We will raise fares next year, and the council agreed."])
def test_lower_case_fragments_and_whole_sentences_stay_faithful(quote: str) -> None:
    found = match_quote(quote, OKAFOR)
    assert found is not None
    assert judge(found, quote)[0] in (Verdict.EXACT, Verdict.VERIFIED)


@pytest.mark.parametrize(("quote", "source", "rule"), [
    ("organise", "organize", "spelling"), ("colour", "color", "spelling"),
    ("don't", "do not", "contraction"), ("", "that", "that"), ("a", "the", "article"),
])
def test_minor_rules(quote: str, source: str, rule: str) -> None:
    difference, meaningful = classify(Edit(quote, source, quote, source))
    assert not meaningful and difference.detail == rule


@pytest.mark.parametrize(("quote", "source"), [
    ("principal", "principle"), ("than", "then"), ("they", "we"), ("or", "and"),
    ("after", "before"), ("without", "with"), ("was", "is"), ("had", "has"), ("unless", "if"),
    ("for", "against"), ("from", "to"), ("this", "that"),
])
def test_small_words_carry_meaning(quote: str, source: str) -> None:
    assert classify(Edit(quote, source, quote, source))[1] is True


@pytest.mark.parametrize(("quote", "expected"), [
    ("the plan of Mayor Okafor is bold.", Verdict.VERIFIED),
    ("Mayor Okafor is bold.", Verdict.ALTERED),  # a sentence cut out of "the plan of …"
    ("Okafor is bold", Verdict.EXACT),  # a fragment with no full stop: a name, not a cut
    ("the plan [itself] is bold", Verdict.VERIFIED),
    ("the plan of [tomorrow] is bold", Verdict.ALTERED),
    ("Lee said the plan of Mayor Okafor is bold and the Organisation agreed.",
     Verdict.MINOR),
    ("the Organization agreed to the labour", Verdict.MINOR),
])
def test_edges_names_and_spellings(quote: str, expected: Verdict) -> None:
    index = SourceIndex("Lee said the plan of Mayor Okafor is bold and the Organization agreed. "
                        "The Organization agreed to the labor of it.")
    found = match_quote(quote, index)
    assert found is not None
    assert judge(found, quote)[0] is expected, judge(found, quote)[1]
