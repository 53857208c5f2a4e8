"""Typographic normalisation with a map back to the original text (design, matching step 1).

Quote marks, apostrophes and primes fold to ASCII, dashes to `` - ``, ``…`` to ``...``,
soft hyphens and zero-width characters vanish, a word hyphenated across a line break is
joined, whitespace collapses, and (optionally) case folds. Unchanged ASCII is copied in
bulk, so a 100 MB mostly-ASCII source costs one pass of a regular expression.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from quotecheck.textmap import TextMap, TextMapBuilder

_DOUBLE = "\"“”„‟«»″〃「」『』〝〞＂"
_SINGLE = "'‘’‚‛′‹›`´ʼ＇"
_DASHES = "—–―‒−⸺⸻"
_INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff\ufffe"

_SPECIAL = re.compile(
    r"(?P<hyphen_break>(?<=\w)-[ \t]*\r?\n\s*(?=\w))"
    rf"|(?P<dash>\s*(?:[{_DASHES}]+|--+|(?<=\s)-(?=\s))\s*)"
    r"|(?P<dots>\.[ \t]?\.[ \t]?\.|…)"
    rf"|(?P<invisible>[{_INVISIBLE}]+)"
    r"|(?P<space>\s{2,}|[^\S ])"
    r"|(?P<other>[^\x00-\x7f][\u0300-\u036f]*)"
)


@lru_cache(maxsize=4096)
def _fold_char(chars: str) -> str:
    """Normalise one non-ASCII character (with any combining marks)."""
    if chars[0] in _DOUBLE:
        return '"'
    if chars[0] in _SINGLE:
        return "'"
    text = unicodedata.normalize("NFKC", chars)
    if text.isspace():
        return " "
    return "".join(
        '"' if c in _DOUBLE else "'" if c in _SINGLE else " - " if c in _DASHES else c
        for c in text
    )


@dataclass(frozen=True, eq=False)
class Normalized:
    """Normalised text and the map from its characters back to the original."""

    text: str
    map: TextMap
    original: str

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """The original span that normalised span ``[start, end)`` came from."""
        return self.map.span(start, end)


def _replacement(m: re.Match[str]) -> str:
    kind = m.lastgroup
    if kind == "hyphen_break":
        return "-"
    if kind == "dash":
        return " - "
    if kind == "dots":
        return "..."
    if kind == "invisible":
        return ""
    if kind == "space":
        return " "
    return _fold_char(m.group(0))


def normalize(text: str, *, casefold: bool = True) -> Normalized:
    """Normalise ``text`` for matching, keeping a map back to ``text``."""
    builder = TextMapBuilder()
    pos = 0
    for m in _SPECIAL.finditer(text):
        builder.copy(pos, text[pos : m.start()])
        builder.replace(m.start(), m.end(), _replacement(m))
        pos = m.end()
    builder.copy(pos, text[pos:])
    out, mapping = builder.build(len(text))
    if casefold:
        folded = out.lower()
        if len(folded) != len(out):
            return _normalize_slow(text)
        out = folded
    return Normalized(out, mapping, text)


def _normalize_slow(text: str) -> Normalized:
    """Normalise character by character when case folding changes a character's length."""
    base = normalize(text, casefold=False)
    builder = TextMapBuilder()
    for i, ch in enumerate(base.text):
        start, end = base.map.span(i, i + 1)
        folded = ch.lower()
        if folded == ch and end - start == 1:
            builder.copy(start, ch)
        else:
            builder.replace(start, end, folded)
    out, mapping = builder.build(len(text))
    return Normalized(out, mapping, text)


def normalize_plain(text: str, *, casefold: bool = True) -> str:
    """Only the normalised text of ``text`` (no map), with outer whitespace stripped."""
    return normalize(text, casefold=casefold).text.strip()
