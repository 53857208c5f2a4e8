"""Noun phrases that can name a speaker: a name with its title, a description, a pronoun.

``spokeswoman Dana Kim`` is the name Dana Kim with the title "spokeswoman";
``Brazile’s CNN colleague, Jake Tapper,`` is Jake Tapper described as Brazile’s CNN
colleague; ``the lawsuit brought in part by …`` is the description "the lawsuit".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from quotecheck.extract.cues import CUE_WORDS
from quotecheck.extract.frames import Token
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
    "NOT_PLAIN",
    "ORGANISATION",
    "PRONOUNS",
    "SPEAKING_NOUNS",
    "STOPS",
    "SURNAME_PARTICLES",
    "TITLES",
    "Phrase",
    "read_phrase",
    "role",
    "text_of",
]

_CONNECTORS = frozenset(
    "de van von da dos das della del la bin al le di du der den ibn st. of &".split())
#: lower-case particles that can open a surname ("dos Santos said", "de Blasio said")
SURNAME_PARTICLES = frozenset("de da dos das del della di du van von der ibn".split())
STOPS = frozenset(
    "in on at by for with from to into about during after before since while who which "
    "that whose whom when where as than is was were are be been being has have had will "
    "would can could may might must should shall did does do said says not also and but "
    "or if because although though who's so".split())
_PARTICIPLES = frozenset("brought filed written made led given taken seen known held "
                         "sent run put set built won lost broke took went came gave got "
                         "began rose fell ran kept stood sat met spent grew drew threw "
                         "wore".split())
_CUES = frozenset(w for w in CUE_WORDS if " " not in w)
_JOINING = _CONNECTORS | TITLES
_NOT_ROLES = STOPS | _CUES
NOT_PLAIN = STOPS | _CUES | DETERMINERS | PRONOUNS
_LIMIT = 7
_FIRST_NAMES = frozenset(("will", "may"))
_CONTRACTIONS = ("’re", "’ve", "’m", "’ll", "’d", "n’t")
_NAME_LINKS = frozenset("for on and in".split())
_AGE = re.compile(r"\d+-year-old")
_ENDS = frozenset(".!?;")
_PARTICLES = frozenset("off up out down back away over".split())
_SOMEONE = frozenset(("someone", "somebody"))
#: words whose "’s" is "is" or "has", not a possessor
_CONTRACTED = frozenset("it that there here what who where how let he she".split())
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


def _lower(token: Token) -> str:
    return token.text.lower()


def _is_name_word(token: Token) -> bool:
    lowered = _lower(token)
    stop = lowered in STOPS and lowered not in _FIRST_NAMES  # "Will Estrada"
    return (token.capitalised and lowered not in _CUES and not stop
            and lowered.rstrip(".") not in FUNCTION_WORDS
            and not lowered.replace("'", "’").endswith(_CONTRACTIONS)
            and not (lowered[-2:] in ("’s", "'s") and lowered[:-2] in _CONTRACTED))


def text_of(tokens: list[Token], first: int, last: int) -> str:
    """The words of ``tokens[first:last]`` with the spaces between them as in the text."""
    parts = []
    for k in range(first, last):
        if k > first and tokens[k].start > tokens[k - 1].end:
            parts.append(" ")
        parts.append(tokens[k].text)
    return "".join(parts).strip(" ,")


def _split_title(tokens: list[Token], first: int, last: int) -> tuple[str, str | None]:
    """A name without the title words before it: "Donald Trump", "Republican candidate";
    an organisation's name whole ("Republican National Committee")."""
    split = first
    for k in range(first, last - 1):
        if _lower(tokens[k]) in TITLES:
            split = k + 1
    if any(_lower(t).rstrip(".") in ORGANISATION for t in tokens[split:last]):
        split = first
    elif split < last - 2 and _lower(tokens[split]) in ("of", "for"):
        # a title's complement: "Director of Government Affairs Phil Smith" → Phil Smith
        initial = tokens[last - 2].text.endswith(".") and len(tokens[last - 2].text) <= 3
        split = max(split + 1, last - 2 - initial)
    return text_of(tokens, split, last), (text_of(tokens, first, split) or None)


