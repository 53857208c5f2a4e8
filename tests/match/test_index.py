"""The source index: bulk word hashes agree with the per-quote ones; candidates are right."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from quotecheck.match.bigrams import BigramIndex
from quotecheck.match.index import SourceIndex
from quotecheck.match.plain_bigrams import VOTE_BUDGET, PlainBigramIndex
from quotecheck.match.wordhash import bigram_keys, small_bigram_keys, word_hashes
from quotecheck.match.wordkeys import word_keys


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([*"ab c-'1é€\n.", "longerwordthaneight", "𝔘nicode"]),
                max_size=40).map("".join))
def test_numpy_and_python_hashes_agree(text: str) -> None:
    _, hashes = word_hashes(text)
    assert bigram_keys(hashes).tolist() == small_bigram_keys(text)


def test_word_starts_are_character_offsets() -> None:
    text = "café 'au' lait, déjà vu"
    starts, _ = word_hashes(text)
    assert [text[s : s + 2] for s in starts.tolist()] == ["ca", "au", "la", "dé", "vu"]


def test_large_source_exact_and_candidates() -> None:
    filler = " ".join(f"w{i % 1013} f{i % 17}" for i in range(200_000))
    needle = "the committee will not approve the budget"
    index = SourceIndex(filler + " " + needle + " " + filler)
    assert not index.small and isinstance(index.build(), BigramIndex)
    at = index.find_exact(needle)
    assert len(at) == 1 and index.text[at[0] : at[0] + len(needle)] == needle
    assert index.find_exact("the committee will approve the budget") == []
    starts = index.candidate_offsets("the committee will approve the budget")
    assert starts and abs(starts[0] - at[0]) < 40


_VOCABULARY = ["the", "council", "will", "not", "cut", "a", "route", "fares", "budget", "café",
               "2025", "𝔘nicode", "longerwordthaneight", "-", "'", "\n", ",", "."]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_VOCABULARY), max_size=300),
       st.lists(st.sampled_from(_VOCABULARY), max_size=12), st.integers(0, 300),
       st.integers(1, 4))
def test_plain_and_numpy_word_pair_indexes_agree(source: list[str], noise: list[str],
                                                 cut: int, most: int) -> None:
    """The plain-Python index of small sources answers exactly as the numpy one: for a
    needle taken from the source with words changed, and for one made up."""
    text = " ".join(source)
    taken = source[cut : cut + 9]
    for needle in (" ".join(taken[:3] + noise[:2] + taken[3:]), " ".join(noise), text[:80]):
        plain, bulk = PlainBigramIndex(text), BigramIndex(text)
        assert plain.candidate_offsets(needle, most) == bulk.candidate_offsets(needle, most)
        assert plain.exact_candidates(needle) == bulk.exact_candidates(needle)
        diagonals = bulk._diagonals(needle, VOTE_BUDGET)
        assert plain.diagonals(needle) == (None if diagonals is None else
                                           [found.tolist() for found in diagonals])


def test_a_small_source_finds_candidates_without_the_numpy_index() -> None:
    text = ("The mayor spoke first. " * 40 + "We will not raise bus fares this year. "
            + "Then the council voted. " * 40)
    index = SourceIndex(text)
    assert index.small and isinstance(index.build(), PlainBigramIndex)
    starts = index.candidate_offsets("we will now raise bus fares this year")
    assert starts and index.text[starts[0] :].startswith("we will not raise")
    assert index.exact_candidates("we will not raise bus fares") == [
        index.text.index("we will not")]


def test_plain_and_numpy_words_agree_on_every_ascii_character() -> None:
    text = " ".join(f"a{chr(c)}b{chr(c)}{chr(c)}é" for c in range(128))
    starts, hashes = word_hashes(text)
    assert word_keys(text) == (starts.tolist(), hashes.tolist())
