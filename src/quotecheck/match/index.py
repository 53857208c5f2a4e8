"""A searchable form of one source: normalised text and a word-pair index.

Built once per source and shared by every claim checked against it. The word-pair index is
built on first use, so a source that only ever sees exact quotes never pays for it: in
plain Python for a small source (:mod:`.plain_bigrams`), in numpy for a large one
(:mod:`.bigrams`), so that numpy is imported only by a run that reads a large source.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from quotecheck.match.markup import clean_source
from quotecheck.match.normalize import Normalized, normalize
from quotecheck.match.plain_bigrams import PlainBigramIndex
from quotecheck.match.tokens import WORD, unhyphenated

if TYPE_CHECKING:
    from quotecheck.match.bigrams import BigramIndex
    from quotecheck.match.wordhash import I64, U64

SMALL_SOURCE = 64_000  # up to here, exact search scans the text and the index is plain Python
FULL_SCAN = 100_000  # up to here, a quote with no indexed candidates is scanned for


@dataclass(frozen=True)
class Shingles:
    """Every run of ``size`` words of a source: sorted keys, the word each run starts at
    (in key order), and each word's hash and start offset (in text order)."""

    size: int
    keys: U64
    positions: I64
    hashes: U64
    starts: I64


@dataclass(frozen=True)
class WindowWords:
    """The words of a stretch of the source, for alignment."""

    words: list[str]
    starts: list[int]
    ends: list[int]


class SourceIndex:
    """Normalised source text with a lazily built word-pair index."""

    def __init__(self, text: str) -> None:
        self.source = text
        cleaned, self.clean_map = clean_source(text)
        self.norm: Normalized = normalize(cleaned)
        self.text = self.norm.text
        self._pairs: PlainBigramIndex | BigramIndex | None = None
        self._shingles: Shingles | None = None

    @property
    def original(self) -> str:
        """The source text as read, with markup cleaned away (see :mod:`.markup`)."""
        return self.norm.original

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """The span of the text as read that cleaned span ``[start, end)`` came from."""
        return (start, end) if self.clean_map is None else self.clean_map.span(start, end)

    @property
    def small(self) -> bool:
        """Small sources are searched directly, and their word pairs indexed in plain
        Python."""
        return len(self.text) <= SMALL_SOURCE

    def build(self) -> PlainBigramIndex | BigramIndex:
        """The word-pair index, built now if it was not yet."""
        if self._pairs is None:
            if self.small:
                self._pairs = PlainBigramIndex(self.text)
            else:
                from quotecheck.match.bigrams import BigramIndex

                self._pairs = BigramIndex(self.text)
        return self._pairs

    def shingles(self, size: int) -> Shingles:
        """The keys of every run of ``size`` words, for finding long shared stretches
        (built on first use; the last size asked for is kept)."""
        if self._shingles is None or self._shingles.size != size:
            import numpy as np

            from quotecheck.match.wordhash import shingle_keys, word_hashes

            starts, hashes = word_hashes(self.text)
            keys = shingle_keys(hashes, size)
            order = np.argsort(keys, kind="stable")
            self._shingles = Shingles(size, keys[order], order.astype(np.int64), hashes,
                                      starts)
        return self._shingles

    def window(self, lo: int, hi: int) -> WindowWords:
        """The words lying inside ``[lo, hi)``."""
        found = WindowWords([], [], [])
        for m in WORD.finditer(self.text, lo, hi):
            found.words.append(unhyphenated(m.group(0)))
            found.starts.append(m.start())
            found.ends.append(m.end())
        return found

    def find_exact(self, needle: str, lo: int = 0, hi: int | None = None, limit: int = 50
                   ) -> list[int]:
        """Start offsets of ``needle`` in ``[lo, hi)`` at word boundaries (at most ``limit``)."""
        stop = len(self.text) if hi is None else hi
        if lo == 0 and stop == len(self.text) and not self.small:
            return self._find_exact_indexed(needle, limit)
        return self._scan(needle, lo, stop, limit)

    def _scan(self, needle: str, lo: int, stop: int, limit: int) -> list[int]:
        found: list[int] = []
        at = self.text.find(needle, lo, stop)
        while at >= 0 and len(found) < limit:
            if self._at_boundaries(at, at + len(needle), needle):
                found.append(at)
            at = self.text.find(needle, at + 1, stop)
        return found

    def _find_exact_indexed(self, needle: str, limit: int) -> list[int]:
        """Exact search in a large source: check only where every word pair agrees."""
        starts = self.exact_candidates(needle)
        if starts is None:  # too few words, or only very common pairs: scan the text
            return self._scan(needle, 0, len(self.text), limit)
        found: list[int] = []
        for start in starts:
            found += self._scan(needle, max(0, start - 2), start + len(needle) + 2, limit)
            if len(found) >= limit:
                break
        return sorted(set(found))[:limit]

    def _at_boundaries(self, start: int, end: int, needle: str) -> bool:
        before = self.text[start - 1] if start > 0 else " "
        after = self.text[end] if end < len(self.text) else " "
        return not (needle[0].isalnum() and before.isalnum()) and not (
            needle[-1].isalnum() and after.isalnum()
        )

    def exact_candidates(self, needle: str) -> list[int] | None:
        """Offsets where every word pair of ``needle`` lines up, or None when the index
        cannot tell (fewer than two words, or every pair too common)."""
        return self.build().exact_candidates(needle)

    def candidate_offsets(self, needle: str, most: int = 3) -> list[int]:
        """Character offsets where ``needle`` most plausibly begins, best first: the places
        most of its rarest word pairs point at (within a few words)."""
        return self.build().candidate_offsets(needle, most)
