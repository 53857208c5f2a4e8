"""Who a quotation is attributed to (speaker) and with which verb (cue), read from the
sentence around it and its neighbours.

In order: a cue right after the quote (``“…,” said spokeswoman Dana Kim``, ``“…,” Kim
said``, ``“…,” according to the ruling``); a cue before it in the same sentence (``Kim
told reporters that “…”``, ``The audit called the reserves “…”``); a cue later in the
sentence; the sentence's subject for a quote inside a sentence (``The senator urged voters
to “…”``). Without one, the quote inherits: a transcript line's ``NAME:``, the sentence
before it (a split quote), an attribution-only sentence after it (``“…” That is what Kim
said.``), a paragraph ending in a colon before it, or, for a paragraph of quotes alone,
the speaker of the paragraph before.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, replace

from quotecheck.extract.clauses import (
    comma_before,
    cue_at,
    cue_positions,
    sentence_subject,
    subject_of,
    verb_between,
)
from quotecheck.extract.frames import Token, sentences, tokenize
from quotecheck.extract.phrases import Phrase, read_phrase
from quotecheck.extract.transcript import transcript_speaker
from quotecheck.models import Paragraph


@dataclass(frozen=True)
class Attribution:
    """The speaker and cue found for a quotation, and where the speaker is named."""

    speaker: str | None
    cue: str | None
    title: str | None = None
    start: int = -1
    end: int = -1
    kind: str = ""
    via: str = "sentence"


NONE = Attribution(None, None)
#: how far before a paragraph's first quote (and before a paragraph's end) to read
_WINDOW = 600
#: how many tokens either side of a quote its own sentence is read
_REACH = 60
_DESCRIBERS = frozenset("called calls described describes dubbed dubs labeled labelled "
                        "labels termed terms branded brands".split())
_DESCRIBED_REACH = 7
#: a sentence whose cue is among its first words attributes the quote just before it
_OPENING = 5
_PASSIVE = frozenset("be been being is was were are".split())


@dataclass(frozen=True)
class QuoteAt:
    """A quotation to attribute: its opening mark and the end after its closing mark."""

    open: int
    after: int


def _found(tokens: list[Token], phrase: Phrase, cue: str | None) -> Attribution:
    first, last = tokens[phrase.first], tokens[phrase.last - 1]
    return Attribution(phrase.name, cue, phrase.title, first.start, last.end, phrase.kind)


def _after_quote(sent: list[Token], k: int, cues: list[int]) -> Attribution | None:
    """``“…,” said X`` / ``“…,” according to X`` / ``called “…” by X``, else a phrase
    after the quote that a cue follows."""
    j = k + 1
    while j < len(sent) and sent[j].text in ",—–-'’\"”":
        j += 1
    cue = cue_at(sent, j)
    if cue is not None and not cue[0].endswith("ing"):  # inverted: said X, according to X
        phrase = read_phrase(sent, j + cue[1])
        return _found(sent, phrase, cue[0]) if phrase else None
    passive = [cue_at(sent, c) for c in range(max(0, k - 3), k)]
    if j < len(sent) and sent[j].text == "by" and any(passive):  # called “…” by X
        phrase = read_phrase(sent, j + 1)
        named = next(c for c in passive if c)
        return _found(sent, phrase, named[0]) if phrase is not None else None
    dash = any(t.text in "—–-" for t in sent[k + 1 : j])
    return _named_after(sent, j, cues, dash)


def _named_after(sent: list[Token], j: int, cues: list[int], dash: bool
                 ) -> Attribution | None:
    """``“…,” X said`` / ``“…,” X, a …, said`` / ``“…,” X retaliated.`` / ``“…” — X``."""
    phrase = read_phrase(sent, j)
    if phrase is None:
        return _loose_verb(sent, j)
    later = bisect_left(cues, phrase.last)
    if later < len(cues) and not any(t.quote >= 0 for t in sent[phrase.last : cues[later]]):
        cue = cue_at(sent, cues[later])
        if cue is not None:
            return _found(sent, phrase, cue[0])
    if _ends_with_verb(sent, phrase.last):  # “…,” an angry Hollande retaliated.
        return _found(sent, phrase, sent[phrase.last].text)
    if dash and phrase.kind == "name" and phrase.last >= len(sent) - 1:
        return _found(sent, phrase, None)  # “…” — Ana Ruiz
    return None


def _ends_with_verb(sent: list[Token], at: int) -> bool:
    """True when ``sent[at]`` is a lower-case verb in -ed that ends the sentence."""
    if at >= len(sent) or not sent[at].is_word or sent[at].capitalised:
        return False
    return sent[at].text.endswith("ed") and (at + 1 >= len(sent) or sent[at + 1].text in ".!?")


def _described(sent: list[Token], k: int, cues: list[int]) -> Attribution | None:
    """``The mayor called it “a reckless gamble,” the minutes show``: whoever calls
    something by the quoted words says them, whatever document records it."""
    for c in reversed(cues[: bisect_left(cues, k)]):
        if k - c > _DESCRIBED_REACH:
            return None
        cue = cue_at(sent, c)
        passive = c > 0 and sent[c - 1].text.lower() in _PASSIVE  # "could be termed “…”"
        if cue is not None and cue[0] in _DESCRIBERS and not passive:
            phrase = subject_of(sent, c)
            return _found(sent, phrase, cue[0]) if phrase is not None else None
    return None


def _loose_verb(sent: list[Token], j: int) -> Attribution | None:
    """``“…!” beamed Donald Hartley``: a verb in -ed before a name ends the sentence."""
    if j + 1 < len(sent) and sent[j].is_word and sent[j].text.endswith("ed") and (
            not sent[j].capitalised):
        phrase = read_phrase(sent, j + 1)
        if phrase is not None and phrase.kind == "name" and (
                phrase.last >= len(sent) or sent[phrase.last].text in ",.;"):
            return _found(sent, phrase, sent[j].text)
    return None


def _before_quote(sent: list[Token], k: int, cues: list[int]) -> Attribution | None:
    """The nearest cue before the quote in its sentence, and that cue's subject; for
    ``…, saying “…”`` the subject of the cue before the participle, if there is one."""
    participle: Attribution | None = None
    for c in reversed(cues[: bisect_left(cues, k)]):
        cue = cue_at(sent, c)
        if cue is None:
            continue
        after = c + cue[1]
        by = after < len(sent) and sent[after].text == "by"  # "was asked by X"
        if cue[0] == "according to" or by:
            phrase = read_phrase(sent, after + by)
        else:
            phrase = subject_of(sent, c) or read_phrase(sent, after)  # “…,” said X, “…”
        if phrase is None:
            continue
        found = _found(sent, phrase, cue[0])
        if participle is not None:
            return replace(found, cue=participle.cue)
        if cue[0].endswith("ing") and comma_before(sent, c):
            participle = found
            continue
        return found
    return participle


def _later_in_sentence(sent: list[Token], k: int, cues: list[int]) -> Attribution | None:
    """A cue after the quote that is not next to it: ``…, said X`` or its subject."""
    for c in cues[bisect_left(cues, k + 1) :]:
        cue = cue_at(sent, c)
        if cue is None:
            continue
        inverted = sent[c - 1].text == "," and not cue[0].endswith("ing")
        phrase = read_phrase(sent, c + cue[1]) if inverted else None
        phrase = phrase or subject_of(sent, c)
        return _found(sent, phrase, cue[0]) if phrase is not None else None
    return None


def _sentence_subject(sent: list[Token], k: int) -> Attribution | None:
    """The subject of a sentence with a verb before the quote inside it."""
    if k == 0:
        return None
    phrase = sentence_subject(sent, k)
    if phrase is None or phrase.last >= k or not verb_between(sent, phrase.last, k):
        return None
    return replace(_found(sent, phrase, None), via="subject")


def own_attribution(sentence: list[Token], at: int, positions: list[int]
                    ) -> Attribution | None:
    """The attribution the quote at ``sentence[at]`` gets from its own sentence (the
    ``_REACH`` tokens either side of it in a very long one); ``positions`` are the
    sentence's cues."""
    first = max(0, at - _REACH)
    sent, k = sentence[first : at + _REACH], at - first
    cues = [c - first for c in positions[bisect_left(positions, first) :
                                         bisect_left(positions, at + _REACH)]]
    found = (_described(sent, k, cues) or _after_quote(sent, k, cues)
             or _before_quote(sent, k, cues)
             or _later_in_sentence(sent, k, cues) or _sentence_subject(sent, k))
    if found is not None and found.kind == "pronoun":  # “…,” he said: the name said first
        named = _before_quote(sent, k, cues)
        if named is not None and named.kind != "pronoun":
            return replace(named, cue=found.cue)
    return found


