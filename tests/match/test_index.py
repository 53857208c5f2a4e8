"""The source index: bulk word hashes agree with the per-quote ones; candidates are right."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from quotecheck.match.index import SourceIndex
from quotecheck.match.wordhash import bigram_keys, small_bigram_keys, word_hashes


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
    assert not index.small
    at = index.find_exact(needle)
    assert len(at) == 1 and index.text[at[0] : at[0] + len(needle)] == needle
    assert index.find_exact("the committee will approve the budget") == []
    starts = index.candidate_offsets("the committee will approve the budget")
    assert starts and abs(starts[0] - at[0]) < 40
