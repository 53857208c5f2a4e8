"""Piecewise maps from a derived text back to the text it was derived from.

Readers strip markup and the matcher normalises typography; both keep a :class:`TextMap`
so that any span of the derived text can be traced back to the original characters.
The map is stored as segments, so a mostly unchanged 100 MB text costs a few arrays.
"""

from __future__ import annotations

from array import array
from bisect import bisect_right
from dataclasses import dataclass


@dataclass(frozen=True, eq=False)
class TextMap:
    """Segments of derived text, each copied 1:1 or replacing a block of the original."""

    out_starts: array[int]
    src_starts: array[int]
    src_ends: array[int]
    copied: array[int]
    out_length: int
    src_length: int

    def _segment(self, index: int) -> int:
        return bisect_right(self.out_starts, index) - 1

    def start(self, index: int) -> int:
        """The original offset where derived character ``index`` begins."""
        if index >= self.out_length or not self.out_starts:
            return self.src_length if index >= self.out_length else 0
        k = self._segment(index)
        if self.copied[k]:
            return self.src_starts[k] + index - self.out_starts[k]
        return self.src_starts[k]

    def end(self, index: int) -> int:
        """The original offset where the derived span ending (exclusive) at ``index`` ends."""
        if index <= 0 or not self.out_starts:
            return self.start(0)
        k = self._segment(index - 1)
        if self.copied[k]:
            return self.src_starts[k] + index - self.out_starts[k]
        return self.src_ends[k]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a half-open derived span to the half-open original span it came from."""
        if end <= start:
            point = self.start(start)
            return point, point
        return self.start(start), self.end(end)


class TextMapBuilder:
    """Builds derived text piece by piece while recording where each piece came from."""

    def __init__(self) -> None:
        self._pieces: list[str] = []
        self._out_starts = array("q")
        self._src_starts = array("q")
        self._src_ends = array("q")
        self._copied = array("b")
        self._length = 0

    @property
    def length(self) -> int:
        """Length of the derived text so far."""
        return self._length

    def copy(self, src_start: int, text: str) -> None:
        """Append ``text``, which stands 1:1 at ``src_start`` in the original."""
        if not text:
            return
        n = len(text)
        if (
            self._copied
            and self._copied[-1]
            and self._src_ends[-1] == src_start
        ):
            self._src_ends[-1] = src_start + n
        else:
            self._add(src_start, src_start + n, copied=True)
        self._pieces.append(text)
        self._length += n

    def replace(self, src_start: int, src_end: int, text: str) -> None:
        """Append ``text``, which stands for the original block ``[src_start, src_end)``."""
        if not text:
            return
        if len(text) == src_end - src_start == 1:
            self.copy(src_start, text)
            return
        self._add(src_start, src_end, copied=False)
        self._pieces.append(text)
        self._length += len(text)

    def _add(self, src_start: int, src_end: int, *, copied: bool) -> None:
        self._out_starts.append(self._length)
        self._src_starts.append(src_start)
        self._src_ends.append(src_end)
        self._copied.append(1 if copied else 0)

    def build(self, src_length: int) -> tuple[str, TextMap]:
        """The derived text and its map back to an original of ``src_length`` characters."""
        text = "".join(self._pieces)
        return text, TextMap(
            self._out_starts, self._src_starts, self._src_ends, self._copied,
            self._length, src_length,
        )


def identity_map(length: int) -> TextMap:
    """A map for a text derived from an original of ``length`` characters without change."""
    present = 1 if length else 0
    return TextMap(
        array("q", [0] * present), array("q", [0] * present), array("q", [length] * present),
        array("b", [1] * present), length, length,
    )
