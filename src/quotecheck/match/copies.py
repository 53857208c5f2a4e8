"""Stretches of an article's prose that it shares word for word with a source.

The article's words outside quotation marks are normalised and hashed as the source index
hashes its own; every run of ``min_words`` words is looked up among the source's runs
(:meth:`SourceIndex.shingles`). Runs found one after another on the same diagonal make one
stretch, and stretches of one paragraph at most ``max_gap`` words apart join into one
passage: a copied paragraph with two edited words is one passage.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from quotecheck.match.index import SourceIndex
from quotecheck.match.normalize import Normalized, normalize
from quotecheck.match.wordhash import I64, U64, mix, shingle_keys, word_hashes
from quotecheck.models import Paragraph
from quotecheck.settings import CopySettings
from quotecheck.textmap import TextMap

#: a word as :func:`word_hashes` sees one (its end is found with this pattern)
_WORD_RUN = re.compile("[A-Za-z0-9\u0080-\U0010ffff]+")
#: a sentence end: not after an abbreviation (Oct., Mr., U.S.), and a capital follows
_SENTENCE_END = re.compile(r"(?<!\b[A-Z])(?<!\b[A-Z][a-z])(?<!\b[A-Z][a-z]{2})"
                           r"(?<!\b[A-Z][a-z]{3})[.!?][\"'”’)\]]*\s+[\"'“‘(]*[A-Z]")
_MASK_SEED = np.uint64(0x5BD1E9955BD1E995)


@dataclass(frozen=True)
class Passage:
    """Article words ``[first, last)`` that repeat source words ``[source_first,
    source_last)``; ``repeats`` is how often its most repeated run occurs in the source."""

    first: int
    last: int
    source_first: int
    source_last: int
    repeats: int = 1

    @property
    def words(self) -> int:
        """How many article words the passage spans."""
        return self.last - self.first


def _to_original(mapping: TextMap, index: I64) -> I64:
    """Vectorised :meth:`TextMap.start`: where each derived offset begins in the original."""
    if not len(mapping.out_starts):
        return np.zeros_like(index)
    out_starts = np.frombuffer(mapping.out_starts, dtype=np.int64)
    src_starts = np.frombuffer(mapping.src_starts, dtype=np.int64)
    copied = np.frombuffer(mapping.copied, dtype=np.int8).astype(bool)
    k = np.maximum(np.searchsorted(out_starts, index, side="right") - 1, 0)
    mapped = np.where(copied[k], src_starts[k] + index - out_starts[k], src_starts[k])
    return np.where(index >= mapping.out_length, mapping.src_length, mapped)


def _merged(spans: Sequence[tuple[int, int]]) -> tuple[I64, I64]:
    """Overlapping spans joined, as sorted start and end arrays."""
    starts: list[int] = []
    ends: list[int] = []
    for start, end in sorted(spans):
        if starts and start <= ends[-1]:
            ends[-1] = max(ends[-1], end)
        else:
            starts.append(start)
            ends.append(end)
    return np.array(starts, dtype=np.int64), np.array(ends, dtype=np.int64)


class ProseWords:
    """An article's plain text, normalised and hashed word by word, with the words inside
    quotations masked (they never match) and each word's paragraph."""

    def __init__(self, plain: str, quoted: Sequence[tuple[int, int]],
                 paragraphs: Sequence[Paragraph]) -> None:
        self.norm: Normalized = normalize(plain)
        self.starts, hashes = word_hashes(self.norm.text) if self.norm.text else (
            np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.uint64))
        plain_starts = self.starts
        for mapping in reversed(self.norm.maps):
            plain_starts = _to_original(mapping, plain_starts)
        self.plain_starts: I64 = plain_starts
        self.masked = self._inside(quoted)
        with np.errstate(over="ignore"):  # a masked word gets a hash no other word has
            unique = mix(np.arange(len(hashes), dtype=np.uint64) * _MASK_SEED + _MASK_SEED)
        self.raw_hashes: U64 = hashes
        self.hashes: U64 = np.where(self.masked, unique, hashes)
        para_starts = np.array(sorted(p.start for p in paragraphs), dtype=np.int64)
        self.paragraph: I64 = np.searchsorted(para_starts, plain_starts, side="right") - 1
        self._keys: tuple[int, U64] | None = None
        self._quoted: tuple[int, U64] | None = None
        self._sorted: tuple[int, U64, I64] | None = None

    def _inside(self, spans: Sequence[tuple[int, int]]) -> npt.NDArray[np.bool_]:
        starts, ends = _merged(spans)
        if not len(starts):
            return np.zeros(len(self.plain_starts), dtype=bool)
        k = np.searchsorted(starts, self.plain_starts, side="right") - 1
        return (k >= 0) & (self.plain_starts < ends[np.maximum(k, 0)])

    def keys(self, size: int) -> U64:
        """The key of every run of ``size`` words (cached for the last size)."""
        if self._keys is None or self._keys[0] != size:
            self._keys = (size, shingle_keys(self.hashes, size))
        return self._keys[1]

    def shared(self, size: int, others: U64) -> I64:
        """Article words (in order) that start a run of ``size`` words whose key is among the
        sorted ``others`` and that lies in one paragraph.

        The shorter side is looked up in the longer: a source is usually much shorter than
        a long article, and the article's sorted keys are kept for the next source.
        """
        keys = self.keys(size)
        if not len(keys) or not len(others):
            return np.zeros(0, dtype=np.int64)
        if len(keys) <= len(others):
            at = np.minimum(np.searchsorted(others, keys), len(others) - 1)
            found = np.flatnonzero(others[at] == keys)
        else:
            found = self._lookup_sorted(size, np.unique(others))
        same = self.paragraph[found] == self.paragraph[found + size - 1]
        shared: I64 = found[same]
        return shared

    def _lookup_sorted(self, size: int, wanted: U64) -> I64:
        """Article words starting a run whose key is in ``wanted`` (sorted, distinct)."""
        if self._sorted is None or self._sorted[0] != size:
            keys = self.keys(size)
            order = np.argsort(keys, kind="stable")
            self._sorted = (size, keys[order], order)
        _, ordered, order = self._sorted
        lo = np.searchsorted(ordered, wanted, side="left")
        counts = np.searchsorted(ordered, wanted, side="right") - lo
        lo, counts = lo[counts > 0], counts[counts > 0]
        steps = np.arange(int(counts.sum())) - np.repeat(np.cumsum(counts) - counts, counts)
        found: I64 = np.sort(order[np.repeat(lo, counts) + steps])
        return found

    def quoted_share(self, passage: Passage, size: int) -> float:
        """The share of the passage's runs of ``size`` words that the article itself has
        inside quotation marks somewhere (text it quotes elsewhere)."""
        quoted = self._quoted_keys(size)
        mine = shingle_keys(self.raw_hashes[passage.first : passage.last], size)
        if not len(mine) or not len(quoted):
            return 0.0
        return float(np.isin(mine, quoted).mean())

    def _quoted_keys(self, size: int) -> U64:
        """The keys of every run of ``size`` words inside quotation marks (cached)."""
        if self._quoted is None or self._quoted[0] != size:
            keys = shingle_keys(self.raw_hashes, size)
            inside = np.convolve(self.masked.astype(np.int64), np.ones(size, dtype=np.int64),
                                 mode="valid") == size if len(keys) else np.zeros(0, bool)
            self._quoted = (size, np.unique(keys[inside]))
        return self._quoted[1]

    def sentence_break(self, before: int, after: int) -> bool:
        """True when a sentence ends between word ``before`` and word ``after``."""
        if before < 0 or after >= len(self.starts):
            return True
        between = self.norm.original[int(self.plain_starts[before]) :
                                     int(self.plain_starts[after]) + 1]
        return _SENTENCE_END.search(between) is not None

    def plain_span(self, first: int, last: int) -> tuple[int, int]:
        """The plain-text span of words ``[first, last)``."""
        start = int(self.starts[first])
        word = _WORD_RUN.match(self.norm.text, int(self.starts[last - 1]))
        end = word.end() if word else start
        return self.norm.original_span(start, end)


