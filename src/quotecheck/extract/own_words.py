"""Whose words a quote holds, from the paragraphs around it: a block quotation no one
signs, marks or introduces is the writer's own (a pull quote or a definition set off from
the text); a block of questions after the writer's instruction to the reader ("ask
yourself the following:") is wording the reader is to use; paragraphs that are each only
a quote, side by side, are lines of dialogue.
Read by :mod:`quotecheck.extract.wording`."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

from quotecheck.extract.attribution import Attribution
from quotecheck.extract.kind_words import INSTRUCTION, SPEECH
from quotecheck.models import Article

#: what opens a quote
OPENERS = "“\"‘«"
_CLOSERS = "”\"’»"
#: a block signed with a dash: "… —Tim Hudak", "— [Agile Manifesto](…)"
_SIGNED = re.compile(r"(?:[—–]|\s--)\s*[\[_*]*\w[^\n]{0,120}$")
#: what opens a block that presents a quotation: a quote mark, perhaps after emphasis
_MARKED = re.compile(r"^[\s_*]*[“\"‘«]")
_SENTENCE_END = re.compile(r"[.!?][”’\"')]*\s+")
#: how far after a block a signature on a line of its own is looked for
_SIGNATURE_REACH = 200
#: how far before a block the end of its lead-in is looked for
_LEAD_REACH = 200
#: where a block's lines or sentences part: a line break, or a space after "?"
_PIECES = re.compile(r"\n+|(?<=\?)[”’\"')]*\s+")
#: a list item's mark at the start of a line of a block
_ITEM_MARK = " \t*+•–-"
#: what opens a list item in the raw text, right before its text
_LIST_MARK = re.compile(r"(?:^[-*+]|^\d+[.)]|<li\b[^<>]*>(?:\s*<(?!/)[^<>]*>){0,3})\s*$",
                        re.IGNORECASE)
_LIST_REACH = 200
#: the longest line of dialogue looked at (a longer lone quote is a quotation anyway)
LINE_LENGTH = 1000


def writers_block(article: Article, span: tuple[int, int], who: Attribution,
                  cite: str | None, blocks: Sequence[tuple[int, int]]) -> bool:
    """Whether the block quotation at ``span`` is the writer's own: no one signs it or is
    named for it, no quotation mark opens it, and the text before it does not introduce
    it (it ends a sentence, not with ":" or ",", that quotes no one); ``blocks``: the
    article's block quotations, in order."""
    text = article.plain
    start, end = span
    body = text[start:end].strip()
    if who.speaker is not None or cite or _MARKED.match(body) or _SIGNED.search(body):
        return False
    lo = max(0, start - _LEAD_REACH)
    lead = text[lo:start].rstrip()
    if not lead or lead[-1] not in ".!?)" or _inside_block(blocks, lo + len(lead) - 1):
        return False
    if _quotes_someone(_last_sentence(lead)):
        return False
    after = text[end : end + _SIGNATURE_REACH].lstrip()
    return not after.startswith(("—", "–", "--"))


def instructed_block(article: Article, span: tuple[int, int], who: Attribution,
                     cite: str | None) -> bool:
    """Whether the block quotation at ``span`` is questions the writer tells the reader
    to ask or weigh: no one signs it or is named for it, no quotation mark opens it,
    every line or sentence of it is a question, and the text before it ends with a colon
    in a sentence that tells the reader to do something ("ask yourself the following:",
    "you must consider:")."""
    text = article.plain
    start, end = span
    body = text[start:end].strip()
    if who.speaker is not None or cite or _MARKED.match(body) or _SIGNED.search(body):
        return False
    lead = text[max(0, start - _LEAD_REACH) : start].rstrip()
    if not lead.endswith(":") or INSTRUCTION.search(_last_sentence(lead)) is None:
        return False
    pieces = [p.strip(_ITEM_MARK) for p in _PIECES.split(body)]
    questions = [p for p in pieces if p]
    return bool(questions) and all(p.rstrip("”’\"') ").endswith("?") for p in questions)


def _last_sentence(lead: str) -> str:
    """The last sentence of ``lead`` (which ends with one)."""
    ends = [m.end() for m in _SENTENCE_END.finditer(lead, 0, len(lead) - 1)]
    return lead[ends[-1] :] if ends else lead


def _quotes_someone(sentence: str) -> bool:
    """Whether a sentence holds a quotation mark or a verb of saying: a block after it
    may go on quoting."""
    return any(m in sentence for m in OPENERS) or SPEECH.search(sentence) is not None


def _inside_block(blocks: Sequence[tuple[int, int]], offset: int) -> bool:
    """Whether ``offset`` is inside one of ``blocks`` (spans in order)."""
    k = bisect_right(blocks, offset, key=lambda block: block[0]) - 1
    return k >= 0 and offset < blocks[k][1]


def _lone_quote(text: str) -> bool:
    """Whether a paragraph's text is one quote and nothing else ("“Wait, what’s WIP?”")."""
    body = text.strip()
    if not 3 <= len(body) <= LINE_LENGTH or body[0] not in OPENERS:
        return False
    inner = body[1:].rstrip(".,!?")
    return inner[-1:] in _CLOSERS and not any(m in inner[:-1] for m in OPENERS + _CLOSERS)


def dialogue_line(article: Article, paragraph_starts: Sequence[int], start: int) -> bool:
    """Whether the quote at ``start`` fills its paragraph and a paragraph next to it is
    also only a quote: a line of a quoted exchange; ``paragraph_starts``: where the
    article's paragraphs start."""
    paragraphs = article.paragraphs
    k = bisect_right(paragraph_starts, start) - 1
    if k < 0 or not _lone_paragraph(article, k):
        return False
    return any(_lone_paragraph(article, j) for j in (k - 1, k + 1)
               if 0 <= j < len(paragraphs))


def _lone_paragraph(article: Article, k: int) -> bool:
    """Whether paragraph ``k`` is one quote and nothing else, and no list item."""
    paragraph = article.paragraphs[k]
    if paragraph.end - paragraph.start > 2 * LINE_LENGTH:  # spaces around it aside
        return False
    text = article.plain[paragraph.start : paragraph.end]
    return _lone_quote(text) and not _list_item(
        article, paragraph.start + len(text) - len(text.lstrip()))


def _list_item(article: Article, offset: int) -> bool:
    """Whether the plain text at ``offset`` opens an item of a list in the raw text
    ("- “Home”", "2. “Contact”", "<li>“Home”")."""
    raw_at = article.plain_map.start(offset)
    lo = max(0, raw_at - _LIST_REACH)
    line = article.raw[article.raw.rfind("\n", lo, raw_at) + 1 or lo : raw_at]
    return _LIST_MARK.search(line.lstrip(" \t>")) is not None


def list_item_starts(article: Article) -> frozenset[int]:
    """Where the items of the article's lists start in its plain text, after the first
    item of each list: a line that opens an item in the raw text ("- ", "2. ", "<li>")."""
    text, starts = article.plain, set()
    for paragraph in article.paragraphs:
        at = text.find("\n", paragraph.start, paragraph.end)
        while at >= 0:
            line = at + 1
            while line < paragraph.end and text[line] in " \t":
                line += 1
            if line < paragraph.end and _list_item(article, line):
                starts.add(line)
            at = text.find("\n", line, paragraph.end)
    return frozenset(starts)
