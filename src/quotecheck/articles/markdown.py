"""Markdown articles (and MDX): plain text with a map back to the file, links, block
quotations, directives.

Template syntax is masked first (:mod:`quotecheck.articles.templates`); markdown-it-py then
gives the block structure: code blocks are never read, HTML blocks are read as HTML (with
the same :class:`HtmlFlow` as HTML articles, so a ``<blockquote>`` opened in one HTML block
and closed in another holds the Markdown between), block quotations become blocks, and the
rest goes paragraph by paragraph through the linear inline reader.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass

from markdown_it import MarkdownIt

from quotecheck.articles.frontmatter import split_front_matter
from quotecheck.articles.htmlflow import HtmlFlow
from quotecheck.articles.inline import InlineReader
from quotecheck.articles.mdx import mask_mdx
from quotecheck.articles.structure import bare_links, split_paragraphs
from quotecheck.articles.templates import Masked, mask_templates
from quotecheck.models import Article, BlockSpan, Link
from quotecheck.textmap import TextMap, TextMapBuilder

_REFDEF = re.compile(r"^[ \t]{0,3}\[(?P<ref>[^\]\n]+)\]:[ \t]*<?(?P<url>\S+?)>?(?:[ \t]+.*)?$",
                     re.MULTILINE)
_CHUNK_END = re.compile(r"\n[ \t>]*\n")
#: the block-quotation markers opening a line (``> ``, ``> > ``)
_QUOTE_MARKERS = re.compile(r"^(?:[ \t]{0,3}>)+[ \t]?", re.MULTILINE)
# Only block structure is needed: markdown-it's inline tokens carry no source positions,
# and setext headings change no code, HTML or quotation block.
_BLOCK_PARSER = MarkdownIt("commonmark").disable(["inline", "text_join", "lheading"])


@dataclass(frozen=True)
class _Structure:
    """Line ranges (0-based, half-open) that markdown-it finds in the body."""

    excluded: list[tuple[int, int, str]]
    quotes: list[tuple[int, int]]


def _structure(body: str) -> _Structure:
    """Code and HTML blocks (read apart from prose) and outermost block quotations."""
    tokens = _BLOCK_PARSER.parse(body)
    excluded = []
    depth = 0  # how many block quotations hold the token
    for t in tokens:
        depth += (t.type == "blockquote_open") - (t.type == "blockquote_close")
        if t.type in ("fence", "code_block", "html_block") and t.map is not None:
            quoted = t.type == "html_block" and depth > 0
            excluded.append((t.map[0], t.map[1], "quoted_html" if quoted else t.type))
    quotes = [
        (t.map[0], t.map[1])
        for t in tokens
        if t.type == "blockquote_open" and t.level == 0 and t.map is not None
    ]
    return _Structure(sorted(excluded), quotes)


def plain_offset(plain_map: TextMap, length: int, raw_offset: int) -> int:
    """The first plain offset whose character comes from at or after ``raw_offset``."""
    return bisect_left(range(length), raw_offset, key=plain_map.start)


class _Reader:
    """Walks the masked text block by block."""

    def __init__(self, raw: str, text: str, refs: dict[str, str]) -> None:
        self.text = text
        self.flow = HtmlFlow(text, TextMapBuilder())
        self.inline = InlineReader(raw, text, refs, self.flow)

    def prose(self, start: int, end: int) -> None:
        """Markdown prose, chunk by chunk (blank lines end code spans and comments);
        link reference definitions are left out."""
        pos = start
        for m in _REFDEF.finditer(self.text, start, end):
            self._chunks(pos, m.start())
            pos = m.end()
        self._chunks(pos, end)

    def _chunks(self, start: int, end: int) -> None:
        pos = start
        for gap in _CHUNK_END.finditer(self.text, start, end):
            self.inline.paragraph(pos, gap.end())
            pos = gap.end()
        self.inline.paragraph(pos, end)

    def html(self, start: int, end: int, quoted: bool = False) -> None:
        """An HTML block: tags, comments and text as HTML shows them; inside a block
        quotation, the ``>`` markers opening its lines are no part of it."""
        flow = self.flow
        flow.builder.replace(start, start, "\n\n")
        pos = start
        for m in _QUOTE_MARKERS.finditer(self.text, start, end) if quoted else ():
            flow.feed(pos, m.start())
            pos = m.end()
        flow.feed(pos, end)
        flow.close_hidden()
        flow.builder.replace(end, end, "\n\n")


def parse_markdown(path: str, raw: str) -> Article:
    """An :class:`Article` for the Markdown (or MDX) text ``raw`` read from ``path``."""
    front = split_front_matter(raw)
    masked = mask_templates(raw, front.body_start)
    text = masked.text
    if path.lower().endswith(".mdx"):
        text = mask_mdx(text, front.body_start)
    body = text[front.body_start :]
    refs = {m.group("ref").strip().casefold(): m.group("url") for m in _REFDEF.finditer(body)}
    reader = _Reader(raw, text, refs)
    starts = [0, *(m.end() for m in re.finditer("\n", body)), len(body)]
    structure = _structure(body)

    def at(line: int) -> int:
        return front.body_start + starts[min(line, len(starts) - 1)]

    pos = front.body_start
    for first, last, kind in structure.excluded:
        reader.prose(pos, at(first))
        if kind in ("html_block", "quoted_html"):
            reader.html(at(first), at(last), quoted=kind == "quoted_html")
        else:
            reader.flow.builder.replace(at(first), at(last), "\n\n")
        pos = at(last)
    reader.prose(pos, len(raw))
    plain, plain_map = reader.flow.builder.build(len(raw))
    links = _links(plain, reader.inline.links + reader.flow.links)

    def plain_at(raw_offset: int) -> int:
        return plain_offset(plain_map, len(plain), raw_offset)

    blocks = [BlockSpan(plain_at(at(first)), plain_at(at(last)))
              for first, last in structure.quotes]
    blocks += reader.flow.blocks + _shortcode_blocks(masked, plain_at)
    return Article(
        path=path, raw=raw, plain=plain, plain_map=plain_map,
        paragraphs=split_paragraphs(plain), links=links, sources=front.sources,
        directives=tuple(reader.flow.directives),
        blocks=tuple(sorted(blocks, key=lambda b: b.start)), enabled=front.enabled,
        date=front.date, problems=(front.problem,) if front.problem else (),
    )


def _links(plain: str, found: list[Link]) -> tuple[Link, ...]:
    known = {(link.start, link.end) for link in found}
    links = found + [link for link in bare_links(plain) if (link.start, link.end) not in known]
    return tuple(sorted(links, key=lambda link: link.start))


def _shortcode_blocks(masked: Masked, plain_at: Callable[[int], int]) -> list[BlockSpan]:
    return [BlockSpan(plain_at(q.start), plain_at(q.end), q.cite, speaker=q.speaker)
            for q in masked.quotes]
