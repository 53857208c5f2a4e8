"""What HTML elements do to an article's plain text, for HTML articles and for the raw
HTML inside Markdown: hidden elements, block breaks, ``<q>`` marks, links, block
quotations with their ``cite=`` and the speaker a ``<cite>``, ``<footer>`` or
``<figcaption>`` names, and directive comments."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field, replace

from quotecheck.articles.directives import parse_directive
from quotecheck.articles.htmltags import Comment, Tag, entities, markup
from quotecheck.articles.templates import BREAK, MASK
from quotecheck.models import BlockSpan, Directive, Link
from quotecheck.textmap import TextMapBuilder

HIDDEN = frozenset({"script", "style", "noscript", "template", "head", "svg", "iframe",
                    "object", "code", "pre", "textarea", "title", "math", "kbd", "samp"})
BLOCK = frozenset({
    "p", "div", "section", "article", "main", "header", "footer", "aside", "nav", "li", "ul",
    "ol", "dl", "dt", "dd", "table", "tr", "td", "th", "blockquote", "h1", "h2", "h3", "h4",
    "h5", "h6", "figure", "figcaption", "hr", "address", "details", "summary", "form",
})
#: elements inside a block quotation (or its figure) that name who is quoted
ATTRIBUTION = frozenset({"cite", "footer", "figcaption"})
VOID = frozenset({"br", "img", "hr", "input", "meta", "link", "source", "wbr", "area", "col",
                  "embed", "param", "track", "base"})
_STATUS = re.compile(r"https?://(?:www\.)?(?:twitter|x)\.com/\w+/status/\d+")
_SIGN = re.compile(r"^[\s—–~-]+|[\s,;:.]+$")
_SPACES = re.compile(r"\s+")


def _unmasked(markup: str) -> str:
    """What a character reference or a masked template shows."""
    if markup[0] == BREAK or BREAK in markup:
        return "\n\n"
    if markup[0] == MASK:
        return " "
    return html.unescape(markup)


@dataclass
class _Open:
    """An element not closed yet."""

    tag: str
    plain_start: int
    href: str | None = None
    cite: str | None = None
    post: bool = False
    quote_end: int | None = None
    block: int | None = None
    speaker: str | None = None
    closed: bool = False


_QUOTE_TAGS = frozenset({"blockquote", "figure"})
_QUOTE_LOOKBACK = 8


class _Elements:
    """The open elements, with counts per tag and the open quotes and hidden elements
    kept apart, so that no end tag, attribution or paragraph end walks the whole stack."""

    def __init__(self) -> None:
        self.stack: list[_Open] = []
        self.counts: dict[str, int] = {}
        self.quotes: list[_Open] = []
        self.hiding: list[_Open] = []

    def push(self, opened: _Open) -> None:
        """Open an element."""
        self.stack.append(opened)
        self.counts[opened.tag] = self.counts.get(opened.tag, 0) + 1
        if opened.tag in _QUOTE_TAGS:
            self.quotes.append(opened)
        if opened.tag in HIDDEN:
            self.hiding.append(opened)

    def close(self, tag: str) -> _Open | None:
        """Close the innermost open ``tag`` and every element opened inside it."""
        if not self.counts.get(tag):
            return None
        while self.stack:
            opened = self.stack.pop()
            if opened.closed:
                continue
            self._forget(opened)
            if opened.tag == tag:
                return opened
        return None

    def _forget(self, opened: _Open) -> None:
        opened.closed = True
        self.counts[opened.tag] -= 1
        for kept in (self.quotes, self.hiding):
            if kept and kept[-1] is opened:
                kept.pop()

    def close_hidden(self) -> None:
        """Close every element that hides text, wherever it stands."""
        for opened in self.hiding:
            opened.closed = True
            self.counts[opened.tag] -= 1
        self.hiding.clear()

    def quote(self) -> _Open | None:
        """The innermost block quotation (not a post), or a figure holding one."""
        for opened in reversed(self.quotes[-_QUOTE_LOOKBACK:]):
            if opened.tag == "blockquote" and not opened.post:
                return opened
            if opened.tag == "figure" and opened.block is not None:
                return opened
        return None

    def figure(self) -> _Open | None:
        """The innermost open figure among the open quotes."""
        return next((o for o in reversed(self.quotes[-_QUOTE_LOOKBACK:])
                     if o.tag == "figure"), None)

    def posts(self) -> list[_Open]:
        """The open embedded posts."""
        return [o for o in self.quotes[-_QUOTE_LOOKBACK:] if o.post]


@dataclass
class HtmlFlow:
    """Feeds a :class:`TextMapBuilder` with the text HTML shows, element by element."""

    raw: str
    builder: TextMapBuilder
    elements: _Elements = field(default_factory=_Elements)
    links: list[Link] = field(default_factory=list)
    blocks: list[BlockSpan] = field(default_factory=list)
    directives: list[Directive] = field(default_factory=list)
    naming: list[str] | None = None

    @property
    def hidden(self) -> bool:
        """Whether the text here is hidden (inside a script, code…)."""
        return bool(self.elements.hiding)

    def feed(self, start: int, end: int) -> None:
        """Read ``raw[start:end]`` as HTML: its tags, comments and text in order."""
        pos = start
        for item in markup(self.raw, start, end):
            self.text(pos, item.start)
            if isinstance(item, Tag):
                self.tag(item)
            else:
                self.comment(item)
            pos = item.end
        self.text(pos, end)

    def text(self, start: int, end: int) -> None:
        """Show ``raw[start:end]``, character references decoded."""
        if self.hidden or start >= end:
            return
        pos = start
        for m in entities(self.raw, start, end):
            self._copy(pos, self.raw[pos : m.start()])
            value = _unmasked(m.group(0))
            self.builder.replace(m.start(), m.end(), value)
            if self.naming is not None:
                self.naming.append(value)
            pos = m.end()
        self._copy(pos, self.raw[pos:end])

    def copy(self, at: int, text: str) -> None:
        """Show ``text``, which stands 1:1 at ``at`` in the file (unless hidden)."""
        if not self.hidden:
            self._copy(at, text)

    def _copy(self, at: int, text: str) -> None:
        if not text:
            return
        self.builder.copy(at, text)
        if self.naming is not None:
            self.naming.append(text)

    def comment(self, item: Comment) -> None:
        """A comment: a directive or nothing."""
        directive = parse_directive(item.body, self.builder.length)
        if directive is not None:
            self.directives.append(directive)

    def tag(self, tag: Tag) -> None:
        """A start or end tag."""
        if tag.closing:
            self._end(tag)
        else:
            self._start(tag)

    def _start(self, tag: Tag) -> None:
        name = tag.name
        if name == "br":
            if not self.hidden:
                self.builder.replace(tag.start, tag.end, "\n")
            return
        if name in VOID or tag.self_closing:
            return
        if name in HIDDEN:
            self.elements.push(_Open(name, self.builder.length))
        self._break_or_mark(tag, "“")
        if name == "q" and tag.attr("cite"):
            self.directives.append(Directive("source", max(0, self.builder.length - 1),
                                             tag.attr("cite") or ""))
        if name in ATTRIBUTION:
            self._start_naming()
        if name not in HIDDEN:
            self.elements.push(self._opened(tag))

    def _opened(self, tag: Tag) -> _Open:
        """The record of an element just opened (attributes read only where they count)."""
        if not tag.attrs:
            return _Open(tag.name, self.builder.length)
        post = tag.name == "blockquote" and "twitter-tweet" in (tag.attr("class") or "")
        return _Open(tag.name, self.builder.length,
                     tag.attr("href") if tag.name == "a" else None,
                     tag.attr("cite") if tag.name in ("blockquote", "q") else None, post)

    def _break_or_mark(self, tag: Tag, mark: str) -> None:
        if self.hidden or tag.name in HIDDEN:
            return
        if tag.name in BLOCK:
            self.builder.replace(tag.start, tag.end, "\n\n")
        elif tag.name == "q":
            self.builder.replace(tag.start, tag.end, mark)

    def _start_naming(self) -> None:
        quote = self.elements.quote()
        if quote is not None and quote.quote_end is None and self.naming is None:
            quote.quote_end = self.builder.length
            self.naming = []

    def _end(self, tag: Tag) -> None:
        opened = self.elements.close(tag.name)
        if opened is None:
            return
        self._break_or_mark(tag, "”")
        self._close(opened)

    def _close(self, opened: _Open) -> None:
        if opened.tag == "a" and opened.href:
            self.links.append(Link(html.unescape(opened.href), opened.plain_start,
                                   self.builder.length))
            if _STATUS.match(opened.href):
                for post in self.elements.posts():
                    post.cite = html.unescape(opened.href)
        elif opened.tag in ATTRIBUTION and self.naming is not None:
            named = _SPACES.sub(" ", "".join(self.naming)).split(",")[0]
            self._named(_SIGN.sub("", named))
        elif opened.tag == "blockquote" and not self.hidden:
            end = opened.quote_end if opened.quote_end is not None else self.builder.length
            self.blocks.append(BlockSpan(opened.plain_start, end, opened.cite, opened.post,
                                         opened.speaker))
            figure = self.elements.figure()
            if figure is not None and figure.block is None:
                figure.block = len(self.blocks) - 1

    def _named(self, name: str) -> None:
        """The attribution just read names the speaker of the quote it belongs to."""
        self.naming = None
        quote = self.elements.quote()
        if quote is None or not name or len(name) > 120:
            return
        if quote.tag == "blockquote":
            quote.speaker = name
        elif quote.block is not None:
            self.blocks[quote.block] = replace(self.blocks[quote.block], speaker=name)

    def close_hidden(self) -> None:
        """Close elements that hide text (an unclosed ``<code>`` must not swallow the
        rest of a Markdown article)."""
        self.elements.close_hidden()
