"""From an alignment to a verdict: the only place that decides what counts as "altered".

Every word-level edit is classified. Negations, numbers, names, quantifiers, modals, content
words and the small words that carry meaning (pronouns, conjunctions, prepositions, tense
auxiliaries) always count; a verdict of ``minor`` is only possible when every change is one
a careful editor waves through (see :data:`MINOR_RULES`), and few of them.
"""

from __future__ import annotations

import re

from quotecheck.lexicon import (
    COMPLEMENTISERS,
    FUNCTION_WORDS,
    MINOR_WORDS,
    MODALS,
    PRONOUNS,
    QUANTIFIERS,
    expand_contractions,
    is_negation,
    is_number,
    small_word_kind,
)
from quotecheck.match import tokens
from quotecheck.match.brackets import judge_bracket
from quotecheck.match.normalize import normalize_plain
from quotecheck.match.truncation import presents_as_sentence, truncation
from quotecheck.models import Alignment, Difference, Edit, Elision, Verdict
from quotecheck.ocrnoise import ocr_difference

MINOR_MAX_WORDS = 2
MINOR_MAX_SHARE = 0.2
_CLAUSED = re.compile(r"(?P<word>[\w'-]+)|(?P<brk>[.,;:!?()]| - )")
#: British and American spellings of one word: rewrite both sides to one form
_SPELLINGS = tuple((re.compile(a), b) for a, b in (
    (r"is(e|ed|es|ing|ation|ations)$", r"iz\1"), (r"ys(e|ed|es|ing)$", r"yz\1"),
    (r"our(s|ed|ing|able|ite|ites)?$", r"or\1"), (r"tre(s)?$", r"ter\1"),
    (r"ll(ed|ing|er|ers)$", r"l\1"), (r"ogue(s)?$", r"og\1"), (r"ence(s)?$", r"ense\1"),
    (r"ae", "e"), (r"oe", "e"), (r"amme(s)?$", r"am\1"),
))
#: the changes minor allows, with why a careful editor waves them through (README lists them)
MINOR_RULES = {
    "spelling": "a British/American spelling of the same word (organise/organize)",
    "contraction": "a contraction spelled out or made (don't/do not, it's/it is)",
    "article": "an article added, dropped or swapped (a/an/the)",
    "that": "the complementiser 'that' added or dropped (said that we / said we)",
    "hesitation": "a hesitation added or dropped (um, uh, er)",
}


def _word_kind(edit: Edit) -> str:
    if not edit.quote:
        return "word_dropped"
    if not edit.source:
        return "word_added"
    return "word_changed"


def _names(cased: str) -> set[str]:
    return {w for w in cased.split() if w[:1].isupper() and w.lower() not in FUNCTION_WORDS
            and w.lower() not in PRONOUNS}


def classify(edit: Edit) -> tuple[Difference, bool]:
    """The difference an edit makes, and whether it can change the meaning."""
    q_words, s_words = edit.quote.split(), edit.source.split()
    same = _same_words(edit, q_words, s_words)
    if same is not None:
        return same, False
    if sum(map(is_negation, q_words)) != sum(map(is_negation, s_words)) or (
        any(map(is_negation, q_words + s_words)) and q_words != s_words
    ):
        return Difference("negation", edit.quote_case, edit.source_case), True
    if any(map(is_number, q_words + s_words)):
        return Difference("number_changed", edit.quote_case, edit.source_case), True
    if _names(edit.quote_case) != _names(edit.source_case):
        return Difference("name_changed", edit.quote_case, edit.source_case), True
    kind = _word_kind(edit)
    minor = minor_rule(q_words, s_words)
    if minor is not None:
        return Difference(kind, edit.quote_case, edit.source_case, minor), False
    return Difference(kind, edit.quote_case, edit.source_case, _carries(q_words + s_words)), True


def _same_words(edit: Edit, q_words: list[str], s_words: list[str]) -> Difference | None:
    """Hyphenation, a contraction spelled out, a British/American spelling: the same words
    written another way (names included: Organisation/Organization)."""
    if edit.quote and edit.source and "".join(q_words) == "".join(s_words):
        return Difference("hyphenation", edit.quote_case, edit.source_case)
    if q_words and s_words and expand_contractions(q_words) == expand_contractions(s_words):
        return Difference("word_changed", edit.quote_case, edit.source_case, "contraction")
    q_parts, s_parts = edit.quote_case.lower().split("-"), edit.source_case.lower().split("-")
    if len(q_words) == len(s_words) == 1 and len(q_parts) == len(s_parts) and all(
            a == b or is_spelling_variant(a, b) for a, b in zip(q_parts, s_parts, strict=True)):
        return Difference("word_changed", edit.quote_case, edit.source_case, "spelling")
    return None


