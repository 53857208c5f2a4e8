"""Block quotations and social posts as claims: where their text is and who signed it."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from quotecheck.extract.posts import Signature, find_signatures
from quotecheck.models import Article, ClaimKind, Paragraph, PostInfo

_DASH_LINE = re.compile(r"\n[ \t]*[—–]+[ \t]*(?P<who>[^\n]{1,80})[ \t]*\Z")
_LEAD_IN = re.compile(r"\A[^\n]*:[ \t]*\n")


@dataclass(frozen=True)
class BlockClaim:
    """A block or post to turn into a claim: its text span, kind and signer."""

    start: int
    end: int
    kind: ClaimKind
    speaker: str | None = None
    post: PostInfo | None = None
    cite: str | None = None


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def block_claims(article: Article) -> list[BlockClaim]:
    """Claims for the article's block quotations (signed ones become posts)."""
    text = article.plain
    claims = []
    for block in article.blocks:
        start, end = _trim(text, block.start, block.end)
        signatures = find_signatures(text, start, end)
        if signatures:
            sign = signatures[-1]
            body_end = _trim(text, start, sign.start)[1]
            post = replace(sign.post, url=block.cite) if block.post else sign.post
            claims.append(BlockClaim(start, body_end, ClaimKind.POST, sign.post.name, post,
                                     block.cite))
            continue
        signed = _DASH_LINE.search(text[start:end])
        speaker = block.speaker or (signed.group("who").strip() if signed else None)
        body_end = start + signed.start() if signed else end
        claims.append(BlockClaim(start, body_end, ClaimKind.BLOCK, speaker, cite=block.cite))
    return claims


def _post_text(text: str, paragraphs: tuple[Paragraph, ...], sign: Signature
               ) -> tuple[int, int] | None:
    """The lines of the post a signature closes: above it in its paragraph, else the
    paragraph before; a lead-in line ending in a colon is not part of it."""
    own = next((p for p in paragraphs if p.start <= sign.start < p.end), None)
    if own is not None and own.start < sign.start:
        start, end = own.start, sign.start
    else:
        before = [p for p in paragraphs if p.end <= sign.start]
        if not before:
            return None
        start, end = before[-1].start, before[-1].end
    lead = _LEAD_IN.match(text, start, end)
    if lead:
        start = lead.end()
    start, end = _trim(text, start, end)
    return (start, end) if end > start else None


def post_claims(article: Article, taken: list[tuple[int, int]]) -> list[BlockClaim]:
    """Posts signed outside any block quotation."""
    claims = []
    for sign in find_signatures(article.plain):
        if any(a <= sign.start < b for a, b in taken):
            continue
        span = _post_text(article.plain, article.paragraphs, sign)
        if span is not None:
            claims.append(BlockClaim(span[0], span[1], ClaimKind.POST, sign.post.name,
                                     sign.post))
    return claims
