"""Words of normalised text, with their offsets, for word-level alignment."""

from __future__ import annotations

import re
from dataclasses import dataclass

WORD = re.compile(r"[$€£¥]?\d+(?:[.,:/]\d+)*%?|\w+(?:['-]\w+)*")


@dataclass(frozen=True)
class Token:
    """One word of a normalised text and its half-open span."""

    text: str
    start: int
    end: int


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """The words of ``text[start:end]`` with offsets into ``text``."""
    stop = len(text) if end is None else end
    return [Token(m.group(0), m.start(), m.end()) for m in WORD.finditer(text, start, stop)]


def words(text: str) -> list[str]:
    """Only the words of ``text``."""
    return WORD.findall(text)


def unhyphenated(word: str) -> str:
    """``word`` without hyphens, to compare hyphenation variants."""
    return word.replace("-", "")
