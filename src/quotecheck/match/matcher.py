"""Match a whole quote against one source: pieces in order, gaps measured, words diffed."""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from quotecheck.match.index import SourceIndex
from quotecheck.match.located import covers, is_content
from quotecheck.match.normalize import normalize
from quotecheck.match.pattern import Gap, GapKind, QuotePattern, parse_quote
from quotecheck.match.piece import Piece, PieceMatch, find_piece
from quotecheck.models import Alignment, Edit, Elision, Substitution
from quotecheck.settings import MatchSettings

_CLAUSE_END = re.compile(r"[.;:!?]\s")
MAX_ANCHORS = 20
_SENTENCE_STOP = re.compile(r"[.!?;:]|\s\|")
_BREAKS = frozenset(".,;:!?—–-()")




def match_quote(quote: str, index: SourceIndex, settings: MatchSettings | None = None
                ) -> Alignment | None:
    """Align ``quote`` with ``index``'s source, or None when it is not there."""
    pattern = parse_quote(quote)
    search = _QuoteSearch(index, pattern, settings or MatchSettings())
    return search.run()


class _QuoteSearch:
    """The pieces of one quote being placed in one source."""

    def __init__(self, index: SourceIndex, pattern: QuotePattern, settings: MatchSettings
                 ) -> None:
        self.index = index
        self.pattern = pattern
        self.settings = settings
        self.pieces = [Piece.of(text) for text in pattern.pieces]
        self.matches: list[PieceMatch | None] = [None] * len(self.pieces)
        self.out_of_order = False

    def run(self) -> Alignment | None:
        if not any(p.words for p in self.pieces):
            return None
        anchor = max(range(len(self.pieces)), key=lambda k: len(self.pieces[k].words))
        first = find_piece(self.index, self.pieces[anchor])
        if first is None:
            return None
        for placed in self._anchors(anchor, first):
            self.matches = [None] * len(self.pieces)
            self.matches[anchor], self.out_of_order = placed, False
            for k in range(anchor + 1, len(self.pieces)):
                self._place_after(k)
            for k in range(anchor - 1, -1, -1):
                self._place_before(k)
            if self._fits():
                break
        return self._alignment() if covers(self._content_found()) else None

    def _fits(self) -> bool:
        """Every piece placed in order and within reach of the one before it."""
        if self.out_of_order:
            return False
        for k, gap in enumerate(self.pattern.gaps):
            before, after = self.matches[k], self.matches[k + 1]
            if before is not None and after is not None and (
                    after.start - before.end > self._bound(gap, self.pieces[k + 1])):
                return False
        return True

    def _anchors(self, anchor: int, first: PieceMatch) -> list[PieceMatch]:
        """Where the anchor piece may stand: every exact occurrence (up to a few) when the
        quote has other pieces to place around it, else the first match."""
        if len(self.pieces) == 1 or first.occurrences == 1 or first.edits:
            return [first]
        piece = self.pieces[anchor]
        return [PieceMatch(at, at + len(piece.needle), (), len(piece.words), first.occurrences)
                for at in self.index.find_exact(piece.needle, limit=MAX_ANCHORS)] or [first]

    def _content_found(self) -> list[tuple[bool, bool]]:
        """For each word of the quote: whether it is a content word, and whether the source
        has it."""
        found: list[tuple[bool, bool]] = []
        for piece, match in zip(self.pieces, self.matches, strict=True):
            changed = match.changed if match is not None else frozenset(range(len(piece.words)))
            found += [(is_content(w), i not in changed) for i, w in enumerate(piece.words)]
        return found

    def _bound(self, gap: Gap, piece: Piece) -> int:
        window = self.settings.elision_window if gap.kind is GapKind.ELISION else (
            self.settings.bracket_window)
        return window + 2 * len(piece.needle)

    def _place_after(self, k: int) -> None:
        prev = _nearest(self.matches, k, -1)
        lo = prev.end if prev else 0
        hi = min(lo + self._bound(self.pattern.gaps[k - 1], self.pieces[k]), len(self.index.text))
        self.matches[k] = find_piece(self.index, self.pieces[k], lo, hi)
        if self.matches[k] is None:
            elsewhere = find_piece(self.index, self.pieces[k])
            self.matches[k] = elsewhere
            self.out_of_order |= elsewhere is not None and elsewhere.start < lo

    def _place_before(self, k: int) -> None:
        nxt = _nearest(self.matches, k, 1)
        hi = nxt.start if nxt else len(self.index.text)
        lo = max(0, hi - self._bound(self.pattern.gaps[k], self.pieces[k]))
        self.matches[k] = find_piece(self.index, self.pieces[k], lo, hi, last=True)
        if self.matches[k] is None:
            elsewhere = find_piece(self.index, self.pieces[k])
            self.matches[k] = elsewhere
            self.out_of_order |= elsewhere is not None and elsewhere.end > hi

    def _alignment(self) -> Alignment:
        index, matches = self.index, self.matches
        placed = [m for m in matches if m is not None]
        start, end = min(m.start for m in placed), max(m.end for m in placed)
        edits: list[Edit] = []
        for piece, match in zip(self.pieces, matches, strict=True):
            if match is None and piece.words:
                edits.append(Edit(" ".join(piece.words), "", " ".join(piece.cased), ""))
            elif match is not None:
                edits.extend(match.edits)
        elisions, substitutions, far = _gaps(index, self.pattern, matches, self.settings)
        total = sum(len(p.words) for p in self.pieces)
        o_start, o_end = index.norm.original_span(start, end)
        forms = _forms(index, self.pieces, matches)
        return Alignment(
            *index.source_span(o_start, o_end),
            score=_score(self.pieces, index, matches),
            matched_ratio=sum(m.matched for m in placed) / total if total else 0.0,
            edits=tuple(edits), elisions=elisions, substitutions=substitutions,
            case_or_punctuation=bool(forms),
            forms=forms,
            source_text=index.original[o_start:o_end],
            out_of_order=self.out_of_order or far,
            occurrences=placed[0].occurrences if len(placed) == 1 else 1,
            lead_in=_lead_in(index, start),
            opens_sentence=self.pattern.pieces[0][:1].isupper(),
            capitalised=(self.pattern.pieces[0][:1].isupper()
                         and index.original[o_start : o_start + 1].islower()),
            closes_sentence=self.pattern.pieces[-1].rstrip("\"' ")[-1:] in (".", "!", "?"),
            tail=_tail(index, end),
        )


