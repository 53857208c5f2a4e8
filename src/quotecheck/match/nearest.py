"""For a quote that is not in a source: the source's passage nearest to it.

Candidate places come from the index (the quote's rarest word pairs) or, in a small source,
from an approximate scan; each is widened to whole sentences and ranked by similarity. A
passage is offered only when it shares at least one content word with the quote.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from typing import Protocol

from rapidfuzz import fuzz

from quotecheck.findings import Nearest
from quotecheck.match.index import FULL_SCAN, SourceIndex
from quotecheck.match.located import is_content
from quotecheck.match.normalize import normalize_plain
from quotecheck.match.tokens import WORD, unhyphenated
from quotecheck.models import SourceText

SENTENCE_REACH = 240  # how far a passage may widen to reach its sentence's ends
MAX_PASSAGE = 600
_STOP = re.compile(r"[.!?|]\s")


class Lines(Protocol):
    """Line numbers of a source's original file."""

    def position(self, offset: int) -> tuple[int, int]:
        """The 1-based (line, column) of an offset of the original file."""


def _content(text: str) -> list[str]:
    words = [unhyphenated(w.lower()) for w in WORD.findall(text)]
    return list(dict.fromkeys(w for w in words if is_content(w)))


def _candidates(needle: str, index: SourceIndex) -> list[tuple[int, int]]:
    """Normalised spans worth looking at."""
    if len(index.text) <= FULL_SCAN:
        found = fuzz.partial_ratio_alignment(needle, index.text)
        return [] if found is None else [(found.dest_start, found.dest_end)]
    return [(s, s + len(needle)) for s in index.candidate_offsets(needle, most=3)]


def _sentence(index: SourceIndex, start: int, end: int) -> tuple[int, int]:
    """Widen a normalised span to the sentences it touches (within reach)."""
    text = index.text
    head = text[max(0, start - SENTENCE_REACH) : start]
    cut = max((m.end() for m in _STOP.finditer(head)), default=0)
    lo = start - len(head) + cut
    tail = _STOP.search(text, end, min(len(text), end + SENTENCE_REACH))
    hi = tail.start() + 1 if tail else min(len(text), end + SENTENCE_REACH // 4)
    return lo, min(hi, lo + MAX_PASSAGE)


def nearest_passage(quote: str, index: SourceIndex) -> tuple[int, int, float, tuple[str, ...]
                                                             ] | None:
    """(start, end) in the source text as read, score and shared content words of the
    passage nearest to ``quote``, or None when no passage shares a content word."""
    needle = normalize_plain(quote.replace("[", " ").replace("]", " ").replace("...", " "))
    wanted = _content(needle)
    best: tuple[float, int, int, tuple[str, ...]] | None = None
    for start, end in _candidates(needle, index):
        lo, hi = _sentence(index, start, end)
        passage = index.text[lo:hi]
        have = set(_content(passage))
        shared = tuple(w for w in wanted if w in have)
        score = round(float(fuzz.token_set_ratio(needle, passage)), 1)
        if shared and (best is None or (len(shared), score) > (len(best[3]), best[0])):
            best = (score, lo, hi, shared)
    if best is None:
        return None
    score, lo, hi, shared = best
    start, end = index.source_span(*index.norm.original_span(lo, hi))
    return start, end, score, shared


def nearest_in(quote: str, sources: Iterable[tuple[SourceIndex, SourceText, Lines | None]]
               ) -> Nearest | None:
    """The nearest passage over several read sources, with its line and page."""
    best: Nearest | None = None
    for index, text, lines in sources:
        found = nearest_passage(quote, index)
        if found is None:
            continue
        start, end, score, shared = found
        line = None
        if lines is not None and text.text_map is not None:
            line = lines.position(text.text_map.start(start))[0]
        page = bisect_right(text.pages, start) if text.pages else None
        passage = " ".join(text.text[start:end].split())
        candidate = Nearest(passage, start, end, line, page, score, shared)
        if best is None or (len(shared), score) > (len(best.shared), best.score):
            best = candidate
    return best
