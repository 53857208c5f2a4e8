"""Markdown articles: strip markup into plain text, keeping a map back to the file.

Block structure (code blocks, HTML blocks) comes from markdown-it-py; inline markup is
removed by one pass of a pattern so that every plain character keeps its file offset.
"""

from __future__ import annotations

import heapq
import html
import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass, field

from markdown_it import MarkdownIt

from quotecheck.articles.directives import parse_directive
from quotecheck.articles.frontmatter import split_front_matter
from quotecheck.articles.structure import bare_links, split_paragraphs
from quotecheck.models import Article, BlockSpan, Directive, Link
from quotecheck.textmap import TextMap, TextMapBuilder

_INLINE = re.compile(
    r"(?P<linestart>^[ \t]{0,3}(?:(?:>[ \t]?)+(?:[-*+][ \t]+|\d{1,9}[.)][ \t]+)?"
    r"|#{1,6}[ \t]+|[-*+][ \t]+|\d{1,9}[.)][ \t]+))"
    r"|(?P<code>(?P<ticks>`+)[\s\S]*?(?P=ticks))"
    r"|(?P<comment><!--[\s\S]*?-->)"
    r"|(?P<image>!\[[^\]\n]*\]\([^)\n]*\))"
    r"|(?P<link>\[(?P<ltext>[^\[\]]*(?:\[[^\[\]]*\][^\[\]]*)*)\]"
    r"\(\s*<?(?P<lurl>[^\s)>]*)>?(?:\s+(?:\"[^\"]*\"|'[^']*'))?\s*\))"
    r"|(?P<reflink>\[(?P<rtext>[^\[\]]+)\]\[(?P<rref>[^\[\]]*)\])"
    r"|(?P<anchor><a\s[^>]*?href=\"(?P<aurl>[^\"]*)\"[^>]*>(?P<atext>[\s\S]*?)</a\s*>)"
    r"|(?P<autolink><(?P<auto>https?://[^>\s]+)>)"
    r"|(?P<tag></?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>)"
    r"|(?P<emph>(?<![\w*\\])[*_]{1,3}(?=[^\s*_])|(?<=[^\s*_\\])[*_]{1,3}(?![\w*]))"
    r"|(?P<escape>\\(?P<escaped>[!-/:-@\[-`{-~]))"
    r"|(?P<entity>&(?:#\d{1,7}|#x[0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});)",
    re.MULTILINE,
)
# Where markup can start: one character class, or a line start. Searching for these first
# and trying the full pattern only there is far faster than the full pattern's own search,
# whose alternatives defeat the engine's skipping of plain text.
_TRIGGER = re.compile(r"[`*_\\&<\[!]")
_LINE_START = re.compile(r"^[ \t]{0,3}(?:>|#|[-*+][ \t]|\d{1,9}[.)][ \t])", re.MULTILINE)


