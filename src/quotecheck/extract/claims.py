"""Turn scanner spans into claims: clean quote text, file positions, cited sources."""

from __future__ import annotations

import re
from bisect import bisect_right

from quotecheck.extract.attribution import attribute
from quotecheck.extract.scanner import QuoteSpan, scan_quotes
from quotecheck.models import Article, Claim, ClaimKind, Paragraph

_SPACES = re.compile(r"\s+")
_TRAILING = re.compile(r"(?<!\.)[,;:.]$")


class LineIndex:
    """Converts offsets in a text to 1-based line and column numbers."""

    def __init__(self, text: str) -> None:
        self._starts = [0, *(m.end() for m in re.finditer("\n", text))]

    def position(self, offset: int) -> tuple[int, int]:
        """The 1-based (line, column) of character ``offset``."""
        line = bisect_right(self._starts, offset)
        return line, offset - self._starts[line - 1] + 1


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


def _paragraph_of(paragraphs: tuple[Paragraph, ...], offset: int) -> Paragraph | None:
    starts = [p.start for p in paragraphs]
    k = bisect_right(starts, offset) - 1
    return paragraphs[k] if k >= 0 and offset <= paragraphs[k].end else None


def _cited(article: Article, start: int) -> tuple[str, ...]:
    paragraph = _paragraph_of(article.paragraphs, start)
    if paragraph is None:
        return ()
    near = [
        link for link in article.links
        if paragraph.start <= link.start < paragraph.end
    ]
    near.sort(key=lambda link: abs(link.start - start))
    return tuple(dict.fromkeys(link.url for link in near))


def extract_claims(article: Article) -> tuple[Claim, ...]:
    """Every inline quotation in ``article``, in order, as claims."""
    lines = LineIndex(article.raw)
    claims: list[Claim] = []
    previous_speaker: str | None = None
    for span in scan_quotes(article.plain, article.paragraphs):
        quote, start, end = _trimmed(article.plain, span)
        if not quote:
            continue
        raw_start, raw_end = article.plain_map.span(start, end)
        line, column = lines.position(raw_start)
        end_line, end_column = lines.position(raw_end)
        who = attribute(article.plain, span.start, span.end, previous_speaker)
        previous_speaker = who.speaker or previous_speaker
        claims.append(Claim(
            id=f"c{len(claims) + 1}", kind=ClaimKind.INLINE, quote=quote,
            line=line, column=column, end_line=end_line, end_column=end_column,
            speaker=who.speaker, cue=who.cue, cited=_cited(article, start), flags=span.flags,
        ))
    return tuple(claims)
