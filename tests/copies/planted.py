"""Planted copies built from real news text (PolNeAR), for the recall gate.

Never imports quotecheck. Each case: a PolNeAR article, and as its source another article of
the set with two of the first article's own prose paragraphs (25 words or more, no quotation
mark) planted in it, the second with its first number raised by 7 (or, lacking a number, its
middle word replaced). Even-numbered articles were used to tune the search (tune); the gate
reports on odd-numbered ones (held out).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

POLNEAR = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "polnear" / "articles"
_NUMBER = re.compile(r"\b\d+\b")
_MARKS = "\"“”''"


@dataclass(frozen=True)
class Case:
    """One article, its source with two planted paragraphs, and what was planted."""

    name: str
    article: str
    source: str
    faithful: str
    edited: str
    figure_changed: bool


def _own_paragraphs(text: str) -> list[str]:
    return [p for p in text.split("\n\n") if len(p.split()) >= 25
            and not any(m in p for m in _MARKS)]


def _edit(paragraph: str) -> tuple[str, bool]:
    number = _NUMBER.search(paragraph)
    if number:
        changed = str(int(number[0]) + 7)
        return paragraph[: number.start()] + changed + paragraph[number.end() :], True
    words = paragraph.split(" ")
    words[len(words) // 2] = "meanwhile"
    return " ".join(words), False


def cases(part: str) -> list[Case]:
    """The cases of ``part``: ``tune`` (even-numbered articles) or ``held_out`` (odd)."""
    articles = sorted(POLNEAR.glob("*.txt"))
    found = []
    for k, path in enumerate(articles):
        if k % 2 != (0 if part == "tune" else 1):
            continue
        text = path.read_text(encoding="utf-8")
        own = _own_paragraphs(text)
        if len(own) < 2:
            continue
        edited, figure = _edit(own[-1])
        other = articles[(k + 1) % len(articles)].read_text(encoding="utf-8").split("\n\n")
        middle = len(other) // 2
        source = "\n\n".join([*other[:middle], own[0], *other[middle:], edited])
        found.append(Case(path.name, text, source, own[0], own[-1], figure))
    return found
