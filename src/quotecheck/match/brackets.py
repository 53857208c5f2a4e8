"""Judge a ``[bracketed]`` editorial substitution like any other edit.

A bracket may stand for a pronoun or short reference ("[Senator Ruiz]" for "he", "[Acme]"
for "the company"), repeat the source's words, or insert a clarification; any of those is
faithful and shown. A bracket that adds or drops a negation, number, quantifier or modal,
names someone else, changes a pronoun's person or number, or replaces a content word with
another is a change of meaning.
"""

from __future__ import annotations

from quotecheck.lexicon import (
    FUNCTION_WORDS,
    MODALS,
    PRONOUNS,
    QUANTIFIERS,
    is_negation,
    is_number,
)
from quotecheck.match import tokens
from quotecheck.models import Difference, Substitution

DETERMINERS = frozenset({"the", "this", "that", "these", "those", "its", "their", "our", "his",
                         "her", "my", "your", "such"})
_REFERENCE_WORDS = 3  # "the", "this agency", "the city council": a short reference
_ADVERBS = frozenset({"today", "tomorrow", "yesterday", "tonight", "now", "then", "here", "there",
                      "elsewhere", "soon", "later", "again", "also", "too", "still", "already"})
_PRESENT = frozenset({"is", "are", "am", "has", "have", "do", "does"})
_PAST = frozenset({"was", "were", "had", "did"})


def _is_reference(words: list[str]) -> bool:
    """A pronoun, or a determiner and at most two more words ("the company")."""
    if len(words) == 1 and words[0] in PRONOUNS:
        return True
    return 1 <= len(words) <= _REFERENCE_WORDS and words[0] in DETERMINERS


def stands_for(sub: Substitution) -> list[str]:
    """The source words (as written) the bracket most plausibly replaces.

    Inside a quote that is the whole gap; a leading bracket stands for the end of the
    clause before the quote, a trailing one for the start of the clause after it.
    """
    cased = tokens.words(sub.replaced)
    if sub.position == "inside" or not cased:
        return cased
    size = max(1, len(tokens.words(sub.bracket)))
    lower = [w.lower() for w in cased]
    if sub.position == "start":
        for k in range(1, _REFERENCE_WORDS + 1):
            if k <= len(lower) and _is_reference(lower[-k:]):
                return cased[-k:]
        return cased if len(cased) <= size + 2 else cased[-size:]
    if lower[0] in PRONOUNS:
        return cased[:1]
    if lower[0] in DETERMINERS:
        return cased[: min(_REFERENCE_WORDS, len(cased))]
    return cased[:size]


def _names(cased: list[str]) -> set[str]:
    return {w.lower() for w in cased if w[:1].isupper() and w.lower() not in FUNCTION_WORDS
            and w.lower() not in PRONOUNS and w.lower() not in DETERMINERS}


def _meaning_change(new: list[str], old: list[str]) -> str | None:
    """Why bracket words ``new`` (lower-case) do not say what source words ``old`` say."""
    if sum(map(is_negation, new)) != sum(map(is_negation, old)):
        return "the bracket adds or drops a negation"
    if sorted(filter(is_number, new)) != sorted(filter(is_number, old)):
        return "the bracket changes a number"
    for kind, words in (("quantifier", QUANTIFIERS), ("modal", MODALS)):
        if sorted(w for w in new if w in words) != sorted(w for w in old if w in words):
            return f"the bracket changes a {kind}"
    return None


def _reference_change(new: list[str], old: list[str]) -> str | None:
    """A pronoun replaced by one of another person or number changes who acts."""
    if (len(new) == len(old) == 1 and new[0] in PRONOUNS and old[0] in PRONOUNS
            and PRONOUNS[new[0]] != PRONOUNS[old[0]]):
        return "the bracket changes who acts"
    return None


def _same_tense(new: list[str], old: list[str]) -> bool:
    """Agreement only ("[is]" for "are"), not a change of tense."""
    return len(new) == len(old) == 1 and any(
        new[0] in group and old[0] in group for group in (_PRESENT, _PAST))


def _could_refer(new: list[str]) -> bool:
    """Bracket words that could name what a pronoun stands for: not an adverb of time,
    place or manner ("[tomorrow]", "[privately]")."""
    return not (len(new) == 1 and (new[0] in _ADVERBS or new[0].endswith("ly")))


def judge_bracket(sub: Substitution) -> tuple[Difference, bool]:
    """The difference a bracket makes, and whether it can change the meaning."""
    old_cased = stands_for(sub)
    new_cased = tokens.words(sub.bracket)
    new, old = [w.lower() for w in new_cased], [w.lower() for w in old_cased]
    shown = " ".join(old_cased) or sub.replaced
    reason = _meaning_change(new, old) or _reference_change(new, old)
    if reason is None and _is_reference(old) and not _could_refer(new):
        reason = f"the bracket replaces {shown!r} with words that do not name anyone"
    if reason is None and new != old and old and not _same_tense(new, old):
        stands_in = (len(new) == 1 and new[0] in PRONOUNS) or (
            _is_reference(new) and bool(_names(old_cased)))
        if not (_is_reference(old) or stands_in):
            reason = ("the bracket names someone else" if _names(new_cased) and _names(old_cased)
                      else f"the bracket replaces {shown!r}")
        elif _names(new_cased) and _names(old_cased) and not _names(new_cased) & _names(
                old_cased):
            reason = "the bracket names someone else"
    if reason is None:
        return Difference("insertion", f"[{sub.bracket}]", shown), False
    return Difference("bracket", f"[{sub.bracket}]", shown, reason), True
