"""Speakers as the article introduced them: a surname becomes the full name it was first
given (``Trump`` → ``Donald Trump``), and ``he``/``she`` the person the pronoun stands for
— the subject of a recent sentence (through sentences opened by the same pronoun, or the
person a description quoted in between was introduced as), else the nearest person named
before it — whose gender, where the text establishes it (Mr., Ms., spokeswoman…), fits;
``it``/``they`` an organisation opening a recent sentence or a document or group quoted
just before. The names come from mentions.py."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import replace

from quotecheck.extract.attribution import NONE, Attribution
from quotecheck.extract.context import TOPIC
from quotecheck.extract.groups import GroupSubjects, with_of_name
from quotecheck.extract.mentions import (
    FEMALE,
    MALE,
    Mention,
    Spans,
    scan_mentions,
    titles_before,
)
from quotecheck.extract.names import SURNAME_PARTICLES
from quotecheck.extract.phrases import TITLES

_LOOK_BACK = 40
_HONORIFICS = frozenset(("mr", "mrs", "ms", "miss"))
_BREAK = re.compile("\n")
#: how many names back a description looks for the person introduced with its title
_INTRODUCED = 200
#: a pronoun prefers a sentence's subject named at most this many line breaks before it
#: (the same paragraph or the one before) to a nearer name that is not a subject
_SUBJECT_LINES = 3
#: how many sentence-opening he/she a pronoun follows back to the name they stand for
_CHAIN = 4


class SpeakerIndex:
    """The names of one article, to resolve pronouns and surnames against; names inside
    ``quoted`` spans (the quotations' own words) are no antecedents."""

    def __init__(self, text: str, quoted: Sequence[tuple[int, int]] = ()) -> None:
        found = scan_mentions(text, quoted)
        self.mentions: list[Mention] = found.items
        self.gender: dict[str, str] = found.gender
        self.full: dict[str, list[tuple[int, str]]] = found.full
        self.speaking: set[str] = set()
        self.speakers: list[tuple[int, int]] = []
        self.described: list[tuple[int, str]] = []
        self.spoke = Spans(())
        self.starts = [m.at for m in self.mentions]
        self.text = text
        self.quoted = sorted(quoted)
        self.groups: GroupSubjects | None = None
        self.breaks = [m.start() for m in _BREAK.finditer(text)]

    def full_name(self, name: str, at: int, titled: bool = False) -> str:
        """The full name a one-word name was introduced with: the last before ``at``,
        else the first after; the name itself when there is none, or when a name given
        with Mr., Mrs. or Ms. has two people of that surname to choose from (``Mrs.
        Clinton`` after both ``Bill Clinton`` and ``Hillary Clinton``)."""
        words = name.split()
        if len(words) > 1 and words[0] in SURNAME_PARTICLES:  # "dos Santos"
            return next((full for pos, full in reversed(self.full.get(words[-1], []))
                         if pos < at and full.endswith(" " + name)), name)
        if len(words) != 1 or words[0] not in self.full:
            return name
        known = self.full[words[0]]
        if titled and len({full.split()[0] for _, full in known}) > 1:  # two given names
            return name
        before = [full for pos, full in known if pos < at]
        return before[-1] if before else known[0][1]

    def known(self, name: str) -> bool:
        """True for a name of two words or more, or one the article gives in full or with
        Mr., Ms. and the like."""
        return " " in name or name in self.full or name in self.gender

    def note_speaker(self, who: Attribution) -> None:
        """Learn that a name the article quotes is a person (``Trump said``) and a gender
        from a speaker's title (``spokeswoman Dana Kim``)."""
        if who.speaker and who.kind == "name" and who.via == "sentence" and who.cue:
            self.speaking.add(who.speaker.split()[-1])
            if not who.agent:  # "Rubio was asked by Baker …": the one asked answers next
                self.speakers.append((who.start, who.end))
        if who.speaker and who.kind == "description" and who.via == "sentence" and who.cue:
            self.described.append((who.start, who.speaker))
        if who.speaker and who.title and who.kind == "name":
            title = {w.lower().rstrip(".") for w in who.title.split()}
            gender = "f" if title & FEMALE else "m" if title & MALE else None
            if gender:
                self.gender.setdefault(who.speaker.split()[-1], gender)

    def person_before(self, at: int, gender: str, depth: int = 0) -> str | None:
        """The person a pronoun at ``at`` refers to: the nearest sentence subject (or
        speaker) of the same or the previous paragraph whose gender is not known to differ
        — through sentences opened by the same pronoun — else the nearest such person."""
        k = bisect_left(self.starts, at) - 1
        fits: list[Mention] = []
        if len(self.spoke.spans) != len(self.speakers):
            self.spoke = Spans(self.speakers)
        for mention in reversed(self.mentions[max(0, k - _LOOK_BACK) : k + 1]):
            near = self._lines_between(mention.at, at) <= _SUBJECT_LINES
            if mention.pronoun and near:
                if mention.gender == gender and depth < _CHAIN:
                    return self.person_before(mention.at, gender, depth + 1)
                continue
            if mention.pronoun or not self._fits(mention, gender):
                continue
            if near and (mention.subject or self.spoke.covers(mention.at)):
                return self._described_after(mention.at, at) or self._named(mention)
            fits.append(mention)
        described = self._described_after(fits[0].at if fits else -1, at)
        return described or (self._named(fits[0]) if fits else None)

    def _described_after(self, start: int, at: int) -> str | None:
        """The person a description quoted with a cue between ``start`` and ``at`` refers
        back to (``the Republican nominee said`` → the name introduced with that title)."""
        for pos, description in reversed(self.described):
            if start < pos < at and self._lines_between(pos, at) <= _SUBJECT_LINES:
                return self.referent(description, pos)
        return None

    def referent(self, description: str, at: int) -> str | None:
        """The person last introduced before ``at`` with the title a description ends in
        (``the senator`` → ``Sen. Ted Cruz``), the one sharing most of its words."""
        words = [w.lower().rstrip(".,") for w in description.split()]
        if not words or words[-1] not in TITLES:
            return None
        best, shared = None, 0
        k = bisect_left(self.starts, at)
        for mention in self.mentions[max(0, k - _INTRODUCED) : k]:
            titles = titles_before(self.text, mention) if mention.person else frozenset()
            if words[-1] in titles and len(titles & set(words)) >= shared:
                best, shared = mention, len(titles & set(words))
        return self._named(best) if best is not None else None

    def group_before(self, at: int, plural: bool) -> str | None:
        """What ``it`` (or ``they``) at ``at`` stands for: an organisation opening a
        sentence, or a document or group quoted with a cue (``the report says``, plural
        for ``they``), in the same or the previous paragraph and with no person's name
        opening a sentence in between; None otherwise."""
        k = bisect_left(self.starts, at) - 1
        since = -1
        for mention in reversed(self.mentions[max(0, k - _LOOK_BACK) : k + 1]):
            if self._lines_between(mention.at, at) > _SUBJECT_LINES:
                break
            if mention.subject:
                since = mention.at
                if mention.org:
                    last = self.text.find(mention.words[-1], mention.at)
                    return with_of_name(self.text, last + len(mention.words[-1]),
                                        " ".join(mention.words))
                break
        described = [name for pos, name in self.described if since < pos < at and (
            self._lines_between(pos, at) <= _SUBJECT_LINES and _plural(name) == plural
            and name.split()[-1].lower() not in TITLES)]
        if described:
            return described[-1]
        if self.groups is None:
            self.groups = GroupSubjects(self.text, self.quoted)
        return self.groups.before(at, plural)

    def _lines_between(self, start: int, end: int) -> int:
        return bisect_left(self.breaks, end) - bisect_left(self.breaks, start)

    def _named(self, mention: Mention) -> str:
        """The name a pronoun stands for; with two given names for its surname, the
        surname alone (the pronoun's gender is no evidence for either)."""
        return self.full_name(" ".join(mention.words), mention.at, titled=True)

    def _fits(self, mention: Mention, gender: str) -> bool:
        """True for a person whose gender is not known to differ from ``gender``."""
        surname = mention.words[-1]
        person = mention.person or surname in self.full or (
            not mention.org and surname in self.speaking)
        known = mention.gender or self.gender.get(surname)
        return person and known in (None, gender)


def _plural(name: str) -> bool:
    return name.rsplit(maxsplit=1)[-1].lower().endswith("s")


def _needs_index(who: Attribution) -> bool:
    return who.speaker is not None and who.start >= 0 and (
        who.kind == "pronoun" or who.via == TOPIC or _titled_description(who)
        or who.refers_to is not None
        or (who.kind == "name" and (" " not in who.speaker
                                    or who.speaker.split()[0] in SURNAME_PARTICLES)))


def _titled_description(who: Attribution) -> bool:
    """A description that ends in a title (``the chief justice``, ``the senator``)."""
    words = (who.speaker or "").lower().split()
    return who.kind == "description" and bool(words) and words[-1].rstrip(".,") in TITLES


def resolve_speakers(text: str, found: list[Attribution],
                     quoted: Sequence[tuple[int, int]] = ()) -> list[Attribution]:
    """Attributions with surnames expanded and he/she resolved (in article order);
    ``quoted`` are the spans of the quotations' words."""
    if not any(_needs_index(who) for who in found):
        return found
    index = SpeakerIndex(text, quoted)
    for who in found:
        index.note_speaker(who)
    resolved = []
    for who in found:
        if who.speaker is None or who.start < 0:
            resolved.append(who)
        elif who.kind == "pronoun" and who.speaker.lower() in ("he", "she"):
            person = index.person_before(who.start, "m" if who.speaker.lower() == "he" else "f")
            resolved.append(replace(who, speaker=person or who.speaker))
        elif who.kind == "pronoun" and who.speaker.lower() in ("it", "they"):
            group = index.group_before(who.start, who.speaker.lower() == "they")
            resolved.append(replace(who, speaker=group or who.speaker))
        elif who.refers_to is not None:  # "…,” Obama said, according to a pool report"
            named = _name_resolved(index, who) if who.kind == "name" else who
            resolved.append(replace(named, refers_to=index.full_name(who.refers_to, who.start)))
        elif who.kind == "name":
            resolved.append(_name_resolved(index, who))
        elif _titled_description(who):  # kept as written; the person it names alongside
            resolved.append(replace(who, refers_to=index.referent(who.speaker, who.start)))
        else:
            resolved.append(who)
    return resolved


def _name_resolved(index: SpeakerIndex, who: Attribution) -> Attribution:
    """A name as first introduced; no speaker for a capitalised word that names no one
    the article knows (``Answer the survey …``), nor for a guess from the paragraph
    before that names no one the article quotes with a cue (``Agile practices are …``)."""
    name = who.speaker or ""
    if who.via == "subject" and not index.known(name) and name not in index.speaking:
        return NONE
    if who.via == TOPIC and name.split()[-1] not in index.speaking:
        return NONE
    titled = (who.title or "").lower().rstrip(".") in _HONORIFICS
    return replace(who, speaker=index.full_name(name, who.start, titled))
