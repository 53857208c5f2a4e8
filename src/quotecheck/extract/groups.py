"""What ``it`` and ``they`` stand for when no organisation's name opens a recent sentence:
the subject of a recent sentence that is a document, an organisation or a group — ``it``
a singular one (``The post showed …`` / ``It says: “…”``; ``The constitution makes no
mention of it, although it does say …``), ``they`` a plural one or names joined by "and"
(``three economists … raised a challenge.`` / ``They examined …`` / ``“…,” they argued``) —
through sentences opened by the same pronoun, never past a person's name opening a
sentence (for ``it``), and within a few line breaks of the last link."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from quotecheck.extract.clauses import sentence_subject
from quotecheck.extract.cue_places import cue_at
from quotecheck.extract.frames import Token, sentences, text_of, tokenize
from quotecheck.extract.phrases import (
    ORGANISATION,
    SPEAKING_NOUNS,
    Phrase,
    read_phrase,
    role,
)

_DASHES = frozenset("—–-")
#: characters read back from the pronoun
_BACK = 2000
#: line breaks between a link of the chain and the next subject looked at
_LINES = 3
#: nouns of documents that speak through what they say, besides the nouns of saying
_DOCUMENTS = frozenset(
    "constitution law bill act charter treaty platform manifesto contract agreement "
    "resolution guideline rule regulation policy plan proposal budget page site".split())
#: a name joined to an organisation by "of" ("the Business Council of British Columbia")
_OF_NAME = re.compile(r"[ \t]+(?:of|for|on)[ \t]+(?:the[ \t]+)?[A-Z][\w.’'&-]*"
                      r"(?:[ \t]+(?:of[ \t]+)?[A-Z][\w.’'&-]*){0,4}")


def with_of_name(text: str, end: int, name: str) -> str:
    """An organisation's name with the capitalised words "of" joins to it after ``end``
    (``Business Council`` → ``Business Council of British Columbia``)."""
    m = _OF_NAME.match(text, end)
    return name + " " + " ".join(m.group().split()) if m is not None else name


class GroupSubjects:
    """An article's sentences, tokenized once (the quotations' words as single tokens),
    to find what ``it`` or ``they`` stands for (see the module docstring)."""

    def __init__(self, text: str, quoted: Sequence[tuple[int, int]] = ()) -> None:
        spans = [(a - 1, b + 1, n) for n, (a, b) in enumerate(sorted(quoted)) if a > 0]
        self.text = text
        self.cut = [sent for sent in sentences(tokenize(text, 0, len(text), spans)) if sent]
        self.starts = [sent[0].start for sent in self.cut]
        self.breaks = [m.start() for m in re.finditer("\n", text)]
        self.facts: dict[tuple[int, bool], tuple[Phrase | None, bool, Phrase | None]] = {}

    def before(self, at: int, plural: bool) -> str | None:
        """The organisation, document or group a pronoun at ``at`` stands for."""
        anchor = at
        own = "they" if plural else "it"
        for n in range(bisect_left(self.starts, at) - 1, -1, -1):
            sent = self.cut[n]
            if _lines(self.breaks, sent[0].start, anchor) > _LINES or at - sent[0].start > _BACK:
                break
            if sent[-1].end <= at:
                phrase, says, group = self._facts(n, plural)
            else:  # the pronoun's own sentence, up to the pronoun
                part = [t for t in sent if t.end <= at]
                phrase = _subject(part)
                says = _says(part, own)
                group = _fitting(part, phrase, plural) if phrase is not None else None
            if phrase is None:
                continue
            if phrase.kind == "pronoun" or says:
                if phrase.name.lower() == own or phrase.kind != "pronoun":
                    anchor = sent[0].start  # "They examined …": the chain goes on
                elif phrase.name.lower() in ("he", "she") and not plural:
                    return None
                continue
            if group is not None:
                return with_of_name(self.text, sent[group.last - 1].end, group.name)
            if phrase.kind == "name" and not plural and _personal(sent, phrase):
                return None  # "it" never reaches past a person's name opening a sentence
        return None

    def _facts(self, n: int, plural: bool) -> tuple[Phrase | None, bool, Phrase | None]:
        """A whole sentence's subject, whether the pronoun speaks in it, and the group its
        subject names, computed once."""
        key = (n, plural)
        if key not in self.facts:
            sent = self.cut[n]
            phrase = _subject(sent)
            group = _fitting(sent, phrase, plural) if phrase is not None else None
            self.facts[key] = (phrase, _says(sent, "they" if plural else "it"), group)
        return self.facts[key]


def _subject(sent: list[Token]) -> Phrase | None:
    """The phrase that opens a sentence, before any dash (``three economists -- A, B and C
    -- raised``), an introduction aside."""
    first_mark = next((k for k, t in enumerate(sent) if t.text in _DASHES), len(sent))
    return (sentence_subject(sent, first_mark) or sentence_subject(sent, len(sent))
            or read_phrase(sent, 0))


def _says(sent: list[Token], pronoun: str) -> bool:
    """True when the pronoun is the subject of a cue in the sentence (``…, they argue,``):
    the sentence is a link of the chain."""
    return any(t.text.lower() == pronoun and cue_at(sent, k + 1) is not None
               for k, t in enumerate(sent[:-1]))


def _lines(breaks: list[int], start: int, end: int) -> int:
    return bisect_left(breaks, end) - bisect_left(breaks, start)


def _fitting(sent: list[Token], phrase: Phrase, plural: bool) -> Phrase | None:
    """The phrase up to its first noun of a document, an organisation or a group of the
    pronoun's number (``The constitution makes no …`` → ``The constitution``), if any; a
    name: an organisation's for ``it``, names joined by "and" for ``they``."""
    words = [t.text.lower().rstrip(".") for t in sent[phrase.first : phrase.last]]
    if phrase.kind == "name":
        if plural:
            return phrase if "and" in words else None
        return phrase if any(w in ORGANISATION for w in words) and not (
            words[-1].endswith("s") and words[-1] != "news") else None
    fits = [k for k in range(phrase.first + 1, phrase.last) if _group_noun(sent[k], plural)]
    if not fits:
        return None
    end = fits[0] + 1
    while end < phrase.last and end in fits:
        end += 1  # "The county charter": nouns of one compound
    return Phrase(phrase.first, end, text_of(sent, phrase.first, end), None, "description")


def _group_noun(token: Token, plural: bool) -> bool:
    """True for a lower-case noun of a document, an organisation or a group of the
    pronoun's number."""
    head = token.text.lower()
    many = head.endswith("s") and not head.endswith("ss")
    noun = head.rstrip("s") if many else head
    if token.capitalised or many != plural:
        return False
    return noun in SPEAKING_NOUNS or noun in _DOCUMENTS or noun in ORGANISATION or role(token)


def _personal(sent: list[Token], phrase: Phrase) -> bool:
    """True for a name of a person: two capitalised words or more, no organisation word."""
    words = [t.text.lower().rstrip(".") for t in sent[phrase.first : phrase.last]]
    return len(words) >= 2 and not any(w in ORGANISATION for w in words)
