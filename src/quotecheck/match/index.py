"""A searchable form of one source: normalised text and a word-bigram index.

Built once per source and shared by every claim checked against it. The bigram index
(numpy arrays of word offsets and sorted bigram hashes) is built on first use, so a small
source that only ever sees exact quotes never pays for it.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from quotecheck.match.markup import clean_source
from quotecheck.match.normalize import Normalized, normalize
from quotecheck.match.tokens import WORD, unhyphenated
from quotecheck.match.wordhash import (
    I64,
    U64,
    bigram_keys,
    shingle_keys,
    small_bigram_keys,
    word_hashes,
)

MAX_GRAM_HITS = 200_000  # an exact search scans the text if every pair is commoner
VOTE_BUDGET = 20_000  # occurrences looked at when voting for fuzzy candidates
RAREST = 8  # vote with the rarest word pairs of a needle only
MIN_VOTES = 1
MIN_VOTE_SHARE = 0.2
LOOKUP_CACHE = 256
SMALL_SOURCE = 64_000  # up to here, an exact search scans the whole text
FULL_SCAN = 100_000  # up to here, a quote with no indexed candidates is scanned for
_BUCKET = 4


@dataclass(frozen=True)
class _Pairs:
    """A needle's word pairs in the sorted array: [lo, hi) ranges and their key bits."""

    lo: list[int]
    hi: list[int]
    high: list[int]

    def counts(self) -> list[int]:
        """How often each pair occurs in the source."""
        return [b - a for a, b in zip(self.lo, self.hi, strict=True)]


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
    """Normalised source text with a lazily built word-bigram index."""

    def __init__(self, text: str) -> None:
        self.source = text
        cleaned, self.clean_map = clean_source(text)
        self.norm: Normalized = normalize(cleaned)
        self.text = self.norm.text
        self._starts: npt.NDArray[np.int64] | npt.NDArray[np.int32] | None = None
        self._packed: U64 | None = None
        self._index_bits = 0
        self._lookups: dict[str, _Pairs | None] = {}
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
        """Small sources are searched directly rather than through the index."""
        return len(self.text) <= SMALL_SOURCE

    def build(self) -> None:
        """Build the bigram index now (it is otherwise built on first use).

        Each word pair is one 64-bit number: the high bits of the pair's hash, then the
        pair's position. Sorting those numbers (no argsort) gives both the look-up table and
        the positions, at eight bytes a word.
        """
        if self._packed is not None:
            return
        starts, hashes = word_hashes(self.text)
        keys = bigram_keys(hashes)
        del hashes
        bits = max(1, len(keys).bit_length())
        packed = (keys >> np.uint64(bits)) << np.uint64(bits)
        packed |= np.arange(len(keys), dtype=np.uint64)
        packed.sort()
        small = len(self.text) < 2**31
        self._starts = starts.astype(np.int32) if small else starts
        self._packed, self._index_bits = packed, bits

    def shingles(self, size: int) -> Shingles:
        """The keys of every run of ``size`` words, for finding long shared stretches
        (built on first use; the last size asked for is kept)."""
        if self._shingles is None or self._shingles.size != size:
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

    def _lookup(self, needle: str) -> _Pairs | None:
        """Where each word pair of ``needle`` sits in the sorted keys (cached per needle)."""
        if needle in self._lookups:
            return self._lookups[needle]
        q_keys = np.array(small_bigram_keys(needle), dtype=np.uint64)
        found = None
        if len(q_keys):
            self.build()
            assert self._packed is not None
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
        assert self._packed is not None
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
        assert self._packed is not None and self._starts is not None
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
        buckets, votes = np.unique(np.concatenate(diagonals) // _BUCKET, return_counts=True)
        order = np.argsort(-votes, kind="stable")[:most]
        floor = max(MIN_VOTES, int(MIN_VOTE_SHARE * len(diagonals)), votes[order[0]] // 2)
        ranked = buckets[order][votes[order] >= floor]
        assert self._starts is not None
        positions = np.clip(ranked * _BUCKET, 0, len(self._starts) - 1)
        return [int(self._starts[p]) for p in positions.tolist()]
