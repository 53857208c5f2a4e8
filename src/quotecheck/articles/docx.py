"""Word articles (``.docx``): the document as it now reads, one paragraph at a time.

Body paragraphs, headings, list items and table cells in document order, then footnotes,
then endnotes. Tracked insertions are read and tracked deletions left out; hidden text is
left out. Hyperlinks (``w:hyperlink`` and ``HYPERLINK`` fields) are links; a footnote's or
endnote's links are also cited where it is referenced. "Quote" and "Intense Quote" styles
and indented paragraphs are block quotations. Comments are not text, but a comment whose
text is a quotecheck directive applies where the comment is anchored.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from quotecheck.articles.decode import read_article_bytes
from quotecheck.articles.directives import parse_directive
from quotecheck.articles.flat import FlatParagraph, flat_article, paragraph_links
from quotecheck.articles.ooxml import R, W, WordPackage, open_package, style_names
from quotecheck.errors import ArticleError
from quotecheck.models import Article, Directive, Link, Paragraph

BLOCK_STYLES = frozenset({"quote", "intense quote"})
MIN_BLOCK_INDENT = 567  # twips (1 cm): a paragraph indented this far is a block quotation
_HYPERLINK = re.compile(r'^\s*HYPERLINK\s+"(?P<url>[^"]+)"')
_NOTES = (("word/footnotes.xml", "footnote"), ("word/endnotes.xml", "endnote"))
_SEPARATORS = frozenset({"separator", "continuationSeparator", "continuationNotice"})
_CHARACTERS = {f"{W}tab": " ", f"{W}br": "\n", f"{W}cr": "\n", f"{W}noBreakHyphen": "-"}
_INSERTED = frozenset({f"{W}ins", f"{W}moveTo"})
_DELETED = frozenset({f"{W}del", f"{W}moveFrom"})
_WRAPPERS = frozenset({f"{W}smartTag", f"{W}customXml", f"{W}sdt", f"{W}sdtContent",
                       f"{W}dir", f"{W}bdo"})


@dataclass
class _Field:
    """A complex field being read: its instruction, and where its result starts."""

    instruction: str = ""
    result_start: int | None = None


@dataclass
class _Text:
    """One paragraph's text as it is read, with what sits at offsets in it."""

    pieces: list[str] = field(default_factory=list)
    length: int = 0
    links: list[Link] = field(default_factory=list)
    directives: list[Directive] = field(default_factory=list)
    revisions: list[Paragraph] = field(default_factory=list)
    fields: list[_Field] = field(default_factory=list)

    def add(self, text: str) -> None:
        """Append ``text`` (line breaks never doubled: a blank line ends a paragraph)."""
        if text == "\n" and (not self.length or self.pieces[-1].endswith("\n")):
            return
        self.pieces.append(text)
        self.length += len(text)


