"""Find one piece of a quote in a source: exact search first, then word alignment."""

from __future__ import annotations

from dataclasses import dataclass
from math import ceil

from quotecheck.match.align import align_words
from quotecheck.match.index import SourceIndex
from quotecheck.match.normalize import normalize
from quotecheck.match.tokens import WORD, unhyphenated
from quotecheck.models import Edit

FULL_SCAN_WORDS = 20_000
MIN_MATCHED = 0.6


@dataclass(frozen=True)
class Piece:
    """One literal stretch of a quote, ready to search for."""

    needle: str
    words: tuple[str, ...]
    cased: tuple[str, ...]

    @classmethod
    def of(cls, text: str) -> Piece:
        """Prepare the piece of quote ``text`` (as written) for searching."""
        cased = tuple(WORD.findall(normalize(text, casefold=False).text))
        return cls(normalize(text).text.strip(), tuple(unhyphenated(w.lower()) for w in cased),
                   cased)


@dataclass(frozen=True)
class PieceMatch:
    """Where a piece was found (normalised offsets) and which of its words differ."""

    start: int
    end: int
    edits: tuple[Edit, ...]
    matched: int
    occurrences: int = 1


def find_piece(index: SourceIndex, piece: Piece, lo: int = 0, hi: int | None = None,
               *, last: bool = False) -> PieceMatch | None:
    """The best match of ``piece`` in ``[lo, hi)`` of the source, or None."""
    if not piece.words:
        return None
    exact = index.find_exact(piece.needle, lo, hi)
    if exact:
        at = exact[-1] if last else exact[0]
        return PieceMatch(at, at + len(piece.needle), (), len(piece.words), len(exact))
    return _fuzzy(index, piece, lo, len(index.text) if hi is None else hi)


def _windows(index: SourceIndex, piece: Piece, lo: int, hi: int) -> list[tuple[int, int]]:
    first, last = index.word_range(lo, hi)
    if last - first <= max(FULL_SCAN_WORDS, 4 * len(piece.words)):
        return [(first, last)]
    slack = len(piece.words) // 2 + 8
    return [
        (max(first, start - slack), min(last, start + len(piece.words) + slack))
        for start in index.candidate_starts(list(piece.words))
    ]


def _fuzzy(index: SourceIndex, piece: Piece, lo: int, hi: int) -> PieceMatch | None:
    best = None
    for first, last in _windows(index, piece, lo, hi):
        aligned = align_words(list(piece.words), index.words[first:last])
        if best is None or aligned.cost < best[1].cost:
            best = (first, aligned)
    if best is None:
        return None
    first, aligned = best
    if aligned.matched < ceil(MIN_MATCHED * len(piece.words)) or aligned.end <= aligned.start:
        return None
    edits = tuple(
        _edit(index, piece, (e.qa, e.qb), (first + e.sa, first + e.sb)) for e in aligned.edits
    )
    return PieceMatch(index.starts[first + aligned.start], index.ends[first + aligned.end - 1],
                      edits, aligned.matched)


def _edit(index: SourceIndex, piece: Piece, quote: tuple[int, int], source: tuple[int, int]
          ) -> Edit:
    """An edit with both sides' words (index ranges), lower-cased and as written."""
    (qa, qb), (sa, sb) = quote, source
    source_case = ""
    if sb > sa:
        start, end = index.norm.original_span(index.starts[sa], index.ends[sb - 1])
        source_case = " ".join(WORD.findall(normalize(index.original[start:end],
                                                      casefold=False).text))
    return Edit(
        quote=" ".join(piece.words[qa:qb]), source=" ".join(index.words[sa:sb]),
        quote_case=" ".join(piece.cased[qa:qb]), source_case=source_case,
    )
