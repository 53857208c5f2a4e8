"""The subjects of a sentence's cues (found by :mod:`quotecheck.extract.cue_places`): the
clause a cue belongs to and the noun phrase that opens it or stands right before the cue."""

from __future__ import annotations

import re

from quotecheck.extract.cue_places import SKIPPED_WORDS, cue_at
from quotecheck.extract.frames import Token
from quotecheck.extract.modifiers import bare_plural, with_modifiers
from quotecheck.extract.phrases import Phrase, read_phrase

_BOUNDARY_MARKS = frozenset(";:—–―-")  # a lone "-" is a dash: "NEW YORK - Trump said"
_SUBORDINATORS = frozenset(
    "that because while although though whereas when if as after since unless where "
    "whether before until once what".split())
_OBJECT_RELATIVES = frozenset("which whom who".split())
_RELATIVES = _OBJECT_RELATIVES | {"that"}
_INTRO = frozenset(
    "ever in on at after during before for with of as asked speaking last earlier later "
    "instead since though while when under over amid despite following in response "
    "besides beyond unlike like according by from to outside inside throughout within "
    "without upon among across behind near then still meanwhile however also yet now "
    "here there elsewhere separately previously recently today yesterday early although "
    "because unless whether once until whereas if hours days weeks months years minutes "
    "moments".split())
_LEADING = frozenset("and but so then yet now also still meanwhile however or".split())
_PREPOSITIONS = frozenset("at of in for from with on by about to".split())
_APPOSITIONS = 4  # commas looked back over for the subject of ``X, a …, said``
_AS_REACH = 20  # tokens from "as" to its cue at most
_QUOTE_COMMA = re.compile(r",\W*$")
_NAME_SUFFIXES = frozenset("jr sr ii iii iv".split())
#: words that stand between a speaker and the cue without being part of the speaker
_ADVERBS_BEFORE_CUES = frozenset(
    "also again then now later once first last still never always often too even just "
    "recently previously today yesterday himself herself itself themselves".split())
_AUX = frozenset("is was were are has had have will would can could did does do may "
                 "might must should".split())


def _clause_start(sent: list[Token], c: int) -> int:
    for k in range(c - 1, -1, -1):
        token = sent[k]
        if token.text in _BOUNDARY_MARKS:
            return k + 1
        if token.text.lower() in _SUBORDINATORS and not token.capitalised:
            return k + 1
        if token.text.lower() in _OBJECT_RELATIVES and read_phrase(sent, k + 1) is not None:
            return k + 1  # "which President Obama declared": not "who leads the group"
    return 0


def _skip_intro(sent: list[Token], start: int, c: int) -> int:
    for _ in range(3):
        while start < c and (not sent[start].is_word or sent[start].text.lower() in _LEADING):
            start += 1
        word = sent[start].text.lower() if start < c else ""
        if word in _INTRO or (word.endswith("ing") and sent[start].capitalised):
            comma = next((k for k in range(start, c) if _is_comma(sent[k])), None)
            if comma is None:
                return start
            start = comma + 1
            continue
        return start
    return start


def _adjacent(sent: list[Token], start: int, c: int) -> Phrase | None:
    """The phrase ending right before the cue (adverbs and auxiliaries aside)."""
    end = c
    while end > start and sent[end - 1].is_word and (
            (word := sent[end - 1].text.lower()) in SKIPPED_WORDS or word.endswith("ly")):
        end -= 1
    k, found, read = start, None, []
    while k < end:
        phrase = read_phrase(sent, k)
        if phrase is None:
            k += 1
            continue
        if phrase.last == end:
            found = phrase
        read.append(phrase)
        k = phrase.last
    before = sent[found.first - 1].text.lower() if found is not None and found.first else ""
    if found is not None and (before not in _PREPOSITIONS or (
            before == "with" and sent[c].text.endswith("ing"))):
        return found  # "with McCain telling reporters …": McCain
    # "the pitch on Kickstarter says": the pitch on Kickstarter; "our partner at the agency
    # said": not the agency ("at" a place is no part of a description before its cue)
    whole = (with_modifiers(sent, p, end, before_cue=True) for p in read
             if found is None or p.first < found.first)
    return next((p for p in whole if p.last == end), None)


