"""HTML articles: visible text with a map back to the file, links, block quotations (with
the speaker their ``<cite>``/``<footer>``/``<figcaption>`` names), ``<q>`` elements (shown
with quotation marks, as browsers do), embeds and directives. Read in linear time."""

from __future__ import annotations

from quotecheck.articles.htmlflow import HtmlFlow
from quotecheck.articles.structure import bare_links, split_paragraphs
from quotecheck.models import Article
from quotecheck.textmap import TextMapBuilder


def parse_html(path: str, raw: str) -> Article:
    """An :class:`Article` for the HTML text ``raw`` read from ``path``."""
    flow = HtmlFlow(raw, TextMapBuilder())
    flow.feed(0, len(raw))
    plain, plain_map = flow.builder.build(len(raw))
    known = {(link.start, link.end) for link in flow.links}
    links = flow.links + [link for link in bare_links(plain)
                          if (link.start, link.end) not in known]
    return Article(
        path=path, raw=raw, plain=plain, plain_map=plain_map,
        paragraphs=split_paragraphs(plain), links=tuple(sorted(links, key=lambda k: k.start)),
        directives=tuple(flow.directives), blocks=tuple(flow.blocks),
    )
