"""Attribution paragraph by paragraph: each quote's own sentence first, then what it
inherits — a transcript line's ``NAME:``, the sentence before it (a split quote), an
attribution-only sentence after it (``“…” That is what Kim said.``), a paragraph ending in
a colon before it, or, for a paragraph that opens with a quote, the speaker of the
paragraph before."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from quotecheck.extract.attribution import (
    NONE,
    Attribution,
    QuoteAt,
    found,
    opens_with_attribution,
    sentence_attribution,
)
from quotecheck.extract.context import (
    carried,
    continued,
    lead_named,
    reporter,
    signature,
    topic,
    verbless_lead,
    within,
)
from quotecheck.extract.cue_places import cue_positions
from quotecheck.extract.frames import Token, sentences, tokenize
from quotecheck.extract.interview import interview_roles, named_role
from quotecheck.extract.mentions import Spans
from quotecheck.extract.own_sentence import own_attribution
from quotecheck.extract.transcript import transcript_speaker
from quotecheck.models import Paragraph

#: how far before a paragraph's first quote (and before a paragraph's end) to read
_WINDOW = 300
#: a sentence whose cue is among its first words attributes the quote just before it
_OPENING = 5
#: how many tokens either side of a quote are read for words of its sentence
_AROUND = 60


@dataclass
class _Unit:
    """Paragraphs that one or more quotations span, and the quotations in them."""

    start: int
    end: int
    members: list[int]


def _units(paragraphs: tuple[Paragraph, ...], quotes: list[QuoteAt]) -> list[_Unit]:
    order = sorted(range(len(quotes)), key=lambda q: quotes[q].open)
    units: list[_Unit] = []
    qi, k = 0, 0
    while k < len(paragraphs):
        unit = _Unit(paragraphs[k].start, paragraphs[k].end, [])
        while qi < len(order) and quotes[order[qi]].open < unit.end:
            q = quotes[order[qi]]
            if not unit.members or q.open >= quotes[unit.members[-1]].after:
                unit.members.append(order[qi])  # nested or overlapping quotes are skipped
                unit.end = max(unit.end, q.after)
            qi += 1
            while k + 1 < len(paragraphs) and paragraphs[k + 1].start < unit.end:
                k += 1
                unit.end = max(unit.end, paragraphs[k].end)
        units.append(unit)
        k += 1
    return units


class _Reader:
    """Attributes the quotations of an article unit by unit."""

    def __init__(self, text: str, quotes: list[QuoteAt], links: Spans,
                 items: frozenset[int] = frozenset()) -> None:
        self.text = text
        self.items = items
        self.links = links
        self.quotes = quotes
        self.found: dict[int, Attribution] = {}
        self.last_unit: Attribution | None = None
        self.colon_lead: Attribution | None = None
        self.roles: dict[str, str] | None = None
        self.opening = len(text) - len(text.lstrip())  # where the first paragraph starts

    def read(self, unit: _Unit) -> None:
        """Attribute the quotes of ``unit`` from the words around them, then note what the
        next paragraph may inherit from this one's last sentence."""
        if not unit.members:
            self._read_tail(max(unit.start, unit.end - _WINDOW), unit.end)
            return
        first = self.quotes[unit.members[0]].open
        last = self.quotes[unit.members[-1]].after
        start = unit.start if first - unit.start <= _WINDOW else first - _WINDOW
        end = unit.end if unit.end - last <= _WINDOW else last + _WINDOW
        spans = [(self.quotes[q].open, self.quotes[q].after, q) for q in unit.members]
        tokens = tokenize(self.text, start, end, spans)
        line = transcript_speaker(tokens) if start == unit.start else None
        transcript = self._line(found(tokens, line, None)) if line else None
        headline = transcript is not None and unit.start <= self.opening
        cut = sentences(tokens, self.items)
        said: list[Attribution | None] = [None] * len(cut)
        quoted = [[k for k, t in enumerate(sent) if t.quote >= 0] for sent in cut]
        for n, sent in enumerate(cut):
            if not quoted[n] and (n + 1 == len(cut) or quoted[n + 1]):
                said[n] = sentence_attribution(sent)  # only what a quote may inherit
            cues = cue_positions(sent) if quoted[n] else []
            for k in quoted[n]:
                at = self.quotes[sent[k].quote]
                own = signature(self.text, at.open, at.after, self.links) or own_attribution(
                    sent, k, cues)
                if transcript and own and (headline or (own.speaker or "").lower() in (
                        "i", "we")):
                    own = transcript  # "GUEST: I said “…”", "Cruz: Trump Would …": the guest
                who = own or transcript or self._inherited(cut, said, n, k,
                                                           start == unit.start)
                self.found[sent[k].quote] = who or NONE
                said[n] = who or said[n]
        if end < unit.end:
            self._read_tail(max(end, unit.end - _WINDOW), unit.end)
        else:
            self._carry(tokens, cut, said, bool(quoted[-1]))

    def _line(self, who: Attribution) -> Attribution:
        """A transcript line's speaker; ``Q`` and ``A`` named where the text says who."""
        if (who.speaker or "").upper() not in ("Q", "A"):
            return who
        if self.roles is None:
            self.roles = interview_roles(self.text)
        return named_role(who, self.roles)

    def _read_tail(self, start: int, end: int) -> None:
        """What the next paragraph may inherit from the words of ``text[start:end]``, the
        end of a paragraph without quotes there."""
        tokens = tokenize(self.text, start, end, [])
        if not tokens:
            self.colon_lead = self.last_unit = None
            return
        cut = sentences(tokens, self.items)
        self._carry(tokens, cut, [*[None] * (len(cut) - 1), sentence_attribution(cut[-1])],
                    False)

    def _inherited(self, cut: list[list[Token]], said: list[Attribution | None], n: int,
                   k: int, whole: bool) -> Attribution | None:
        following = cut[n + 1] if n + 1 < len(cut) else []
        after = None
        if not _inside(cut[n], k) and following and not any(t.quote >= 0 for t in following):
            after = sentence_attribution(following)
        if after is not None and opens_with_attribution(following, _OPENING):  # “Why?” Obama asked.
            return after
        if n > 0 and said[n - 1] is not None:
            return said[n - 1]
        if after is not None or (n > 0 and k > 0):
            return after
        if n > 0:  # a bare quote after a sentence without a cue
            return within(cut, said, n)
        if whole and (k == 0 or verbless_lead(cut[0], k)):
            named = lead_named(cut[0][:k]) if k > 0 else None
            return named or self.colon_lead or (
                continued(self.last_unit) if self.last_unit else None)
        return None

    def _carry(self, tokens: list[Token], cut: list[list[Token]],
               said: list[Attribution | None], last_quoted: bool) -> None:
        """What the next paragraph may inherit: a colon lead-in's speaker, or the speaker
        of this paragraph's last sentence when it holds a quote (see context.py), or the
        person the last sentence is about."""
        self.colon_lead = None
        if tokens[-1].text == ":":
            self.colon_lead = sentence_attribution(cut[-1]) or said[-1] or lead_named(cut[-1])
        self.last_unit = reporter(cut[-1], carried(said, last_quoted)) or topic(cut[-1])


