"""Who a quotation is attributed to (speaker) and with which verb (cue): the attribution
found, the one a phrase gives, and what a sentence without quotes says of its speaker.

own_sentence.py reads the attribution a quote gets from its own sentence; reading.py adds
what a quote inherits from its neighbours.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from quotecheck.extract.accounts import inverted_phrase, reported_by
from quotecheck.extract.clauses import relative_cue, subject_of
from quotecheck.extract.cue_places import cue_at, cue_positions
from quotecheck.extract.frames import Token
from quotecheck.extract.phrases import Phrase


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
    refers_to: str | None = None  # the person a description names ("the senator" → Ted Cruz)
    agent: bool = False  # named after "by" ("Rubio was asked by Gerard Baker whether “…”")


NONE = Attribution(None, None)


@dataclass(frozen=True)
class QuoteAt:
    """A quotation to attribute: its opening mark and the end after its closing mark."""

    open: int
    after: int


def found(tokens: list[Token], phrase: Phrase, cue: str | None) -> Attribution:
    """The attribution to the speaker ``phrase`` names, with its span in the text; a
    possessor is named without its mark (``The Florida senator’s answer was that “…”`` →
    "The Florida senator")."""
    first, last = tokens[phrase.first], tokens[phrase.last - 1]
    name, end = phrase.name, last.end
    if len(name) > 3 and name.endswith(("’s", "'s")) and last.text.endswith(("’s", "'s")):
        name, end = name[:-2], end - 2
    return Attribution(name, cue, phrase.title, first.start, end, phrase.kind)


def credited(sent: list[Token], k: int, who: Attribution | None) -> Attribution | None:
    """The source ``according to`` credits with the words someone is said to have said
    (``“…,” Obama said, according to a pool report``): that source speaks, and the one it
    quotes is who it refers to; never for a pronoun (``he said, according to …``)."""
    if who is None or who.cue == "according to" or who.kind == "pronoun" or not who.speaker:
        return who
    source = reported_by(sent, k)
    if source is None or sent[source.first].start == who.start:
        return who
    return replace(found(sent, source, "according to"), refers_to=who.speaker)


def opens_with_attribution(sent: list[Token], opening: int) -> bool:
    """True when a sentence opens with its cue (among its first ``opening`` tokens) or with
    the cue's subject and an apposition: ``Will Estrada, the chairman for the county,
    said …`` attributes the quote just before it."""
    cues = cue_positions(sent)
    if any(c < opening for c in cues):
        return True
    if not cues or cues[0] < 2 or sent[cues[0] - 1].text != "," or (
            sent[cues[0]].text.lower() == "according"):
        return False
    subject = subject_of(sent, cues[0])
    return subject is not None and subject.first == 0


def sentence_attribution(sent: list[Token]) -> Attribution | None:
    """The attribution a sentence without quotes makes (``That is what Kim said.``)."""
    for c in cue_positions(sent)[:1]:
        cue = cue_at(sent, c)
        if cue is not None and not relative_cue(sent, c):
            phrase = subject_of(sent, c) or (
                inverted_phrase(sent, c + cue[1]) if c + cue[1] < len(sent) else None)
            return credited(sent, -1, found(sent, phrase, cue[0])) if phrase else None
    return None
