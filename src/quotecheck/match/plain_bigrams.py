"""The word-pair index of a small source, in plain Python (no numpy to import).

It answers exactly as :class:`.bigrams.BigramIndex` does, the numpy index of large sources
(a test checks that the two agree): each pair of neighbouring words has a key, cut to its
high bits as the numpy index cuts it, and each key lists the word positions where the pair
occurs, in text order.
"""

from __future__ import annotations

from collections import Counter

from quotecheck.match.wordkeys import pair_keys, small_bigram_keys, word_keys

MAX_GRAM_HITS = 200_000  # an exact search scans the text if every pair is commoner
VOTE_BUDGET = 20_000  # occurrences looked at when voting for fuzzy candidates
RAREST = 8  # vote with the rarest word pairs of a needle only
MIN_VOTES = 1
MIN_VOTE_SHARE = 0.2
BUCKET = 4  # votes within this many words count for one place

Diagonals = list[list[int]]


def index_bits(pairs: int) -> int:
    """How many low bits of a pair's key the index gives to its position."""
    return max(1, pairs.bit_length())


def best_buckets(diagonals: Diagonals, most: int) -> list[int]:
    """The word positions (bucketed) most of the diagonals point at, best first."""
    votes = sorted(Counter(d // BUCKET for found in diagonals for d in found).items())
    votes.sort(key=lambda item: -item[1])  # stable: ties keep the earlier place first
    top = votes[:most]
    floor = max(MIN_VOTES, int(MIN_VOTE_SHARE * len(diagonals)), top[0][1] // 2)
    return [bucket * BUCKET for bucket, count in top if count >= floor]


class PlainBigramIndex:
    """Where each word pair of a small source occurs."""

    def __init__(self, text: str) -> None:
        self.starts, hashes = word_keys(text)
        keys = pair_keys(hashes)
        self._bits = index_bits(len(keys))
        self._where: dict[int, list[int]] = {}
        for position, key in enumerate(keys):
            self._where.setdefault(key >> self._bits << self._bits, []).append(position)

    def _pairs(self, needle: str) -> list[list[int]] | None:
        """Where each word pair of ``needle`` occurs (None: fewer than two words)."""
        keys = small_bigram_keys(needle)
        if not keys:
            return None
        return [self._where.get(key >> self._bits << self._bits, []) for key in keys]

    def diagonals(self, needle: str, budget: int = VOTE_BUDGET) -> Diagonals | None:
        """For the needle's rarest word pairs, where the needle would start (word index)
        for each occurrence of the pair; at most ``budget`` occurrences in all."""
        pairs = self._pairs(needle)
        if pairs is None:
            return None
        ranked = sorted((len(found), offset) for offset, found in enumerate(pairs) if found)
        chosen: Diagonals = []
        spent = 0
        for count, offset in ranked[:RAREST]:
            if chosen and spent + count > budget:
                break
            chosen.append([p - offset for p in pairs[offset]])
            spent += count
        return chosen

    def exact_candidates(self, needle: str) -> list[int] | None:
        """Offsets where every word pair of ``needle`` lines up, or None when the index
        cannot tell (fewer than two words, or every pair too common)."""
        pairs = self._pairs(needle)
        if pairs is None:
            return None
        ranked = sorted((len(found), offset) for offset, found in enumerate(pairs))
        count, rarest = ranked[0]
        if count > MAX_GRAM_HITS:
            return None
        starts = [p - rarest for p in pairs[rarest]]
        for _, offset in ranked[1:]:
            if not starts:
                break
            if not pairs[offset]:
                return []
            there = set(pairs[offset])
            starts = [s for s in starts if s + offset in there]
        return [self.starts[p] for p in starts if p >= 0]

    def candidate_offsets(self, needle: str, most: int = 3) -> list[int]:
        """Character offsets where ``needle`` most plausibly begins, best first."""
        diagonals = self.diagonals(needle)
        if not diagonals:
            return []
        last = len(self.starts) - 1
        return [self.starts[min(max(p, 0), last)] for p in best_buckets(diagonals, most)]