def _apposed(sent: list[Token], c: int) -> Phrase | None:
    """The subject before an apposition or a relative clause and the comma closing it:
    ``Kim, a spokeswoman, said``; ``Minor, an actor in Dallas, who runs a company,
    recalled``; ``Rubio, whose hometown, Miami, is on the coast, argues``."""
    commas = [k for k in range(c - 2, 0, -1) if sent[k].text == ","][:_APPOSITIONS]
    for opening in commas:
        nxt = sent[opening + 1]
        if nxt.text.lower() in _AUX:
            continue  # "…, is on the coast, argues": inside a clause, not after a name
        start = _skip_intro(sent, _clause_start(sent, opening), opening)
        before = _adjacent(sent[: opening + 1], start, opening)
        if before is None:
            continue
        if before.first > 1 and sent[before.first - 1].text == ",":  # "Minor, an actor, who"
            end = before.first - 1
            named = _adjacent(sent, _skip_intro(sent, _clause_start(sent, end), end), end)
            if named is not None and named.kind == "name":
                return named
        if before.kind != "description":
            return before
        apposed = read_phrase(sent[:c], opening + 1)  # "Santilli's attorney, Thomas Coan,"
        return apposed if apposed is not None and apposed.kind == "name" and (
            apposed.last == c - 1) else before
    return None


def sentence_subject(sent: list[Token], c: int) -> Phrase | None:
    """The phrase that opens the sentence (an introductory phrase and a dateline such as
    ``Washington (AFP) –`` aside), before ``c``."""
    marks = [k for k in range(c) if sent[k].text in _BOUNDARY_MARKS and sent[k].text != ":"]
    start = _skip_intro(sent, marks[-1] + 1 if marks else 0, c)
    phrase = read_phrase(sent, start) if start < c else None
    if phrase is not None:
        phrase = with_modifiers(sent, phrase, before_cue=True)  # "Aides to Mr. Sanders"
    return phrase if phrase is not None and phrase.last <= c else None


def _is_comma(token: Token) -> bool:
    """A comma, or a quote that ends in one (``“distasteful,”``)."""
    return token.text == "," or (token.quote >= 0 and _QUOTE_COMMA.search(token.text)
                                 is not None)


def closed_relative(sent: list[Token], c: int, k: int) -> bool:
    """True when the cue at ``c`` belongs to a relative clause that a comma closes before
    ``sent[k]``: ``in a clip that Judge Mosman called “distasteful,” Santilli …``;
    ``credits, which the Tax Foundation estimates would cost …, would risk …``."""
    r = _clause_start(sent, c) - 1
    if r < 1 or sent[r].text.lower() not in _RELATIVES or cue_at(sent, r - 1) is not None:
        return False
    return any(_is_comma(t) for t in sent[c + 1 : k])


def comma_before(sent: list[Token], c: int) -> bool:
    """True when a comma (or a quote ending in one: ``“New York values,”``) precedes
    ``sent[c]``."""
    if c == 0:
        return False
    before = sent[c - 1]
    return before.text == "," or (before.quote >= 0 and _QUOTE_COMMA.search(before.text)
                                   is not None)


def subject_of(sent: list[Token], c: int) -> Phrase | None:
    """Who speaks the cue at ``sent[c]`` (or the verb there): the phrase before an
    apposition (``Kim, a spokeswoman, said``), the phrase right before it, else the phrase
    that opens its clause, else a bare plural (``officials said``); a name's suffix after
    a comma stands for the name (``Martin Luther King, Jr. said``)."""
    found = _subject_of(sent, c)
    if found is None or found.name.lower().rstrip(".") not in _NAME_SUFFIXES or (
            found.first < 2 or sent[found.first - 1].text != ","):
        return found
    comma = found.first - 1
    owner = _ending_at(sent, _clause_start(sent, comma), comma)
    return owner if owner is not None and owner.kind == "name" else found


def _subject_of(sent: list[Token], c: int) -> Phrase | None:
    participle = sent[c].text.lower().endswith("ing") and comma_before(sent, c)
    marked = _as_subject(sent, c) or _relative_subject(sent, c) or (
        _apposed(sent, c) if c > 1 and sent[c - 1].text == "," and not participle else None)
    if marked is not None:
        return marked
    if participle:  # "X did this, saying “…”": the subject of the sentence
        return sentence_subject(sent, c) or bare_plural(sent, c)
    start = _skip_intro(sent, _clause_start(sent, c), c)
    adjacent = _adjacent(sent, start, c)
    if adjacent is not None:
        return adjacent
    first = read_phrase(sent, start) if start < c else None
    if first is not None and first.last <= c and not _opens_a_longer_phrase(sent, first, c):
        return first
    if c > 0 and sent[c - 1].text.lower() in ("and", "then"):  # "X leaned in and boomed"
        return sentence_subject(sent, c)
    return bare_plural(sent, c) if c > 0 else None


