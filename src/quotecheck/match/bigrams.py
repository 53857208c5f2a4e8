"""The word-pair index of a large source, in numpy: each pair of neighbouring words is one
64-bit number (the high bits of the pair's key, then the pair's position), and the sorted
array of those numbers is both the look-up table and the positions, at eight bytes a word.

It answers exactly as :class:`.plain_bigrams.PlainBigramIndex` does for small sources (a
test checks that the two agree).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from quotecheck.match.plain_bigrams import (
    BUCKET,
    MAX_GRAM_HITS,
    MIN_VOTE_SHARE,
    MIN_VOTES,
    RAREST,
    VOTE_BUDGET,
    index_bits,
)
from quotecheck.match.wordhash import I64, U64, bigram_keys, small_bigram_keys, word_hashes

LOOKUP_CACHE = 256


@dataclass(frozen=True)
class _Pairs:
    """A needle's word pairs in the sorted array: [lo, hi) ranges and their key bits."""

    lo: list[int]
    hi: list[int]
    high: list[int]

    def counts(self) -> list[int]:
        """How often each pair occurs in the source."""
        return [b - a for a, b in zip(self.lo, self.hi, strict=True)]


class BigramIndex:
    """Where each word pair of a large source occurs."""

    def __init__(self, text: str) -> None:
        starts, hashes = word_hashes(text)
        keys = bigram_keys(hashes)
        del hashes
        bits = index_bits(len(keys))
        packed = (keys >> np.uint64(bits)) << np.uint64(bits)
        packed |= np.arange(len(keys), dtype=np.uint64)
        packed.sort()
        small = len(text) < 2**31
        self._starts: npt.NDArray[np.int64] | npt.NDArray[np.int32] = (
            starts.astype(np.int32) if small else starts)
        self._packed: U64 = packed
        self._index_bits = bits
        self._lookups: dict[str, _Pairs | None] = {}

    def _lookup(self, needle: str) -> _Pairs | None:
        """Where each word pair of ``needle`` sits in the sorted keys (cached per needle)."""
        if needle in self._lookups:
            return self._lookups[needle]
        q_keys = np.array(small_bigram_keys(needle), dtype=np.uint64)
        found = None
        if len(q_keys):
            bits = np.uint64(self._index_bits)
            high = (q_keys >> bits) << bits
            found = _Pairs(
                np.searchsorted(self._packed, high, side="left").tolist(),
                np.searchsorted(self._packed, high | ((np.uint64(1) << bits) - np.uint64(1)),
                                side="right").tolist(),
                high.tolist(),
            )
        if len(self._lookups) > LOOKUP_CACHE:
            self._lookups.clear()
        self._lookups[needle] = found
        return found

    def _diagonals(self, needle: str, budget: int) -> list[I64] | None:
        """For the needle's rarest word pairs, where the needle would start (word index)
        for each occurrence of the pair; at most ``budget`` occurrences in all.

        None when the needle has fewer than two words; pairs that never occur are left out.
        """
        hits = self._lookup(needle)
        if hits is None:
            return None
        pairs = sorted((b - a, offset, a, b) for offset, (a, b) in enumerate(zip(
                       hits.lo, hits.hi, strict=True)))
        mask = (np.uint64(1) << np.uint64(self._index_bits)) - np.uint64(1)
        chosen: list[I64] = []
        spent = 0
        for count, offset, a, b in [p for p in pairs if p[0]][:RAREST]:
            if chosen and spent + count > budget:
                break
            chosen.append((self._packed[a:b] & mask).astype(np.int64) - offset)
            spent += count
        return chosen

    def exact_candidates(self, needle: str) -> list[int] | None:
        """Offsets where every word pair of ``needle`` lines up, or None when the index
        cannot tell (fewer than two words, or every pair too common).

        The rarest pair gives the possible starts; each other pair keeps those whose
        position it also occupies, looked up in place in the sorted array.
        """
        hits = self._lookup(needle)
        if hits is None:
            return None
        pairs = sorted(zip(hits.counts(), range(len(hits.lo)), strict=True))
        count, rarest = pairs[0]
        if count > MAX_GRAM_HITS:
            return None
        mask = (np.uint64(1) << np.uint64(self._index_bits)) - np.uint64(1)
        block = self._packed[hits.lo[rarest] : hits.hi[rarest]]
        starts = (block & mask).astype(np.int64) - rarest
        for _, offset in pairs[1:]:
            if not len(starts):
                break
            block = self._packed[hits.lo[offset] : hits.hi[offset]]
            if not len(block):
                return []
            wanted = np.uint64(hits.high[offset]) | (starts + offset).astype(np.uint64)
            at = np.minimum(np.searchsorted(block, wanted), len(block) - 1)
            starts = starts[block[at] == wanted]
        return [int(self._starts[p]) for p in starts[starts >= 0].tolist()]

    def candidate_offsets(self, needle: str, most: int = 3) -> list[int]:
        """Character offsets where ``needle`` most plausibly begins, best first: the places
        most of its rarest word pairs point at (within a few words)."""
        diagonals = self._diagonals(needle, VOTE_BUDGET)
        if not diagonals:
            return []
        buckets, votes = np.unique(np.concatenate(diagonals) // BUCKET, return_counts=True)
        order = np.argsort(-votes, kind="stable")[:most]
        floor = max(MIN_VOTES, int(MIN_VOTE_SHARE * len(diagonals)), votes[order[0]] // 2)
        ranked = buckets[order][votes[order] >= floor]
        positions = np.clip(ranked * BUCKET, 0, len(self._starts) - 1)
        return [int(self._starts[p]) for p in positions.tolist()]
