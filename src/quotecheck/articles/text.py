"""Plain-text articles: the text is its own plain form."""

from __future__ import annotations

from quotecheck.articles.structure import bare_links, split_paragraphs
from quotecheck.models import Article
from quotecheck.textmap import identity_map


def parse_text(path: str, raw: str) -> Article:
    """An :class:`Article` for plain text ``raw`` read from ``path``."""
    return Article(
        path=path,
        raw=raw,
        plain=raw,
        plain_map=identity_map(len(raw)),
        paragraphs=split_paragraphs(raw),
        links=tuple(bare_links(raw)),
    )
