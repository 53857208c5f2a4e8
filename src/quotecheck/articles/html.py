"""HTML articles: visible text with a map back to the file, links, block quotations,
``<q>`` elements (shown with quotation marks, as browsers do), embeds and directives."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

from quotecheck.articles.directives import parse_directive
from quotecheck.articles.structure import bare_links, split_paragraphs
from quotecheck.models import Article, BlockSpan, Directive, Link
from quotecheck.textmap import TextMapBuilder

_HIDDEN = frozenset({"script", "style", "noscript", "template", "head", "svg", "iframe",
                     "object", "code", "pre"})
_BLOCK = frozenset({
    "p", "div", "section", "article", "main", "header", "footer", "aside", "nav", "li", "ul",
    "ol", "dl", "dt", "dd", "table", "tr", "td", "th", "blockquote", "h1", "h2", "h3", "h4",
    "h5", "h6", "figure", "figcaption", "hr", "address", "details", "summary", "form",
})
_STATUS = re.compile(r"https?://(?:www\.)?(?:twitter|x)\.com/\w+/status/\d+")


@dataclass
class _Open:
    tag: str
    plain_start: int
    href: str | None = None
    cite: str | None = None
    post: bool = False


@dataclass
class _Walker(HTMLParser):
    """Feeds the builder as the parser walks the file."""

    raw: str
    line_starts: list[int]
    builder: TextMapBuilder = field(default_factory=TextMapBuilder)
    stack: list[_Open] = field(default_factory=list)
    hidden: int = 0
    links: list[Link] = field(default_factory=list)
    blocks: list[BlockSpan] = field(default_factory=list)
    directives: list[Directive] = field(default_factory=list)

    def __post_init__(self) -> None:
        super().__init__(convert_charrefs=False)

    def _offset(self) -> int:
        line, column = self.getpos()
        return self.line_starts[line - 1] + column

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        at = self._offset()
        end = at + len(self.get_starttag_text() or "")
        values = dict(attrs)
        if tag in _HIDDEN:
            self.hidden += 1
        if tag == "br":
            self.builder.replace(at, end, "\n")
            return
        if tag in _BLOCK:
            self.builder.replace(at, end, "\n\n")
        elif tag == "q":
            self.builder.replace(at, end, "“")
        if tag == "q" and values.get("cite"):
            self.directives.append(Directive("source", self.builder.length - 1,
                                             values["cite"] or ""))
        post = tag == "blockquote" and "twitter-tweet" in (values.get("class") or "")
        self.stack.append(_Open(tag, self.builder.length, values.get("href"),
                                values.get("cite"), post))

    def handle_endtag(self, tag: str) -> None:
        at = self._offset()
        end = self.raw.find(">", at) + 1 or len(self.raw)
        if tag in _HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        opened = next((o for o in reversed(self.stack) if o.tag == tag), None)
        if opened is None:
            return
        while self.stack and self.stack.pop() is not opened:
            pass
        if tag == "q":
            self.builder.replace(at, end, "”")
        elif tag in _BLOCK:
            self.builder.replace(at, end, "\n\n")
        self._close(opened)

    def _close(self, opened: _Open) -> None:
        if opened.tag == "a" and opened.href:
            self.links.append(Link(html.unescape(opened.href), opened.plain_start,
                                   self.builder.length))
            if _STATUS.match(opened.href):
                for o in self.stack:
                    o.cite = o.cite if not o.post else html.unescape(opened.href)
        elif opened.tag == "blockquote" and not self.hidden:
            self.blocks.append(BlockSpan(opened.plain_start, self.builder.length,
                                         opened.cite, opened.post))

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.builder.copy(self._offset(), data)

    def _reference(self, text: str) -> None:
        at = self._offset()
        end = self.raw.find(";", at, at + 40)
        end = end + 1 if end >= 0 else at + len(text)
        if not self.hidden:
            self.builder.replace(at, end, html.unescape(self.raw[at:end]))

    def handle_entityref(self, name: str) -> None:
        self._reference(f"&{name}")

    def handle_charref(self, name: str) -> None:
        self._reference(f"&#{name}")

    def handle_comment(self, data: str) -> None:
        directive = parse_directive(data, self.builder.length)
        if directive is not None:
            self.directives.append(directive)


def parse_html(path: str, raw: str) -> Article:
    """An :class:`Article` for the HTML text ``raw`` read from ``path``."""
    line_starts = [0, *(m.end() for m in re.finditer("\n", raw))]
    walker = _Walker(raw, line_starts)
    walker.feed(raw)
    walker.close()
    plain, plain_map = walker.builder.build(len(raw))
    known = {(link.start, link.end) for link in walker.links}
    links = walker.links + [link for link in bare_links(plain)
                            if (link.start, link.end) not in known]
    return Article(
        path=path, raw=raw, plain=plain, plain_map=plain_map,
        paragraphs=split_paragraphs(plain), links=tuple(sorted(links, key=lambda k: k.start)),
        directives=tuple(walker.directives), blocks=tuple(walker.blocks),
    )
