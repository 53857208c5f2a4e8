"""The people, places and organisations an article names, in order, and the sentences
opened by ``He`` or ``She``: what pronouns and surnames are resolved against.

A mention is a run of capitalised words (titles and leading function words dropped, cut
after a possessor and before a day or a month). It is a **subject** when it opens its
sentence (after function words, capitalised words or an introductory phrase closed by a
comma); it is a **person** when it has two words or more and no organisation word, an
honorific (Mr., Ms.), or a speech verb right after it (``Cruz openly admitted``).
Names inside the quotations' own words are no mentions.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from quotecheck.extract.cues import SINGLE_WORD_CUES, told_form
from quotecheck.extract.frames import ABBREVIATIONS
from quotecheck.extract.phrases import FUNCTION_WORDS, ORGANISATION, PRONOUNS, TITLES

_RUN = re.compile(
    r"(?:\b(?P<honorific>Mr|Mrs|Ms|Miss)\.?[ \t]+)?"
    r"(?P<name>[A-Z][\w’'-]+(?:[ \t]+(?:[A-Z]\.|[A-Z][\w’'-]+|"
    r"(?:de|da|das|dos|del|della|di|du|van|von|der|bin|al)\b))*)")
#: how far back the end of the paragraph before a heading is looked for
_HEADING_REACH = 200
FEMALE = frozenset("mrs ms miss she her spokeswoman congresswoman chairwoman businesswoman "
                   "councilwoman actress queen".split())
MALE = frozenset("mr he his spokesman congressman chairman businessman councilman actor "
                 "king".split())
_POSSESSIVE = ("’s", "'s")
_ARTICLES = frozenset(("the", "a", "an"))
_NOT_OPENING = FUNCTION_WORDS | _ARTICLES | frozenset(
    "is was are were does did do has have had can could should would".split())
_WORD_BEFORE = re.compile(r"(?<![\w’'])[A-Za-z]+$")
_WORDS_BEFORE = re.compile(r"(?:[\w.’'-]+[ \t]+){1,4}$")
_SPELLED = {"sen": "senator", "rep": "representative", "gov": "governor", "gen": "general",
            "pres": "president", "sec": "secretary", "atty": "attorney", "prof": "professor"}
_OPENING_WORDS = FUNCTION_WORDS | TITLES | _ARTICLES
_GAP_WORD = re.compile(r"[^\W\d_][\w’'-]*")
_SENTENCE_END = re.compile(r"[.!?][\"”'’)]*\s|\n")
_VERB_AFTER = re.compile(r"[ \t]+(?:[a-z]+ly[ \t]+)?([a-z]+)")
_HONORIFIC_BEFORE = re.compile(r"\b(Mr|Mrs|Ms|Miss)\.?[ \t]+$")
_TITLE_THEN_NAME = re.compile(r"[ \t]+([a-z]+)[ \t]+[A-Z]")
#: a sentence's subject opens it within this many characters
_OPENING_REACH = 200
_SUBJECT_PRONOUNS = {"He": "m", "She": "f"}
#: he or she opening a sentence after an introduction closed by a comma ("On Sunday, she")
_AFTER_INTRO = re.compile(
    r"(?:^|(?<=[.!?][ \t])|(?<=[.!?][\"”’'][ \t])|(?<=\n))[ \t]*"
    r"(?:[A-Z][^,.!?\n“”\"]{0,50},|But|And|Yet|So|Still|Then|Now)[ \t]+(?P<pronoun>he|she)\b")


@dataclass(frozen=True)
class Mention:
    """A name (or a sentence-opening he/she) in the text and what is known about it."""

    at: int
    words: tuple[str, ...]
    person: bool
    org: bool = False
    subject: bool = False
    gender: str | None = None
    pronoun: bool = False
    run: int = -1


@dataclass
class Mentions:
    """An article's mentions in order, the full names surnames were given, and the
    genders the text establishes for surnames."""

    items: list[Mention] = field(default_factory=list)
    full: dict[str, list[tuple[int, str]]] = field(default_factory=dict)
    gender: dict[str, str] = field(default_factory=dict)


class Spans:
    """Sorted, non-overlapping spans, to ask whether an offset falls inside one."""

    def __init__(self, spans: Sequence[tuple[int, int]]) -> None:
        self.spans = sorted(spans)
        self.starts = [a for a, _ in self.spans]

    def covers(self, at: int) -> bool:
        """True when ``at`` lies inside one of the spans."""
        k = bisect_right(self.starts, at) - 1
        return k >= 0 and at < self.spans[k][1]


@lru_cache(maxsize=4096)
def clean_words(name: str) -> tuple[str, ...]:
    """A run's words without titles, leading function words and auxiliaries; after a
    possessor, the name it possesses ("CNN's Gloria Borger" → "Gloria Borger"), or the
    possessor alone when nothing capitalised follows; cut before a day or a month."""
    words = _untitled(name.split())
    owned = [k for k, w in enumerate(words) if w.endswith(_POSSESSIVE)]
    if owned and owned[-1] + 1 < len(words):
        words = words[owned[-1] + 1 :]
    elif owned:
        words = [*words[: owned[-1]], words[-1][:-2]]
    while words and (words[0].lower() in _NOT_OPENING or told_form(words[0])):
        words.pop(0)  # "Said Ruiz: …" opens with its cue: the name is "Ruiz"
    cut = next((k for k, w in enumerate(words) if k and w.lower() in FUNCTION_WORDS), None)
    return tuple(words[:cut])


def _untitled(words: list[str]) -> list[str]:
    """A run without the titles before its name (``Vice President Joe Biden`` → ``Joe
    Biden``); an organisation's name whole (``Business Council``, ``White House``)."""
    titled = [k for k, w in enumerate(words) if w.lower() in TITLES]
    rest = words[titled[-1] + 1 :] if titled else words
    if any(w.lower().rstrip(".") in ORGANISATION for w in rest):
        return words
    return rest or [w for w in words if w.lower() not in TITLES]