def _carries(words: list[str]) -> str:
    """What the changed words carry, for the reader: the first meaning-bearing class."""
    if set(words) & QUANTIFIERS:
        return "quantifier"
    if set(words) & MODALS:
        return "modal"
    kinds = [small_word_kind(w) for w in words]
    if None in kinds or not kinds:
        return "content word"
    return next(k for k in kinds if k)


def _american(word: str) -> str:
    for pattern, replacement in _SPELLINGS:
        word = pattern.sub(replacement, word)
    return word


def is_spelling_variant(a: str, b: str) -> bool:
    """organise/organize, colour/color, theatre/theater — but not increase/decrease,
    principal/principle or then/than: only known British/American patterns count."""
    return a != b and min(len(a), len(b)) >= 4 and _american(a) == _american(b)


def minor_rule(q_words: list[str], s_words: list[str]) -> str | None:
    """The :data:`MINOR_RULES` entry an edit falls under, or None when it carries meaning."""
    if len(q_words) == len(s_words) == 1 and is_spelling_variant(q_words[0], s_words[0]):
        return "spelling"
    words = q_words + s_words
    if words and all(w in MINOR_WORDS for w in words):
        articles = {"a", "an", "the"}
        return "article" if set(words) <= articles else "hesitation"
    if (not q_words or not s_words) and words and set(words) <= COMPLEMENTISERS:
        return "that"
    return None


def _gap_differences(alignment: Alignment) -> list[tuple[Difference, bool]]:
    found: list[tuple[Difference, bool]] = []
    for elision in alignment.elisions:
        omitted = f"{elision.gap_chars} characters omitted"
        if elision.gap_chars and not elision.omitted:
            omitted = "nothing but punctuation omitted"
        found.append((Difference("elision", "...", elision.omitted, omitted),
                      drops_negation(elision)))
    found += [judge_bracket(sub) for sub in alignment.substitutions]
    if alignment.out_of_order:
        found.append((Difference("order", "", "segments out of order or far apart"), True))
    lead = alignment.lead_in
    if presents_as_sentence(alignment) and (is_negation(lead) or lead in QUANTIFIERS):
        found.append((Difference("elision", "", lead), True))
    elif (cut := truncation(alignment)) is not None:
        found.append((cut, True))
    return found


def drops_negation(elision: Elision) -> bool:
    """True when an elision removes a negation whose clause the quote keeps.

    A negation is harmless only inside a clause the elision leaves out whole: a clause
    break before it (or the elision starts after one) and a clause break after it.
    """
    text = normalize_plain(elision.omitted)
    words = list(_CLAUSED.finditer(text))
    for k, m in enumerate(words):
        if m.group("word") and is_negation(m.group("word")):
            before = elision.after_clause_break or any(w.group("brk") for w in words[:k])
            after = any(w.group("brk") for w in words[k + 1 :])
            if not (before and after):
                return True
    return False


def _form_differences(alignment: Alignment, quote: str) -> list[tuple[Difference, bool]]:
    """Case or punctuation that differ; typography when only normalisation made them equal."""
    found = [
        (Difference("case" if q.casefold() == s.casefold() else "punctuation", q, s), False)
        for q, s in alignment.forms
    ]
    written, source = " ".join(quote.split()), " ".join(alignment.source_text.split())
    if not found and not alignment.edits and written != source and not alignment.elisions:
        found.append((Difference("typography", written, source), False))
    return found


def judge(alignment: Alignment, quote: str, *, ocr: bool = False
          ) -> tuple[Verdict, tuple[Difference, ...]]:
    """The verdict on a located ``quote`` and the differences that justify it; with ``ocr``
    (the match is in OCR text) recognition confusions are ``ocr`` differences."""
    quote_words = len(tokens.words(quote))
    words = [classify(edit) for edit in alignment.edits]
    if ocr:
        words = [ocr_difference(e, w) for e, w in zip(alignment.edits, words, strict=True)]
    gaps = _gap_differences(alignment)
    forms = _form_differences(alignment, quote)
    differences = tuple(d for d, _ in words + gaps + forms)
    if any(meaningful for _, meaningful in words + gaps):
        return Verdict.ALTERED, differences
    changed = [d for d, _ in words if d.kind not in ("hyphenation", "ocr")]
    if changed:
        changed_words = sum(max(len(d.quote.split()), len(d.source.split())) for d in changed)
        share = changed_words / max(quote_words, 1)
        if changed_words <= MINOR_MAX_WORDS and share <= MINOR_MAX_SHARE:
            return Verdict.MINOR, differences
        return Verdict.ALTERED, differences
    if words or gaps or alignment.case_or_punctuation:
        return Verdict.VERIFIED, differences
    return Verdict.EXACT, differences  # a typography difference at most
