"""Noun phrases that can name a speaker: a name with its title, a description, a pronoun.

``spokeswoman Dana Kim`` is the name Dana Kim with the title "spokeswoman";
``Brazile’s CNN colleague, Jake Tapper,`` is Jake Tapper described as Brazile’s CNN
colleague; ``the lawsuit brought in part by …`` is the description "the lawsuit".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from quotecheck.extract.frames import Token, text_of
from quotecheck.extract.names import (
    CONTRACTED,
    NOT_PLAIN,
    ONE_WORD_CUES,
    REACH,
    STOPS,
    after_roles,
    is_name_word,
    lower,
    name_end,
    split_title,
    surname_particle,
)
from quotecheck.extract.words import (
    DETERMINERS,
    FUNCTION_WORDS,
    ORGANISATION,
    PRONOUNS,
    SPEAKING_NOUNS,
    TITLES,
)

__all__ = [
    "DETERMINERS",
    "FUNCTION_WORDS",
    "ORGANISATION",
    "PRONOUNS",
    "SPEAKING_NOUNS",
    "TITLES",
    "Phrase",
    "read_phrase",
    "role",
]

_PARTICIPLES = frozenset("brought filed written made led given taken seen known held "
                         "sent run put set built won lost broke took went came gave got "
                         "began rose fell ran kept stood sat met spent grew drew threw "
                         "wore".split())
_NAME_LINKS = frozenset("for on and in".split())
_AGE = re.compile(r"\d+-year-old")
_ENDS = frozenset(".!?;")
_PARTICLES = frozenset("off up out down back away over".split())
_SOMEONE = frozenset(("someone", "somebody"))
_NUMBER = re.compile(r"\d[\d,.]*%?")
_NUMBER_WORDS = frozenset(
    "half third quarter two three four five six seven eight nine ten eleven twelve twenty "
    "thirty forty fifty sixty seventy eighty ninety hundred hundreds thousand thousands "
    "dozens millions majority minority".split())
_ADVERBS = frozenset("later earlier then now still already again never often once".split())


@dataclass(frozen=True)
class Phrase:
    """A noun phrase: token indexes [first, last), the name it gives and any title."""

    first: int
    last: int
    name: str
    title: str | None
    kind: str  # "name", "description" or "pronoun"


def _description_end(tokens: list[Token], i: int) -> int:
    """Where a description starting with a determiner or a possessive at ``i`` ends."""
    k = i + 1
    while k < len(tokens) and k - i < REACH:
        token = tokens[k]
        lowered = lower(token)
        after_of = lower(tokens[k - 1]) == "of"
        plain = k > i + 1 and not token.capitalised and not after_of  # may be a verb
        verb = plain and lowered in ONE_WORD_CUES and (
            not lowered.endswith("ing") or _plural_noun(tokens[k - 1])
        )  # "marchers chanting": a participle after its subject
        if lowered in PRONOUNS or lowered.replace("'", "’").endswith("n’t"):
            break  # "a custom analyzer we call", "many of us don’t find"
        if not token.is_word or lowered in STOPS or verb:
            if _joins_nouns(tokens, k):
                k += 1  # "the delegate and conservative activist", "marchers and spectators"
                continue
            if lowered == "of" and k + 1 < len(tokens) and tokens[k + 1].is_word and (
                    lower(tokens[k + 1]) not in STOPS):
                k += 1
                continue
            if lowered in _NAME_LINKS and tokens[k - 1].capitalised and k + 1 < len(tokens) \
                    and tokens[k + 1].capitalised:
                k += 1  # The National Center for Transit Research
                continue
            break
        nxt = tokens[k + 1] if k + 1 < len(tokens) else None
        if plain and (lowered in _PARTICIPLES or lowered.endswith("ed")) and (
                nxt is None or lower(nxt) in STOPS or nxt.text in _ENDS
                or lower(nxt) in _PARTICLES or nxt.capitalised):
            break  # "the lawsuit brought in part", "an angry Hollande retaliated."
        if plain and (lowered.endswith("ly") or lowered in _ADVERBS):
            break  # "the nominee later said"
        if plain and lowered != "of" and nxt is not None and lower(nxt) in DETERMINERS:
            break  # "the attack sparked a debate": a verb before its object
        k += 1
    return k


def _joins_nouns(tokens: list[Token], k: int) -> bool:
    """True for an "and" between two people or roles of one description, the second
    perhaps with an adjective ("the delegate and conservative activist"), or between two
    plural nouns ("many marchers and spectators")."""
    if lower(tokens[k]) != "and" or tokens[k - 1].capitalised or not tokens[k - 1].is_word:
        return False
    plural = _plural_noun(tokens[k - 1])
    if not role(tokens[k - 1]) and not plural:
        return False
    for j in range(k + 1, min(k + 3, len(tokens))):
        word = lower(tokens[j])
        if not tokens[j].is_word or tokens[j].capitalised or word in NOT_PLAIN:
            return False
        if role(tokens[j]) or (plural and _plural_noun(tokens[j])):
            return True
    return False


def _plural_noun(token: Token) -> bool:
    word = lower(token)
    return word.endswith("s") and not word.endswith("ss") and word not in NOT_PLAIN


def role(token: Token) -> bool:
    """True for a word naming a person, a group or a document that can speak."""
    word = lower(token)
    return word in TITLES or word.rstrip("s") in SPEAKING_NOUNS | TITLES


def read_phrase(tokens: list[Token], i: int) -> Phrase | None:
    """The noun phrase that starts at token ``i``, if one does."""
    if i >= len(tokens) or not tokens[i].is_word:
        return None
    if _AGE.fullmatch(tokens[i].text) and i + 1 < len(tokens):
        i += 1  # "76-year-old Morton Blackwell"
    token, lowered = tokens[i], lower(tokens[i])
    if lowered in PRONOUNS:
        return Phrase(i, i + 1, token.text, None, "pronoun")
    if lowered in _SOMEONE:  # "Someone called it “…”": a speaker, if unnamed
        return Phrase(i, i + 1, token.text, None, "description")
    owner = token.capitalised and _owner_mark(tokens, i + 1)  # Sanders’ fundraising email
    possessive = (token.capitalised and lowered.endswith(("’s", "'s"))
                  and lowered[:-2] not in CONTRACTED) or owner  # not "It’s", "That’s"
    if lowered in DETERMINERS or possessive or _quantity(tokens, i):
        end = _description_end(tokens, i + owner)
        if end == i + 1 and not possessive:
            return None
        return _described(tokens, i, end)
    return _named(tokens, i)


def _described(tokens: list[Token], i: int, end: int) -> Phrase:
    """A description ``tokens[i:end]``: a name after a role in it names the speaker
    ("Clinton’s spokesman Brian Fallon"), as does a name right after its possessor, which
    is its title ("MSNBC's Rachel Maddow"); else an apposition may."""
    named = tokens[i + 1 : end]
    if tokens[i].capitalised and lower(tokens[i]).endswith(("’s", "'s")) and named and all(
            is_name_word(t) and lower(t).rstrip(".") not in ORGANISATION for t in named):
        return Phrase(i, end, text_of(tokens, i + 1, end), tokens[i].text, "name")
    for j in range(i + 2, end):
        before = tokens[j - 1]
        if not before.capitalised and lower(before) in TITLES and all(
                is_name_word(t) for t in tokens[j:end]):
            return Phrase(i, end, text_of(tokens, j, end), text_of(tokens, i, j), "name")
    return _with_apposition(tokens, Phrase(i, end, text_of(tokens, i, end), None,
                                           "description"))


def _named(tokens: list[Token], i: int) -> Phrase | None:
    """A name with its title words (``spokeswoman Dana Kim``), or a group a plural role
    names."""
    k = after_roles(tokens, i)  # spokeswoman Dana Kim, retired neurosurgeon Ben Carson
    end = name_end(tokens, k + surname_particle(tokens, k))
    if end == k:
        return None
    group = _group_end(tokens, i, end)
    if group:  # "Sanders supporters", "Corporate lobbyists", "Aides to Mr. Sanders"
        return Phrase(i, group, text_of(tokens, i, group), None, "description")
    if end < len(tokens) and lower(tokens[end - 1]).endswith(("’s", "'s")) and (
            tokens[end].is_word and not tokens[end].capitalised):  # Hillary Clinton’s campaign
        return _described(tokens, i, _description_end(tokens, end - 1))
    if _owner_mark(tokens, end):  # Bernie Sanders’ campaign
        return _described(tokens, i, _description_end(tokens, end))
    name, title = split_title(tokens, i, end)
    return Phrase(i, end, name, title, "name")


def _quantity(tokens: list[Token], i: int) -> bool:
    """True for a number or a share that opens a group: ``60 percent of voters``, ``Sixty
    percent of voters``, ``Half of the voters surveyed``."""
    if i + 1 >= len(tokens) or lower(tokens[i + 1]) not in ("percent", "%", "of"):
        return False
    word = lower(tokens[i])
    return _NUMBER.fullmatch(word) is not None or word in _NUMBER_WORDS


def _owner_mark(tokens: list[Token], k: int) -> bool:
    """True for an apostrophe at ``k`` that makes the word in -s before it a possessor,
    before a lower-case word: ``Sanders’ fundraising email``, ``Reuters' reporting``."""
    if k == 0 or k + 1 >= len(tokens) or tokens[k].text not in ("’", "'"):
        return False
    owner, owned = tokens[k - 1], tokens[k + 1]
    return (owner.end == tokens[k].start and owner.text.endswith("s") and owned.is_word
            and not owned.capitalised and lower(owned) not in NOT_PLAIN)