def _name_end(tokens: list[Token], i: int) -> int:
    """Where a capitalised name starting at ``i`` ends: connectors, "and Name" and
    lower-case role words before a later name ("Massachusetts congressman Barney Frank")
    kept."""
    k, end = i, i
    while k < len(tokens) and k - i < _LIMIT + 3:
        token = tokens[k]
        upper = token.is_word and token.text.rstrip(".").isupper()
        if _is_name_word(token) or upper:
            k += 1
            end = k
        elif k > i and _lower(token) in _JOINING and k + 1 < len(tokens):
            k += 1  # kept only if a name word follows
        elif k > i and _role_ahead(tokens, k):
            k += 1  # "Idaho nutritional-supplement executive Frank VanderSloot"
        elif _lower(token) == "and" and _names_join(tokens, i, k):
            k += 1  # "Ana Ruiz and Luis Ferrand", "Ruiz and Lee said"
        else:
            break
    return end


def _names_join(tokens: list[Token], i: int, k: int) -> bool:
    """True for an "and" at ``k`` between two full names, or between two surnames before a
    cue ("Ruiz and Lee said")."""
    if k == i or k + 1 >= len(tokens) or not _is_name_word(tokens[k + 1]):
        return False
    if k > i + 1 and k + 2 < len(tokens) and _is_name_word(tokens[k + 2]):
        return True
    after = tokens[k + 2] if k + 2 < len(tokens) else None
    return k == i + 1 and after is not None and _lower(after) in _CUES


def _role_ahead(tokens: list[Token], k: int) -> bool:
    """True when lower-case words from ``k`` lead to a title word and then a name."""
    for j in range(k, min(k + 3, len(tokens) - 1)):
        lowered = _lower(tokens[j])
        if not tokens[j].is_word or tokens[j].capitalised or lowered in _NOT_ROLES:
            return False
        if lowered in TITLES:
            return _is_name_word(tokens[j + 1])
    return False


def _after_roles(tokens: list[Token], i: int) -> int:
    """Past the lower-case title words opening a name: all of them titles, or up to three
    words with a title among them before a capitalised name."""
    k = i
    while k < len(tokens) and not tokens[k].capitalised and _lower(tokens[k]) in TITLES:
        k += 1
    j = k
    while j < len(tokens) and j - k < 3 and tokens[j].is_word and not tokens[j].capitalised \
            and (_lower(tokens[j]) not in NOT_PLAIN or _lower(tokens[j - 1]) == "of"):
        j += 1
    titled = k > i or (j > k and _lower(tokens[j - 1]) in TITLES)  # team member Kim Lee
    if j > k and titled and j < len(tokens) and _is_name_word(tokens[j]):
        return j
    return k


