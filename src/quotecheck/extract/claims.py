"""Turn what the scanners found into claims: clean quote text, file positions, speakers,
cited sources, and the article's directives applied."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace

from quotecheck.articles.flat import locate_in_paragraph
from quotecheck.extract.attribution import NONE, Attribution, QuoteAt
from quotecheck.extract.blocks import BlockClaim, block_claims, post_claims
from quotecheck.extract.context import TOPIC
from quotecheck.extract.directives import apply_directives
from quotecheck.extract.fragments import reporting_cue
from quotecheck.extract.kinds import (
    QUOTATION,
    QuoteKind,
    block_kind,
    inline_kind,
    said_next_to,
)
from quotecheck.extract.quote_lists import listed_quotations
from quotecheck.extract.reading import attribute_quotes
from quotecheck.extract.scanner import QuoteSpan, scan_quotes
from quotecheck.extract.speakers import resolve_speakers
from quotecheck.extract.spoken_terms import speaks, spoken_terms
from quotecheck.extract.ties import Stops, link_ties
from quotecheck.extract.wording import ArticleWording
from quotecheck.lines import LineIndex
from quotecheck.models import (
    Article,
    Claim,
    ClaimKind,
    Link,
    Paragraph,
    PostInfo,
    SpeakerMention,
)

#: links of a quote's paragraph looked at on either side of it (ties are near the quote)
NEAR_LINKS = 12
_SPACES = re.compile(r"\s+")
_TRAILING = re.compile(r"(?<!\.)[,;:.]$")
_COVERS = 0.9
_OPENING_MARK = 2
_STRAY_CLOSERS = (("''", ("''", '"', "“")), ("”", ("“", '"', "„")), ('"', ('"', "“")),
                  ("»", ("«",)), ("’", ("‘",)))


@dataclass(frozen=True)
class _Draft:
    """A claim before it has an id and file positions."""

    start: int
    end: int
    quote: str
    kind: ClaimKind
    who: Attribution = NONE
    post: PostInfo | None = None
    flags: tuple[str, ...] = ()
    cite: str | None = None
    kind_of: QuoteKind = QUOTATION
    guessed: bool = False  # the speaker is only who the sentence is about (no speech verb)


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


def _link_spans(article: Article) -> list[tuple[int, int]]:
    """Where the article's link texts are (a link card's byline is one)."""
    return [(link.start, link.end) for link in article.links]


def _inline_drafts(article: Article, links: list[tuple[int, int]], wording: ArticleWording
                   ) -> list[_Draft]:
    spans = []
    for span in scan_quotes(article.plain, article.paragraphs):
        quote, start, end = _trimmed(article.plain, span)
        if any(ch.isalnum() for ch in quote):  # marks around nothing are no quotation
            spans.append((span, quote, start, end))
    found = attribute_quotes(article.plain, article.paragraphs, [
        QuoteAt(span.start - len(span.mark), span.after) for span, *_ in spans], links,
        wording.items)
    blocks = [(b.start, b.end) for b in article.blocks]
    drafts = []
    for (span, quote, start, end), found_who in zip(spans, found, strict=True):
        who = found_who
        if who.via in ("paragraph", TOPIC) and any(a <= start < b for a, b in blocks):
            who = NONE  # a pull quote does not continue the paragraph before it
        who, kind_of = _kind(article, span, quote, who)
        kind_of = wording.inline((span.start, span.end), quote, who, kind_of)
        drafts.append(_Draft(start, end, quote, ClaimKind.INLINE, who,
                             flags=span.flags + kind_of.flags, kind_of=kind_of))
    return _spoken(article, _listed(article.plain, drafts))


def _listed(text: str, drafts: list[_Draft]) -> list[_Draft]:
    """A term listed right next to a quotation is one too (see :mod:`.quote_lists`)."""
    listed = listed_quotations(text, [(d.start, d.end) for d in drafts],
                               [d.kind_of.quotation for d in drafts],
                               [d.kind_of.why == "term" for d in drafts])
    return [replace(d, kind_of=QUOTATION) if now and not d.kind_of.quotation else d
            for d, now in zip(drafts, listed, strict=True)]


def _spoken(article: Article, drafts: list[_Draft]) -> list[_Draft]:
    """In an article that quotes people, a term in a sentence about someone is a
    quotation (see :mod:`.spoken_terms`)."""
    spoken = spoken_terms(article.plain, [(d.start, d.end) for d in drafts],
                          [d.who for d in drafts], [d.kind_of for d in drafts],
                          [(b.start, b.end) for b in article.blocks])
    return [replace(d, kind_of=QUOTATION, guessed=not speaks(d.who))
            if now and not d.kind_of.quotation else d
            for d, now in zip(drafts, spoken, strict=True)]


def _kind(article: Article, span: QuoteSpan, quote: str, who: Attribution
          ) -> tuple[Attribution, QuoteKind]:
    """Quotation or not, from the words around the quote; a speaker counts by itself only
    when a speech verb ties it to the quote in its own sentence. A term, title or UI label
    has no speaker when the speaker was only the sentence's subject."""
    if who.via == "sentence" and who.kind != "description" and said_next_to(
            article.plain, span.start, span.end,
                                              speaker=who.speaker, cue=who.cue,
                                              named=(who.start, who.end)):
        return who, inline_kind(article.plain, span.start, span.end, quote,
                                speaker=who.speaker, cue=who.cue)
    reported_by = reporting_cue(article.plain, who, (span.start, span.end),
                                (span.start - len(span.mark), span.after))
    alone = inline_kind(article.plain, span.start, span.end, quote, speaker=None, cue=None,
                        reported_by=reported_by)
    untied = who.via == "subject" and alone.why in ("scare", "title", "ui")
    return (NONE if untied else who), alone


