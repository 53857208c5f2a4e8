"""Where a sentence's cues are: a cue word (``said``, ``according to``) counts only where
it is a verb of saying, not a noun (``his remarks``), a name (``the United States``), a
naming (``a class called “…”``) or holding a thing (``held a rally``)."""

from __future__ import annotations

from quotecheck.extract.cues import CUE_WORDS
from quotecheck.extract.frames import Token
from quotecheck.extract.phrases import PRONOUNS, role

_SINGLE = frozenset(w for w in CUE_WORDS if " " not in w)
_PAIRS = frozenset(tuple(w.split()) for w in CUE_WORDS if " " in w)
_STARTS = _SINGLE | {first for first, _ in _PAIRS}
#: "said" can be an adjective ("the said property"); these words never open a cue
_NOT_AFTER = frozenset("the a an of his her its their our your my this in on for from with"
                       .split())
_DETERMINING = frozenset("the a an his her its their our your my this these those".split())
_ADJECTIVES = frozenset(
    "recent latest earlier previous first last own public private new old final initial "
    "later official prepared written brief controversial inflammatory angry fiery opening "
    "closing formal frequent repeated many several same other usual".split())
_NAMING = frozenset("called named dubbed labeled labelled titled".split())
_OBJECTS = frozenset("it him her them this that those these".split())
_HOLDS = frozenset("hold holds held holding".split())
#: adverbs and auxiliaries passed over between a subject and its cue, and before "called"
SKIPPED_WORDS = frozenset(
    "also later then has had have would will did does do once recently repeatedly "
    "previously reportedly flatly simply just further earlier quickly famously never "
    "often frequently himself herself themselves itself still even again first finally "
    "publicly privately only is was were are been being has already may might could "
    "can must should shall not n't".split())


def cue_at(sent: list[Token], c: int) -> tuple[str, int] | None:
    """The cue that starts at ``sent[c]`` and its length in tokens, if one does. A
    capitalised word is a cue only in a title-case line (``Judge Finds ‘…’``), never inside
    a name (``the United States``, ``The Washington Post``): the whole sentence is in title
    case, not only the words near the cue (``… on all Muslims entering the United States.``)."""
    if c >= len(sent) or sent[c].quote >= 0 or sent[c].text.lower() not in _STARTS:
        return None
    if sent[c].capitalised and c > 0 and not _title_case(sent):
        return None
    word = sent[c].text.lower().replace("’", "'")
    if c + 1 < len(sent) and (word, sent[c + 1].text.lower()) in _PAIRS:
        return f"{word} {sent[c + 1].text.lower()}", 2
    if word in _SINGLE and not _noun_position(sent, c) and not _place_noun(sent, c, word) \
            and not _naming(sent, c, word) and not _holding_a_thing(sent, c, word):
        return word, 1
    return None


def _naming(sent: list[Token], c: int, word: str) -> bool:
    """True for "called" naming a thing: "a class called “Perception”" (after a lower-case
    singular noun that names no one who speaks; "critics called it" stays a cue)."""
    if word not in _NAMING or c == 0:
        return False
    if c + 1 < len(sent) and sent[c + 1].text.lower() in _OBJECTS:
        return False  # "Supporters of the plan called it “a lifeline”": someone calls
    before = sent[c - 1]
    lowered = before.text.lower()
    return before.is_word and not before.capitalised and lowered not in SKIPPED_WORDS and (
        lowered not in PRONOUNS and not lowered.endswith("ly") and not role(before)
        and (lowered.endswith("ss") or not lowered.endswith("s")))


def _holding_a_thing(sent: list[Token], c: int, word: str) -> bool:
    """True for "hold" taking an object (``marched holding pictures``, ``held a rally``):
    it attributes only as a ruling, before "that", a colon, a quote or the clause's end."""
    if word not in _HOLDS or c + 1 >= len(sent):
        return False
    nxt = sent[c + 1]
    return nxt.is_word and nxt.text.lower() != "that"


def _place_noun(sent: list[Token], c: int, word: str) -> bool:
    """True for "states" as in "many Asian states, and …": after a capitalised word and
    before neither "that", a colon, a quote nor the sentence's end."""
    if word not in ("states", "state") or c == 0 or not sent[c - 1].capitalised:
        return False
    nxt = sent[c + 1] if c + 1 < len(sent) else None
    return nxt is not None and nxt.quote < 0 and nxt.text not in ("that", ":", ".")


def _noun_position(sent: list[Token], c: int) -> bool:
    """True where a cue word is a noun: after "the", "his", "of" (``the ruling``, ``his
    remarks``), or after such a word and an adjective (``his recent remarks``)."""
    before = sent[c - 1].text.lower() if c > 0 else ""
    if before in _NOT_AFTER or before.endswith(("’s", "'s")):
        return True
    two_before = sent[c - 2].text.lower() if c > 1 else ""
    determined = two_before in _DETERMINING or two_before.endswith(("’s", "'s"))
    return determined and before in _ADJECTIVES


def cue_positions(sent: list[Token]) -> list[int]:
    """Where the cues of a sentence start, in order."""
    return [c for c in range(len(sent)) if cue_at(sent, c) is not None]


def _title_case(sent: list[Token]) -> bool:
    words = [t for t in sent if t.is_word and len(t.text) > 3]
    return len(words) >= 2 and sum(t.capitalised for t in words) >= 0.7 * len(words)