def _group_end(tokens: list[Token], i: int, end: int) -> int:
    """The end of a group named by a plural role, either after a name ("Clinton aides",
    "Corporate lobbyists", no name after it) or alone ("Aides"), or by any plural noun
    right before a cue ("Christmas shoppers called"); 0 for none."""
    if end == i + 1 and ((tokens[i].text.endswith("s") and role(tokens[i]))
                         or lower(tokens[i]) == "people"):
        return end  # "Aides", "People close to Ruiz"
    if end >= len(tokens) or tokens[end].capitalised or not _plural_noun(tokens[end]):
        return 0  # "Viguerie notes" says: a cue is no noun (_plural_noun)
    after = tokens[end + 1] if end + 1 < len(tokens) else None
    if role(tokens[end]):
        return 0 if after is not None and is_name_word(after) else end + 1
    return end + 1 if after is not None and lower(after) in ONE_WORD_CUES else 0


def _with_apposition(tokens: list[Token], phrase: Phrase) -> Phrase:
    """"Brazile’s CNN colleague, Jake Tapper," names Jake Tapper."""
    k = phrase.last
    if k + 1 < len(tokens) and tokens[k].text == ",":
        named = read_phrase(tokens, k + 1)
        if named is not None and named.kind == "name" and named.title is None and (
                named.last >= len(tokens) or tokens[named.last].text in ",:;"
                or lower(tokens[named.last]) in ONE_WORD_CUES):
            return Phrase(phrase.first, named.last, named.name, phrase.name, "name")
    return phrase
