"""Articles whose files have no lines of their own (Word documents, a web page's main text),
built from their paragraphs.

The *flattened view* is the text of such an article with one paragraph per line, in reading
order, line breaks inside a paragraph shown as spaces. It is the article's ``raw`` text, so
a claim's ``line`` is its paragraph (1-based) and ``column - 1`` its character offset in the
paragraph. The ``plain`` text the extractor scans separates paragraphs with blank lines.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from quotecheck.articles.structure import bare_links, split_paragraphs
from quotecheck.models import Article, BlockSpan, Claim, Directive, Link, Paragraph
from quotecheck.textmap import TextMapBuilder

#: the claim flag for a quote whose text a tracked change (insertion or deletion) touches
TRACKED_CHANGE = "tracked-change"


@dataclass(frozen=True)
class FlatParagraph:
    """One paragraph; links, directives and tracked changes at offsets in its text."""

    text: str
    links: tuple[Link, ...] = ()
    block: bool = False
    directives: tuple[Directive, ...] = ()
    revisions: tuple[Paragraph, ...] = ()


def paragraph_links(paragraph: FlatParagraph) -> list[Link]:
    """The paragraph's links and the bare URLs written in its text, in order."""
    known = {(link.start, link.end) for link in paragraph.links}
    bare = [link for link in bare_links(paragraph.text) if (link.start, link.end) not in known]
    return sorted([*paragraph.links, *bare], key=lambda link: link.start)


def _shift(link: Link, by: int) -> Link:
    return Link(link.url, link.start + by, link.end + by)


@dataclass
class _Parts:
    """What the paragraphs contribute, at offsets of the plain text."""

    links: list[Link]
    directives: list[Directive]
    blocks: list[BlockSpan]
    revisions: list[Paragraph]


def _add(parts: _Parts, paragraph: FlatParagraph, at: int) -> None:
    parts.links += [_shift(link, at) for link in paragraph_links(paragraph)]
    parts.directives += [replace(d, at=d.at + at) for d in paragraph.directives]
    parts.revisions += [Paragraph(r.start + at, r.end + at) for r in paragraph.revisions]
    if not paragraph.block:
        return
    previous = parts.blocks[-1] if parts.blocks else None
    if previous is not None and previous.end == at - 2:  # the block quote goes on
        parts.blocks[-1] = replace(previous, end=at + len(paragraph.text))
    else:
        parts.blocks.append(BlockSpan(at, at + len(paragraph.text)))


def flat_article(path: str, paragraphs: list[FlatParagraph]) -> Article:
    """An article of ``paragraphs`` (empty ones dropped), with the flattened view as raw."""
    kept = [p for p in paragraphs if p.text.strip()]
    raw = "\n".join(p.text.replace("\n", " ").replace("\r", " ") for p in kept)
    builder = TextMapBuilder()
    parts = _Parts([], [], [], [])
    raw_at = 0
    for number, paragraph in enumerate(kept):
        if number:
            builder.replace(raw_at - 1, raw_at, "\n\n")
        _add(parts, paragraph, builder.length)
        builder.copy(raw_at, paragraph.text)
        raw_at += len(paragraph.text) + 1
    plain, plain_map = builder.build(len(raw))
    return Article(
        path=path, raw=raw, plain=plain, plain_map=plain_map,
        paragraphs=split_paragraphs(plain), links=tuple(parts.links),
        directives=tuple(parts.directives), blocks=tuple(parts.blocks),
        paragraph_lines=True, revisions=tuple(parts.revisions),
    )


def locate_in_paragraph(article: Article, claim: Claim, start: int, end: int) -> Claim:
    """For an article read from paragraphs, the claim with its ``paragraph`` and ``offset``
    (and the ``tracked-change`` flag when a tracked change touches ``[start, end)`` of the
    plain text); any other claim unchanged."""
    if not article.paragraph_lines:
        return claim
    touched = any(r.start <= end and start <= r.end for r in article.revisions)
    flags = (*claim.flags, TRACKED_CHANGE) if touched else claim.flags
    return replace(claim, paragraph=claim.line, offset=claim.column - 1, flags=flags)