def _opens_a_longer_phrase(sent: list[Token], phrase: Phrase, c: int) -> bool:
    """Whether a one-word "name" is only a capitalised word opening its sentence at the
    head of a longer phrase (``Weekly or monthly reports``, ``New data from …``): the
    lowercase word after it goes on with the phrase, not with a verb or an aside."""
    if phrase.kind != "name" or phrase.first != 0 or phrase.last != 1 or phrase.last >= c:
        return False
    after = sent[phrase.last].text
    following = sent[phrase.last + 1].text if phrase.last + 1 < c else ""
    if after in ("or", "and", "&"):
        return following[:1].islower()
    verb_like = after.endswith(("ly", "ed", "s"))  # "HHS plans to", "EPA decided", "Kim nearly"
    return after[:1].islower() and after.replace("-", "").isalpha() and not verb_like and (
        after not in _AUX and after not in _PREPOSITIONS and after not in _LEADING
        and after not in _RELATIVES and after not in _ADVERBS_BEFORE_CUES)


def _relative_subject(sent: list[Token], c: int) -> Phrase | None:
    """The phrase a relative pronoun before the cue stands for, auxiliaries and adverbs
    aside: ``the mayor, who said …``, ``a report that found …``, ``a candidate who has
    repeatedly called for …``."""
    r = _relative_at(sent, c)
    if r < 1:
        return None
    end = r - 1 if sent[r - 1].text == "," else r
    start = _skip_intro(sent, _clause_start(sent, end), end)
    phrase = _adjacent(sent, start, end) or _ending_at(sent, start, end)
    if phrase is not None and phrase.kind == "description" and phrase.first > 1 and (
            sent[phrase.first - 1].text == ","):  # "Sylvia Hewlett, an economist who has …"
        named = _adjacent(sent, _skip_intro(sent, _clause_start(sent, phrase.first - 1),
                                            phrase.first - 1), phrase.first - 1)
        return named if named is not None and named.kind == "name" else phrase
    return phrase


def _relative_at(sent: list[Token], c: int) -> int:
    """Where the relative pronoun of a cue at ``c`` stands (``who has also said``),
    auxiliaries and adverbs aside; -1 when the cue follows none."""
    r = c - 1
    while r > 1 and sent[r].is_word and (
            sent[r].text.lower() in SKIPPED_WORDS or sent[r].text.lower().endswith("ly")):
        r -= 1
    return r if r >= 1 and sent[r].text.lower() in _RELATIVES else -1


def relative_cue(sent: list[Token], c: int) -> bool:
    """True for a cue in a relative clause (``a statement that says …``): it attributes
    the clause's own words, not a quote before it."""
    return _relative_at(sent, c) >= 1


def _ending_at(sent: list[Token], start: int, end: int) -> Phrase | None:
    """The phrase read from ``start`` on that ends right at ``end``, a preposition's object
    too (``to a candidate who has called for …``)."""
    k = start
    while k < end:
        phrase = read_phrase(sent, k)
        if phrase is not None and phrase.last == end:
            return phrase
        k = phrase.last if phrase is not None and phrase.last < end else k + 1
    return None


def _as_subject(sent: list[Token], c: int) -> Phrase | None:
    """The subject of ``As Amar, a professor at Yale, put it, “…”``: the phrase after "as",
    right before the cue or before an apposition that ends at it."""
    for k in range(c - 1, max(-1, c - _AS_REACH), -1):
        if sent[k].text in _BOUNDARY_MARKS:
            return None
        if sent[k].text.lower() == "as":
            phrase = read_phrase(sent, k + 1)
            if phrase is None or not (phrase.last == c or (
                    sent[phrase.last].text == "," and comma_before(sent, c))):
                return None
            return phrase
    return None


def verb_between(sent: list[Token], first: int, last: int) -> bool:
    """True when a word between ``first`` and ``last`` looks like an English verb."""
    for token in sent[first:last]:
        word = token.text.lower()
        if token.is_word and not token.capitalised and (
                word in _AUX or (word.endswith(("ed", "s")) and len(word) > 3)):
            return True
    return False