def sentence_attribution(sent: list[Token]) -> Attribution | None:
    """The attribution a sentence without quotes makes (``That is what Kim said.``)."""
    for c in cue_positions(sent)[:1]:
        cue = cue_at(sent, c)
        if cue is not None:
            phrase = subject_of(sent, c) or (
                read_phrase(sent, c + cue[1]) if c + cue[1] < len(sent) else None)
            return _found(sent, phrase, cue[0]) if phrase else None
    return None


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

    def __init__(self, text: str, quotes: list[QuoteAt]) -> None:
        self.text = text
        self.quotes = quotes
        self.found: dict[int, Attribution] = {}
        self.last_unit: Attribution | None = None
        self.colon_lead: Attribution | None = None

    def read(self, unit: _Unit) -> None:
        """Attribute the quotes of ``unit``; what follows reads only the unit's tail."""
        if not unit.members:
            tokens = tokenize(self.text, max(unit.start, unit.end - _WINDOW), unit.end, [])
            if tokens:
                cut = sentences(tokens)
                self._carry(tokens, cut, [*[None] * (len(cut) - 1),
                                          sentence_attribution(cut[-1])])
            else:
                self.colon_lead = self.last_unit = None
            return
        first = self.quotes[unit.members[0]].open
        start = unit.start if first - unit.start <= _WINDOW else first - _WINDOW
        spans = [(self.quotes[q].open, self.quotes[q].after, q) for q in unit.members]
        tokens = tokenize(self.text, start, unit.end, spans)
        line = transcript_speaker(tokens) if start == unit.start else None
        transcript = _found(tokens, line, None) if line else None
        cut = sentences(tokens)
        said: list[Attribution | None] = [None] * len(cut)
        for n, sent in enumerate(cut):
            quoted = [k for k, t in enumerate(sent) if t.quote >= 0]
            if not quoted:
                said[n] = sentence_attribution(sent)
            cues = cue_positions(sent) if quoted else []
            for k in quoted:
                own = own_attribution(sent, k, cues)
                if transcript and own and own.speaker and own.speaker.lower() in ("i", "we"):
                    own = transcript  # "GUEST: I said “…”": the guest
                who = own or transcript or self._inherited(
                    cut, said, n, start == unit.start)
                self.found[sent[k].quote] = who or NONE
                said[n] = who or said[n]
        self._carry(tokens, cut, said)

    def _inherited(self, cut: list[list[Token]], said: list[Attribution | None], n: int,
                   whole: bool) -> Attribution | None:
        following = cut[n + 1] if n + 1 < len(cut) else []
        after = None
        if following and not any(t.quote >= 0 for t in following):
            after = sentence_attribution(following)
        cues = cue_positions(following[:_OPENING]) if after is not None else []
        if after is not None and cues:  # “Why?” Obama asked.
            return after
        if n > 0 and said[n - 1] is not None:
            return said[n - 1]
        if after is not None:
            return after
        if n == 0 and whole and cut[0][0].quote >= 0:
            if self.colon_lead is not None:
                return self.colon_lead
            return replace(self.last_unit, via="paragraph") if self.last_unit else None
        return None

    def _carry(self, tokens: list[Token], cut: list[list[Token]],
               said: list[Attribution | None]) -> None:
        """What the next paragraph may inherit: a colon lead-in's speaker, or the speaker
        of this paragraph's last sentence when it holds a quote."""
        self.colon_lead = None
        if tokens[-1].text == ":":
            self.colon_lead = sentence_attribution(cut[-1]) or said[-1]
        self.last_unit = said[-1]


def attribute_quotes(text: str, paragraphs: tuple[Paragraph, ...], quotes: list[QuoteAt]
                     ) -> list[Attribution]:
    """The attribution of every quote in ``quotes`` (by index), before pronouns and short
    names are resolved."""
    if not quotes:
        return []
    reader = _Reader(text, quotes)
    previous: _Unit | None = None
    for unit in _units(paragraphs, quotes):
        if unit.members:
            if previous is not None and not previous.members:
                reader.read(previous)  # only the paragraph before a quote is read for a lead-in
            reader.read(unit)
        previous = unit
    return [reader.found.get(q, NONE) for q in range(len(quotes))]