def _markup_matches(raw: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """The matches of the inline-markup pattern in ``raw[start:end]``, in order."""
    candidates = heapq.merge((m.start() for m in _TRIGGER.finditer(raw, start, end)),
                             (m.start() for m in _LINE_START.finditer(raw, start, end)))
    last = start
    for at in candidates:
        if at < last:
            continue
        m = _INLINE.match(raw, at, end)
        if m is not None and m.end() > at:
            yield m
            last = m.end()


_REFDEF = re.compile(r"^[ \t]{0,3}\[(?P<ref>[^\]]+)\]:[ \t]*<?(?P<url>\S+?)>?(?:[ \t]+.*)?$",
                     re.MULTILINE)


@dataclass
class _Stripper:
    """Accumulates plain text and links while walking a Markdown file."""

    raw: str
    refs: dict[str, str]
    builder: TextMapBuilder = field(default_factory=TextMapBuilder)
    links: list[Link] = field(default_factory=list)
    directives: list[Directive] = field(default_factory=list)

    def inline(self, start: int, end: int) -> None:
        """Copy ``raw[start:end]`` into the plain text, markup removed."""
        pos = start
        for m in _markup_matches(self.raw, start, end):
            self.builder.copy(pos, self.raw[pos : m.start()])
            self._markup(m)
            pos = m.end()
        self.builder.copy(pos, self.raw[pos:end])

    def _markup(self, m: re.Match[str]) -> None:
        kind = m.lastgroup
        if kind == "link":
            self._link(m.start("ltext"), m.end("ltext"), m.group("lurl"))
        elif kind == "reflink":
            ref = (m.group("rref") or m.group("rtext")).strip().casefold()
            self._link(m.start("rtext"), m.end("rtext"), self.refs.get(ref, ""))
        elif kind == "anchor":
            self._link(m.start("atext"), m.end("atext"), html.unescape(m.group("aurl")))
        elif kind == "autolink":
            self._link(m.start("auto"), m.end("auto"), m.group("auto"))
        elif kind == "escape":
            self.builder.copy(m.start("escaped"), m.group("escaped"))
        elif kind == "entity":
            self.builder.replace(m.start(), m.end(), html.unescape(m.group(0)))
        elif kind == "comment":
            self.comment(m.group(0)[4:-3])
            self.builder.replace(m.start(), m.end(), " ")
        elif kind in ("code", "image"):
            self.builder.replace(m.start(), m.end(), " ")

    def comment(self, body: str) -> None:
        """Record a directive comment at the current plain offset."""
        directive = parse_directive(body, self.builder.length)
        if directive is not None:
            self.directives.append(directive)

    def _link(self, text_start: int, text_end: int, url: str) -> None:
        begin = self.builder.length
        self.inline(text_start, text_end)
        if url:
            self.links.append(Link(url, begin, self.builder.length))


# Only block structure is needed: inline parsing would cost most of the time, and setext
# headings change no code, HTML or quotation block (their check runs on every line).
_BLOCK_PARSER = MarkdownIt("commonmark").disable(["inline", "text_join", "lheading"])


@dataclass(frozen=True)
class _Structure:
    """Line ranges (0-based, half-open) that markdown-it finds in the body."""

    excluded: list[tuple[int, int, str]]
    quotes: list[tuple[int, int]]


def _structure(body: str) -> _Structure:
    """Code and HTML blocks (never scanned) and outermost block quotations."""
    tokens = _BLOCK_PARSER.parse(body)
    excluded = [
        (t.map[0], t.map[1], t.type)
        for t in tokens
        if t.type in ("fence", "code_block", "html_block") and t.map is not None
    ]
    quotes = [
        (t.map[0], t.map[1])
        for t in tokens
        if t.type == "blockquote_open" and t.level == 0 and t.map is not None
    ]
    return _Structure(sorted(excluded), quotes)


def _line_starts(text: str) -> list[int]:
    starts = [0]
    starts.extend(m.end() for m in re.finditer("\n", text))
    return starts


_COMMENT = re.compile(r"<!--(.*?)-->", re.DOTALL)


def plain_offset(plain_map: TextMap, length: int, raw_offset: int) -> int:
    """The first plain offset whose character comes from at or after ``raw_offset``."""
    return bisect_left(range(length), raw_offset, key=plain_map.start)


def parse_markdown(path: str, raw: str) -> Article:
    """An :class:`Article` for the Markdown text ``raw`` read from ``path``."""
    front = split_front_matter(raw)
    body = raw[front.body_start :]
    refs = {m.group("ref").strip().casefold(): m.group("url") for m in _REFDEF.finditer(body)}
    stripper = _Stripper(raw, refs)
    starts = _line_starts(body)
    starts.append(len(body))
    structure = _structure(body)
    pos = 0
    for first, last, kind in structure.excluded:
        block_start = starts[min(first, len(starts) - 1)]
        block_end = starts[min(last, len(starts) - 1)]
        _inline_without_refdefs(stripper, body, front.body_start, pos, block_start)
        if kind == "html_block":
            for comment in _COMMENT.finditer(body, block_start, block_end):
                stripper.comment(comment.group(1))
        stripper.builder.replace(front.body_start + block_start, front.body_start + block_end,
                                 "\n\n")
        pos = block_end
    _inline_without_refdefs(stripper, body, front.body_start, pos, len(body))
    plain, plain_map = stripper.builder.build(len(raw))
    links = stripper.links
    known = {(link.start, link.end) for link in links}
    links.extend(link for link in bare_links(plain) if (link.start, link.end) not in known)
    links.sort(key=lambda link: link.start)
    def at_line(line: int) -> int:
        raw_offset = front.body_start + starts[min(line, len(starts) - 1)]
        return plain_offset(plain_map, len(plain), raw_offset)

    blocks = tuple(BlockSpan(at_line(first), at_line(last)) for first, last in structure.quotes)
    return Article(
        path=path, raw=raw, plain=plain, plain_map=plain_map,
        paragraphs=split_paragraphs(plain), links=tuple(links), sources=front.sources,
        directives=tuple(stripper.directives), blocks=blocks, enabled=front.enabled,
        date=front.date,
    )


def _inline_without_refdefs(
    stripper: _Stripper, body: str, offset: int, start: int, end: int
) -> None:
    pos = start
    for m in _REFDEF.finditer(body, start, end):
        stripper.inline(offset + pos, offset + m.start())
        pos = m.end()
    stripper.inline(offset + pos, offset + end)