class _Sentences:
    """Reads the text once, left to right, to tell whether each run opens its sentence."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.ends = [m.end() for m in _SENTENCE_END.finditer(text) if not _abbreviation(
            text, m.start())]
        self.scanned = 0
        self.start = 0
        self.named = False

    def opener(self, start: int, end: int) -> bool:
        """True when the run ``text[start:end]`` may open its sentence: no name before it
        there and near the sentence's start (``opens`` tells)."""
        k = bisect_right(self.ends, start) - 1
        if k >= 0 and self.ends[k] > self.scanned:  # a sentence began since the last run
            self.start, self.named = self.ends[k], False
        self.scanned = end
        return not self.named and start - self.start <= _OPENING_REACH

    def opens(self, start: int) -> bool:
        """True when only an opening stands between the sentence's start and ``start``."""
        return _opens_sentence(self.text, self.start, start)


def _abbreviation(text: str, at: int) -> bool:
    """True when the full stop at ``at`` ends an abbreviation or an initial (``Sen.``,
    ``Mr.``, ``George W.``), not a sentence."""
    if text[at] != ".":
        return False
    word = _WORD_BEFORE.search(text, max(0, at - 12), at)
    return word is not None and (len(word.group()) == 1 or word.group().lower() in ABBREVIATIONS)


def _opens_sentence(text: str, start: int, at: int) -> bool:
    """True when only function words, capitalised words and punctuation, or an
    introductory phrase closed by a comma, stand between a sentence's start and ``at``
    (``Last month, Kim …``; not ``But he broke with Kim``)."""
    gap = _GAP_WORD.findall(text, start, at)
    if any(w.lower() in PRONOUNS for w in gap):
        return False
    return text[start:at].rstrip().endswith(",") or all(
        w[:1].isupper() or w.lower() in _OPENING_WORDS for w in gap)


def _honorific(text: str, m: re.Match[str]) -> str:
    """Mr., Mrs., Ms. or Miss before a name (``But Mrs. Clinton`` too), lower-cased."""
    if m.group("honorific"):
        return m.group("honorific").lower()
    before = _HONORIFIC_BEFORE.search(text, max(0, m.start("name") - 8), m.start("name"))
    return before.group(1).lower() if before is not None else ""


def titles_before(text: str, mention: Mention) -> frozenset[str]:
    """The title words a name is introduced with, before it or in its run
    (``Republican presidential nominee Donald Trump``, ``Sen. Ted Cruz``), lower-cased
    and unabbreviated."""
    before = _WORDS_BEFORE.search(text, max(0, mention.run - 60), mention.run)
    named = text.find(mention.words[0], mention.run, mention.run + 80) if mention.words else -1
    in_run = text[mention.run : max(mention.at, named)]  # "Chief Justice John Roberts"
    words = (before.group().split() if before else []) + in_run.split()
    found = {_SPELLED.get(w.lower().rstrip("."), w.lower().rstrip(".")) for w in words}
    return frozenset(w for w in found if w in TITLES or w in _SPELLED.values())


