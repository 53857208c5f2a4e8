"""Quoted words in an article that quotes people: a short quote taken for a term is a
quotation when its sentence is about someone who can have said it.

News quotes people: most of its quoted spans are tied to a speaker by a speech verb, its
reporter rarely says "I" or "we", and a word it puts in quotation marks is nearly always a
word a person or group used (``the Democrats and their “rigged” system``, ``his repeated
mispronunciations of “Hamas”``). A blog or a guide quotes few people and speaks in its own
voice: its quoted words are nearly always terms (``we shipped the “beta”``). The rule, read
by :func:`spoken_terms`:

- the article *quotes people* when at least :data:`MIN_CUED` of its inline quotes are tied
  to a speaker by a speech verb, those make at least :data:`CUED_SHARE` of its inline
  quotes, and outside quotations the writer says I, we, our, us or my at most
  :data:`FIRST_PERSON_RATE` times per 1,000 words;
- in such an article, a quote taken for a term (not a title, scare quote, UI label,
  suggested wording or saying) is a quotation when its sentence is about someone: its
  subject is a person or organisation by name (unless the sentence defines it as a thing:
  "Zero Trust is an approach …"), a he or she, or a description of a person, group or
  document ("the senator", "the State Department", "some Republicans");
- a nickname inside a name (``Juan “Chico” Ruiz``), words before a noun naming a kind of
  thing (``the “opt-out” movement``) or a thing bearing them (``“We won” T-shirts``) stay
  terms.

Such a quote's speaker is only whom the sentence is about (``speaker_inferred``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from quotecheck.extract.attribution import Attribution
from quotecheck.extract.kind_words import TERM_AFTER, UI_SPEAKER
from quotecheck.extract.kinds import QuoteKind, is_speech
from quotecheck.extract.words import SPEAKING_NOUNS

#: an article quotes people when at least this many inline quotes have a speech cue …
MIN_CUED = 3
#: … and they are at least this share of its inline quotes
CUED_SHARE = 0.5
#: … and the writer says I, we, our, my … at most this often per 1,000 words of their own
FIRST_PERSON_RATE = 2.0
_GROUPS = frozenset("community team staff crowd fan audience public people student worker "
                    "activist advocate opponent ally donor".split())
_PEOPLE_PRONOUNS = frozenset(("he", "she", "him", "her"))
#: words that end a description's head: "aides to Mr. Sanders" → "aides"
_HEAD_END = re.compile(r"\s(?:of|to|for|against|in|at|on|from|with|by|about|over|under)\s")
#: things that bear words, named after them: “We won” T-shirts, “Vote early” signs
_BEARERS = re.compile(r"[ \t]*(?:t-shirts?|shirts?|signs?|banners?|placards?|posters?|hats?|"
                      r"caps?|buttons?|stickers?|mugs?)\b", re.IGNORECASE)
_CLOSE = re.compile(r"[,.;:!?]*[”\"’']*")
_POSSESSIVE = re.compile(r"[A-Z][\w-]*[’']s")
_FIRST_PERSON = re.compile(r"\b(?:I|[Ww]e|[Oo]urs?|[Uu]s|[Mm]y)\b")
#: a name the sentence defines, a thing and not someone: "Zero Trust is an approach"
_DEFINED = re.compile(r"\s+(?:is|are|was|were)\s+(?:a|an|the)\s")


def spoken_terms(text: str, spans: Sequence[tuple[int, int]], whos: Sequence[Attribution],
                 kinds: Sequence[QuoteKind], blocks: Sequence[tuple[int, int]] = ()
                 ) -> list[bool]:
    """Which of the inline quotes at ``spans`` (inner spans, in order; ``whos`` their
    speakers or sentence subjects, ``kinds`` their kinds so far) are quotations once a
    term in a sentence about someone counts as one in an article that quotes people;
    ``blocks`` are the article's block quotations (no writer's words)."""
    result = [kind.quotation for kind in kinds]
    cued = [who for who, kind in zip(whos, kinds, strict=True)
            if kind.quotation and speaks(who)]
    if len(cued) < MIN_CUED or len(cued) < CUED_SHARE * len(spans):
        return result
    if first_person_rate(text, [*spans, *blocks]) > FIRST_PERSON_RATE:
        return result
    for k, (span, who, kind) in enumerate(zip(spans, whos, kinds, strict=True)):
        if kind.quotation or kind.why != "term" or _nickname(text, *span) or _labels(text, span[1]):
            continue
        result[k] = _about_someone(text, who)
    return result


def first_person_rate(text: str, quoted: Sequence[tuple[int, int]]) -> float:
    """How often the writer says I, we, our, my … outside the ``quoted`` spans (with
    their marks), per 1,000 words."""
    first = words = at = 0
    for start, end in sorted(quoted):
        if start - 1 > at:
            first, words = _count(text[at : start - 1], first, words)
        at = max(at, end + 1)
    first, words = _count(text[at:], first, words)
    return 1000 * first / words if words else 0.0


def _count(stretch: str, first: int, words: int) -> tuple[int, int]:
    """The counts of first-person words and of words, with ``stretch`` added."""
    return first + len(_FIRST_PERSON.findall(stretch)), words + len(stretch.split())


def speaks(who: Attribution) -> bool:
    """Whether a speech verb ties ``who`` to the words ("Ruiz said", "the board wrote");
    otherwise a speaker is only the person the sentence is about: a guess."""
    return who.speaker is not None and who.cue is not None and is_speech(who.cue)


def _about_someone(text: str, who: Attribution) -> bool:
    """Whether the sentence's subject is someone: a he or she; a name, unless the sentence
    defines it ("Zero Trust is an approach …"); a description of a person, group or
    document."""
    speaker = who.speaker
    if speaker is None or who.via not in ("sentence", "subject") or UI_SPEAKER.search(speaker):
        return False
    if who.kind == "pronoun":
        return speaker.lower() in _PEOPLE_PRONOUNS
    if who.kind == "name":
        return speaker[:1].isupper() and _DEFINED.match(text, max(who.end, 0)) is None
    return _describes_someone(speaker)


def _describes_someone(description: str) -> bool:
    """A description of a person, group or document: its head names one ("the State
    Department", "aides to Mr. Sanders"), it ends with a group's name ("some
    Republicans") or holds a person's possessive ("Mr. Trump's appeal to voters")."""
    head = _HEAD_END.split(description, maxsplit=1)[0]
    words = head.split()
    if any(w.lower().rstrip("s") in SPEAKING_NOUNS | _GROUPS for w in words):
        return True
    grouped = len(words) > 1 and words[-1][:1].isupper()
    return grouped or any(_POSSESSIVE.fullmatch(w) for w in words[1:])


def _labels(text: str, end: int) -> bool:
    """Whether the quote ending at ``end`` names the thing after it: a kind of thing
    (``the “opt-out” movement``, ``“is it over?” headlines``) or a thing that bears the
    words (``“We won” T-shirts``, ``“Vote early” signs``)."""
    closed = _CLOSE.match(text, end)
    after = closed.end() if closed else end
    return (TERM_AFTER.match(text, after) or _BEARERS.match(text, after)) is not None


def _nickname(text: str, start: int, end: int) -> bool:
    """One capitalised word between two words of a name: ``Juan “Chico” Ruiz``."""
    if re.fullmatch(r"[A-Z][\w’'-]*", text[start:end].strip()) is None:
        return False
    before = re.search(r"[A-Z][\w.’'-]*\s*[“\"‘']*$", text[max(0, start - 40) : start])
    after = re.match(r"[”\"’']*\s*[A-Z]", text[end : end + 5])
    return before is not None and after is not None
