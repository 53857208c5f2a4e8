"""Visible text of an HTML page: scripts, styles and hidden parts dropped, blocks separated."""

from __future__ import annotations

from bs4 import (
    BeautifulSoup,
    Comment,
    Doctype,
    FeatureNotFound,
    NavigableString,
    PageElement,
    ProcessingInstruction,
    Tag,
)

_INVISIBLE = ("script", "style", "noscript", "template", "head", "svg", "iframe", "object")
_BLOCKS = frozenset({
    "p", "div", "section", "article", "main", "header", "footer", "aside", "nav", "li", "ul",
    "ol", "dl", "dt", "dd", "table", "tr", "td", "th", "thead", "tbody", "blockquote", "pre",
    "h1", "h2", "h3", "h4", "h5", "h6", "figure", "figcaption", "br", "hr", "address",
    "details", "summary", "form", "fieldset", "caption",
})


def parse_html(markup: str | bytes) -> BeautifulSoup:
    """A parsed page (lxml when it is installed, as it is with trafilatura: much faster)."""
    try:
        return BeautifulSoup(markup, "lxml")
    except FeatureNotFound:
        return BeautifulSoup(markup, "html.parser")


def html_to_text(markup: str | bytes | BeautifulSoup) -> str:
    """The visible text of ``markup``, one block per paragraph (a parsed page is changed)."""
    soup = markup if isinstance(markup, BeautifulSoup) else parse_html(markup)
    for tag in soup.find_all(_INVISIBLE):
        tag.decompose()
    for tag in soup.find_all(attrs={"hidden": True}):
        tag.decompose()
    pieces: list[str] = []
    _walk(soup, pieces)
    lines = (" ".join(line.split()) for line in "".join(pieces).split("\n"))
    text = "\n".join(lines)
    while "\n\n\n" in text:
        text = text.replace("\n\n\n", "\n\n")
    return text.strip()


def _walk(node: Tag, pieces: list[str]) -> None:
    """Text and block breaks of ``node``'s descendants, in document order (iterative: a
    page nested 10^5 deep must not exhaust the stack)."""
    stack: list[PageElement | str] = list(reversed(list(node.children)))
    while stack:
        item = stack.pop()
        if isinstance(item, str) and not isinstance(item, NavigableString):
            pieces.append(item)  # a block's closing break
        elif isinstance(item, (Comment, Doctype, ProcessingInstruction)):
            continue
        elif isinstance(item, NavigableString):
            pieces.append(str(item))
        elif isinstance(item, Tag):
            block = item.name in _BLOCKS
            if block:
                pieces.append("\n\n" if item.name not in ("br", "td", "th") else "\n")
                stack.append("\n\n" if item.name not in ("br", "td", "th") else " ")
            stack.extend(reversed(list(item.children)))
