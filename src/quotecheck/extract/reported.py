"""Reported speech a sentence wraps around a quote: the outer speaker of nested cues
(``Ross said Obama had told leaders …``), the owner of a noun of saying (``the contention of
X that …``, ``X's claim that …``) and the agent of a passive naming (``known by some
Republicans as a “hug”``). Each gives the speaker's phrase and the cue word."""

from __future__ import annotations

from bisect import bisect_left

from quotecheck.extract.clauses import subject_of
from quotecheck.extract.cue_places import cue_at
from quotecheck.extract.frames import Token, text_of
from quotecheck.extract.modifiers import bare_plural
from quotecheck.extract.phrases import FUNCTION_WORDS, Phrase, read_phrase

PASSIVE = frozenset("be been being is was were are".split())
#: nouns of saying whose owner says what follows "that"
_CLAIMS = frozenset("claim claims contention assertion argument insistence warning promise "
                    "pledge accusation allegation suggestion view belief".split())
#: nouns of answering whose owner says the quote after a colon
_ANSWERS = frozenset("response reply answer retort reaction message verdict".split())
_CLAIM_REACH = 30
_NAME_WORDS = 3  # words of a name before its possessive "’s" at most
_ARTICLES = frozenset(("a", "an", "the"))
_AGENT_REACH = 8
_PARTICIPLE = ("ed", "known", "seen")
#: what ends the reported words of a cue before another cue: punctuation, an adverbial clause
_NOT_NESTED = frozenset([*",;:—–?!()", *"after when because while before as since although "
                        "though if unless until once".split()])


def outer_speaker(sent: list[Token], c: int, cues: list[int]) -> tuple[Phrase, str] | None:
    """The attribution whose reported words hold the cue at ``c``: ``Ross said Obama had
    told leaders that he would allow “no daylight”`` is Ross's account (no comma, quote or
    adverbial clause between the two cues; not ``they were announced``)."""
    for o in cues[: bisect_left(cues, c)]:
        cue = cue_at(sent, o)
        if cue is None or cue[0].endswith("ing") or cue[0] == "according to" or (
                o > 0 and sent[o - 1].text.lower() in PASSIVE):
            continue
        if any(t.quote >= 0 or t.text in _NOT_NESTED for t in sent[o:c]):
            continue
        phrase = subject_of(sent, o)
        if phrase is not None:
            return phrase, cue[0]
    return None



def passive_agent(sent: list[Token], k: int) -> tuple[Phrase, str] | None:
    """The agent of a passive naming: ``what would come to be known by some Republicans as
    a “hug”``, ``described by critics as “reckless”``."""
    at = k - 1
    while at > 0 and sent[at].text.lower() in _ARTICLES:
        at -= 1
    if at < 3 or sent[at].text.lower() != "as":
        return None
    for b in range(at - 2, max(0, at - _AGENT_REACH), -1):
        if sent[b].text.lower() == "by" and sent[b - 1].text.lower().endswith(_PARTICIPLE):
            phrase = read_phrase(sent, b + 1) or bare_plural(sent, at)  # "by critics as"
            if phrase is None or (phrase.first, phrase.last) != (b + 1, at):
                return None
            return phrase, sent[b - 1].text.lower()
    return None



def claim_owner(sent: list[Token], k: int) -> tuple[Phrase, str] | None:
    """Whose claim holds the quote: ``the contention of Hillary Clinton that … “…”``,
    ``Trump's claim that “…”`` (a noun of saying, then "that", before the quote), or
    ``Clinton’s response was: “…”`` (the noun, a colon, the quote)."""
    for n in range(k - 1, max(-1, k - _CLAIM_REACH), -1):
        if sent[n].quote >= 0 or sent[n].text == ";":
            return None
        if sent[n].text.lower() not in _CLAIMS | _ANSWERS:
            if sent[n].text == ":" and n + 1 < k:
                return None
            continue
        led = all(t.text.lower() in ("was", "is", ":") for t in sent[n + 1 : k])
        if not led and not any(t.text.lower() == "that" for t in sent[n + 1 : k]):
            return None
        owner = sent[n - 1] if n > 0 else None
        phrase: Phrase | None = None
        if owner is not None and owner.capitalised and owner.text.endswith(("’s", "'s")):
            phrase = _possessor(sent, n - 1)  # Trump's claim
        elif n + 1 < len(sent) and sent[n + 1].text.lower() == "of":
            phrase = read_phrase(sent, n + 2)
        else:
            return None
        return (phrase, sent[n].text.lower()) if phrase is not None else None
    return None


def _possessor(sent: list[Token], at: int) -> Phrase:
    """The name ending in the possessive ``sent[at]`` ("Ana Reyes’s"), without the "’s"."""
    first = at
    while first > 0 and sent[first - 1].capitalised and at - first < _NAME_WORDS and (
            sent[first - 1].text.lower() not in FUNCTION_WORDS):
        first -= 1
    name = text_of(sent, first, at + 1)[:-2]
    return Phrase(first, at + 1, name, None, "name")


def words_owner(sent: list[Token], k: int) -> tuple[Phrase, str] | None:
    """Whose words the sentence says the quote is: ``… “a disaster,” in the words of Ana
    Ruiz`` / ``in Ruiz’s words, “…”``."""
    for n in range(max(1, k - _CLAIM_REACH), min(len(sent), k + _CLAIM_REACH)):
        if sent[n].text.lower() != "words" or sent[n - 1].quote >= 0:
            continue
        if n + 2 < len(sent) and sent[n + 1].text.lower() == "of":
            phrase = read_phrase(sent, n + 2)
            return (phrase, "words") if phrase is not None else None
        owner = sent[n - 1]
        if owner.capitalised and owner.text.endswith(("’s", "'s")):
            return _possessor(sent, n - 1), "words"
    return None


def passive_cue(sent: list[Token], c: int, after: int) -> bool:
    """Whether the cue at ``sent[c]`` is a passive with no agent: a form of "be" and a
    participle (``are written``, ``was told``), not ``was saying`` (what the subject says)
    nor ``was said to be`` (what others say of the subject)."""
    participle = not sent[c].text.lower().endswith("ing")
    raised = after < len(sent) and sent[after].text.lower() == "to"
    return c > 0 and sent[c - 1].text.lower() in PASSIVE and participle and not raised
