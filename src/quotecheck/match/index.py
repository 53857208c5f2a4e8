"""A searchable form of one source: normalised text and a word-bigram index.

Built once per source and shared by every claim checked against it. The bigram index
(numpy arrays of word offsets and sorted bigram hashes) is built on first use, so a small
source that only ever sees exact quotes never pays for it.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from quotecheck.match.normalize import Normalized, normalize
from quotecheck.match.tokens import WORD, unhyphenated
from quotecheck.match.wordhash import I64, U64, bigram_keys, word_hashes

MAX_GRAM_HITS = 5000
MIN_VOTES = 1
MIN_VOTE_SHARE = 0.2
LOOKUP_CACHE = 256
SMALL_SOURCE = 1_000_000
_BUCKET = 4


@dataclass(frozen=True)
class WindowWords:
    """The words of a stretch of the source, for alignment."""

    words: list[str]
    starts: list[int]
    ends: list[int]


class SourceIndex:
    """Normalised source text with a lazily built word-bigram index."""

    def __init__(self, text: str) -> None:
        self.norm: Normalized = normalize(text)
        self.text = self.norm.text
        self._starts: I64 | None = None
        self._keys: U64 | None = None
        self._order: I64 | None = None
        self._lookups: dict[str, tuple[list[int], list[int]] | None] = {}

    @property
    def original(self) -> str:
        """The source text as read."""
        return self.norm.original

    @property
    def small(self) -> bool:
        """Small sources are searched directly rather than through the index."""
        return len(self.text) <= SMALL_SOURCE

    def build(self) -> None:
        """Build the bigram index now (it is otherwise built on first use)."""
        if self._keys is None:
            starts, hashes = word_hashes(self.text)
            keys = bigram_keys(hashes)
            order = np.argsort(keys, kind="quicksort").astype(np.int64)
            self._starts, self._keys, self._order = starts, keys[order], order

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
        """Exact search in a large source: check only where the index points."""
        starts = self.candidate_offsets(needle, most=limit, full_votes_only=True)
        if starts is None:  # too few words to index: scan the text
            return self._scan(needle, 0, len(self.text), limit)
        found = set()
        for start in starts:  # a bucket's first word: the needle starts a few words later
            stop = start + len(needle) + _BUCKET * 40
            for at in self._scan(needle, max(0, start - 2), stop, limit):
                found.add(at)
        return sorted(found)[:limit]

    def _at_boundaries(self, start: int, end: int, needle: str) -> bool:
        before = self.text[start - 1] if start > 0 else " "
        after = self.text[end] if end < len(self.text) else " "
        return not (needle[0].isalnum() and before.isalnum()) and not (
            needle[-1].isalnum() and after.isalnum()
        )

    def _lookup(self, needle: str) -> tuple[list[int], list[int]] | None:
        """Where each word pair of ``needle`` sits in the sorted keys (cached per needle)."""
        if needle in self._lookups:
            return self._lookups[needle]
        _, q_hashes = word_hashes(needle)
        q_keys = bigram_keys(q_hashes)
        found = None
        if len(q_keys):
            self.build()
            assert self._keys is not None
            found = (np.searchsorted(self._keys, q_keys, side="left").tolist(),
                     np.searchsorted(self._keys, q_keys, side="right").tolist())
        if len(self._lookups) > LOOKUP_CACHE:
            self._lookups.clear()
        self._lookups[needle] = found
        return found

    def candidate_offsets(self, needle: str, most: int = 3, *, full_votes_only: bool = False
                          ) -> list[int] | None:
        """Character offsets where ``needle`` most plausibly begins, best first.

        None when the index cannot tell: the needle has fewer than two words, or (for an
        exact search, ``full_votes_only``) only pairs of words too common to look up.
        """
        hits = self._lookup(needle)
        if hits is None:
            return None
        lo, hi = hits
        counts = [b - a for a, b in zip(lo, hi, strict=True)]
        if full_votes_only and 0 in counts:
            return []  # a pair of the needle's words never occurs: it cannot be there
        assert self._order is not None and self._starts is not None
        diagonals = [
            self._order[a:b] - offset
            for offset, (a, b) in enumerate(zip(lo, hi, strict=True))
            if 0 < b - a <= MAX_GRAM_HITS
        ]
        if not diagonals:
            return None if full_votes_only else []
        buckets, votes = np.unique(np.concatenate(diagonals) // _BUCKET, return_counts=True)
        if full_votes_only:
            ranked = buckets[votes >= len(diagonals)][:most]
        else:
            order = np.argsort(-votes, kind="stable")[:most]
            floor = max(MIN_VOTES, int(MIN_VOTE_SHARE * len(counts)), votes[order[0]] // 2)
            ranked = buckets[order][votes[order] >= floor]
        positions = np.clip(ranked * _BUCKET, 0, len(self._starts) - 1)
        return [int(self._starts[p]) for p in positions.tolist()]

