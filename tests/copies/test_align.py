"""A copied passage diffed against its source word by word: whole tokens as written, and a
long passage with scattered edits judged as one."""

from __future__ import annotations

import random

from quotecheck.match import SourceIndex
from quotecheck.match.copies import ProseWords, find_passages
from quotecheck.match.copy_align import align_passage
from quotecheck.models import Paragraph
from quotecheck.settings import CopySettings
from quotecheck.verdict import judge

SETTINGS = CopySettings(enabled=True)


def _aligned(article: str, source: str) -> list[tuple[str, str, str, str]]:
    prose = ProseWords(article, [], [Paragraph(0, len(article))])
    index = SourceIndex(source)
    [passage] = find_passages(prose, index, SETTINGS)
    alignment = align_passage(prose, passage, index, SETTINGS.min_words)
    assert index.original[alignment.start : alignment.end] == alignment.source_text
    return [(e.quote, e.source, e.quote_case, e.source_case) for e in alignment.edits]


BASE = ("The county said the new depot would cost $3.8 million and open in March, after the "
        "council approved the plan by a vote of seven to two on Tuesday night in Alder Creek.")


def test_edits_are_whole_tokens_as_written() -> None:
    article = BASE.replace("$3.8", "$3.1").replace("seven to two", "Seven to three")
    assert _aligned(article, BASE) == [("$3.1", "$3.8", "$3.1", "$3.8"),
                                       ("three", "two", "three", "two")]  # case is no edit


def test_an_added_and_a_dropped_word() -> None:
    added = BASE.replace("open in March", "open in early March")
    assert _aligned(added, BASE) == [("early", "", "early", "")]
    dropped = BASE.replace("approved the plan", "approved plan")
    assert _aligned(dropped, BASE) == [("", "the", "", "the")]


def test_a_long_passage_with_scattered_edits_is_one_judged_passage() -> None:
    rng = random.Random(7)
    vocabulary = ["".join(rng.choice("bdfklmnprstv") + rng.choice("aeiou") for _ in range(3))
                  for _ in range(300)]
    words = [rng.choice(vocabulary) for _ in range(6000)]
    source = " ".join(words)
    edited = list(words)
    edited[1500], edited[4500] = "130", "every"
    words[1500] = "103"
    source = " ".join(words)
    article = " ".join(edited)
    prose = ProseWords(article, [], [Paragraph(0, len(article))])
    index = SourceIndex(source)
    [passage] = find_passages(prose, index, SETTINGS)
    assert passage.words == len(prose.starts)
    alignment = align_passage(prose, passage, index, SETTINGS.min_words)
    verdict, differences = judge(alignment, article)
    assert [(d.kind, d.quote, d.source) for d in differences] == [
        ("number_changed", "130", "103"), ("word_changed", "every", words[4500])]
    assert verdict.value == "altered"
