"""The attribution a quotation gets from its own sentence: its speaker and cue.

In order: the describer of ``called it “…”``; a cue right after the quote (``“…,” said
spokeswoman Dana Kim``, ``“…,” Kim said``, ``“…,” according to the ruling``); a cue before
it in the same sentence (``Kim told reporters that “…”``); a cue later in the sentence;
the sentence's subject for a quote inside a sentence (``The senator urged voters to
“…”``). reading.py adds what a quote inherits from its neighbours.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace

from quotecheck.extract.accounts import (
    chanter,
    closing,
    inverted_phrase,
    poll_before,
    verb_at,
)
from quotecheck.extract.attribution import Attribution, credited, found
from quotecheck.extract.clauses import (
    closed_relative,
    comma_before,
    relative_cue,
    sentence_subject,
    subject_of,
    verb_between,
)
from quotecheck.extract.cue_places import cue_at
from quotecheck.extract.cues import told_form
from quotecheck.extract.frames import Token
from quotecheck.extract.modifiers import could_speak
from quotecheck.extract.phrases import Phrase, read_phrase
from quotecheck.extract.reported import (
    PASSIVE,
    claim_owner,
    outer_speaker,
    passive_agent,
    passive_cue,
    words_owner,
)

#: how many tokens either side of a quote its own sentence is read
_REACH = 60
_DESCRIBERS = frozenset("called calls calling described describes describing dubbed dubs "
                        "labeled labelled labels termed terms branded brands".split())
_DESCRIBED_REACH = 7
#: prepositions that open an introduction before a sentence's subject
_OPENERS = frozenset("in at during after before amid as when while".split())
_DASHES = frozenset("—–-")
#: a quotation that ends in a comma, "!" or "?" before its closing mark
_OPEN_END = re.compile(r"[,!?][’'\"”»]*$")


def _after_quote(sent: list[Token], k: int, cues: list[int]) -> Attribution | None:
    """``“…,” said X`` / ``“…,” according to X`` / ``called “…” by X``, else a phrase
    after the quote that a cue follows."""
    j = k + 1
    while j < len(sent) and sent[j].text in ",—–-'’\"”":
        j += 1
    cue = cue_at(sent, j)
    if cue is not None and not cue[0].endswith("ing"):  # inverted: said X, according to X
        phrase = inverted_phrase(sent, j + cue[1])
        return found(sent, phrase, cue[0]) if phrase else None
    passive = [cue_at(sent, c) for c in range(max(0, k - 3), k)]
    if j < len(sent) and sent[j].text == "by" and any(passive):  # called “…” by X
        phrase = inverted_phrase(sent, j + 1)
        named = next(c for c in passive if c)
        return found(sent, phrase, named[0]) if phrase is not None else None
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
            phrase = _cue_subject(sent, cues[later], phrase)
            return found(sent, phrase, cue[0])
    if _ends_with_verb(sent, phrase.last):  # “…,” an angry Hollande retaliated.
        return found(sent, phrase, sent[phrase.last].text)
    if dash and phrase.kind == "name" and phrase.last >= len(sent) - 1:
        return found(sent, phrase, None)  # “…” — Ana Ruiz
    return None


def _cue_subject(sent: list[Token], c: int, phrase: Phrase) -> Phrase:
    """The subject of the cue at ``c`` where it holds or follows ``phrase``, the first
    phrase after a quote: “…,” the pitch on Kickstarter says / “…,” a study by a
    sociologist, Mikhail Dmitriyev, concluded."""
    whole = subject_of(sent, c)
    if whole is None or whole.first < phrase.first:
        return phrase
    if whole.first == phrase.first:
        return whole if whole.last > phrase.last else phrase
    return whole if whole.kind == "name" and phrase.kind == "description" else phrase


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
        if closed_relative(sent, c, k):
            return None  # "a clip that Judge Mosman called “distasteful,” Santilli …"
        passive = c > 0 and sent[c - 1].text.lower() in PASSIVE  # "could be termed “…”"
        if cue is not None and cue[0] in _DESCRIBERS and not passive:
            phrase = subject_of(sent, c)
            return found(sent, phrase, cue[0]) if phrase is not None else None
    return None


def _loose_verb(sent: list[Token], j: int) -> Attribution | None:
    """``“…!” beamed Donald Hartley``: a verb in -ed before a name ends the sentence, after
    a quote that ends in a comma, "!" or "?" (not ``a candidate who “tells it like it is”
    backed Trump.``)."""
    ends = sent[j - 1].text == "," or (sent[j - 1].quote >= 0 and _OPEN_END.search(
        sent[j - 1].text) is not None)
    if ends and j + 1 < len(sent) and sent[j].is_word and sent[j].text.endswith("ed") and (
            not sent[j].capitalised):
        phrase = read_phrase(sent, j + 1)
        if phrase is not None and phrase.kind == "name" and (
                phrase.last >= len(sent) or sent[phrase.last].text in ",.;"):
            return found(sent, phrase, sent[j].text)
    return None


def _before_quote(sent: list[Token], k: int, cues: list[int]) -> Attribution | None:
    """The nearest cue before the quote in its sentence, and that cue's subject; for
    ``…, saying “…”`` the subject of the cue before the participle, if there is one."""
    participle: Attribution | None = None
    for c in reversed(cues[: bisect_left(cues, k)]):
        cue = cue_at(sent, c)
        if cue is None or closed_relative(sent, c, k):
            continue
        after = c + cue[1]
        by = after < len(sent) and sent[after].text == "by"  # "was asked by X"
        if not by and passive_cue(sent, c, after):
            continue  # "They are written in the format: “…”": the subject is what is said
        if cue[0] == "according to" or by or (c == 0 and told_form(sent[0].text)):
            phrase = inverted_phrase(sent, after + by)
        else:
            inverted = c > 0 and (sent[c - 1].text == "," or sent[c - 1].quote >= 0)
            phrase = subject_of(sent, c) or (  # “…,” said X, “…”
                inverted_phrase(sent, after) if inverted else None)
        if phrase is None:
            continue
        named = replace(found(sent, phrase, cue[0]), agent=by)
        if participle is not None:
            return replace(named, cue=participle.cue)
        if cue[0].endswith("ing") and comma_before(sent, c):
            participle = named
            continue
        # "A video shows Ruiz saying “…”": the words are Ruiz's, not the video's
        outer = None if cue[0].endswith("ing") else outer_speaker(sent, c, cues)
        return found(sent, *outer) if outer is not None else named
    return participle


def _later_in_sentence(sent: list[Token], k: int, cues: list[int]) -> Attribution | None:
    """A cue after the quote that is not next to it: ``…, said X`` or its subject."""
    for c in cues[bisect_left(cues, k + 1) :]:
        cue = cue_at(sent, c)
        if cue is None:
            continue
        if relative_cue(sent, c):
            return None  # "… with a statement that says …": the clause's own words
        inverted = sent[c - 1].text == "," and not cue[0].endswith("ing")
        phrase = inverted_phrase(sent, c + cue[1]) if inverted else None
        phrase = phrase or subject_of(sent, c)
        return found(sent, phrase, cue[0]) if phrase is not None else None
    return None


def _wrapped(sent: list[Token], k: int) -> Attribution | None:
    """The owner of a noun of saying, the agent of a passive naming or whose words the
    sentence says the quote is (reported.py)."""
    wrapped = claim_owner(sent, k) or passive_agent(sent, k) or words_owner(sent, k)
    return found(sent, *wrapped) if wrapped is not None else None


def _sentence_subject(sent: list[Token], k: int) -> Attribution | None:
    """The subject of a sentence with a verb before the quote inside it, or after an
    introduction that holds the quote (``In an address that spoke to the “…” of voters,
    Clinton struck the same notes``)."""
    if k == 0:
        return None
    phrase = sentence_subject(sent, k)
    if phrase is None and sent[k - 1].text in _DASHES and sent[0].text.lower() in _OPENERS:
        phrase = read_phrase(sent, 1)  # "When Ruiz took the stage — “We are back!” — …"
        if phrase is None or not verb_between(sent, phrase.last, k - 1):
            return None
    elif phrase is None and sent[0].text.lower() in _OPENERS:
        phrase = sentence_subject(sent, len(sent))
        if phrase is None or phrase.first <= k or phrase.kind == "pronoun" or not (
                verb_at(sent, phrase.last)):
            return None
    elif phrase is None or phrase.last >= k or not verb_between(sent, phrase.last, k):
        return None
    if not could_speak(sent, phrase):
        return None
    return replace(found(sent, phrase, None), via="subject")


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
             or _accounted(sent, k, cues) or _before_quote(sent, k, cues)
             or _later_in_sentence(sent, k, cues) or _wrapped(sent, k)
             or _sentence_subject(sent, k))
    if found is not None and found.kind == "pronoun":  # “…,” he said: the name said first
        named = _before_quote(sent, k, cues)
        if named is not None and named.kind != "pronoun":
            found = replace(named, cue=found.cue)
    return _polled(sent, k, cues, credited(sent, k, found))


def _accounted(sent: list[Token], k: int, cues: list[int]) -> Attribution | None:
    """A crowd's chant, or a sentence that closes with its own attribution (accounts.py)."""
    chant = chanter(sent, k)
    if chant is not None:
        return found(sent, chant, None)
    closed = closing(sent, k, cues)
    return found(sent, *closed) if closed is not None else None


def _polled(sent: list[Token], k: int, cues: list[int], who: Attribution | None
            ) -> Attribution | None:
    """``In a September poll, 75 percent of voters said “…”``: a poll or survey that opens
    the sentence speaks for its respondents, a group (or no one) said to say the words."""
    if who is not None and (who.kind != "description" or not (who.speaker or "").endswith("s")):
        return who
    poll = poll_before(sent, k, cues)
    if poll is None:
        return who
    phrase, cue = poll  # with no one said to speak, no cue ties the quote to a link
    return replace(found(sent, phrase, cue if who else None),
                   refers_to=who.speaker if who else None)