def _lead_in(index: SourceIndex, start: int) -> str:
    """The source word just before a match that starts mid-sentence, else ``""``."""
    head = index.text[max(0, start - 40) : start].rstrip()
    if not head or head[-1] in ".!?:;\"|":
        return ""
    words = head.split()
    return words[-1].strip(",()'") if words else ""


def _tail(index: SourceIndex, end: int) -> str:
    """The rest of the source sentence after a match (at most 160 characters)."""
    if index.text[end - 1 : end] in (".", "!", "?"):
        return ""
    rest = index.text[end : end + 160]
    stop = _SENTENCE_STOP.search(rest)
    return rest[: stop.start()] if stop else rest


def _nearest(matches: list[PieceMatch | None], k: int, step: int) -> PieceMatch | None:
    j = k + step
    while 0 <= j < len(matches):
        if matches[j] is not None:
            return matches[j]
        j += step
    return None


def _gaps(index: SourceIndex, pattern: QuotePattern, matches: list[PieceMatch | None],
          settings: MatchSettings) -> tuple[tuple[Elision, ...], tuple[Substitution, ...], bool]:
    """What each elision left out and what each bracket replaced."""
    elisions: list[Elision] = []
    substitutions: list[Substitution] = []
    far = False
    for k, gap in enumerate(pattern.gaps):
        left, right = _gap_span(index, matches, k)
        omitted = index.original[left:right] if right >= left else ""
        if gap.kind is GapKind.ELISION:
            head = index.original[max(0, left - 3) : left].rstrip()
            clause = not head or head[-1] in _BREAKS
            elisions.append(Elision(omitted.strip(), max(0, right - left), clause))
            far = far or right - left > settings.elision_window
        else:
            position = ("start" if matches[k] is None else "end" if matches[k + 1] is None
                        else "inside")
            substitutions.append(Substitution(gap.text, omitted.strip(), position))
    return tuple(elisions), tuple(substitutions), far


def _gap_span(index: SourceIndex, matches: list[PieceMatch | None], k: int) -> tuple[int, int]:
    """Original offsets between piece ``k`` and piece ``k + 1``."""
    before, after = matches[k], matches[k + 1]
    original = index.norm.original_span
    if before is not None and after is not None:
        return original(before.end, after.start)[0], original(after.start, after.start + 1)[0]
    if after is not None:  # a leading bracket: the clause before the next piece
        at = original(after.start, after.start + 1)[0]
        head = index.original[max(0, at - 60) : at]
        cut = max((m.end() for m in _CLAUSE_END.finditer(head)), default=0)
        return at - len(head) + cut, at
    if before is not None:  # a trailing bracket: up to the end of the clause
        at = original(before.start, before.end)[1]
        tail = index.original[at : at + 60]
        stop = _CLAUSE_END.search(tail)
        return at, at + (stop.start() + 1 if stop else len(tail))
    return 0, 0


def _score(pieces: list[Piece], index: SourceIndex, matches: list[PieceMatch | None]) -> float:
    quote = " ".join(p.needle for p in pieces)
    source = " ".join(index.text[m.start : m.end] for m in matches if m is not None)
    return round(float(fuzz.ratio(quote, source)), 1)


def _forms(index: SourceIndex, pieces: list[Piece], matches: list[PieceMatch | None]
           ) -> tuple[tuple[str, str], ...]:
    """(quote, source) for each piece whose case or punctuation differs from the source's."""
    forms = []
    for piece, match in zip(pieces, matches, strict=True):
        if match is None or match.edits:
            continue
        start, end = index.norm.original_span(match.start, match.end)
        found = normalize(index.original[start:end], casefold=False).text.strip()
        if found != piece.text:
            forms.append((piece.text, found))
    return tuple(forms)