def _inside(sent: list[Token], k: int) -> bool:
    """Whether the quote ``sent[k]`` stands inside its sentence, words of it before and
    after (``users replace their “old phones” for new ones.``): part of the writer's
    sentence, which the next sentence's speaker does not reach into."""
    return any(t.is_word for t in sent[max(0, k - _AROUND) : k]) and any(
        t.is_word or t.quote >= 0 for t in sent[k + 1 : k + 1 + _AROUND])


def attribute_quotes(text: str, paragraphs: tuple[Paragraph, ...], quotes: list[QuoteAt],
                     links: Sequence[tuple[int, int]] = (),
                     items: frozenset[int] = frozenset()) -> list[Attribution]:
    """The attribution of every quote in ``quotes`` (by index), before pronouns and short
    names are resolved; ``links`` are the spans of the article's link texts, ``items``
    where list items start (each ends the sentence before it)."""
    if not quotes:
        return []
    reader = _Reader(text, quotes, Spans([(a, b) for a, b in links if b > a]), items)
    previous: _Unit | None = None
    for unit in _units(paragraphs, quotes):
        if unit.members:
            if previous is not None and not previous.members:
                reader.read(previous)  # only the paragraph before a quote is read for a lead-in
            reader.read(unit)
        previous = unit
    return [reader.found.get(q, NONE) for q in range(len(quotes))]
