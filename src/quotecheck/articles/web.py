"""Web articles (``quotecheck verify https://…``): the published page, fetched like a web
source (same safety checks, cache and limits), read as its main text.

The main text is trafilatura's (favouring recall, without comments), kept as paragraphs —
headings, list items, table cells, block quotations — with its links, so that cited
sources still work; when trafilatura finds no main text, the page's visible text is read
instead. A Word file or plain text at the address is read as such. Positions are paragraphs
and character offsets of that text (see :mod:`quotecheck.articles.flat`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any
from urllib.parse import urljoin

from quotecheck.articles.flat import FlatParagraph, flat_article
from quotecheck.articles.structure import split_paragraphs
from quotecheck.decode import decode_text
from quotecheck.errors import ArticleError
from quotecheck.models import Article, Link
from quotecheck.settings import CacheSettings, NetworkSettings

if TYPE_CHECKING:
    from quotecheck.sources.http import Fetched

WebReader = Callable[[str], Article]
_TEXT_TAGS = frozenset({"p", "head", "item", "cell", "quote"})
_INLINE_TAGS = frozenset({"ref", "hi", "lb"})
_SKIPPED_TAGS = frozenset({"code", "graphic", "comments", "note"})
_SPACE = re.compile(r"\s+")


def is_web_address(name: str) -> bool:
    """True when an article named on the command line is a web address."""
    return name.lower().startswith(("http://", "https://"))


@dataclass
class _Text:
    """One paragraph as it is read, whitespace collapsed as a browser shows it."""

    page: str
    pieces: list[str] = field(default_factory=list)
    length: int = 0
    links: list[Link] = field(default_factory=list)

    def add(self, text: str | None) -> None:
        """Append ``text`` with its runs of whitespace shown as one space."""
        text = _SPACE.sub(" ", text or "")
        if text.startswith(" ") and (not self.pieces or self.pieces[-1][-1:] in (" ", "\n")):
            text = text[1:]
        if text:
            self.pieces.append(text)
            self.length += len(text)

    def inline(self, element: Any) -> None:
        """Append an inline element: a link, a highlight or a line break, then its tail."""
        if element.tag == "lb":
            if self.pieces and not self.pieces[-1].endswith("\n"):
                self.pieces.append("\n")
                self.length += 1
        else:
            start = self.length
            self.add(element.text)
            for child in element:
                self.inline(child)
            if element.tag == "ref" and element.get("target") and self.length > start:
                self.links.append(Link(urljoin(self.page, element.get("target")), start,
                                       self.length))
        self.add(element.tail)


def _paragraphs(element: Any, page: str, in_quote: bool, out: list[FlatParagraph]) -> None:
    """The paragraphs of trafilatura's XML below ``element``, in order."""
    if element.tag in _SKIPPED_TAGS:
        return
    inline = [c for c in element if c.tag in _INLINE_TAGS]
    quoted = in_quote or element.tag == "quote"
    if element.tag in _TEXT_TAGS and ((element.text or "").strip() or inline):
        text = _Text(page)
        text.add(element.text)
        for child in inline:
            text.inline(child)
        joined = "".join(text.pieces).rstrip()
        links = tuple(Link(k.url, k.start, min(k.end, len(joined))) for k in text.links)
        out.append(FlatParagraph(joined, links, block=quoted))
    for child in element:
        if child.tag not in _INLINE_TAGS:
            _paragraphs(child, page, quoted, out)


def main_text_paragraphs(markup: bytes, page: str) -> list[FlatParagraph]:
    """The page's main text as paragraphs, with links resolved against ``page``."""
    import trafilatura
    from lxml import etree  # type: ignore[import-untyped]

    xml = trafilatura.extract(markup, output_format="xml", include_links=True,
                              favor_recall=True, include_comments=False, include_tables=True)
    if not xml:
        return []
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    root = etree.fromstring(xml.encode(), parser)
    main = root.find("main")
    out: list[FlatParagraph] = []
    if main is not None:
        _paragraphs(main, page, False, out)
    return out


def _html_article(url: str, fetched: Fetched) -> Article:
    from quotecheck.sources.web import web_text

    source = web_text(url, fetched)  # the source reader's checks: consent walls, empty pages
    if source.error is not None:
        raise ArticleError(f"{url}: {source.error}")
    paragraphs = main_text_paragraphs(fetched.body, fetched.url)
    if not paragraphs:  # no main text found: the visible text
        visible = source.alternatives[0].text if source.layer == "main" else source.text
        paragraphs = [FlatParagraph(" ".join(p.split())) for p in visible.split("\n\n")]
    return flat_article(url, paragraphs)


def read_web_article(url: str, network: NetworkSettings, cache: CacheSettings) -> Article:
    """Fetch and read the article at ``url``; an :class:`ArticleError` says why it cannot."""
    from quotecheck.sources.http import Fetcher
    from quotecheck.sources.web import sniff

    fetched = Fetcher(network, cache).fetch(url)
    if fetched.error is not None:
        raise ArticleError(f"{url}: {fetched.error}")
    kind = sniff(fetched.body)
    if kind == "html":
        return _html_article(url, fetched)
    if kind == "zip":
        from quotecheck.articles.docx import parse_docx  # lxml: only for Word files

        return parse_docx(url, fetched.body)
    if kind == "pdf":
        raise ArticleError(f"{url}: a PDF is not supported as an article (use it as a source)")
    text = decode_text(fetched.body, url, strict=False)
    return flat_article(url, [FlatParagraph(text[p.start:p.end])
                              for p in split_paragraphs(text)])


def web_reader(network: NetworkSettings | None = None, cache: CacheSettings | None = None
               ) -> WebReader:
    """A reader of web articles with these settings (the defaults when None)."""
    def read(url: str) -> Article:
        return read_web_article(url, network or NetworkSettings(), cache or CacheSettings())
    return read
