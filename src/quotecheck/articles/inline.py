"""Markdown inline markup removed in one linear pass, each plain character keeping its
file offset.

markdown-it-py finds the block structure (see :mod:`quotecheck.articles.markdown`), but its
inline tokens carry no source positions, so inline markup is read here: at each place
markup can start, one bounded pattern or one remembered search (code spans, comments)
decides, and raw HTML tags go to the same :class:`HtmlFlow` as HTML blocks.
"""

from __future__ import annotations

import heapq
import html
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from quotecheck.articles.htmlflow import HtmlFlow
from quotecheck.articles.htmltags import Comment, NextFinder, Tag, comment_at, parse_tag
from quotecheck.articles.templates import BREAK, MASK, template_url
from quotecheck.models import Link

_LINE_START = re.compile(
    r"^[ \t]{0,3}(?:(?:>[ \t]?)+(?:[-*+][ \t]+|\d{1,9}[.)][ \t]+)?"
    r"|#{1,6}[ \t]+|[-*+][ \t]+|\d{1,9}[.)][ \t]+)", re.MULTILINE)
_BOUNDED = re.compile(
    # every repetition stops at the next bracket, parenthesis or line break, so that one
    # long line of unclosed openers is not rescanned once per opener
    r"(?P<image>!\[[^\[\]\n]*\](?:\([^()\n]*(?:\([^()\n]*\)[^()\n]*)?\)|\[[^\[\]\n]*\]))"
    # an inline link's opening; its destination and title are read by markdown-it's own
    # helpers (angle brackets, balanced parentheses, escapes), see _destination
    r"|(?P<link>\[(?P<ltext>[^\[\]\n]*(?:\[[^\[\]\n]*\][^\[\]\n]*)*)\]\()"
    r"|(?P<reflink>\[(?P<rtext>[^\[\]\n]+)\]\[(?P<rref>[^\[\]\n]*)\])"
    r"|(?P<autolink><(?P<auto>https?://[^\s<>]+)>)"
    r"|(?P<emph>(?<![\w*\\])[*_]{1,3}(?=[^\s*_])|(?<=[^\s*_\\])[*_]{1,3}(?![\w*]))"
    r"|(?P<escape>\\(?P<escaped>[!-/:-@\[-`{-~]))"
    r"|(?P<entity>&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});)"
    r"|(?P<masked>[\ue000\ue001]+)"
    r"|(?P<attributes>\{:?[ \t]*[#.][\w.:-][^{}\n]{0,200}\})"  # heading ids {#id}, {.class}
)
_TRIGGER = re.compile(r"[`*_\\&<\[!{\ue000\ue001]")
_LINE_CANDIDATE = re.compile(r"^[ \t]{0,3}(?:>|#|[-*+][ \t]|\d{1,9}[.)][ \t])", re.MULTILINE)
_TICKS = re.compile(r"`+")
_LINK_REACH = 2048


@dataclass
class _Ticks:
    """Backtick runs of one paragraph by length, for code spans found in one pass."""

    runs: dict[int, list[int]]
    next: dict[int, int] = field(default_factory=dict)

    def closer(self, at: int, length: int) -> int | None:
        """The first run of exactly ``length`` backticks after ``at``."""
        runs = self.runs.get(length, [])
        k = self.next.get(length, 0)
        while k < len(runs) and runs[k] <= at:
            k += 1
        self.next[length] = k
        return runs[k] if k < len(runs) else None


