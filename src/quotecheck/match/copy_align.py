"""A copied passage lined up with its source word by word, as an :class:`Alignment` that
:func:`quotecheck.verdict.judge` can judge like a quote's.

The passage is already known to lie at one place in the source (the shared runs found it),
so there is nothing to search for: the article's words and the source's are diffed directly
(rapidfuzz's bit-parallel edit distance on word hashes), in time that stays bounded however
long the passage. Each differing stretch becomes an :class:`Edit` with whole tokens as
written ("$84" against "$48", not "84" against "48").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from quotecheck.match.copies import Passage, ProseWords
from quotecheck.match.index import SourceIndex
from quotecheck.match.normalize import Normalized
from quotecheck.models import Alignment, Edit

_WORD_RUN = re.compile("[A-Za-z0-9\u0080-\U0010ffff]+")
_EDGE_PUNCTUATION = ".,;:!?()[]\"'"


@dataclass(frozen=True)
class _Side:
    """One side of the comparison: normalised text and where each of its words starts."""

    norm: Normalized
    starts: list[int]

    def end(self, word: int) -> int:
        found = _WORD_RUN.match(self.norm.text, self.starts[word])
        return found.end() if found else self.starts[word]

    def span(self, first: int, last: int) -> tuple[int, int]:
        """Normalised span of words ``[first, last)``."""
        return self.starts[first], self.end(last - 1)

    def tokens(self, first: int, last: int) -> tuple[str, str]:
        """Words ``[first, last)`` as whole tokens: normalised, and as written."""
        if last <= first:
            return "", ""
        start, end = self.span(first, last)
        text = self.norm.text
        while start > 0 and not text[start - 1].isspace():
            start -= 1
        while end < len(text) and not text[end].isspace():
            end += 1
        lowered = text[start:end].strip(_EDGE_PUNCTUATION)
        o_start, o_end = self.norm.original_span(start, end)
        written = " ".join(self.norm.original[o_start:o_end].split()).strip(_EDGE_PUNCTUATION)
        return lowered, written


def align_passage(prose: ProseWords, passage: Passage, index: SourceIndex, size: int
                  ) -> Alignment:
    """The passage's article words against its source words, diffed word by word
    (``size``: the run length the passage was found with)."""
    shingles = index.shingles(size)
    a0, a1, s0, s1 = passage.first, passage.last, passage.source_first, passage.source_last
    article = _Side(prose.norm, prose.starts[a0:a1].tolist())
    source = _Side(index.norm, shingles.starts[s0:s1].tolist())
    ops = Levenshtein.opcodes(prose.raw_hashes[a0:a1].tolist(), shingles.hashes[s0:s1].tolist())
    edits = []
    changed = 0
    for op in ops:
        if op.tag == "equal":
            continue
        changed += op.src_end - op.src_start
        quote, quote_case = article.tokens(op.src_start, op.src_end)
        found, found_case = source.tokens(op.dest_start, op.dest_end)
        edits.append(Edit(quote, found, quote_case, found_case))
    a_start, a_end = article.span(0, a1 - a0)
    n_start, n_end = source.span(0, s1 - s0)
    start, end = index.norm.original_span(n_start, n_end)
    return Alignment(
        start=start, end=end,
        score=round(float(fuzz.ratio(prose.norm.text[a_start:a_end],
                                     index.text[n_start:n_end])), 1),
        matched_ratio=1 - changed / max(1, a1 - a0), edits=tuple(edits),
        source_text=index.original[start:end])