def _modifies(text: str, end: int) -> bool:
    """True when a title and a name follow the run ending at ``end``: the run only says
    whose title it is (``Amnesty International spokesman Eric Ferrero``)."""
    m = _TITLE_THEN_NAME.match(text, end)
    return m is not None and m.group(1) in TITLES


def _speaks(text: str, end: int) -> bool:
    """True when a speech verb follows the name ending at ``end`` (``Cruz admitted``)."""
    m = _VERB_AFTER.match(text, end)
    return m is not None and m.group(1) in SINGLE_WORD_CUES


def scan_mentions(text: str, quoted: Sequence[tuple[int, int]] = ()) -> Mentions:
    """Every mention of ``text`` outside the ``quoted`` spans; full names and genders
    are learnt from the whole text."""
    found = Mentions()
    found.items.extend(_introduced_pronouns(text, quoted))
    inside = Spans(quoted)
    reading = _Sentences(text)
    for m in _RUN.finditer(text):
        at, name = m.start("name"), m.group("name")
        subject = reading.opener(m.start(), m.end())
        if inside.covers(at):
            _learn(found, m, clean_words(name))
            continue  # a name in a quotation's own words is no antecedent
        if name in _SUBJECT_PRONOUNS:
            if subject and reading.opens(m.start()):
                reading.named = True
                found.items.append(Mention(at, (name,), False, subject=True,
                                           gender=_SUBJECT_PRONOUNS[name], pronoun=True))
            continue
        words = clean_words(name)
        if not words or _modifies(text, m.end()):
            continue  # "Amnesty International spokesman Eric Ferrero": the name is next
        reading.named = True
        gender, org = _learn(found, m, words)
        person = not org and (len(words) >= 2 or bool(gender) or _speaks(text, m.end()))
        subject = subject and not name.endswith(_POSSESSIVE) and reading.opens(m.start())
        found.items.append(Mention(at, words, person, org, subject, gender, run=m.start()))
    found.items.sort(key=lambda mention: mention.at)
    return found


def _introduced_pronouns(text: str, quoted: Sequence[tuple[int, int]]) -> list[Mention]:
    """He or she opening a sentence after an introduction closed by a comma (``On Sunday,
    she disclosed …``): a sentence a pronoun may be followed back through."""
    inside = Spans(quoted)
    return [Mention(m.start("pronoun"), (m.group("pronoun").title(),), False, subject=True,
                    gender=_SUBJECT_PRONOUNS[m.group("pronoun").title()], pronoun=True)
            for m in _AFTER_INTRO.finditer(text) if not inside.covers(m.start("pronoun"))]


def _learn(found: Mentions, m: re.Match[str], words: tuple[str, ...]
           ) -> tuple[str | None, bool]:
    """Note the gender an honorific gives and the full name a run gives; return the
    gender and whether the run names an organisation."""
    if not words:
        return None, False
    honorific = _honorific(m.string, m)
    gender = ("f" if honorific in FEMALE else "m") if honorific else None
    if gender:
        found.gender[words[-1]] = gender
    org = any(w.lower().rstrip(".") in ORGANISATION for w in words)
    if len(words) >= 2 and not org and not _heading(m.string, m.start(), m.end()):
        found.full.setdefault(words[-1], []).append((m.start(), " ".join(words)))
    return gender, org


def _heading(text: str, start: int, end: int) -> bool:
    """Whether the run ``text[start:end]`` is a paragraph by itself after another paragraph
    that does not end with a quotation (a heading such as ``Give Feedback``, not a name
    signing the quote above it): no full name is learnt from it."""
    reach = _HEADING_REACH  # a heading is a short line: nothing further is looked at
    line_start = text.rfind("\n", max(0, start - reach), start) + 1
    line_end = text.find("\n", end, end + reach)
    if (line_start == 0 and start > reach) or (line_end < 0 and end + reach < len(text)):
        return False
    line_end = len(text) if line_end < 0 else line_end
    alone = not text[line_start:start].strip(" \t#*_>") and not text[end:line_end].strip(" \t*_")
    before = text[max(0, line_start - _HEADING_REACH) : line_start].rstrip()
    return (alone and text[line_start - 2 : line_start] == "\n\n" and bool(before)
            and before[-1] not in "”\"’'")
