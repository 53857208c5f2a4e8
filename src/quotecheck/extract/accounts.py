"""Whose account a quote is when the nearest cue is not the answer: a crowd's chant, a
sentence that closes with its own attribution (``…, a study concluded this year.``) and the
source ``according to`` credits with the words (``“…,” Obama said, according to a pool
report``). own_sentence.py and attribution.py turn the phrases found here into attributions."""

from __future__ import annotations

from bisect import bisect_left

from quotecheck.extract.clauses import comma_before, subject_of
from quotecheck.extract.cue_places import cue_at
from quotecheck.extract.frames import Token, text_of
from quotecheck.extract.modifiers import bare_plural, circumstance, plain_words, with_modifiers
from quotecheck.extract.names import NOT_PLAIN
from quotecheck.extract.phrases import (
    DETERMINERS,
    SPEAKING_NOUNS,
    Phrase,
    read_phrase,
)

#: nouns of a crowd's chanting before the words chanted
_CHANTS = frozenset("chant chants chanting cry cries shout shouts refrain chorus".split())
#: particles between a verb and the chant it takes ("broke into chants of")
_INTO = frozenset("into in up out".split())
#: what may follow a closing attribution's cue before the sentence ends ("this year.")
_CLOSING_REST = 5
_NOT_CLOSING = frozenset("that , : ; and but".split())
#: lower-case words between an object and the noun of saying that ends it ("pool")
_HEAD_REACH = 2
#: words that open another clause between a quote and an "according to" that is not its
_CLAUSES = frozenset("as while when because after before since though although which who "
                     "where whose and but if".split())
#: what an opening "In …," names that speaks for its respondents
_POLLS = frozenset(("poll", "survey"))
_POLL_REACH = 14
_NOT_VERBS = frozenset("and or but of in on at for to with from by as than that who which"
                       .split())


def verb_at(sent: list[Token], at: int) -> bool:
    """True for a lower-case word that may be a verb (no preposition or conjunction)."""
    return at < len(sent) and sent[at].is_word and not sent[at].capitalised and (
        sent[at].text.lower() not in _NOT_VERBS)


def inverted_phrase(sent: list[Token], at: int) -> Phrase | None:
    """The speaker after an inverted cue, a description with its modifiers: ``wrote a
    supporter who runs the account``, ``according to a study by economists at Duke``."""
    phrase = (read_phrase(sent, at) or plain_words(sent, at) or _noun_run(sent, at)
              or _supplied(sent, at))
    if phrase is None or circumstance(sent, phrase):
        return None  # "…, concluded this year": not "this year"
    return with_modifiers(sent, _with_head_noun(sent, phrase))


def _noun_run(sent: list[Token], at: int) -> Phrase | None:
    """Lower-case words that end in a noun of saying: ``according to council pool
    reports``."""
    for k in range(at, min(at + _HEAD_REACH + 1, len(sent))):
        if not sent[k].is_word or sent[k].capitalised:
            return None
        if sent[k].text.lower().rstrip("s") in SPEAKING_NOUNS:
            return Phrase(at, k + 1, text_of(sent, at, k + 1), None, "description")
        if sent[k].text.lower() in NOT_PLAIN:
            return None
    return None


def _supplied(sent: list[Token], at: int) -> Phrase | None:
    """A bare noun that a participle and "by" or "from" follow: ``according to audio
    provided by Wyoming Public Radio``."""
    if at + 2 >= len(sent) or not sent[at].is_word or sent[at].capitalised:
        return None
    participle = sent[at + 1].text.lower()
    if not participle.endswith(("ed", "en")) or sent[at + 2].text.lower() not in ("by", "from"):
        return None
    return Phrase(at, at + 1, sent[at].text, None, "description")


def _with_head_noun(sent: list[Token], phrase: Phrase) -> Phrase:
    """An object phrase with the noun of saying that ends it, which a description before a
    cue leaves out as a verb: ``according to a White House pool report``."""
    if phrase.kind == "pronoun":
        return phrase
    for k in range(phrase.last, min(phrase.last + _HEAD_REACH, len(sent))):
        if not sent[k].is_word or sent[k].capitalised:
            break
        if sent[k].text.lower().rstrip("s") in SPEAKING_NOUNS:  # White House pool reports
            return Phrase(phrase.first, k + 1, text_of(sent, phrase.first, k + 1), None,
                          "description")
        if sent[k].text.lower() in NOT_PLAIN:
            break
    return phrase


