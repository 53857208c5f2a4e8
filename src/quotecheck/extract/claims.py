"""Turn what the scanners found into claims: clean quote text, file positions, speakers,
cited sources, and the article's directives applied."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace

from quotecheck.articles.flat import locate_in_paragraph
from quotecheck.extract.attribution import attribute, is_pronoun
from quotecheck.extract.blocks import BlockClaim, block_claims, post_claims
from quotecheck.extract.directives import apply_directives
from quotecheck.extract.kinds import quote_flags
from quotecheck.extract.scanner import QuoteSpan, scan_quotes
from quotecheck.lines import LineIndex
from quotecheck.models import Article, Claim, ClaimKind, Paragraph, PostInfo

_SPACES = re.compile(r"\s+")
_TRAILING = re.compile(r"(?<!\.)[,;:.]$")
_COVERS = 0.9
_OPENING_MARK = 2


@dataclass(frozen=True)
class _Draft:
    """A claim before it has an id and file positions."""

    start: int
    end: int
    quote: str
    kind: ClaimKind
    speaker: str | None = None
    cue: str | None = None
    post: PostInfo | None = None
    flags: tuple[str, ...] = ()
    cite: str | None = None


def _trimmed(text: str, span: QuoteSpan) -> tuple[str, int, int]:
    """The quote's text without sentence punctuation, and its trimmed plain span."""
    start, end = span.start, span.end
    while start < end and (text[start].isspace() or start in span.skips):
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end - start > 1 and _TRAILING.search(text[start:end]):
        end -= 1
    pieces = [text[i] for i in range(start, end) if i not in span.skips] if span.skips else None
    body = "".join(pieces) if pieces is not None else text[start:end]
    return _SPACES.sub(" ", body).strip(), start, end


def _inline_drafts(article: Article) -> list[_Draft]:
    drafts = []
    previous: str | None = None
    for span in scan_quotes(article.plain, article.paragraphs):
        quote, start, end = _trimmed(article.plain, span)
        if not quote:
            continue
        who = attribute(article.plain, span.start - 1, span.end + 1, previous)
        if who.speaker and not is_pronoun(who.speaker):
            previous = who.speaker
        flags = span.flags + quote_flags(article.plain, span.start - 1, quote,
                                         who.speaker is not None)
        drafts.append(_Draft(start, end, quote, ClaimKind.INLINE, who.speaker, who.cue,
                             flags=flags))
    return drafts


def _block_draft(article: Article, block: BlockClaim) -> _Draft:
    speaker, cue = block.speaker, None
    if speaker is None:  # "Ruiz wrote:" ends the paragraph before a block
        before_end = block.start
        while before_end > 0 and article.plain[before_end - 1].isspace():
            before_end -= 1
        who = attribute(article.plain, before_end, block.end, None)
        speaker, cue = who.speaker, who.cue
    quote = _SPACES.sub(" ", article.plain[block.start : block.end]).strip()
    return _Draft(block.start, block.end, quote, block.kind, speaker, cue, block.post,
                  cite=block.cite)


def _containing(blocks: list[_Draft], starts: list[int], offset: int) -> _Draft | None:
    k = bisect_right(starts, offset) - 1
    return blocks[k] if k >= 0 and offset < blocks[k].end else None


def _merge(inline: list[_Draft], blocks: list[_Draft]) -> list[_Draft]:
    """Quotes inside a block belong to it (one filling the block becomes the block);
    quotes inside a post stay claims of their own."""
    blocks = sorted(blocks, key=lambda b: b.start)
    starts = [b.start for b in blocks]
    kept = dict.fromkeys(range(len(blocks)), True)
    merged: list[_Draft] = []
    for draft in inline:
        block = _containing(blocks, starts, draft.start)
        if block is None or block.kind is ClaimKind.POST:
            merged.append(draft)
            continue
        k = starts.index(block.start)
        if not kept[k]:  # the block was dissolved into the quotes it presents
            merged.append(draft)
        elif draft.start - block.start <= _OPENING_MARK or (
                draft.end - draft.start >= _COVERS * (block.end - block.start)):
            # a block that opens with a quote mark presents that quote, not itself
            kept[k] = False
            merged.append(replace(draft, kind=ClaimKind.BLOCK, cite=block.cite,
                                  speaker=draft.speaker or block.speaker))
    merged += [b for k, b in enumerate(blocks) if kept[k]]
    return sorted(merged, key=lambda d: (d.start, d.kind is ClaimKind.INLINE))


class _Citations:
    """Links by paragraph, for the sources cited next to each claim."""

    def __init__(self, article: Article) -> None:
        self.paragraphs = article.paragraphs
        self.paragraph_starts = [p.start for p in article.paragraphs]
        self.links = sorted(article.links, key=lambda link: link.start)
        self.link_starts = [link.start for link in self.links]

    def _paragraph_of(self, offset: int) -> Paragraph | None:
        k = bisect_right(self.paragraph_starts, offset) - 1
        return self.paragraphs[k] if k >= 0 and offset <= self.paragraphs[k].end else None

    def cited(self, draft: _Draft) -> tuple[str, ...]:
        """The block's cite, then the links of the claim's paragraph, nearest first."""
        paragraph = self._paragraph_of(draft.start)
        near = [] if paragraph is None else self.links[
            bisect_left(self.link_starts, paragraph.start):
            bisect_left(self.link_starts, paragraph.end)]
        near = sorted(near, key=lambda link: abs(link.start - draft.start))
        found = [draft.cite] if draft.cite else []
        return tuple(dict.fromkeys([*found, *(link.url for link in near)]))


def _drafts(article: Article) -> list[_Draft]:
    blocks = block_claims(article)
    taken = [(b.start, b.end) for b in article.blocks]
    blocks += post_claims(article, taken)
    return _merge(_inline_drafts(article), [_block_draft(article, b) for b in blocks])


def extract_claims(article: Article) -> tuple[Claim, ...]:
    """Every quotation in ``article``, in order, as claims (suppressed ones marked)."""
    lines = LineIndex(article.raw)
    citations = _Citations(article)
    drafts = _drafts(article)
    claims = []
    for number, draft in enumerate(drafts, start=1):
        raw_start, raw_end = article.plain_map.span(draft.start, draft.end)
        line, column = lines.position(raw_start)
        end_line, end_column = lines.position(raw_end)
        claims.append(locate_in_paragraph(article, Claim(
            id=f"c{number}", kind=draft.kind, quote=draft.quote,
            line=line, column=column, end_line=end_line, end_column=end_column,
            speaker=draft.speaker, cue=draft.cue, post=draft.post,
            cited=citations.cited(draft), flags=draft.flags,
        ), draft.start, draft.end))
    return apply_directives(article, claims, [d.start for d in drafts])


def quoted_spans(article: Article) -> list[tuple[int, int]]:
    """Plain-text spans of everything the article presents as quoted: text between
    quotation marks (with the marks), block quotations and embedded posts."""
    spans = [(max(0, d.start - 1), d.end + 1) for d in _drafts(article)]
    return spans + [(b.start, b.end) for b in article.blocks]
