"""Visible text of an HTML page: scripts, styles and hidden parts dropped, blocks separated.

The page is read by lxml (libxml2's HTML parser, which repairs broken markup) into a parser
target that keeps the text as it comes: no tree, no recursion, no depth limit.
"""

from __future__ import annotations

import codecs
import re

from quotecheck.decode import decode_text

JSON_LD = "application/ld+json"
_INVISIBLE = frozenset({"script", "style", "noscript", "template", "head", "svg", "iframe",
                        "object"})
_BLOCKS = frozenset({
    "p", "div", "section", "article", "main", "header", "footer", "aside", "nav", "li", "ul",
    "ol", "dl", "dt", "dd", "table", "tr", "td", "th", "thead", "tbody", "blockquote", "pre",
    "h1", "h2", "h3", "h4", "h5", "h6", "figure", "figcaption", "br", "hr", "address",
    "details", "summary", "form", "fieldset", "caption",
})
_CELLS = frozenset({"br", "td", "th"})  # a line break, or a space after the cell
_BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
         (codecs.BOM_UTF16_BE, "utf-16-be"))
_XML_DECLARED = re.compile(rb"^\s*<\?.*encoding=['\"](.*?)['\"].*\?>")
_META_DECLARED = re.compile(rb"<\s*meta[^>]+charset\s*=\s*[\"']?([^>]*?)[ /;'\">]", re.I)


def _declared(data: bytes) -> str | None:
    """The encoding a page declares near its start (XML declaration or ``<meta>``)."""
    found = _XML_DECLARED.search(data, endpos=1024) or _META_DECLARED.search(
        data, endpos=max(2048, len(data) // 20))
    return found.group(1).decode("ascii", "replace").strip().lower() if found else None


def decode_html(data: bytes) -> str:
    """A page's bytes as text: by its byte-order mark, else its declared encoding, else
    UTF-8, else Windows-1252 (never fails)."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(encoding, "replace")
    declared = _declared(data)
    if declared:
        try:
            return data.decode(declared)
        except (LookupError, UnicodeDecodeError):
            pass  # an unknown or wrong declaration: guess as for an undeclared page
    return decode_text(data, "page", strict=False)


class _Collector:
    """An lxml parser target: keeps the visible text and block breaks of a page, and the
    bodies of its JSON-LD scripts, as libxml2 reports them (no tree is built, so a page
    nested 10^5 deep costs no more than a flat one).

    An invisible element (script, style, head…, anything ``hidden``) gives no text, nor
    does anything inside it; the text after it is kept. Comments and processing
    instructions give nothing.
    """

    def __init__(self) -> None:
        self.pieces: list[str] = []
        self.json_ld: list[str] = []
        self._open: list[tuple[str, bool]] = []  # each open element: name, hidden
        self._script: list[str] | None = None  # the text of an open JSON-LD script

    def start(self, name: str, attributes: dict[str, str]) -> None:
        """An element opens."""
        hidden = bool(self._open and self._open[-1][1]) or name in _INVISIBLE or (
            "hidden" in attributes)
        self._open.append((name, hidden))
        if name == "script" and attributes.get("type") == JSON_LD:
            self._script = []
        if not hidden and name in _BLOCKS:
            self.pieces.append("\n" if name in _CELLS else "\n\n")

    def end(self, name: str) -> None:
        """The innermost open element closes."""
        if not self._open:
            return
        opened, hidden = self._open.pop()
        if opened == "script" and self._script is not None:
            self.json_ld.append("".join(self._script))
            self._script = None
        if not hidden and opened in _BLOCKS:
            self.pieces.append(" " if opened in _CELLS else "\n\n")

    def data(self, text: str) -> None:
        """Text inside the innermost open element."""
        if self._script is not None:
            self._script.append(text)
        if not (self._open and self._open[-1][1]):
            self.pieces.append(text)

    def close(self) -> _Collector:
        """The end of the page."""
        return self


def read_html(markup: str | bytes) -> _Collector:
    """A page's visible text pieces and JSON-LD bodies (bytes are decoded as
    :func:`decode_html` says)."""
    from lxml import etree  # type: ignore[import-untyped]

    text = markup if isinstance(markup, str) else decode_html(markup)
    data = text.lstrip("\ufeff").encode("utf-8", "surrogatepass")
    collector = _Collector()
    if not data.strip():
        return collector
    parser = etree.HTMLParser(target=collector, encoding="utf-8", no_network=True)
    try:
        parser.feed(data)
        parser.close()
    except etree.LxmlError:  # what was read before the parser gave up is kept
        pass
    return collector


def html_to_text(markup: str | bytes | _Collector) -> str:
    """The visible text of ``markup`` (a page, or what :func:`read_html` read of it), one
    block per paragraph."""
    read = markup if isinstance(markup, _Collector) else read_html(markup)
    lines = (" ".join(line.split()) for line in "".join(read.pieces).split("\n"))
    text = "\n".join(lines)
    while "\n\n\n" in text:
        text = text.replace("\n\n\n", "\n\n")
    return text.strip()
