"""What a description carries after its head noun: prepositional phrases (``the pitch on
Kickstarter``, ``a story by the website Politico``) and, where it ends the sentence, a
relative clause (``wrote a supporter who runs the account @WomenForTrump.``)."""

from __future__ import annotations

from quotecheck.extract.frames import Token, text_of
from quotecheck.extract.names import NOT_PLAIN, STOPS
from quotecheck.extract.phrases import SPEAKING_NOUNS, Phrase, read_phrase, role

_PREPOSITIONS = frozenset("of for by at in on from to".split())
#: adjectives that tie a group to someone through a preposition ("close to", "familiar with")
_LINKED = frozenset("close familiar loyal allied opposed sympathetic near".split())
_RELATIVES = frozenset("who that whose".split())
_ENDS = frozenset(".!?")
_BREAKS = frozenset(",;:—–()")
_IRREGULAR_PARTICIPLES = frozenset("written made given taken sent held brought led".split())
_CHAIN = 4  # prepositional phrases at most
_PLAIN = 3  # plain lower-case words as the object of a preposition ("by economists")
_RELATIVE = 24  # tokens of a relative clause at most
#: objects that say when or where something was said, not who said it, and adverbial
#: idioms ("brought in part by …")
_CIRCUMSTANCES = frozenset(
    "conference interview rally meeting event hearing briefing speech debate call "
    "appearance session forum statement email week weekend month year morning afternoon "
    "evening night day time hour minute part fact turn general particular".split())


def _object_end(tokens: list[Token], k: int) -> int | None:
    """Where the object of the preposition before ``tokens[k]`` ends: a name or a
    description, or plain lower-case words ("economists"); None for a circumstance."""
    phrase = read_phrase(tokens, k)
    if phrase is not None and phrase.kind == "pronoun":
        return None
    end = phrase.last if phrase is not None else k
    if phrase is None:
        while end < len(tokens) and end - k < _PLAIN and tokens[end].is_word and (
                not tokens[end].capitalised and tokens[end].text.lower() not in NOT_PLAIN):
            end += 1
    if end == k or tokens[end - 1].text.lower().rstrip("s") in _CIRCUMSTANCES:
        return None
    if end < len(tokens) and tokens[end].text.isdigit():
        end += 1  # "in May 2012"
    if phrase is not None and end + 1 < len(tokens) and tokens[end].text == "and":
        other = read_phrase(tokens, end + 1)  # "at Duke University and the University of …"
        if other is not None and other.kind != "pronoun" and tokens[other.last - 1].capitalised:
            return other.last
    return end


def plain_words(tokens: list[Token], k: int) -> Phrase | None:
    """Lower-case words without a determiner that end in a plural, as a description:
    ``court records``, ``officials`` (``with_modifiers`` adds ``familiar with the talks``)."""
    end = k
    while end < len(tokens) and end - k < _PLAIN and tokens[end].is_word and (
            not tokens[end].capitalised and tokens[end].text.lower() not in NOT_PLAIN):
        end += 1
    while end > k and not tokens[end - 1].text.lower().endswith("s"):
        end -= 1  # "officials familiar with …": officials, then its modifiers
    return Phrase(k, end, text_of(tokens, k, end), None, "description") if end > k else None


def circumstance(tokens: list[Token], phrase: Phrase) -> bool:
    """True for a description that says when or where ("this year", "a news conference"),
    naming no one who speaks ("a study last year" does)."""
    head = tokens[phrase.last - 1].text.lower().rstrip("s")
    return phrase.kind == "description" and head in _CIRCUMSTANCES and not any(
        role(t) for t in tokens[phrase.first : phrase.last])


def _relative_to_end(tokens: list[Token], k: int) -> int:
    """The end of a relative clause at ``tokens[k]`` that runs, without a comma or a
    quote, to the end of the sentence; ``k`` itself when there is none."""
    if k >= len(tokens) or tokens[k].text.lower() not in _RELATIVES:
        return k
    for j in range(k + 1, min(len(tokens), k + _RELATIVE)):
        if tokens[j].text in _ENDS:
            return j
        if tokens[j].quote >= 0 or tokens[j].text in _BREAKS:
            return k
    return k


def _participle(tokens: list[Token], k: int) -> bool:
    """True for a lower-case past participle at ``k`` ("drafted", "written")."""
    if k >= len(tokens) or not tokens[k].is_word or tokens[k].capitalised:
        return False
    word = tokens[k].text.lower()
    return word.endswith("ed") or word in _IRREGULAR_PARTICIPLES


def with_modifiers(tokens: list[Token], phrase: Phrase, end: int | None = None,
                   before_cue: bool = False) -> Phrase:
    """A description with the prepositional phrases after it: exactly up to ``end`` when
    given (else the description unchanged), else as far as they go and through a relative
    clause that ends the sentence. Before a cue, "at" opens a place, not a modifier."""
    if phrase.kind != "description":
        return phrase
    k = phrase.last
    prepositions = _PREPOSITIONS - {"at"} if before_cue else _PREPOSITIONS
    # an adjective tying a group to someone, ending the phrase ("A person familiar") or
    # right after it ("People close to Ruiz"), takes its preposition, "with" too
    tie = k if k < len(tokens) and tokens[k].text.lower() in _LINKED else k - 1
    if tokens[tie].text.lower() in _LINKED:
        prepositions = prepositions | {"with"}
    if (_participle(tokens, k) or tie == k) and (
            k + 1 < len(tokens) and tokens[k + 1].text.lower() in prepositions):
        k += 1  # "A legal opinion drafted for the project …", "people close to Ruiz"
    for _ in range(_CHAIN):
        if k >= len(tokens) or (end is not None and k >= end) or (
                tokens[k].text.lower() not in prepositions):
            break
        stop = _object_end(tokens, k + 1)
        if stop is None:
            break
        k = stop
    if end is not None and k != end:
        return phrase
    if end is None:
        k = _relative_to_end(tokens, k)
    if k == phrase.last:
        return phrase
    return Phrase(phrase.first, k, text_of(tokens, phrase.first, k), phrase.title,
                  "description")


def could_speak(tokens: list[Token], phrase: Phrase) -> bool:
    """True for a subject that can say something without a verb of saying: a name, he or
    she, or a description of a person, a group or a document ("The senator", "the Clinton
    campaign", "the report"). A one-word name must also be part of a full name the article
    gives somewhere (speakers.py checks)."""
    if phrase.kind == "pronoun":
        return phrase.name.lower() in ("he", "she")
    if phrase.kind == "name":  # one word: only if the article gave it a full name
        return True
    head = tokens[phrase.last - 1].text.lower().rstrip("s")
    return head in SPEAKING_NOUNS or any(
        t.capitalised for t in tokens[phrase.first + 1 : phrase.last])


def bare_plural(tokens: list[Token], cue: int) -> Phrase | None:
    """"court records show", "officials said": up to three lower-case words before a cue,
    the last a plural."""
    k = cue
    while k > 0 and k - cue > -3 and tokens[k - 1].is_word and not tokens[k - 1].capitalised \
            and tokens[k - 1].text.lower() not in STOPS:
        k -= 1
    if k == cue or not tokens[cue - 1].text.lower().endswith("s"):
        return None
    return Phrase(k, cue, text_of(tokens, k, cue), None, "description")