def _description_end(tokens: list[Token], i: int) -> int:
    """Where a description starting with a determiner or a possessive at ``i`` ends."""
    k = i + 1
    while k < len(tokens) and k - i < _LIMIT + 3:
        token = tokens[k]
        lowered = _lower(token)
        after_of = _lower(tokens[k - 1]) == "of"
        plain = k > i + 1 and not token.capitalised and not after_of  # may be a verb
        verb = plain and lowered in _CUES and (not lowered.endswith("ing") or _plural_noun(
            tokens[k - 1]))  # "marchers chanting": a participle after its subject
        if lowered in PRONOUNS or lowered.replace("'", "’").endswith("n’t"):
            break  # "a custom analyzer we call", "many of us don’t find"
        if not token.is_word or lowered in STOPS or verb:
            if _joins_nouns(tokens, k):
                k += 1  # "the delegate and conservative activist", "marchers and spectators"
                continue
            if lowered == "of" and k + 1 < len(tokens) and tokens[k + 1].is_word and (
                    _lower(tokens[k + 1]) not in STOPS):
                k += 1
                continue
            if lowered in _NAME_LINKS and tokens[k - 1].capitalised and k + 1 < len(tokens) \
                    and tokens[k + 1].capitalised:
                k += 1  # The National Center for Transit Research
                continue
            break
        nxt = tokens[k + 1] if k + 1 < len(tokens) else None
        if plain and (lowered in _PARTICIPLES or lowered.endswith("ed")) and (
                nxt is None or _lower(nxt) in STOPS or nxt.text in _ENDS
                or _lower(nxt) in _PARTICLES or nxt.capitalised):
            break  # "the lawsuit brought in part", "an angry Hollande retaliated."
        if plain and (lowered.endswith("ly") or lowered in _ADVERBS):
            break  # "the nominee later said"
        if plain and lowered != "of" and nxt is not None and _lower(nxt) in DETERMINERS:
            break  # "the attack sparked a debate": a verb before its object
        k += 1
    return k


def _joins_nouns(tokens: list[Token], k: int) -> bool:
    """True for an "and" between two people or roles of one description, the second
    perhaps with an adjective ("the delegate and conservative activist"), or between two
    plural nouns ("many marchers and spectators")."""
    if _lower(tokens[k]) != "and" or tokens[k - 1].capitalised or not tokens[k - 1].is_word:
        return False
    plural = _plural_noun(tokens[k - 1])
    if not role(tokens[k - 1]) and not plural:
        return False
    for j in range(k + 1, min(k + 3, len(tokens))):
        word = _lower(tokens[j])
        if not tokens[j].is_word or tokens[j].capitalised or word in NOT_PLAIN:
            return False
        if role(tokens[j]) or (plural and _plural_noun(tokens[j])):
            return True
    return False


def _plural_noun(token: Token) -> bool:
    word = _lower(token)
    return word.endswith("s") and not word.endswith("ss") and word not in NOT_PLAIN


def role(token: Token) -> bool:
    """True for a word naming a person, a group or a document that can speak."""
    word = _lower(token)
    return word in TITLES or word.rstrip("s") in SPEAKING_NOUNS | TITLES


def read_phrase(tokens: list[Token], i: int) -> Phrase | None:
    """The noun phrase that starts at token ``i``, if one does."""
    if i >= len(tokens) or not tokens[i].is_word:
        return None
    if _AGE.fullmatch(tokens[i].text) and i + 1 < len(tokens):
        i += 1  # "76-year-old Morton Blackwell"
    token, lowered = tokens[i], _lower(tokens[i])
    if lowered in PRONOUNS:
        return Phrase(i, i + 1, token.text, None, "pronoun")
    if lowered in _SOMEONE:  # "Someone called it “…”": a speaker, if unnamed
        return Phrase(i, i + 1, token.text, None, "description")
    owner = token.capitalised and _owner_mark(tokens, i + 1)  # Sanders’ fundraising email
    possessive = (token.capitalised and lowered.endswith(("’s", "'s"))
                  and lowered[:-2] not in _CONTRACTED) or owner  # not "It’s", "That’s"
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
    if tokens[i].capitalised and _lower(tokens[i]).endswith(("’s", "'s")) and named and all(
            _is_name_word(t) and _lower(t).rstrip(".") not in ORGANISATION for t in named):
        return Phrase(i, end, text_of(tokens, i + 1, end), tokens[i].text, "name")
    for j in range(i + 2, end):
        before = tokens[j - 1]
        if not before.capitalised and _lower(before) in TITLES and all(
                _is_name_word(t) for t in tokens[j:end]):
            return Phrase(i, end, text_of(tokens, j, end), text_of(tokens, i, j), "name")
    return _with_apposition(tokens, Phrase(i, end, text_of(tokens, i, end), None,
                                           "description"))


