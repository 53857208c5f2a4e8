"""Quoted words that are wording for the reader, or the writer's own, not someone's
quotation — read from the quote's sentence and paragraph, after
:mod:`quotecheck.extract.kinds` has decided from the words right around it:

- a quoted question that is a sentence by itself, with no one named in it, after an
  instruction to the reader in its paragraph ("Ask the customer what they will do.
  “What changes are we testing?”") is suggested wording;
- a block quotation no one signs or introduces, without quotation marks, is the
  writer's own (a pull quote or a definition set off from the text);
- a paragraph that is only a quote, next to another such paragraph, is a line of
  dialogue: a quotation, however short.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import pairwise

from quotecheck.extract.attribution import Attribution
from quotecheck.extract.kind_words import SPEECH_AFTER
from quotecheck.extract.kinds import QUOTATION, QuoteKind
from quotecheck.models import Article, Paragraph

SUGGESTED = QuoteKind(False, "suggested")
OWN_BLOCK = QuoteKind(False, "note")
#: how many sentences before a quote its paragraph is searched for an instruction
INSTRUCTION_REACH = 2
_SPEECH_REACH = 60
#: a sentence ends: ".", "!" or "?" (closing marks may follow), then a space
_SENTENCE_END = re.compile(r"[.!?][”’\"')*_]*\s+")
#: a clause that tells the reader to do something: a verb in its base form opening the
#: sentence or a clause ("Ask the customer …", "…, ask them to …", "but try to get …"),
#: or "you should/need to/can …"
INSTRUCTION = re.compile(
    r"(?:^|[,;:]\s+|\b(?:but|and|then|so|or|first|now|always|also|just)\s+"
    r"|\byou\s+(?:should|need to|must|can|could|might|may want to|will want to)\s+)"
    r"(?:ask|try|get|tell|suggest|consider|request|demand|find out|think about|make sure|"
    r"follow up|start|invite|encourage|prompt|challenge|probe|press|push|check|"
    r"remember|keep)\b",
    re.IGNORECASE)
#: words that open a quote mark
_OPENERS = "“\"‘«"
_CLOSERS = "”\"’»"
#: a block signed with a dash: "… —Tim Hudak", "— [Agile Manifesto](…)"
_SIGNED = re.compile(r"(?:[—–]|\s--)\s*[\[_*]*\w[^\n]{0,120}$")
#: what opens a block that presents a quotation: a quote mark, perhaps after emphasis
_MARKED = re.compile(r"^[\s_*]*[“\"‘«]")


def _paragraph(article: Article, offset: int) -> Paragraph | None:
    starts = [p.start for p in article.paragraphs]
    k = bisect_right(starts, offset) - 1
    found = article.paragraphs[k] if k >= 0 else None
    return found if found is not None and offset <= found.end else None


def _sentences_before(text: str, start: int, at: int) -> tuple[str, list[str]]:
    """The part of the sentence before ``at`` (from ``start``) and the whole sentences
    before it, nearest first."""
    chunk = text[start:at]
    cuts = [m.end() for m in _SENTENCE_END.finditer(chunk)]
    bounds = [0, *cuts]
    own = chunk[bounds[-1] :]
    earlier = [chunk[a:b].strip() for a, b in pairwise(bounds)]
    return own, earlier[::-1]


def _own_sentence_end(text: str, end: int, limit: int) -> int:
    """Where the sentence that holds the quote ending at ``end`` (its closing mark) ends:
    at the mark when the quote ends with its own ".", "!" or "?", unless a speech verb
    follows it ("“Is it over?” Ruiz asked")."""
    own_end = text[:end].rstrip()[-1:] in ".!?…"
    if own_end and not SPEECH_AFTER.match(text, end + 1, end + 1 + _SPEECH_REACH):
        return end + 1
    found = _SENTENCE_END.search(text, end + 1, limit)
    return found.start() + 1 if found else limit


def instructed_question(article: Article, start: int, end: int, quote: str,
                        who: Attribution) -> bool:
    """Whether the quote ``article.plain[start:end]`` is a question suggested to the
    reader: a sentence by itself ending in "?", no one named in that sentence, and an
    instruction to the reader among the sentences before it in its paragraph."""
    if not quote.rstrip("…. ").endswith("?"):
        return False
    text = article.plain
    paragraph = _paragraph(article, start)
    if paragraph is None:
        return False
    own, earlier = _sentences_before(text, paragraph.start, max(paragraph.start, start - 1))
    if own.strip(" \t\n" + _OPENERS) or not earlier:
        return False
    sentence_end = _own_sentence_end(text, end, paragraph.end)
    if who.speaker is not None and (who.start < 0 or start - 1 - len(own) <= who.start
                                    < sentence_end):
        return False
    return any(INSTRUCTION.search(s) for s in earlier[:INSTRUCTION_REACH])


def writers_block(article: Article, start: int, end: int, who: Attribution,
                  cite: str | None) -> bool:
    """Whether the block quotation ``article.plain[start:end]`` is the writer's own: no
    one signs it or is named for it, no quotation mark opens it, and the text before it
    does not introduce it (it ends a sentence, not with ":" or ",")."""
    text = article.plain
    body = text[start:end].strip()
    if who.speaker is not None or cite or _MARKED.match(body) or _SIGNED.search(body):
        return False
    lead = text[:start].rstrip()
    if not lead or lead[-1] not in ".!?)" or _inside_block(article, len(lead) - 1):
        return False
    after = text[end : end + 200].lstrip()
    return not after.startswith(("—", "–", "--"))


def _inside_block(article: Article, offset: int) -> bool:
    return any(b.start <= offset < b.end for b in article.blocks)


def _lone_quote(text: str) -> bool:
    """Whether a paragraph's text is one quote and nothing else ("“Wait, what’s WIP?”")."""
    body = text.strip()
    if len(body) < 3 or body[0] not in _OPENERS:
        return False
    inner = body[1:].rstrip(".,!?")
    return inner[-1:] in _CLOSERS and not any(m in inner[:-1] for m in _OPENERS + _CLOSERS)


def dialogue_line(article: Article, start: int) -> bool:
    """Whether the quote at ``start`` fills its paragraph and a paragraph next to it is
    also only a quote: a line of a quoted exchange."""
    paragraphs = article.paragraphs
    starts = [p.start for p in paragraphs]
    k = bisect_right(starts, start) - 1
    if k < 0 or not _lone_quote(article.plain[paragraphs[k].start : paragraphs[k].end]):
        return False
    near = [paragraphs[j] for j in (k - 1, k + 1) if 0 <= j < len(paragraphs)]
    return any(_lone_quote(article.plain[p.start : p.end]) for p in near)


def inline_wording(article: Article, span: tuple[int, int], quote: str, who: Attribution,
                   kind: QuoteKind) -> QuoteKind:
    """The kind of an inline quote (``span``: between its marks) once its sentence and
    paragraph are read (see the module's rules); ``kind`` is what the words right around
    it made it."""
    start, end = span
    if not kind.quotation:
        return QUOTATION if dialogue_line(article, start) else kind
    if instructed_question(article, start, end, quote, who):
        return SUGGESTED
    return kind


def block_wording(article: Article, span: tuple[int, int], who: Attribution,
                  kind: QuoteKind, *, cite: str | None) -> QuoteKind:
    """The kind of a block quotation at ``span`` once the text around it is read: the
    writer's own block is a note."""
    start, end = span
    if kind.quotation and writers_block(article, start, end, who, cite):
        return OWN_BLOCK
    return kind
