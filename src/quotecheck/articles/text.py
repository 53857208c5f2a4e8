"""Plain-text articles: the text is its own plain form."""

from __future__ import annotations

import re

from quotecheck.articles.structure import bare_links, split_paragraphs
from quotecheck.models import Article, BlockSpan, Paragraph
from quotecheck.textmap import identity_map

_INDENTED = re.compile(r"(?:\t| {4})\S")


def indented_blocks(text: str, paragraphs: tuple[Paragraph, ...]) -> tuple[BlockSpan, ...]:
    """Paragraphs whose every line is indented (a tab or four spaces): block quotations."""
    blocks = []
    for paragraph in paragraphs:
        start = text.rfind("\n", 0, paragraph.start) + 1
        lines = text[start : paragraph.end].split("\n")
        if all(_INDENTED.match(line) for line in lines if line.strip()):
            blocks.append(BlockSpan(paragraph.start, paragraph.end))
    return tuple(blocks)


def parse_text(path: str, raw: str) -> Article:
    """An :class:`Article` for plain text ``raw`` read from ``path``."""
    paragraphs = split_paragraphs(raw)
    return Article(
        path=path,
        raw=raw,
        plain=raw,
        plain_map=identity_map(len(raw)),
        paragraphs=paragraphs,
        links=tuple(bare_links(raw)),
        blocks=indented_blocks(raw, paragraphs),
    )
