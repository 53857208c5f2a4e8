"""The search for shared stretches: runs of words, joined passages, masked quotations."""

from __future__ import annotations

import numpy as np

from quotecheck.match import SourceIndex
from quotecheck.match.copies import (
    Passage,
    ProseWords,
    best_per_stretch,
    find_passages,
)
from quotecheck.match.wordhash import shingle_keys, word_hashes
from quotecheck.models import Paragraph
from quotecheck.settings import CopySettings

SOURCE = (
    "Page header and navigation.\n\n"
    "Crews repaired 412 breaks in twelve months, but the backlog of reported leaks grew every "
    "quarter because the authority kept only four repair teams on duty at night. Replacing "
    "the oldest mains would cost an estimated $48 million over eight years.\n\n"
    "Footer text of the page."
)
COPIED = ("Crews repaired 412 breaks in twelve months, but the backlog of reported leaks grew "
          "every quarter because the authority kept only four repair teams on duty at night.")


def _paragraphs(text: str) -> list[Paragraph]:
    found, at = [], 0
    for part in text.split("\n\n"):
        found.append(Paragraph(at, at + len(part)))
        at += len(part) + 2
    return found


def _passages(article: str, quoted: list[tuple[int, int]] | None = None,
              settings: CopySettings | None = None) -> list[tuple[str, Passage]]:
    prose = ProseWords(article, quoted or [], _paragraphs(article))
    found = find_passages(prose, SourceIndex(SOURCE), settings or CopySettings(enabled=True))
    return [(article[slice(*prose.plain_span(p.first, p.last))], p) for p in found]


def test_a_copied_sentence_is_one_passage_with_its_source_words() -> None:
    article = f"Our own opening words here.\n\n{COPIED}\n\nOur own closing words."
    [(text, passage)] = _passages(article)
    assert text == COPIED[:-1]  # up to the last word, without the full stop
    assert passage.words == 28  # as the index counts words: 412 and 48 are words too
    assert passage.source_last - passage.source_first == 28


def test_two_edited_words_leave_one_passage() -> None:
    edited = COPIED.replace("repaired", "fixed").replace(
        "every quarter", "every single quarter")  # an added word shifts the rest: two runs
    [(text, _)] = _passages(f"Intro.\n\n{edited} Then our own words follow here.")
    assert text.startswith("Crews fixed") and text.endswith("on duty at night")


def test_a_changed_figure_at_the_end_of_a_sentence_is_inside_the_passage() -> None:
    article = (f"Intro.\n\n{COPIED} Replacing the oldest mains would cost an estimated $84 "
               "million over eight years. We asked the board about it.")
    [(text, _)] = _passages(article)
    assert text.startswith("Crews repaired")
    assert text.endswith("$84 million over eight years")


def test_shorter_runs_than_the_minimum_are_not_found() -> None:
    article = "Intro.\n\nCrews repaired 412 breaks in twelve months, said the engineer."
    assert _passages(article) == []
    assert _passages(article, settings=CopySettings(enabled=True, min_words=6))


def test_words_inside_quotation_marks_are_never_a_passage() -> None:
    article = f"Intro.\n\nThe auditors wrote: “{COPIED}”"
    start = article.index("“")
    assert _passages(article, quoted=[(start, len(article))]) == []
    assert _passages(article)  # the same words outside marks are found


def test_a_passage_does_not_cross_paragraphs() -> None:
    half = len(COPIED) // 2
    cut = COPIED.rfind(" ", 0, half)
    article = f"{COPIED[:cut]}\n\n{COPIED[cut + 1:]}"
    found = _passages(article)
    assert found and all("\n\n" not in text for text, _ in found)


def test_shingle_keys_agree_on_the_same_words_in_other_texts() -> None:
    _, a = word_hashes("one two three four five")
    _, b = word_hashes("zero one two three four five six")
    keys_a, keys_b = shingle_keys(a, 3), shingle_keys(b, 3)
    assert len(keys_a) == 3 and len(keys_b) == 5
    assert np.array_equal(keys_a, keys_b[1:4])
    assert len(set(keys_b.tolist())) == 5


def test_the_longest_of_overlapping_passages_wins() -> None:
    short, long_, apart = Passage(0, 15, 0, 15), Passage(5, 40, 0, 35), Passage(50, 70, 0, 20)
    kept = best_per_stretch([(0, short), (1, long_), (2, apart)])
    assert kept == [(1, long_), (2, apart)]


def test_a_long_article_finds_the_same_passages_as_a_short_one() -> None:
    """A short source is looked up among a long article's sorted runs (the other branch)."""
    own = " ".join(f"word{n}" for n in range(400))
    short = f"Intro.\n\n{COPIED}"
    long_ = f"{own}.\n\n{COPIED}\n\n{own} again.\n\n{COPIED}"
    [(text, _)] = _passages(short)
    found = _passages(long_)
    assert [t for t, _ in found] == [text, text]
    assert found[0][1].source_first == found[1][1].source_first


def test_both_ways_of_looking_up_runs_agree() -> None:
    """Runs looked up among the article's sorted keys (a short source) or the article's keys
    looked up among the source's (a long one) give the same words."""
    own = " ".join(f"word{n}" for n in range(300))
    article = f"{own}.\n\n{COPIED}\n\n{own} again.\n\n{COPIED[40:]}"
    prose = ProseWords(article, [], _paragraphs(article))
    source = SourceIndex(SOURCE).shingles(12).keys
    padding = np.arange(1, 2 * len(prose.keys(12)), dtype=np.uint64) * np.uint64(7919)
    longer = np.sort(np.concatenate([source, padding]))
    short_way, long_way = prose.shared(12, source), prose.shared(12, longer)
    assert len(short_way) == 17 + 10  # 28 and 21 words: runs of 12 starting at each
    assert np.array_equal(short_way, long_way)