def _named(tokens: list[Token], i: int) -> Phrase | None:
    """A name with its title words (``spokeswoman Dana Kim``), or a group a plural role
    names."""
    k = _after_roles(tokens, i)  # spokeswoman Dana Kim, retired neurosurgeon Ben Carson
    end = _name_end(tokens, k + _particle(tokens, k))
    if end == k:
        return None
    group = _group_end(tokens, i, end)
    if group:  # "Sanders supporters", "Corporate lobbyists", "Aides to Mr. Sanders"
        return Phrase(i, group, text_of(tokens, i, group), None, "description")
    if end < len(tokens) and _lower(tokens[end - 1]).endswith(("’s", "'s")) and (
            tokens[end].is_word and not tokens[end].capitalised):  # Hillary Clinton’s campaign
        return _described(tokens, i, _description_end(tokens, end - 1))
    if _owner_mark(tokens, end):  # Bernie Sanders’ campaign
        return _described(tokens, i, _description_end(tokens, end))
    name, title = _split_title(tokens, i, end)
    return Phrase(i, end, name, title, "name")


def _quantity(tokens: list[Token], i: int) -> bool:
    """True for a number or a share that opens a group: ``60 percent of voters``, ``Sixty
    percent of voters``, ``Half of the voters surveyed``."""
    if i + 1 >= len(tokens) or _lower(tokens[i + 1]) not in ("percent", "%", "of"):
        return False
    word = _lower(tokens[i])
    return _NUMBER.fullmatch(word) is not None or word in _NUMBER_WORDS


def _owner_mark(tokens: list[Token], k: int) -> bool:
    """True for an apostrophe at ``k`` that makes the word in -s before it a possessor,
    before a lower-case word: ``Sanders’ fundraising email``, ``Reuters' reporting``."""
    if k == 0 or k + 1 >= len(tokens) or tokens[k].text not in ("’", "'"):
        return False
    owner, owned = tokens[k - 1], tokens[k + 1]
    return (owner.end == tokens[k].start and owner.text.endswith("s") and owned.is_word
            and not owned.capitalised and _lower(owned) not in NOT_PLAIN)


def _particle(tokens: list[Token], k: int) -> int:
    """1 when a lower-case surname particle opens a name at ``k`` ("dos Santos"), else 0."""
    return int(k + 1 < len(tokens) and _lower(tokens[k]) in SURNAME_PARTICLES
               and not tokens[k].capitalised and _is_name_word(tokens[k + 1]))


def _group_end(tokens: list[Token], i: int, end: int) -> int:
    """The end of a group named by a plural role, either after a name ("Clinton aides",
    "Corporate lobbyists", no name after it) or alone ("Aides"), or by any plural noun
    right before a cue ("Christmas shoppers called"); 0 for none."""
    if end == i + 1 and ((tokens[i].text.endswith("s") and role(tokens[i]))
                         or _lower(tokens[i]) == "people"):
        return end  # "Aides", "People close to Ruiz"
    if end >= len(tokens) or tokens[end].capitalised or not _plural_noun(tokens[end]):
        return 0  # "Viguerie notes" says: a cue is no noun (_plural_noun)
    after = tokens[end + 1] if end + 1 < len(tokens) else None
    if role(tokens[end]):
        return 0 if after is not None and _is_name_word(after) else end + 1
    return end + 1 if after is not None and _lower(after) in _CUES else 0


def _with_apposition(tokens: list[Token], phrase: Phrase) -> Phrase:
    """"Brazile’s CNN colleague, Jake Tapper," names Jake Tapper."""
    k = phrase.last
    if k + 1 < len(tokens) and tokens[k].text == ",":
        named = read_phrase(tokens, k + 1)
        if named is not None and named.kind == "name" and named.title is None and (
                named.last >= len(tokens) or tokens[named.last].text in ",:;"
                or _lower(tokens[named.last]) in _CUES):
            return Phrase(phrase.first, named.last, named.name, phrase.name, "name")
    return phrase
