"""Extraction time grows linearly on adversarial articles: each input is timed at n and
4n characters (best of three), and the ratio must stay far below the 16 of quadratic
growth. No absolute timings: the machine may be busy, the ratio still tells."""

from __future__ import annotations

import gc
import time
from collections.abc import Callable

import pytest

from quotecheck.articles import parse_article
from quotecheck.extract import extract_claims

SIZE = 15_000
GENEROUS = 9.0  # linear growth gives about 4, quadratic about 16


def _repeat(piece: str) -> Callable[[int], str]:
    return lambda size: (piece * (size // len(piece) + 1))[:size]


INPUTS = {
    "nested alternating marks": _repeat("“a‘"),
    "nested marks without words": _repeat("“‘"),
    "nested guillemets": _repeat("«a"),
    "unclosed quote per paragraph": _repeat("“Word\n\n"),
    "two-apostrophe marks": _repeat("a ''b "),
    "mis-paired marks with cues": _repeat("“A bully pulpit,' said Gomez. "),
    "unclosed quotes with cues": _repeat("They said it. “We will win, he said. “More\n\n"),
    "transcript lines": _repeat("HOST: You said “maybe” last week.\n\nQ: Was it “fair”?\n\n"),
    "names and pronouns": _repeat("Mr. Omar Hadley met Ana Ruiz. He spoke. “Yes,” he said.\n"),
    "it and they": _repeat("The memo said so. “We will,” it said. “No,” they said.\n"),
    "according to and polls": _repeat("In a poll, most voters said “no,” according to a pool "
                                      "report. On Sunday, she said “yes.” "),
    "names on one long line": _repeat("Ana Ruiz met Omar Hadley; Ruiz said “yes” "),
    "headings and names": _repeat("Give Feedback\n\nFeedback Team said “we grow.”\n\n"),
    "a sentence of quotes alone": _repeat("“a”, "),
    "list items of quotes": _repeat("* “a” b\n"),
}


def _best_time(text: str) -> float:
    """The best of three runs, with the cyclic garbage collector paused: its passes over
    every live object add a growth of their own that says nothing about the extractor."""
    best = float("inf")
    gc.collect()
    gc.disable()
    try:
        for _ in range(3):
            started = time.perf_counter()
            extract_claims(parse_article("hostile.txt", text))
            best = min(best, time.perf_counter() - started)
    finally:
        gc.enable()
    return best


@pytest.mark.parametrize("name", list(INPUTS))
def test_extraction_time_grows_linearly(name: str) -> None:
    make = INPUTS[name]
    small, large = _best_time(make(SIZE)), _best_time(make(4 * SIZE))
    assert large / max(small, 1e-4) < GENEROUS, (name, small, large)
