"""Extraction time on adversarial articles: deeply nested quote marks and paragraphs that
each open a quote and never close it. Each input is timed at n and 4n characters; a
linear extractor shows a ratio near 4 (a quadratic one near 16). Reading the text as an
article (paragraphs, blocks) and extracting the claims are timed apart.

Run: .venv/bin/python bench/hostile_extraction.py [--megabytes 5]
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from quotecheck.articles import parse_article
from quotecheck.extract import extract_claims


def nested_alternating(size: int) -> str:
    """``“‘“‘…`` nested without end, then some words."""
    return ("“‘" * (size // 2))[:size]


def nested_with_letters(size: int) -> str:
    """``“a‘a“a‘…``: a mark every other character, never closed (a claim every 6 characters)."""
    return ("“a‘a" * (size // 4 + 1))[:size]


def nested_guillemets(size: int) -> str:
    """``«««…`` nested without end."""
    return "«" * size


def unclosed_paragraphs(size: int) -> str:
    """Paragraphs that each open a ``“`` and never close it."""
    return ("“Word\n\n" * (size // 7 + 1))[:size]


def unclosed_words(size: int) -> str:
    """Paragraphs of words that each open a ``“`` after a full stop, with cue words."""
    paragraph = "They said it. “We will win, he said. Then “more came. “Again\n\n"
    return (paragraph * (size // len(paragraph) + 1))[:size]


def two_apostrophes(size: int) -> str:
    """Endless ``''`` marks separated by single letters."""
    return ("a ''b" * (size // 5 + 1))[:size]


INPUTS: dict[str, Callable[[int], str]] = {
    "nested “‘“‘": nested_alternating,
    "nested “a‘a“a‘ (claim-dense)": nested_with_letters,
    "nested «««": nested_guillemets,
    "unclosed “ per paragraph": unclosed_paragraphs,
    "unclosed “ with cues (claim-dense)": unclosed_words,
    "'' marks": two_apostrophes,
}


def extraction_seconds(text: str) -> tuple[float, float]:
    """How long reading the text as an article takes, and then extracting its claims."""
    started = time.perf_counter()
    article = parse_article("hostile.txt", text)
    read = time.perf_counter()
    extract_claims(article)
    return read - started, time.perf_counter() - read


def main() -> None:
    """Print, per input, the time at a quarter of the size and at the full size."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--megabytes", type=float, default=5.0)
    size = int(parser.parse_args().megabytes * 1_000_000)
    for name, make in INPUTS.items():
        small = extraction_seconds(make(size // 4))
        full = extraction_seconds(make(size))
        print(f"{name}: {size / 4e6:.2f} MB read {small[0]:.2f} s + extract {small[1]:.2f} s;"
              f" {size / 1e6:.2f} MB read {full[0]:.2f} s + extract {full[1]:.2f} s; "
              f"extraction ratio {full[1] / max(small[1], 1e-3):.1f} (linear: 4)")


if __name__ == "__main__":
    main()
