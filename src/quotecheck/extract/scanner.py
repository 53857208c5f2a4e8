"""A mark-aware scanner that finds quotations in plain text by character offsets.

Quotes nest (only the outermost becomes a claim), may continue into the next paragraph
when it reopens with a mark of the same kind, and unbalanced marks are recovered from and
flagged. Time is linear in the text: the stack of open marks is capped at ``MAX_DEPTH``
and every stretch of text is searched for a lost closing mark at most once.
"""

from __future__ import annotations

from dataclasses import dataclass

from quotecheck.extract.marks import (
    DOUBLES,
    PAIRS,
    SINGLE_MARKS,
    SPACED_CLOSERS,
    can_close,
    can_open,
    can_open_spaced,
    is_apostrophe,
    is_space,
    opens_glued,
    tokens,
)
from quotecheck.extract.recovery import cue_cut, looks_abandoned
from quotecheck.models import Paragraph

#: deeper nesting than this is not writing but noise: further openers are ignored
MAX_DEPTH = 12


@dataclass(frozen=True)
class QuoteSpan:
    """A quotation found by the scanner: the text between its outer marks.

    ``after`` is where the text after the closing mark begins (``end`` when there is none).
    """

    start: int
    end: int
    mark: str
    skips: frozenset[int] = frozenset()
    flags: tuple[str, ...] = ()
    after: int = -1


@dataclass
class _Open:
    mark: str
    pos: int
    checked: int

    @property
    def body(self) -> int:
        """Where the quoted words begin."""
        return self.pos + len(self.mark)


class _ParagraphScanner:
    """Scans the marks of one paragraph (and any paragraphs a quote continues into)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.marks = list(tokens(text, 0, len(text)))
        self.at = 0  # the next mark to read
        self.stack: list[_Open] = []
        self.found: list[QuoteSpan] = []
        self.skips: set[int] = set()
        self.flags: set[str] = set()
        self.end = 0  # the end of the paragraph being read

    def feed(self, start: int, end: int) -> None:
        text, marks = self.text, self.marks
        self.end = end
        while self.at < len(marks) and marks[self.at][0] < start:
            self.at += 1
        while self.at < len(marks) and marks[self.at][0] < end:
            i, mark = marks[self.at]
            self.at += 1
            if i in self.skips:
                continue
            prev = text[i - 1] if i > 0 else ""
            nxt = text[i + len(mark)] if i + len(mark) < len(text) else ""
            if self._closes_mismatched(mark, prev, nxt):
                self.flags.add("mismatched")
                self._emit(self.stack.pop(), i, after=i + len(mark))
                continue
            closes = self._closes(mark, prev, nxt)
            if mark in SINGLE_MARKS and is_apostrophe(text, i) and not closes:
                continue
            if closes:
                self._close(mark, i)
            elif mark in PAIRS and (can_open(mark, prev, nxt) or (not self.stack and (
                    can_open_spaced(mark, text, i, end) or opens_glued(mark, prev, nxt)))):
                self._open(mark, i)
            elif not self.stack and mark in "”»" and not is_space(nxt) and is_space(prev):
                self._open("“" if mark == "”" else "«", i)
                self.flags.add("mismatched")

    def _closes_mismatched(self, mark: str, prev: str, nxt: str) -> bool:
        """A closing double mark ending a quote opened by a single one, with nothing else
        open (``takes the ‘Have it your way” mission``): a typo, not a nested quote."""
        return (mark == "”" and len(self.stack) == 1 and self.stack[0].mark in ("‘", "‚")
                and can_close(mark, prev) and not nxt.isalnum())

    def _closes(self, mark: str, prev: str, nxt: str) -> bool:
        if not can_close(mark, prev) and not (
                mark in SPACED_CLOSERS and not nxt.isalnum() and self.stack):
            return False
        for depth, opened in enumerate(reversed(self.stack)):
            if mark in PAIRS[opened.mark]:
                if mark in SINGLE_MARKS and nxt.isalpha():
                    return False  # an apostrophe inside a single-quoted quote
                return depth == 0 or mark not in PAIRS or not can_open(mark, prev, nxt)
        return False

    def _open(self, mark: str, i: int) -> None:
        if len(self.stack) == 1 and mark in DOUBLES and self.stack[0].mark in DOUBLES:
            outer = self.stack[0]
            abandoned = not self._nests(outer.mark, mark, i) and looks_abandoned(
                self.text, max(outer.body, outer.checked), i)
            outer.checked = i
            if abandoned:  # a double mark inside a double quote: the first one was never closed
                self.stack.clear()
                cut = cue_cut(self.text, outer.body, i)
                self._emit(outer, i if cut is None else cut, ("unbalanced",))
        if len(self.stack) >= MAX_DEPTH:
            self.flags.add("unbalanced")
            return
        self.stack.append(_Open(mark, i, i))

    def _nests(self, outer: str, mark: str, i: int) -> bool:
        """A curly pair inside a straight quote (``"… Written “at this time,” the …``)
        nests: its closing mark comes before any straight mark in the paragraph."""
        if mark != "“" or outer not in ('"', "''"):
            return False
        close = self.text.find("”", i, self.end)
        straight = self.text.find(outer, i, self.end)
        return close >= 0 and (straight < 0 or close < straight)

    def _close(self, mark: str, i: int) -> None:
        while self.stack:
            opened = self.stack.pop()
            if mark in PAIRS[opened.mark]:
                if not self.stack:
                    self._emit(opened, i, after=i + len(mark))
                return
            self.flags.add("unbalanced")

    def _emit(self, opened: _Open, close: int, extra: tuple[str, ...] = (),
              after: int = -1) -> None:
        start = opened.body
        skips = frozenset(s for s in self.skips if start <= s < close)
        flags = tuple(sorted(self.flags | set(extra)))
        if self.text[start:close].strip():
            self.found.append(QuoteSpan(start, close, opened.mark, skips, flags,
                                        close if after < 0 else after))
        self.skips = {s for s in self.skips if s >= close}
        self.flags = set()

    def close_unbalanced(self, end: int) -> None:
        """End a quote still open at ``end`` (a paragraph's end) before the cue that
        attributes it, else at ``end``."""
        if self.stack:
            bottom = self.stack[0]
            self.stack.clear()
            cut = cue_cut(self.text, max([bottom.body, *self.skips]), end)
            self._emit(bottom, end if cut is None else cut, ("unbalanced",))


def _reopens(text: str, paragraph: Paragraph, mark: str) -> int | None:
    """The offset of the mark when ``paragraph`` begins by reopening a continued quote
    (with the same mark, or another double mark when ``mark`` is one)."""
    i = paragraph.start
    while i < paragraph.end and text[i] in " \t>":
        i += 1
    for same in ((mark, "''", '"', "“") if mark in DOUBLES else (mark,)):
        if text.startswith(same, i) and not text.startswith("'''", i):
            return i
    return None


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
            scanner.skips.add(reopen)
            if text.startswith("''", reopen):
                scanner.skips.add(reopen + 1)
            continue
        scanner.close_unbalanced(paragraph.end)
        found.extend(scanner.found)
        scanner.found.clear()
    found.extend(scanner.found)
    return found