def chanter(sent: list[Token], k: int) -> Phrase | None:
    """``the crowd reprised the chant “…”``, ``marchers broke into chants of “…”``: a
    quote right after a noun of chanting is said by the subject of the verb before it."""
    j = k - 1 - (k > 1 and sent[k - 1].text.lower() == "of")
    if j < 2 or sent[j].text.lower() not in _CHANTS:
        return None
    d = j - 1
    while d > j - 3 and verb_at(sent, d) and sent[d].text.lower() not in _INTO | DETERMINERS:
        d -= 1  # adjectives: "the caustic chant"
    d -= sent[d].text.lower() in DETERMINERS
    while d > 1 and sent[d].text.lower() in _INTO:
        d -= 1  # "broke into chants of", "took up the chant"
    if d < 1 or not verb_at(sent, d):
        return None
    return _right_before(sent, d) or _new_clause_plural(sent, d) or subject_of(sent, d)


def _new_clause_plural(sent: list[Token], verb: int) -> Phrase | None:
    """A bare plural opening a clause after ", and" right before ``sent[verb]``: ``…, and
    voters led a chant of``."""
    plural = bare_plural(sent, verb)
    if plural is None or plural.first < 2 or sent[plural.first - 2].text != ",":
        return None
    return plural if sent[plural.first - 1].text.lower() in ("and", "but") else None


def _right_before(sent: list[Token], verb: int) -> Phrase | None:
    """A description or a name that ends right before ``sent[verb]`` (adverbs aside) and
    opens with a determiner or a capital: ``…, and at one point the crowd loudly …``."""
    end = verb
    while end > 0 and sent[end - 1].is_word and sent[end - 1].text.lower().endswith("ly"):
        end -= 1
    for start in range(end - 1, max(-1, end - 6), -1):
        if not sent[start].capitalised and sent[start].text.lower() not in DETERMINERS:
            continue
        phrase = read_phrase(sent, start)
        if phrase is not None and phrase.last == end and phrase.kind != "pronoun":
            return phrase
    return None


def closing(sent: list[Token], k: int, cues: list[int]) -> tuple[Phrase, str] | None:
    """A sentence that ends with its own attribution, ``…, a study by X concluded this
    year.``, is that speaker's account, whatever cue inside it comes before the quote
    (``Russians now say they admire him as a “protector” …, a study … concluded.``); not
    ``according to`` (see :func:`reported_by`) nor a participle. The subject and the cue."""
    later = cues[bisect_left(cues, k + 1) :]
    if not later or any(t.quote >= 0 for t in sent[later[-1] :]):
        return None
    c = later[-1]
    cue = cue_at(sent, c)
    if cue is None or cue[0] == "according to" or cue[0].endswith("ing"):
        return None
    rest = sent[c + cue[1] :]
    if len(rest) > _CLOSING_REST or any(t.text.lower() in _NOT_CLOSING for t in rest):
        return None
    phrase = subject_of(sent, c)
    if phrase is None or phrase.kind == "pronoun" or phrase.first <= k + 1 or (
            not comma_before(sent, phrase.first)):
        return None
    return phrase, cue[0]


def reported_by(sent: list[Token], k: int) -> Phrase | None:
    """The source ``according to`` credits with a quote someone is said to have said in
    its sentence: opening it (``According to pool reports, Obama said “…”``) or set apart
    by a comma after the quote (``“…,” Obama said, according to a pool report``)."""
    for a in range(len(sent) - 2):
        if sent[a].text.lower() != "according" or sent[a + 1].text.lower() != "to":
            continue
        clause = any(t.text.lower() in _CLAUSES for t in sent[k + 1 : a])
        if a == 0 or (a > k and sent[a - 1].text == "," and not clause):
            phrase = inverted_phrase(sent, a + 2)
            if phrase is not None and phrase.kind != "pronoun":
                return phrase
    return None


def poll_before(sent: list[Token], k: int, cues: list[int]) -> tuple[Phrase, str] | None:
    """The poll or survey an opening ``In …,`` names, when a cue between it and the quote
    says what its respondents said; the poll and that cue."""
    if not sent or sent[0].text.lower() != "in":
        return None
    comma = next((j for j in range(1, min(len(sent), _POLL_REACH)) if sent[j].text == ","), -1)
    nouns = [j for j in range(1, comma) if sent[j].text.lower().rstrip("s") in _POLLS]
    said = [c for c in cues if comma < c < k and cue_at(sent, c) is not None]
    if not nouns or not said or sent[1].text.lower() not in DETERMINERS:
        return None
    end = nouns[0] + 1
    cue = cue_at(sent, said[-1])
    return Phrase(1, end, text_of(sent, 1, end), None, "description"), cue[0] if cue else ""
