"""Parse a quote into the pieces to find in the source (design, matching steps 2 and 3).

Elisions (``...``, ``…``, ``. . .``, ``[...]``) split the quote into pieces found in order;
``[sic]``-style notes are dropped; ``[T]he`` is a case change; any other ``[text]`` is an
editorial substitution standing for a short stretch of the source.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

from quotecheck.match.normalize import normalize

_MARKERS = re.compile(r"\[\s*\.\.\.\s*\]|\.\.\.(?:\s*\.)?|\[(?P<bracket>[^\[\]]*)\]")
_NOTES = frozenset({
    "sic", "emphasis added", "emphasis mine", "emphasis in original", "emphasis original",
    "citation omitted", "citations omitted", "footnote omitted", "footnotes omitted",
    "internal quotation marks omitted", "alteration in original", "sic.",
})


class GapKind(str, Enum):
    """What stands between two pieces of a quote."""

    ELISION = "elision"
    BRACKET = "bracket"


@dataclass(frozen=True)
class Gap:
    """An elision or an editorial substitution between two pieces."""

    kind: GapKind
    text: str = ""


@dataclass(frozen=True)
class QuotePattern:
    """A quote as pieces of literal text separated by gaps; ``gaps[i]`` follows ``pieces[i]``."""

    pieces: tuple[str, ...]
    gaps: tuple[Gap, ...]
    notes: tuple[str, ...] = ()
    edge_ellipsis: bool = False


def _is_case_bracket(text: str, m: re.Match[str]) -> bool:
    """``[T]he`` or ``respond[s]``: one or two letters glued to a word."""
    content = m.group("bracket") or ""
    if not (1 <= len(content) <= 2 and content.isalpha()):
        return False
    before = text[m.start() - 1 : m.start()]
    after = text[m.end() : m.end() + 1]
    return before.isalpha() or after.isalpha()


def parse_quote(quote: str) -> QuotePattern:
    """Split ``quote`` (as written) into pieces and gaps."""
    text = normalize(quote, casefold=False).text
    pieces: list[str] = []
    gaps: list[Gap] = []
    notes: list[str] = []
    current: list[str] = []
    pos = 0
    for m in _MARKERS.finditer(text):
        current.append(text[pos : m.start()])
        pos = m.end()
        bracket = m.group("bracket")
        if bracket is not None and bracket.strip().casefold() in _NOTES:
            notes.append(bracket.strip())
        elif bracket is not None and _is_case_bracket(text, m):
            current.append(bracket)
        else:
            pieces.append(_joined(current))
            current = []
            kind = GapKind.ELISION if bracket is None or "..." in bracket else GapKind.BRACKET
            gaps.append(Gap(kind, "" if kind is GapKind.ELISION else bracket or ""))
    current.append(text[pos:])
    pieces.append(_joined(current))
    return _tidy(pieces, gaps, tuple(notes))


def _tidy(pieces: list[str], gaps: list[Gap], notes: tuple[str, ...]) -> QuotePattern:
    """Drop leading and trailing ellipses and merge pieces left empty between gaps."""
    edge = False
    while gaps and gaps[0].kind is GapKind.ELISION and not _has_words(pieces[0]):
        pieces.pop(0)
        gaps.pop(0)
        edge = True
    while gaps and gaps[-1].kind is GapKind.ELISION and not _has_words(pieces[-1]):
        pieces.pop()
        gaps.pop()
        edge = True
    i = 1
    while i < len(pieces) - 1:
        if not _has_words(pieces[i]) and GapKind.ELISION in (gaps[i - 1].kind, gaps[i].kind):
            merged = gaps[i - 1] if gaps[i - 1].kind is GapKind.BRACKET else gaps[i]
            del pieces[i]
            gaps[i - 1 : i + 1] = [merged]
        else:
            i += 1
    return QuotePattern(tuple(pieces), tuple(gaps), notes, edge)


def _joined(parts: list[str]) -> str:
    return " ".join("".join(parts).split())


def _has_words(text: str) -> bool:
    return any(ch.isalnum() for ch in text)
