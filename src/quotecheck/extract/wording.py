"""Quotation or not, from the quote's whole sentence and paragraph, after
:mod:`quotecheck.extract.kinds` has decided from the words right around it. Each rule is
one a reader can check:

Not a quotation (no one is named for the words in their own sentence):

- a quoted question that is a sentence by itself, after an instruction to the reader in
  its paragraph ("Ask the customer what they will do. “What changes are we testing?”"),
  is suggested wording;
- a quoted question after "the question" ("the question arises “…?”") is a thought;
- a quote later in a sentence whose first quote is wording to use ("If you see “…” in
  one paragraph and then “…”") is wording to use too;
- link text in quotation marks in Title Case is the linked page's title, even with "?"
  or "!" in it;
- a sentence quoted by itself that the next sentence calls "this slogan", "that motto"…
  is a saying.

A quotation after all:

- lines of dialogue (see :mod:`.own_words`);
- words a reviewer or poster is said to have posted right after them ("“…,” posted
  the_reviewer");
- words someone is said to urge, encourage or advise people to ("the framework
  encourages people to “…”");
- wording to use that a person named in the sentence suggests ("Ruiz suggests you ask:
  “…”"): her words.

A block quotation no one signs, marks or introduces is the writer's own (a ``note``).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from itertools import pairwise

from quotecheck.extract.attribution import Attribution
from quotecheck.extract.kind_words import (
    IMPERATIVE,
    INSTRUCTION,
    SMALL_WORDS,
    SPEECH,
    SPEECH_AFTER,
    SUGGESTED,
)
from quotecheck.extract.kinds import QUOTATION, QuoteKind, is_speech
from quotecheck.extract.own_words import (
    OPENERS,
    dialogue_line,
    instructed_block,
    list_item_starts,
    writers_block,
)
from quotecheck.models import Article

#: how many sentences before a quote its paragraph is searched for an instruction
INSTRUCTION_REACH = 2
_SPEECH_REACH = 60
_PAIR_REACH = 60
_NEXT_SENTENCE = 300
#: how far before a quote its sentence and the sentences before it are read
WINDOW = 600
_HEADLINE = 0.8
#: a sentence ends: ".", "!" or "?" (closing marks may follow), then a space
_SENTENCE_END = re.compile(r"[.!?][”’\"')*_]*\s+")
#: a question named as one before it: "the question arises “…?”"
QUESTION = re.compile(r"\b(?:the|a|this|that|one|our|my|your|their)\s+(?:[\w’'-]+\s+)?"
                      r"question\b[^.!?“”\"]{0,30}$", re.IGNORECASE)
#: the words posted, tweeted … by whoever is named right after the verb (not "posted on
#: our blog", "posted by the team")
POSTED = re.compile(r"[\s”’\"']*,?[\s”’\"']*(?:posted|tweeted|retweeted|emailed|texted|"
                    r"messaged|blogged)\s+(?!(?:on|in|at|to|by|for|from|with|online|here|"
                    r"there|last|this|that|a|an|the|yesterday|today|earlier|recently)\b)"
                    r"[\w@]", re.IGNORECASE)
#: a slogan, motto, saying … the next sentence points back to
SAYING_BACK = re.compile(r"\b(?:this|that|the|these|those)\s+(?:[\w’'-]+\s+){0,2}"
                         r"(?:slogan|motto|saying|mantra|adage|tagline|catchphrase|proverb|"
                         r"maxim|idiom|refrain)s?\b", re.IGNORECASE)
#: someone urges people to do what the quote says: "encourages people to “…”"
URGED = re.compile(r"(?<!\bwe )(?<!\bi )(?<!\byou )\b(?:encourag|urg|advis|remind|invit|"
                   r"challeng|implor)(?:es|ed|s)\s+(?:[\w’'-]+\s+){1,3}to\s*$",
                   re.IGNORECASE)
SUGGESTING = re.compile(r"(?:suggest|recommend|advis|propos)\w*", re.IGNORECASE)
_TITLE_WORD = re.compile(r"[^\W\d_][\w’'-]*")
_ASIDE = re.compile(r"\([^()]*\)")


@dataclass(frozen=True)
class _Around:
    """A quote with its sentence and paragraph: the text, the span between its marks,
    the sentence before it (``own``), the sentences before that (nearest first) and
    where its sentence ends."""

    text: str
    start: int
    end: int
    quote: str
    who: Attribution
    own: str
    earlier: tuple[str, ...]
    sentence_end: int

    @property
    def speaker_in_sentence(self) -> bool:
        """Whether someone is named for the quote in its own sentence (a sentence's
        subject with no verb of saying is not)."""
        who = self.who
        if who.speaker is None or (who.via == "subject" and who.cue is None):
            return False
        first = self.start - 1 - len(self.own)
        return who.start < 0 or first <= who.start < self.sentence_end

    @property
    def opens_sentence(self) -> bool:
        """Whether the quote opens its sentence."""
        return not self.own.strip(" \t\n" + OPENERS)


def _sentence_end(text: str, end: int, limit: int) -> int:
    """Where the sentence of a quote that closes at ``end`` ends: at the mark when the
    quote ends with its own ".", "!" or "?", unless a speech verb follows it ("“Is it
    over?” Ruiz asked")."""
    own_end = text[max(0, end - _SPEECH_REACH) : end].rstrip()[-1:] in ".!?…"
    if own_end and not SPEECH_AFTER.match(text, end + 1, end + 1 + _SPEECH_REACH):
        return end + 1
    found = _SENTENCE_END.search(text, end + 1, min(limit, end + 1 + WINDOW))
    return found.start() + 1 if found else limit


def _question(a: _Around) -> bool:
    return a.quote.rstrip("…. ").endswith("?")


def instructed_question(a: _Around) -> bool:
    """A question alone in its sentence after an instruction to the reader, or one that
    an instruction introduces with a colon ("Ask the team these questions: “…?”")."""
    if not _question(a) or a.speaker_in_sentence:
        return False
    if a.own.rstrip().endswith(":"):
        return INSTRUCTION.search(a.own) is not None
    return a.opens_sentence and any(INSTRUCTION.search(s)
                                    for s in a.earlier[:INSTRUCTION_REACH])


def named_question(a: _Around) -> bool:
    """A question after "the question", no one named for it."""
    return _question(a) and not a.speaker_in_sentence and QUESTION.search(a.own) is not None


def paired_with_wording(a: _Around) -> bool:
    """A later quote of a sentence whose first quote is wording to use, with no speech
    verb between them."""
    close = max(a.own.rfind(m) for m in "”\"")
    opening = max(a.own.rfind(m, 0, max(close, 0)) for m in "“\"")
    if opening < 0 or a.speaker_in_sentence:
        return False
    lead, between = a.own[:opening], a.own[close + 1 :]
    return (len(between) <= _PAIR_REACH and SPEECH.search(between) is None
            and (SUGGESTED.search(lead) or IMPERATIVE.search(lead)) is not None)


def headline(quote: str) -> bool:
    """Words in Title Case, asides in parentheses and "?" or "!" aside."""
    words = [w for w in _TITLE_WORD.findall(_ASIDE.sub(" ", quote))
             if w.lower() not in SMALL_WORDS]
    return len(words) >= 2 and sum(w[:1].isupper() for w in words) >= _HEADLINE * len(words)


def named_saying_next(a: _Around) -> bool:
    """A sentence quoted by itself that the next sentence calls a slogan, motto…"""
    if not a.opens_sentence or a.speaker_in_sentence or a.sentence_end != a.end + 1:
        return False
    following = a.text[a.end + 1 : a.end + 1 + _NEXT_SENTENCE]
    found = _SENTENCE_END.search(following)
    return SAYING_BACK.search(following[: found.start() if found else None]) is not None


def _said_after_all(a: _Around, kind: QuoteKind) -> bool:
    comma = "," in a.text[a.end - 1 : a.end + 2]
    if comma and POSTED.match(a.text, a.end + 1, a.end + 1 + _SPEECH_REACH):
        return True
    if kind.why == "term" and URGED.search(a.own):
        return True
    who = a.who
    return (kind.why == "suggested" and who.kind == "name" and who.via == "sentence"
            and who.cue is not None and a.speaker_in_sentence
            and (is_speech(who.cue) or SUGGESTING.fullmatch(who.cue) is not None))


def _not_said(a: _Around, linked: bool) -> QuoteKind | None:
    if instructed_question(a) or paired_with_wording(a):
        return QuoteKind(False, "suggested")
    if named_question(a):
        return QuoteKind(False, "thought")
    if linked and headline(a.quote):
        return QuoteKind(False, "title", ("title",))
    if named_saying_next(a):
        return QuoteKind(False, "saying")
    return None


@dataclass(frozen=True)
class ArticleWording:
    """An article read for the rules of this module: where its paragraphs, links, block
    quotations and list items are, looked up by position (each quote costs the same
    however long the article)."""

    article: Article
    paragraph_starts: tuple[int, ...]
    links: tuple[tuple[int, int], ...]
    blocks: tuple[tuple[int, int], ...]
    items: frozenset[int] = frozenset()  # where list items start (each ends a sentence)

    @classmethod
    def of(cls, article: Article) -> ArticleWording:
        """The article with its paragraphs, links, blocks and list items in order."""
        return cls(article, tuple(p.start for p in article.paragraphs),
                   tuple(sorted((link.start, link.end) for link in article.links)),
                   tuple(sorted((b.start, b.end) for b in article.blocks)),
                   list_item_starts(article))

    def _around(self, span: tuple[int, int], quote: str, who: Attribution
                ) -> _Around | None:
        text, (start, end) = self.article.plain, span
        k = bisect_right(self.paragraph_starts, start) - 1
        if k < 0 or start > self.article.paragraphs[k].end:
            return None
        paragraph = self.article.paragraphs[k]
        lo = max(paragraph.start, start - 1 - WINDOW)
        chunk = text[lo : max(lo, start - 1)]
        bounds = [0, *(m.end() for m in _SENTENCE_END.finditer(chunk))]
        earlier = tuple(chunk[a:b].strip() for a, b in pairwise(bounds))[::-1]
        return _Around(text, start, end, quote, who, chunk[bounds[-1] :], earlier,
                       _sentence_end(text, end, paragraph.end))

    def _linked(self, start: int, end: int) -> bool:
        """Whether a link's text covers the span."""
        k = bisect_right(self.links, start, key=lambda link: link[0]) - 1
        return k >= 0 and self.links[k][1] >= end - 1

    def inline(self, span: tuple[int, int], quote: str, who: Attribution,
               kind: QuoteKind) -> QuoteKind:
        """The kind of an inline quote (``span``: between its marks) once its sentence
        and paragraph are read (see the module's rules); ``kind`` is what the words right
        around it made it."""
        around = self._around(span, quote, who)
        if around is None:
            return kind
        if not kind.quotation:
            said = dialogue_line(self.article, self.paragraph_starts, span[0])
            return QUOTATION if said or _said_after_all(around, kind) else kind
        return _not_said(around, self._linked(*span)) or kind

    def block(self, span: tuple[int, int], who: Attribution, kind: QuoteKind, *,
              cite: str | None) -> QuoteKind:
        """The kind of a block quotation at ``span`` once the text around it is read:
        the writer's own block is a note; questions the writer tells the reader to ask
        are suggested wording."""
        if kind.quotation and writers_block(self.article, span, who, cite, self.blocks):
            return QuoteKind(False, "note")
        if kind.quotation and instructed_block(self.article, span, who, cite):
            return QuoteKind(False, "suggested")
        return kind
