"""The extraction gold set: articles with their claims' exact spans and speakers marked."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

GOLD = Path(__file__).parent / "gold" / "articles.txt"
OPEN, CLOSE = "⟦", "⟧"
_HEADER = re.compile(r"^=== (?P<name>\S+)\nspeakers: (?P<speakers>[^\n]*)\n~~~\n", re.MULTILINE)


@dataclass(frozen=True)
class GoldClaim:
    """A claim as a person reads it: 0-based character span in the article, and speaker."""

    start: int
    end: int
    speaker: str | None


@dataclass(frozen=True)
class GoldArticle:
    """One article of the gold set, its markers removed."""

    name: str
    text: str
    claims: tuple[GoldClaim, ...]


def _unmark(marked: str, speakers: list[str | None]) -> tuple[str, tuple[GoldClaim, ...]]:
    text: list[str] = []
    opened: list[tuple[int, int]] = []  # (start offset, marker number)
    spans: dict[int, tuple[int, int]] = {}
    count = 0
    length = 0
    for ch in marked:
        if ch == OPEN:
            opened.append((length, count))
            count += 1
        elif ch == CLOSE:
            start, number = opened.pop()
            spans[number] = (start, length)
        else:
            text.append(ch)
            length += 1
    assert not opened and len(spans) == len(speakers), "markers and speakers disagree"
    claims = tuple(GoldClaim(*spans[i], speakers[i]) for i in range(count))
    return "".join(text), claims


def load_gold() -> list[GoldArticle]:
    """Every article of the gold set."""
    source = GOLD.read_text(encoding="utf-8")
    headers = list(_HEADER.finditer(source))
    articles = []
    for k, header in enumerate(headers):
        body_end = headers[k + 1].start() if k + 1 < len(headers) else len(source)
        speakers = [None if s.strip() == "-" else s.strip()
                    for s in header.group("speakers").split("|")]
        text, claims = _unmark(source[header.end() : body_end].rstrip("\n") + "\n", speakers)
        articles.append(GoldArticle(header.group("name"), text, claims))
    return articles