def find_passages(prose: ProseWords, index: SourceIndex, settings: CopySettings
                  ) -> list[Passage]:
    """Every passage of ``prose`` that repeats at least ``min_words`` words of the source
    in a row, neighbouring runs of one paragraph joined."""
    size = max(2, settings.min_words)
    shingles = index.shingles(size)
    found = prose.shared(size, shingles.keys)
    if not len(found):
        return []
    keys = prose.keys(size)[found]
    at = np.searchsorted(shingles.keys, keys)
    where = shingles.positions[at]
    repeats = np.searchsorted(shingles.keys, keys, side="right") - at
    breaks = np.flatnonzero((np.diff(found) != 1) | (np.diff(where) != 1)) + 1
    bounds = [0, *breaks.tolist(), len(found)]
    runs = [Passage(int(found[a]), int(found[b - 1]) + size, int(where[a]),
                    int(where[b - 1]) + size, int(repeats[a:b].max()))
            for a, b in itertools.pairwise(bounds)]
    joined = _joined(runs, prose.paragraph, settings.max_gap)
    return [_extended(p, prose, shingles.hashes) for p in joined]


def _joined(runs: list[Passage], paragraph: I64, max_gap: int) -> list[Passage]:
    """Runs of one paragraph whose article and source gaps are both small, as one passage."""
    joined: list[Passage] = []
    for run in sorted(runs, key=lambda r: (r.first, r.source_first)):
        if joined and _near(joined[-1], run, paragraph, max_gap):
            prev = joined[-1]
            joined[-1] = Passage(prev.first, max(prev.last, run.last), prev.source_first,
                                 max(prev.source_last, run.source_last),
                                 max(prev.repeats, run.repeats))
        else:
            joined.append(run)
    return joined


