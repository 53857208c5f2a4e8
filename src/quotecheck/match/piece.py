"""Find one piece of a quote in a source: exact search first, then word alignment."""

from __future__ import annotations

from dataclasses import dataclass
from math import ceil

from rapidfuzz import fuzz

from quotecheck.match.align import align_words
from quotecheck.match.index import SourceIndex, WindowWords
from quotecheck.match.normalize import normalize
from quotecheck.match.tokens import WORD, unhyphenated
from quotecheck.models import Edit

MIN_MATCHED = 0.6
CANDIDATES = 3


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


def _slack(piece: Piece) -> int:
    return len(piece.needle) // 2 + 24


def _regions(index: SourceIndex, piece: Piece, lo: int, hi: int) -> list[tuple[int, int]]:
    """Stretches of the source worth aligning the piece with."""
    if hi - lo <= 4 * _slack(piece):
        return [(lo, hi)]
    slack = _slack(piece)
    starts = index.candidate_offsets(piece.needle, most=CANDIDATES)
    regions = [(max(lo, s - slack), min(hi, s + len(piece.needle) + slack))
               for s in starts or () if lo <= s < hi]
    if not regions and index.small:
        found = fuzz.partial_ratio_alignment(piece.needle, index.text[lo:hi])
        if found is not None:
            regions = [(max(lo, lo + found.dest_start - slack),
                        min(hi, lo + found.dest_end + slack))]
    return regions


def _fuzzy(index: SourceIndex, piece: Piece, lo: int, hi: int) -> PieceMatch | None:
    best = None
    for region in _regions(index, piece, lo, hi):
        window = index.window(*region)
        aligned = align_words(list(piece.words), window.words)
        if best is None or aligned.cost < best[1].cost:
            best = (window, aligned)
    if best is None:
        return None
    window, aligned = best
    if aligned.matched < ceil(MIN_MATCHED * len(piece.words)) or aligned.end <= aligned.start:
        return None
    edits = tuple(
        _edit(index, piece, window, (e.qa, e.qb), (e.sa, e.sb)) for e in aligned.edits
    )
    return PieceMatch(window.starts[aligned.start], window.ends[aligned.end - 1],
                      edits, aligned.matched)


def _edit(index: SourceIndex, piece: Piece, window: WindowWords, quote: tuple[int, int],
          source: tuple[int, int]) -> Edit:
    """An edit with both sides' words (index ranges), lower-cased and as written."""
    (qa, qb), (sa, sb) = quote, source
    source_case = ""
    if sb > sa:
        start, end = index.norm.original_span(window.starts[sa], window.ends[sb - 1])
        source_case = " ".join(WORD.findall(normalize(index.original[start:end],
                                                      casefold=False).text))
    return Edit(
        quote=" ".join(piece.words[qa:qb]), source=" ".join(window.words[sa:sb]),
        quote_case=" ".join(piece.cased[qa:qb]), source_case=source_case,
    )
