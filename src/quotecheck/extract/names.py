"""Capitalised names among a sentence's tokens: which words can be part of a name, where a
name that starts at a token ends (``Ana Ruiz and Luis Ferrand``, ``Massachusetts
congressman Barney Frank``), the title words before it, and the title split from the name.
"""

from __future__ import annotations

from quotecheck.extract.cues import CUE_WORDS
from quotecheck.extract.frames import Token, text_of
from quotecheck.extract.words import (
    DETERMINERS,
    FUNCTION_WORDS,
    ORGANISATION,
    PRONOUNS,
    TITLES,
)

_CONNECTORS = frozenset(
    "de van von da dos das della del la bin al le di du der den ibn st. of &".split())
#: lower-case particles that can open a surname ("dos Santos said", "de Blasio said")
SURNAME_PARTICLES = frozenset("de da dos das del della di du van von der ibn".split())
STOPS = frozenset(
    "in on at by for with from to into about during after before since while who which "
    "that whose whom when where as than is was were are be been being has have had will "
    "would can could may might must should shall did does do said says not also and but "
    "or if because although though who's so".split())
#: the cue words of one word ("said", "told", "wrote" …)
ONE_WORD_CUES = frozenset(w for w in CUE_WORDS if " " not in w)
_JOINING = _CONNECTORS | TITLES
_NOT_ROLES = STOPS | ONE_WORD_CUES
NOT_PLAIN = STOPS | ONE_WORD_CUES | DETERMINERS | PRONOUNS
#: how many tokens a name or a description is read for at most
REACH = 10
_FIRST_NAMES = frozenset(("will", "may"))
_CONTRACTIONS = ("’re", "’ve", "’m", "’ll", "’d", "n’t")
#: words whose "’s" is "is" or "has", not a possessor
CONTRACTED = frozenset("it that there here what who where how let he she".split())


def lower(token: Token) -> str:
    """The token's text in lower case."""
    return token.text.lower()


def is_name_word(token: Token) -> bool:
    """True for a capitalised word that can be part of a name (not a cue, a stop word, a
    function word or a contraction such as "It’s")."""
    lowered = lower(token)
    stop = lowered in STOPS and lowered not in _FIRST_NAMES  # "Will Estrada"
    return (token.capitalised and lowered not in ONE_WORD_CUES and not stop
            and lowered.rstrip(".") not in FUNCTION_WORDS
            and not lowered.replace("'", "’").endswith(_CONTRACTIONS)
            and not (lowered[-2:] in ("’s", "'s") and lowered[:-2] in CONTRACTED))


def split_title(tokens: list[Token], first: int, last: int) -> tuple[str, str | None]:
    """A name without the title words before it: "Donald Trump", "Republican candidate";
    an organisation's name whole ("Republican National Committee")."""
    split = first
    for k in range(first, last - 1):
        if lower(tokens[k]) in TITLES:
            split = k + 1
    if any(lower(t).rstrip(".") in ORGANISATION for t in tokens[split:last]):
        split = first
    elif split < last - 2 and lower(tokens[split]) in ("of", "for"):
        # a title's complement: "Director of Government Affairs Phil Smith" → Phil Smith
        initial = tokens[last - 2].text.endswith(".") and len(tokens[last - 2].text) <= 3
        split = max(split + 1, last - 2 - initial)
    return text_of(tokens, split, last), (text_of(tokens, first, split) or None)


def name_end(tokens: list[Token], i: int) -> int:
    """Where a capitalised name starting at ``i`` ends: connectors, "and Name" and
    lower-case role words before a later name ("Massachusetts congressman Barney Frank")
    kept."""
    k, end = i, i
    while k < len(tokens) and k - i < REACH:
        token = tokens[k]
        upper = token.is_word and token.text.rstrip(".").isupper()
        if is_name_word(token) or upper:
            k += 1
            end = k
        elif k > i and lower(token) in _JOINING and k + 1 < len(tokens):
            k += 1  # kept only if a name word follows
        elif k > i and _role_ahead(tokens, k):
            k += 1  # "Idaho nutritional-supplement executive Frank VanderSloot"
        elif lower(token) == "and" and _names_join(tokens, i, k):
            k += 1  # "Ana Ruiz and Luis Ferrand", "Ruiz and Lee said"
        else:
            break
    return end


def _names_join(tokens: list[Token], i: int, k: int) -> bool:
    """True for an "and" at ``k`` between two full names, or between two surnames before a
    cue ("Ruiz and Lee said")."""
    if k == i or k + 1 >= len(tokens) or not is_name_word(tokens[k + 1]):
        return False
    if k > i + 1 and k + 2 < len(tokens) and is_name_word(tokens[k + 2]):
        return True
    after = tokens[k + 2] if k + 2 < len(tokens) else None
    return k == i + 1 and after is not None and lower(after) in ONE_WORD_CUES


def _role_ahead(tokens: list[Token], k: int) -> bool:
    """True when lower-case words from ``k`` lead to a title word and then a name."""
    for j in range(k, min(k + 3, len(tokens) - 1)):
        lowered = lower(tokens[j])
        if not tokens[j].is_word or tokens[j].capitalised or lowered in _NOT_ROLES:
            return False
        if lowered in TITLES:
            return is_name_word(tokens[j + 1])
    return False


def after_roles(tokens: list[Token], i: int) -> int:
    """Past the lower-case title words opening a name: all of them titles, or up to three
    words with a title among them before a capitalised name."""
    k = i
    while k < len(tokens) and not tokens[k].capitalised and lower(tokens[k]) in TITLES:
        k += 1
    j = k
    while j < len(tokens) and j - k < 3 and tokens[j].is_word and not tokens[j].capitalised \
            and (lower(tokens[j]) not in NOT_PLAIN or lower(tokens[j - 1]) == "of"):
        j += 1
    titled = k > i or (j > k and lower(tokens[j - 1]) in TITLES)  # team member Kim Lee
    if j > k and titled and j < len(tokens) and is_name_word(tokens[j]):
        return j
    return k


def surname_particle(tokens: list[Token], k: int) -> int:
    """1 when a lower-case surname particle opens a name at ``k`` ("dos Santos"), else 0."""
    return int(k + 1 < len(tokens) and lower(tokens[k]) in SURNAME_PARTICLES
               and not tokens[k].capitalised and is_name_word(tokens[k + 1]))