@dataclass
class _Walker:
    """Reads the paragraphs of one part (body, footnotes, endnotes)."""

    rels: dict[str, str]
    styles: dict[str, str]
    comments: dict[str, str]
    paragraphs: list[FlatParagraph] = field(default_factory=list)
    references: list[tuple[str, int, int]] = field(default_factory=list)
    anchored: set[str] = field(default_factory=set)

    def container(self, element: Any) -> None:
        """Every paragraph inside ``element``, tables and content controls included."""
        for child in element:
            if child.tag == f"{W}p":
                self.paragraph(child)
            elif child.tag in (f"{W}tbl", f"{W}tr", f"{W}tc", f"{W}sdt", f"{W}sdtContent",
                               f"{W}customXml"):
                self.container(child)

    def paragraph(self, element: Any) -> None:
        """Read one paragraph."""
        text = _Text()
        self.inline(element, text)
        self.paragraphs.append(FlatParagraph(
            "".join(text.pieces), tuple(text.links), self._is_block(element),
            tuple(text.directives), tuple(text.revisions)))

    def inline(self, element: Any, text: _Text) -> None:
        """Read the runs inside ``element`` into ``text``."""
        for child in element:
            tag = child.tag
            if tag == f"{W}r":
                self.run(child, text)
            elif tag == f"{W}hyperlink":
                self._linked(child, text, self.rels.get(child.get(f"{R}id", ""), ""))
            elif tag == f"{W}fldSimple":
                found = _HYPERLINK.match(child.get(f"{W}instr", ""))
                self._linked(child, text, found.group("url") if found else "")
            elif tag in _INSERTED:
                start = text.length
                self.inline(child, text)
                text.revisions.append(Paragraph(start, text.length))
            elif tag in _DELETED:
                text.revisions.append(Paragraph(text.length, text.length))
            elif tag == f"{W}commentRangeStart":
                self._comment(child.get(f"{W}id", ""), text)
            elif tag in _WRAPPERS:
                self.inline(child, text)

    def _linked(self, element: Any, text: _Text, url: str) -> None:
        start = text.length
        self.inline(element, text)
        if url and text.length > start:
            text.links.append(Link(url, start, text.length))

    def run(self, run: Any, text: _Text) -> None:
        """Read one run: its text, breaks, note references, comment anchors and fields."""
        props = run.find(f"{W}rPr")
        hidden = props.find(f"{W}vanish") if props is not None else None
        if hidden is not None and hidden.get(f"{W}val", "true") not in ("0", "false", "off"):
            return
        for child in run:
            tag = child.tag
            if tag == f"{W}t":
                text.add(child.text or "")
            elif tag in _CHARACTERS:
                text.add(_CHARACTERS[tag])
            elif tag in (f"{W}footnoteReference", f"{W}endnoteReference"):
                kind = "footnote" if tag == f"{W}footnoteReference" else "endnote"
                self.references.append((f"{kind}:{child.get(f'{W}id')}",
                                        len(self.paragraphs), text.length))
            elif tag == f"{W}commentReference":
                self._comment(child.get(f"{W}id", ""), text)
            elif tag == f"{W}instrText" and text.fields:
                text.fields[-1].instruction += child.text or ""
            elif tag == f"{W}fldChar":
                _field_char(child.get(f"{W}fldCharType", ""), text)

    def _comment(self, comment_id: str, text: _Text) -> None:
        if comment_id in self.anchored or comment_id not in self.comments:
            return
        self.anchored.add(comment_id)
        directive = parse_directive(self.comments[comment_id], text.length)
        if directive is not None:
            text.directives.append(directive)

    def _is_block(self, element: Any) -> bool:
        props = element.find(f"{W}pPr")
        if props is None:
            return False
        style = props.find(f"{W}pStyle")
        style_id = style.get(f"{W}val", "") if style is not None else ""
        for _ in range(5):  # the style, then the styles it is based on
            if not style_id:
                break
            if self.styles.get(style_id, style_id.lower()) in BLOCK_STYLES or (
                    style_id.lower() in ("quote", "intensequote")):
                return True
            style_id = self.styles.get(style_id + ">", "")
        indent = props.find(f"{W}ind")
        if indent is None or props.find(f"{W}numPr") is not None:
            return False
        left = indent.get(f"{W}left") or indent.get(f"{W}start") or "0"
        return left.lstrip("-").isdigit() and int(left) >= MIN_BLOCK_INDENT


def _field_char(kind: str, text: _Text) -> None:
    """Track complex fields: a ``HYPERLINK`` field's result text becomes a link."""
    if kind == "begin":
        text.fields.append(_Field())
    elif kind == "separate" and text.fields:
        text.fields[-1].result_start = text.length
    elif kind == "end" and text.fields:
        done = text.fields.pop()
        found = _HYPERLINK.match(done.instruction)
        if found and done.result_start is not None and text.length > done.result_start:
            text.links.append(Link(found.group("url"), done.result_start, text.length))


def _comments(package: WordPackage) -> dict[str, str]:
    root = package.xml("word/comments.xml")
    if root is None:
        return {}
    return {c.get(f"{W}id", ""): "".join(t.text or "" for t in c.iter(f"{W}t"))
            for c in root.iter(f"{W}comment")}


def _notes(package: WordPackage, styles: dict[str, str], comments: dict[str, str],
           walker: _Walker) -> dict[str, list[Link]]:
    """Read footnotes and endnotes after the body; their links, by ``kind:id``."""
    links: dict[str, list[Link]] = {}
    for part, kind in _NOTES:
        root = package.xml(part)
        if root is None:
            continue
        walker.rels = package.relationships(part)
        for note in root.iter(f"{W}{kind}"):
            if note.get(f"{W}type") in _SEPARATORS:
                continue
            first = len(walker.paragraphs)
            walker.container(note)
            links[f"{kind}:{note.get(f'{W}id')}"] = [
                link for p in walker.paragraphs[first:] for link in paragraph_links(p)]
    return links


def parse_docx(name: str, data: bytes) -> Article:
    """The article in the Word file ``data`` (called ``name`` in messages)."""
    package = open_package(name, data)
    document = package.xml("word/document.xml")
    body = document.find(f"{W}body") if document is not None else None
    if body is None:
        raise ArticleError(f"{name}: not a Word document (no word/document.xml body)")
    styles, comments = style_names(package), _comments(package)
    walker = _Walker(package.relationships("word/document.xml"), styles, comments)
    walker.container(body)
    note_links = _notes(package, styles, comments, walker)
    paragraphs = walker.paragraphs
    for key, index, offset in walker.references:  # a note's links are cited where its
        at = max(0, offset - 1)  # mark is: on the character the mark follows
        cited = tuple(Link(link.url, at, offset) for link in note_links.get(key, []))
        paragraphs[index] = replace(paragraphs[index], links=paragraphs[index].links + cited)
    return flat_article(name, paragraphs)


def read_docx_article(path: Path) -> Article:
    """Read and parse the Word article at ``path``."""
    return parse_docx(str(path), read_article_bytes(path))
