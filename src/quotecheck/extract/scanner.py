"""A mark-aware scanner that finds quotations in plain text by character offsets.

Quotes nest (only the outermost becomes a claim), may continue into the next paragraph
when it reopens with the same mark, and unbalanced marks are recovered from and flagged.
"""

from __future__ import annotations

from dataclasses import dataclass

from quotecheck.extract.marks import (
    MARK_PATTERN,
    PAIRS,
    SINGLE_MARKS,
    can_close,
    can_open,
    is_apostrophe,
    is_space,
)
from quotecheck.models import Paragraph


@dataclass(frozen=True)
class QuoteSpan:
    """A quotation found by the scanner: the text between its outer marks."""

    start: int
    end: int
    mark: str
    skips: tuple[int, ...] = ()
    flags: tuple[str, ...] = ()


@dataclass
class _Open:
    mark: str
    pos: int


class _ParagraphScanner:
    """Scans the marks of one paragraph (and any paragraphs a quote continues into)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.stack: list[_Open] = []
        self.found: list[QuoteSpan] = []
        self.skips: list[int] = []
        self.flags: set[str] = set()

    def feed(self, start: int, end: int) -> None:
        text = self.text
        for m in MARK_PATTERN.finditer(text, start, end):
            i = m.start()
            if i in self.skips:
                continue
            ch = text[i]
            prev = text[i - 1] if i > 0 else ""
            nxt = text[i + 1] if i + 1 < len(text) else ""
            if ch in SINGLE_MARKS and is_apostrophe(text, i) and not self._closes(ch, prev, nxt):
                continue
            if self._closes(ch, prev, nxt):
                self._close(ch, i)
            elif ch in PAIRS and can_open(ch, prev, nxt):
                self.stack.append(_Open(ch, i))
            elif not self.stack and ch in "”»" and not is_space(nxt) and is_space(prev):
                self.stack.append(_Open("“" if ch == "”" else "«", i))
                self.flags.add("mismatched")

    def _closes(self, ch: str, prev: str, nxt: str) -> bool:
        if not can_close(ch, prev):
            return False
        for depth, opened in enumerate(reversed(self.stack)):
            if ch in PAIRS[opened.mark]:
                if ch in SINGLE_MARKS and nxt.isalpha():
                    return False  # an apostrophe inside a single-quoted quote
                return depth == 0 or ch not in PAIRS or not can_open(ch, prev, nxt)
        return False

    def _close(self, ch: str, i: int) -> None:
        while self.stack:
            opened = self.stack.pop()
            if ch in PAIRS[opened.mark]:
                if not self.stack:
                    self._emit(opened, i)
                return
            self.flags.add("unbalanced")

    def _emit(self, opened: _Open, close: int, extra: tuple[str, ...] = ()) -> None:
        start = opened.pos + 1
        skips = tuple(s for s in self.skips if start <= s < close)
        flags = tuple(sorted(self.flags | set(extra)))
        if self.text[start:close].strip():
            self.found.append(QuoteSpan(start, close, opened.mark, skips, flags))
        self.skips = [s for s in self.skips if s >= close]
        self.flags = set()

    def close_unbalanced(self, end: int) -> None:
        if self.stack:
            self._emit(self.stack[0], end, ("unbalanced",))
            self.stack.clear()


def _reopens(text: str, paragraph: Paragraph, mark: str) -> int | None:
    """The offset of ``mark`` when ``paragraph`` begins by reopening a continued quote."""
    i = paragraph.start
    while i < paragraph.end and text[i] in " \t>":
        i += 1
    return i if text.startswith(mark, i) else None


def scan_quotes(text: str, paragraphs: tuple[Paragraph, ...]) -> list[QuoteSpan]:
    """Every outermost quotation in ``text``, paragraph by paragraph."""
    found: list[QuoteSpan] = []
    scanner = _ParagraphScanner(text)
    for index, paragraph in enumerate(paragraphs):
        scanner.feed(paragraph.start, paragraph.end)
        if not scanner.stack:
            continue
        following = paragraphs[index + 1] if index + 1 < len(paragraphs) else None
        bottom = scanner.stack[0]
        reopen = _reopens(text, following, bottom.mark) if following else None
        if reopen is not None and len(scanner.stack) == 1:
            scanner.skips.append(reopen)
            continue
        scanner.close_unbalanced(paragraph.end)
        found.extend(scanner.found)
        scanner.found.clear()
    found.extend(scanner.found)
    return found
