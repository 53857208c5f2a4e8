"""Speakers as the article introduced them: a surname becomes the full name it was first
given (``Trump`` → ``Donald Trump``), and ``he``/``she`` the nearest person named before
the pronoun whose gender, where the text establishes it (Mr., Ms., spokeswoman…), fits."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, replace

from quotecheck.extract.attribution import NONE, Attribution
from quotecheck.extract.phrases import FUNCTION_WORDS, ORGANISATION, TITLES

_RUN = re.compile(
    r"(?:\b(?P<honorific>Mr|Mrs|Ms|Miss)\.?[ \t]+)?"
    r"(?P<name>[A-Z][\w’'-]+(?:[ \t]+(?:[A-Z]\.|[A-Z][\w’'-]+|(?:de|van|von|bin|al)\b))*)")
_FEMALE = frozenset("mrs ms miss she her spokeswoman congresswoman chairwoman businesswoman "
                    "councilwoman actress queen".split())
_MALE = frozenset("mr he his spokesman congressman chairman businessman councilman actor "
                  "king".split())
_LOOK_BACK = 40
_ARTICLES = frozenset(("the", "a", "an"))


@dataclass(frozen=True)
class _Mention:
    """A capitalised name in the text: where, its words, and whether it is a person."""

    at: int
    words: tuple[str, ...]
    person: bool


def _clean_words(name: str) -> tuple[str, ...]:
    words = [w for w in name.split() if w.lower() not in TITLES]
    while words and (words[0].lower() in FUNCTION_WORDS or words[0].lower() in _ARTICLES):
        words.pop(0)
    return tuple(words)


class SpeakerIndex:
    """The names of one article, to resolve pronouns and surnames against."""

    def __init__(self, text: str) -> None:
        self.mentions: list[_Mention] = []
        self.gender: dict[str, str] = {}
        self.full: dict[str, list[tuple[int, str]]] = {}
        for m in _RUN.finditer(text):
            words = _clean_words(m.group("name"))
            if not words:
                continue
            honorific = (m.group("honorific") or "").lower()
            if honorific:
                self.gender[words[-1]] = "f" if honorific in _FEMALE else "m"
            org = any(w.lower().rstrip(".") in ORGANISATION for w in words)
            person = not org and (len(words) >= 2 or bool(honorific))
            self.mentions.append(_Mention(m.start("name"), words, person))
            if len(words) >= 2 and not org:
                self.full.setdefault(words[-1], []).append((m.start(), " ".join(words)))
        self.starts = [m.at for m in self.mentions]

    def full_name(self, name: str, at: int) -> str:
        """The full name a one-word name was introduced with: the last before ``at``,
        else the first after; the name itself when there is none."""
        words = name.split()
        if len(words) != 1 or words[0] not in self.full:
            return name
        known = self.full[words[0]]
        before = [full for pos, full in known if pos < at]
        return before[-1] if before else known[0][1]

    def known(self, name: str) -> bool:
        """True for a name of two words or more, or one the article gives in full or with
        Mr., Ms. and the like."""
        return " " in name or name in self.full or name in self.gender

    def note_gender(self, who: Attribution) -> None:
        """Learn a gender from a speaker's title (``spokeswoman Dana Kim``)."""
        if who.speaker and who.title and who.kind == "name":
            title = {w.lower().rstrip(".") for w in who.title.split()}
            gender = "f" if title & _FEMALE else "m" if title & _MALE else None
            if gender:
                self.gender.setdefault(who.speaker.split()[-1], gender)

    def person_before(self, at: int, gender: str) -> str | None:
        """The nearest person named before ``at`` whose gender is not known to differ."""
        k = bisect_left(self.starts, at) - 1
        for mention in reversed(self.mentions[max(0, k - _LOOK_BACK) : k + 1]):
            surname = mention.words[-1]
            known = self.gender.get(surname)
            if (mention.person or surname in self.full) and known in (None, gender):
                return self.full_name(" ".join(mention.words), mention.at)
        return None


def _needs_index(who: Attribution) -> bool:
    return who.speaker is not None and who.start >= 0 and (
        who.kind == "pronoun" or (who.kind == "name" and " " not in who.speaker))


def resolve_speakers(text: str, found: list[Attribution]) -> list[Attribution]:
    """Attributions with surnames expanded and he/she resolved (in article order)."""
    if not any(_needs_index(who) for who in found):
        return found
    index = SpeakerIndex(text)
    for who in found:
        index.note_gender(who)
    resolved = []
    for who in found:
        if who.speaker is None or who.start < 0:
            resolved.append(who)
        elif who.kind == "pronoun" and who.speaker.lower() in ("he", "she"):
            person = index.person_before(who.start, "m" if who.speaker.lower() == "he" else "f")
            resolved.append(replace(who, speaker=person or who.speaker))
        elif who.kind == "name" and who.via == "subject" and not index.known(who.speaker):
            resolved.append(NONE)  # "Answer the survey …": a capitalised word, nobody's name
        elif who.kind == "name":
            resolved.append(replace(who, speaker=index.full_name(who.speaker, who.start)))
        else:
            resolved.append(who)
    return resolved