def _near(prev: Passage, run: Passage, paragraph: I64, max_gap: int) -> bool:
    return (paragraph[prev.first] == paragraph[run.first]
            and run.first - prev.last <= max_gap
            and -max_gap <= run.source_first - prev.source_last <= max_gap)


EDGE_MISSES = 2  # a passage grows over at most this many differing words at each end


def _edge(prose: ProseWords, source: U64, ends: tuple[int, int], step: int) -> int:
    """How many words past one end of a passage (``ends``: the article and source word just
    past it when ``step`` is 1, the first words when -1) still line up with the source word
    for word, over at most :data:`EDGE_MISSES` differing words in a row (same paragraph)."""
    a, s = ends
    para = prose.paragraph[a - 1 if step > 0 else a]
    reach, misses, k = 0, 0, 1
    while misses < EDGE_MISSES:
        i, j = (a + k - 1, s + k - 1) if step > 0 else (a - k, s - k)
        if not (0 <= i < len(prose.hashes) and 0 <= j < len(source)) or (
                prose.paragraph[i] != para or prose.masked[i]
                or prose.sentence_break(min(i, i - step), max(i, i - step))):
            break
        if prose.hashes[i] == source[j]:
            reach, misses = k, 0
        else:
            misses += 1
        k += 1
    return reach


def _extended(passage: Passage, prose: ProseWords, source: U64) -> Passage:
    """The passage grown over changed words at its ends (a figure edited at the end of a
    sentence) as far as the words after them still match."""
    after = _edge(prose, source, (passage.last, passage.source_last), 1)
    before = _edge(prose, source, (passage.first, passage.source_first), -1)
    return Passage(passage.first - before, passage.last + after,
                   passage.source_first - before, passage.source_last + after,
                   passage.repeats)


def best_per_stretch(found: Sequence[tuple[int, Passage]]) -> list[tuple[int, Passage]]:
    """Where passages from several sources overlap in the article, the longest (the first
    source on a tie); the result in article order. Items are (source number, passage)."""
    ranked = sorted(found, key=lambda item: (-item[1].words, item[0]))
    kept: list[tuple[int, Passage]] = []
    for item in ranked:
        passage = item[1]
        if all(passage.last <= k.first or passage.first >= k.last for _, k in kept):
            kept.append(item)
    return sorted(kept, key=lambda item: item[1].first)