@dataclass
class InlineReader:
    """Copies Markdown text into the plain text with its inline markup removed."""

    raw: str
    text: str
    refs: dict[str, str]
    flow: HtmlFlow
    links: list[Link] = field(default_factory=list)

    def paragraph(self, start: int, end: int) -> None:
        """Copy one paragraph (code spans and comments never run past its end)."""
        if _TRIGGER.search(self.text, start, end) is None and (
                _LINE_CANDIDATE.search(self.text, start, end) is None):
            self._copy(start, end)  # plain prose: nothing to look at
        else:
            ticks: dict[int, list[int]] = {}
            for m in _TICKS.finditer(self.text, start, end):
                ticks.setdefault(len(m.group(0)), []).append(m.start())
            self._inline(start, end, _Ticks(ticks), NextFinder(self.text, end))
        self.flow.close_hidden()

    def _inline(self, start: int, end: int, ticks: _Ticks, finder: NextFinder) -> None:
        pos = start
        for at in _candidates(self.text, start, end):
            if at >= pos:
                pos = self._markup(pos, at, end, ticks, finder)
        self._copy(pos, end)

    def _copy(self, start: int, end: int) -> None:
        if end > start:
            self.flow.copy(start, self.text[start:end])

    def _markup(self, pos: int, at: int, end: int, ticks: _Ticks, finder: NextFinder) -> int:
        """Handle the markup at ``at`` (the plain text since ``pos`` copied first); where
        the next plain text starts (``pos`` again when there is no markup at ``at``)."""
        ch = self.text[at]
        if ch == "`":
            self._copy(pos, at)
            return self._code(at, ticks)
        if ch == "<" and not self.text.startswith("<http", at):
            item = self._html(at, end, finder)
            if item is None:
                return pos
            self._copy(pos, at)
            self._apply_html(item)
            return item.end
        line = _LINE_START.match(self.text, at, end)
        if line is not None and line.end() > at:
            self._copy(pos, at)
            return line.end()
        return self._bounded_at(pos, at, end, ticks, finder)

    def _bounded_at(self, pos: int, at: int, end: int, ticks: _Ticks, finder: NextFinder
                    ) -> int:
        """Markup one bounded pattern reads (links, emphasis, escapes, entities…)."""
        m = _BOUNDED.match(self.text, at, end)
        if m is None:
            return pos
        if m.lastgroup == "link":
            return self._inline_link(pos, m, end, ticks, finder)
        self._copy(pos, at)
        self._bounded(m, ticks, finder)
        return m.end()

    def _inline_link(self, pos: int, m: re.Match[str], end: int, ticks: _Ticks,
                     finder: NextFinder) -> int:
        """An inline link whose opening ``m`` matched: its text copied, its destination
        recorded; ``pos`` again when what follows the opening is not a destination."""
        target = _destination(self.text, m.end(), end)
        if target is None:
            return pos
        self._copy(pos, m.start())
        url, after = target
        if MASK in url or BREAK in url:
            url = template_url(url) or ""
        self._link(m.start("ltext"), m.end("ltext"), url, ticks, finder)
        return after

    def _code(self, at: int, ticks: _Ticks) -> int:
        run = _TICKS.match(self.text, at)
        assert run is not None
        close = ticks.closer(at, len(run.group(0)))
        if close is None:
            self._copy(at, run.end())
            return run.end()
        end = close + len(run.group(0))
        self._replace(at, end, " ")
        return end

    def _html(self, at: int, end: int, finder: NextFinder) -> Tag | Comment | None:
        if self.text.startswith("<!--", at):
            return comment_at(self.text, at, finder, unclosed_to_end=False)
        return parse_tag(self.text, at, end)

    def _apply_html(self, item: Tag | Comment) -> None:
        if isinstance(item, Comment):
            self.flow.comment(item)
            self._replace(item.start, item.end, " ")
        else:
            self.flow.tag(item)

    def _replace(self, start: int, end: int, text: str) -> None:
        if not self.flow.hidden:
            self.flow.builder.replace(start, end, text)

    def _bounded(self, m: re.Match[str], ticks: _Ticks, finder: NextFinder) -> None:
        kind = m.lastgroup
        if kind == "reflink":
            ref = (m.group("rref") or m.group("rtext")).strip().casefold()
            self._link(m.start("rtext"), m.end("rtext"), self.refs.get(ref, ""), ticks, finder)
        elif kind == "autolink":
            self._link(m.start("auto"), m.end("auto"), m.group("auto"), ticks, finder)
        elif kind == "escape":
            self._copy(m.start("escaped"), m.end("escaped"))
        elif kind == "entity":
            self._replace(m.start(), m.end(), html.unescape(m.group(0)))
        elif kind == "masked":
            self._replace(m.start(), m.end(), "\n\n" if BREAK in m.group(0) else " ")
        elif kind in ("image", "attributes"):
            self._replace(m.start(), m.end(), " ")

    def _link(self, text_start: int, text_end: int, url: str, ticks: _Ticks,
              finder: NextFinder) -> None:
        begin = self.flow.builder.length
        self._inline(text_start, text_end, ticks, finder)
        if url:
            self.links.append(Link(html.unescape(url), begin, self.flow.builder.length))


def _destination(text: str, at: int, end: int) -> tuple[str, int] | None:
    """An inline link's destination after its ``(`` at ``at`` (markdown-it reads it: angle
    brackets, balanced parentheses, escapes; no look past ``_LINK_REACH`` characters), and
    where the link ends after its optional title and ``)``; None when it is not a link."""
    from markdown_it.helpers import parseLinkDestination, parseLinkTitle

    limit = min(end, at + _LINK_REACH)
    pos = _skip_space(text, at, limit)
    dest = parseLinkDestination(text, pos, limit)
    if not dest.ok:
        return None
    pos = _skip_space(text, dest.pos, limit)
    if pos > dest.pos and pos < limit and text[pos] in "\"'(":
        title = parseLinkTitle(text, pos, limit)
        if title.ok:
            pos = _skip_space(text, title.pos, limit)
    if pos >= limit or text[pos] != ")":
        return None
    return dest.str, pos + 1


def _skip_space(text: str, at: int, limit: int) -> int:
    while at < limit and text[at] in " \t\n":
        at += 1
    return at


def _candidates(text: str, start: int, end: int) -> Iterator[int]:
    """Where markup can start in ``text[start:end]``: a trigger character or a line start,
    in order (searching for these first is far faster than the patterns' own search)."""
    return heapq.merge((m.start() for m in _TRIGGER.finditer(text, start, end)),
                       (m.start() for m in _LINE_CANDIDATE.finditer(text, start, end)))
