"""The quote-mark scanner: marks, apostrophes, nesting, continuation, recovery."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quotecheck.articles import parse_article
from quotecheck.extract import extract_claims
from quotecheck.models import Claim


def _claims(text: str, name: str = "a.txt") -> tuple[Claim, ...]:
    return extract_claims(parse_article(name, text))


def _quotes(text: str, name: str = "a.txt") -> list[str]:
    return [c.quote for c in _claims(text, name)]


@pytest.mark.parametrize(("text", "expected"), [
    ('He said "we are ready" today.', ["we are ready"]),
    ("He said “we are ready” today.", ["we are ready"]),
    ("He said ‘we are ready’ today.", ["we are ready"]),
    ("Il a dit « nous sommes prêts » hier.", ["nous sommes prêts"]),
    ("Er sagte „wir sind bereit“ gestern.", ["wir sind bereit"]),
    ("Er sagte ‹bereit› gestern.", ["bereit"]),
    ("彼は「準備完了」と言った。", ["準備完了"]),
    ("Officials call plan 'reckless' and move on.", ["reckless"]),
    ("It takes the ‘have it your way” mission and adds fuel.", ["have it your way"]),
    ("She wrote ‘we said “no” to them’ then left.", ["we said “no” to them"]),
    ("“He said ‘no” and left.", ["He said ‘no"]),
])
def test_quote_marks(text: str, expected: list[str]) -> None:
    assert _quotes(text) == expected


@pytest.mark.parametrize("text", [
    "We don’t know.",
    "The voters’ call was clear.",
    "In the ’90s it was rock ’n’ roll.",
    "Mr. O’Brien left.",
    "A 12\" pipe and a 5'10\" player.",
    "It's the students' choice, isn't it?",
    "Apples   2 lb\nPears    \"   \"\nPlums    \"   \"",
    "» First item\n» Second item",
    "Menu: » Home » News » Sports",
])
def test_apostrophes_and_inches_are_not_quotes(text: str) -> None:
    assert _quotes(text) == []


def test_apostrophes_inside_quotes() -> None:
    assert _quotes("She said “we don’t know what the ’90s meant.”") == [
        "we don’t know what the ’90s meant"]
    assert _quotes("She said ‘we don’t know’.") == ["we don’t know"]


def test_nesting_both_ways() -> None:
    assert _quotes("‘He said “go”,’ she recalled.") == ["He said “go”"]
    assert _quotes("“She called it ‘a sham’,” he said.") == ["She called it ‘a sham’"]


def test_sentence_punctuation_is_dropped_inner_kept() -> None:
    assert _quotes("They called the “policies,” then left.") == ["policies"]
    assert _quotes("“Is it over?” she asked.") == ["Is it over?"]
    assert _quotes("“We will … see [the] results.” Done.") == ["We will … see [the] results"]


def test_continued_paragraph() -> None:
    text = "“First paragraph of the quote.\n\n“Second paragraph,” the report states.\n"
    claims = _claims(text)
    assert [c.quote for c in claims] == [
        "First paragraph of the quote. Second paragraph"]
    assert (claims[0].line, claims[0].end_line) == (1, 3)
    assert claims[0].speaker == "the report"


def test_unbalanced_is_flagged_not_fatal() -> None:
    claims = _claims("He said “this never ends.\n\nNew paragraph “closed” here.")
    assert [(c.quote, c.flags) for c in claims] == [
        ("this never ends", ("unbalanced",)), ("closed", ())]


def test_positions_are_exact() -> None:
    text = "Line one.\nThe mayor called it “a reckless gamble,” adding more.\n"
    claim = _claims(text)[0]
    assert (claim.line, claim.column, claim.end_line, claim.end_column) == (2, 22, 2, 39)
    line = text.splitlines()[1]
    assert line[claim.column - 1 : claim.end_column - 1] == "a reckless gamble"


def test_markdown_code_is_never_scanned() -> None:
    text = ("Inline `code “not a quote”` here.\n\n```\n“fenced”\n```\n\n"
            "    “indented code”\n\n<!-- “comment” -->\nReal “quote” here.\n")
    assert _quotes(text, "a.md") == ["quote"]


def test_markdown_positions_point_into_the_file() -> None:
    text = "# Title\n\nShe said **“we [will](x.md) win,”** loudly.\n"
    claim = _claims(text, "a.md")[0]
    assert claim.quote == "we will win"
    assert (claim.line, claim.column) == (3, 13)
    assert claim.cited == ("x.md",)


@pytest.mark.parametrize(("text", "speaker", "cue"), [
    ("“We won,” Ana Ruiz said.", "Ana Ruiz", "said"),
    ("“We won,” said Ana Ruiz.", "Ana Ruiz", "said"),
    ("Ana Ruiz said: “We won.”", "Ana Ruiz", "said"),
    ("“We won,” according to the ruling.", "the ruling", "according to"),
    ("According to the lawsuit, “the city knew.”", "the lawsuit", "according to"),
    ("“We won” — Ana Ruiz", "Ana Ruiz", None),
    ("The complaint reads: “The city knew.”", "The complaint", "reads"),
    ("“The city knew,” the suit states.", "the suit", "states"),
    ("Ana Ruiz spoke first. “We won,” she said.", "Ana Ruiz", "said"),
    ("“We won.” Nothing else.", None, None),
])
def test_attribution(text: str, speaker: str | None, cue: str | None) -> None:
    claim = _claims(text)[0]
    assert (claim.speaker, claim.cue) == (speaker, cue)


_MARKY = st.lists(
    st.sampled_from([*list("ab c\n\n.,'\"“”‘’«»„‹›「」"), "don’t", " said Ann", '12"']),
    max_size=60,
).map("".join)


@settings(max_examples=400, deadline=None)
@given(_MARKY)
def test_arbitrary_text_never_raises_and_spans_hold_the_quote(text: str) -> None:
    article = parse_article("a.txt", text)
    lines = text.split("\n")
    starts = [0]
    for line in lines[:-1]:
        starts.append(starts[-1] + len(line) + 1)
    for claim in extract_claims(article):
        start = starts[claim.line - 1] + claim.column - 1
        end = starts[claim.end_line - 1] + claim.end_column - 1
        assert 0 <= start < end <= len(text)
        assert claim.quote
        span_words = text[start:end].split()
        quote_words = claim.quote.split()
        if "\n\n" not in text[start:end]:
            assert quote_words == span_words
        else:
            assert len(quote_words) <= len(span_words)