def _block_drafts(article: Article, blocks: list[BlockClaim], links: list[tuple[int, int]],
                  wording: ArticleWording) -> list[_Draft]:
    """Block claims; an unsigned block takes the speaker of a lead-in ending in a colon
    ("Ruiz wrote:")."""
    found = attribute_quotes(article.plain, article.paragraphs,
                             [QuoteAt(b.start, b.end) for b in blocks], links, wording.items)
    drafts = []
    for block, lead in zip(blocks, found, strict=True):
        led = NONE if lead.via == "paragraph" else lead  # a pull quote continues nothing
        who = Attribution(block.speaker, None, kind="name") if block.speaker else led
        end = _without_stray_close(article.plain, block.start, block.end)
        quote = _SPACES.sub(" ", article.plain[block.start : end]).strip()
        if not any(ch.isalnum() for ch in quote):
            continue
        drafts.append(_Draft(block.start, end, quote, block.kind, who, block.post,
                             cite=block.cite, kind_of=wording.block(
                                 (block.start, end), who, block_kind(quote, who.speaker),
                                 cite=block.cite)))
    return drafts


def _without_stray_close(text: str, start: int, end: int) -> int:
    """The end of a block without a closing mark that no mark in the block opened
    (``> [A]ll men are created equal …”``)."""
    body = text[start:end].rstrip()
    for close, openers in _STRAY_CLOSERS:
        if body.endswith(close) and not any(o in body for o in openers):
            return start + len(body) - len(close)
    return end


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
                                  who=draft.who if draft.who.speaker else block.who,
                                  kind_of=block.kind_of))
    merged += [b for k, b in enumerate(blocks) if kept[k]]
    return sorted(merged, key=lambda d: (d.start, d.kind is ClaimKind.INLINE))


class _Citations:
    """Links by paragraph, for the sources cited next to each claim."""

    def __init__(self, article: Article) -> None:
        self.paragraphs = article.paragraphs
        self.paragraph_starts = [p.start for p in article.paragraphs]
        self.links = sorted(article.links, key=lambda link: link.start)
        self.link_starts = [link.start for link in self.links]
        self.stops = Stops.of(article.plain)

    def _paragraph_of(self, offset: int) -> Paragraph | None:
        k = bisect_right(self.paragraph_starts, offset) - 1
        return self.paragraphs[k] if k >= 0 and offset <= self.paragraphs[k].end else None

    def cited(self, draft: _Draft, plain: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """The block's cite, then the links of the claim's paragraph, strong ties first;
        and which of them are only weak ties (see :mod:`quotecheck.extract.ties`)."""
        paragraph = self._paragraph_of(draft.start)
        near: list[Link] = []
        if paragraph is not None:  # the paragraph's links nearest the quote, a bounded few
            lo = bisect_left(self.link_starts, paragraph.start)
            hi = bisect_left(self.link_starts, paragraph.end)
            at = bisect_left(self.link_starts, draft.start, lo, hi)
            near = self.links[max(lo, at - NEAR_LINKS) : min(hi, at + NEAR_LINKS)]
        ties = link_ties(plain, paragraph, near, (draft.start, draft.end),
                         cue=draft.who.cue, stops=self.stops)
        found = [draft.cite] if draft.cite else []
        strong = tuple(dict.fromkeys([*found, *ties.strong]))
        return (*strong, *(u for u in ties.weak if u not in strong)), tuple(
            u for u in ties.weak if u not in strong)


def _drafts(article: Article) -> list[_Draft]:
    blocks = block_claims(article)
    taken = [(b.start, b.end) for b in article.blocks]
    blocks += post_claims(article, taken)
    links, wording = _link_spans(article), ArticleWording.of(article)  # read once, used twice
    drafts = _merge(_inline_drafts(article, links, wording),
                    _block_drafts(article, blocks, links, wording))
    resolved = resolve_speakers(article.plain, [d.who for d in drafts],
                                [(d.start, d.end) for d in drafts])
    return [replace(d, who=who) for d, who in zip(drafts, resolved, strict=True)]


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
        cited, weak = citations.cited(draft, article.plain)
        claims.append(locate_in_paragraph(article, Claim(
            id=f"c{number}", kind=draft.kind, quote=draft.quote,
            line=line, column=column, end_line=end_line, end_column=end_column,
            speaker=draft.who.speaker, cue=draft.who.cue, post=draft.post,
            cited=cited, weak=weak, flags=draft.flags,
            speaker_at=_mention(article, lines, draft.who),
            speaker_inferred=draft.who.kind == "pronoun" or draft.who.via == TOPIC
            or draft.guessed,
            speaker_refers_to=draft.who.refers_to,
            quotation=draft.kind_of.quotation, why=draft.kind_of.why,
        ), draft.start, draft.end))
    return apply_directives(article, claims, [d.start for d in drafts])


def _mention(article: Article, lines: LineIndex, who: Attribution) -> SpeakerMention | None:
    """Where the speaker is named, with the words there (one line, spaces collapsed)."""
    if who.speaker is None or who.start < 0 or who.end <= who.start:
        return None
    text = _SPACES.sub(" ", article.plain[who.start : who.end]).strip(" ,")
    raw_start, raw_end = article.plain_map.span(who.start, who.end)
    line, column = lines.position(raw_start)
    end_line, end_column = lines.position(raw_end)
    return SpeakerMention(text, who.title, line, column, end_line, end_column) if text else None


def quoted_spans(article: Article) -> list[tuple[int, int]]:
    """Plain-text spans of everything the article presents as quoted: text between
    quotation marks (with the marks), block quotations and embedded posts."""
    spans = [(max(0, d.start - 1), d.end + 1) for d in _drafts(article)]
    return spans + [(b.start, b.end) for b in article.blocks]
