"""A searchable form of one source: normalised text, its words, and a word-bigram index.

Built once per source and shared by every claim checked against it.
"""

from __future__ import annotations

from array import array
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict

from quotecheck.match.normalize import Normalized, normalize
from quotecheck.match.tokens import WORD, unhyphenated

MAX_GRAM_HITS = 2000


class SourceIndex:
    """Normalised source text with word offsets and a lazily built bigram index."""

    def __init__(self, text: str) -> None:
        self.norm: Normalized = normalize(text)
        self.text = self.norm.text
        self.words: list[str] = []
        self.starts = array("q")
        self.ends = array("q")
        for m in WORD.finditer(self.text):
            self.words.append(unhyphenated(m.group(0)))
            self.starts.append(m.start())
            self.ends.append(m.end())
        self._grams: dict[tuple[str, str], list[int]] | None = None

    @property
    def original(self) -> str:
        """The source text as read."""
        return self.norm.original

    def word_range(self, lo: int, hi: int) -> tuple[int, int]:
        """Indices of the words lying inside the character span ``[lo, hi)``."""
        return bisect_left(self.starts, lo), bisect_right(self.ends, hi)

    def find_exact(self, needle: str, lo: int = 0, hi: int | None = None, limit: int = 50
                   ) -> list[int]:
        """Start offsets of ``needle`` in ``[lo, hi)`` at word boundaries (at most ``limit``)."""
        stop = len(self.text) if hi is None else hi
        found: list[int] = []
        at = self.text.find(needle, lo, stop)
        while at >= 0 and len(found) < limit:
            if self._at_boundaries(at, at + len(needle), needle):
                found.append(at)
            at = self.text.find(needle, at + 1, stop)
        return found

    def _at_boundaries(self, start: int, end: int, needle: str) -> bool:
        before = self.text[start - 1] if start > 0 else " "
        after = self.text[end] if end < len(self.text) else " "
        return not (needle[0].isalnum() and before.isalnum()) and not (
            needle[-1].isalnum() and after.isalnum()
        )

    def _bigrams(self) -> dict[tuple[str, str], list[int]]:
        if self._grams is None:
            grams: dict[tuple[str, str], list[int]] = defaultdict(list)
            words = self.words
            for i in range(len(words) - 1):
                grams[(words[i], words[i + 1])].append(i)
            self._grams = dict(grams)
        return self._grams

    def candidate_starts(self, quote_words: list[str], most: int = 3) -> list[int]:
        """Word positions where ``quote_words`` most plausibly begins, best first."""
        grams = self._bigrams()
        votes: Counter[int] = Counter()
        for offset in range(len(quote_words) - 1):
            hits = grams.get((quote_words[offset], quote_words[offset + 1]), ())
            if len(hits) > MAX_GRAM_HITS:
                continue
            for hit in hits:
                votes[(hit - offset) // 4] += 1
        return [bucket * 4 for bucket, _ in votes.most_common(most)]
