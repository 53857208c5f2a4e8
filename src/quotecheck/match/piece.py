"""Find one piece of a quote in a source: exact search first, then word alignment."""

from __future__ import annotations

from dataclasses import dataclass
from math import ceil

from rapidfuzz import fuzz

from quotecheck.match.align import WordAlignment, WordEdit, align_words
from quotecheck.match.index import FULL_SCAN, SourceIndex, WindowWords
from quotecheck.match.normalize import normalize
from quotecheck.match.tokens import WORD, unhyphenated
from quotecheck.models import Edit

MIN_MATCHED = 0.6
MIN_IN_RUNS = 0.5
QUICK_FLOOR = 50.0  # below this, not even MIN_MATCHED of the words can line up in order
CANDIDATES = 3
NEAR_SPELLING = 75.0  # a word this similar to the source's counts as found (and differs)


@dataclass(frozen=True)
class Piece:
    """One literal stretch of a quote, ready to search for."""

    text: str
    needle: str
    words: tuple[str, ...]
    cased: tuple[str, ...]

    @classmethod
    def of(cls, text: str) -> Piece:
        """Prepare a piece of a quote, already normalised with its case kept
        (as :func:`~quotecheck.match.pattern.parse_quote` gives it), for searching."""
        text = text.strip()
        needle = text.lower()
        if len(needle) != len(text):
            needle = normalize(text).text.strip()
        cased = tuple(WORD.findall(text))
        return cls(text, needle, tuple(unhyphenated(w.lower()) for w in cased), cased)


@dataclass(frozen=True)
class PieceMatch:
    """Where a piece was found (normalised offsets) and which of its words differ."""

    start: int
    end: int
    edits: tuple[Edit, ...]
    matched: int
    occurrences: int = 1
    changed: frozenset[int] = frozenset()  # indices of the piece's words that differ


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
               for s in starts if lo <= s < hi]
    if not regions and len(index.text) <= FULL_SCAN:
        found = fuzz.partial_ratio_alignment(piece.needle, index.text[lo:hi])
        if found is not None:
            regions = [(max(lo, lo + found.dest_start - slack),
                        min(hi, lo + found.dest_end + slack))]
    return regions


def _aligned(piece: Piece, window: WindowWords) -> tuple[WindowWords, WordAlignment] | None:
    """The alignment of the piece with the best stretch of ``window``, or None.

    Words are coded as one character each: the same words in the same order are then a
    substring (no alignment needed, only punctuation or case differed); otherwise
    rapidfuzz's partial ratio (in C) finds the best stretch, or shows that nothing there can
    match, and the slower word alignment runs on that stretch alone.
    """
    codes: dict[str, str] = {}
    quote = "".join(codes.setdefault(w, chr(0x100 + len(codes))) for w in piece.words)
    source = "".join(codes.setdefault(w, chr(0x100 + len(codes))) for w in window.words)
    at = source.find(quote)
    if at >= 0:
        n = len(quote)
        return window, WordAlignment(at, at + n, 0, n, ())
    quick = fuzz.partial_ratio_alignment(quote, source)
    if quick is None or quick.score < QUICK_FLOOR:
        return None
    slack = len(piece.words) // 5 + 2
    a, b = max(0, quick.dest_start - slack), quick.dest_end + slack
    narrowed = WindowWords(window.words[a:b], window.starts[a:b], window.ends[a:b])
    return narrowed, align_words(list(piece.words), narrowed.words)


def _fuzzy(index: SourceIndex, piece: Piece, lo: int, hi: int) -> PieceMatch | None:
    best = None
    for region in _regions(index, piece, lo, hi):
        found = _aligned(piece, index.window(*region))
        if found is None:
            continue
        window, aligned = found
        if best is None or aligned.cost < best[1].cost:
            best = (window, aligned)
        if aligned.cost == 0:
            break
    if best is None:
        return None
    window, aligned = best
    aligned = _edges(piece, window, aligned)
    if not _plausible(aligned, len(piece.words)):
        return None
    edits = tuple(
        _edit(index, piece, window, (e.qa, e.qb), (e.sa, e.sb)) for e in aligned.edits
    )
    return PieceMatch(window.starts[aligned.start], window.ends[aligned.end - 1],
                      edits, aligned.matched,
                      changed=_missing(piece, window, aligned))


def _edges(piece: Piece, window: WindowWords, aligned: WordAlignment) -> WordAlignment:
    """A first or last quote word the alignment left out (an insertion costs less than a
    substitution) stands for the source word beside the match when they are spelled almost
    alike: "labour" at the end of a quote for the source's "labor"."""
    edits = list(aligned.edits)
    start, end, last = aligned.start, aligned.end, len(piece.words)
    if edits and (edits[-1].qa, edits[-1].qb, edits[-1].sa, edits[-1].sb) == (
            last - 1, last, end, end) and end < len(window.words) and fuzz.ratio(
            piece.words[-1], window.words[end]) >= NEAR_SPELLING:
        edits[-1] = WordEdit(last - 1, last, end, end + 1)
        end += 1
    if edits and (edits[0].qa, edits[0].qb, edits[0].sa, edits[0].sb) == (
            0, 1, start, start) and start > 0 and fuzz.ratio(
            piece.words[0], window.words[start - 1]) >= NEAR_SPELLING:
        edits[0] = WordEdit(0, 1, start - 1, start)
        start -= 1
    return WordAlignment(start, end, aligned.cost, aligned.matched, tuple(edits))


def _missing(piece: Piece, window: WindowWords, aligned: WordAlignment) -> frozenset[int]:
    """The piece's words the source lacks: changed words, except a word for one that is
    spelled almost the same (organise/organize, 3.8/3.9, Okafor/Okafar: found, but
    different)."""
    missing: set[int] = set()
    for e in aligned.edits:
        if e.qb - e.qa == e.sb - e.sa == 1 and fuzz.ratio(
                piece.words[e.qa], window.words[e.sa]) >= NEAR_SPELLING:
            continue
        missing.update(range(e.qa, e.qb))
    return frozenset(missing)


def _plausible(aligned: WordAlignment, words: int) -> bool:
    """Enough of the piece matched, and in runs: scattered common words are not a match."""
    if aligned.end <= aligned.start or aligned.matched < ceil(MIN_MATCHED * words):
        return False
    changed = {i for e in aligned.edits for i in range(e.qa, e.qb)}
    in_runs, run = 0, 0
    for i in range(words + 1):
        if i < words and i not in changed:
            run += 1
            continue
        in_runs += run if run >= 2 or words == 1 else 0
        run = 0
    return in_runs >= ceil(MIN_IN_RUNS * words)


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
